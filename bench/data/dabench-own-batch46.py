# Batch 46 (held out): everyday analysis questions in DABench's form, asked the way a new user asks them, over
# DABench tables (baseball salaries, loan applications, arrest counts, women's share of bachelor's degrees, bitcoin
# prices, hotels, the passenger list, end-of-day market prices). Kinds: a mean per 0/1 group, the largest group and a
# mean within it, a share of a true/false column, the year of a column's peak, a correlation between two columns,
# counting days a price closed above its open, a mean within a year, a median fill, the most frequent category among
# rows under a bound, a mean per category with the best one, a daily percentage change and its spread, a rate of
# passengers travelling alone. The DABench questions were read for their kinds only; the check half was not read.
# Written before the engine ran on it. Answers are computed with pandas, numpy and scipy (blanks as missing).
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch46.py prints the lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import f2, f3, read_dabench as read, recorder

Q = []
q = recorder(46, Q)
T = 'tables/dabench/tables/'


F = 'baseball_data.csv'
ball = read(F)
elig = ball.groupby('indicator_of_free_agency_eligibility').salary_in_thousands_of_dollars.mean()
q(T + F, 'Do players who can become free agents earn more? Compare the average salaries of eligible and non-eligible players.',
  '{\nA player is eligible when "indicator_of_free_agency_eligibility" is 1 and not eligible when it is 0; players with no value there are left out.\nUse "salary_in_thousands_of_dollars". Round to two decimal places.\n}',
  '{\n@eligible_mean_salary[avg]\n@non_eligible_mean_salary[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['eligible_mean_salary', f2(elig[1.0])], ['non_eligible_mean_salary', f2(elig[0.0])]])

r, p = stats.pearsonr(ball.number_of_runs, ball.salary_in_thousands_of_dollars)
q(T + F, 'Is there a link between how many runs a player scores and his salary?',
  '{\nCompute the Pearson correlation coefficient between "number_of_runs" and "salary_in_thousands_of_dollars" over all players.\nRound to three decimal places.\n}',
  '{\n@runs_salary_r[r]\nwhere "r" is rounded to three decimal places.\n}',
  [['runs_salary_r', f3(r)]])

F = 'test_Y3wMUE5_7gLdaTN.csv'
loan = read(F)
areas = loan.Property_Area.value_counts()
top = areas.idxmax()
q(T + F, 'Where do most of the loan applicants live, and how much do they ask for on average there?',
  '{\nCount the applicants (rows) of each "Property_Area", take the area with the most, and average "LoanAmount" over its rows with a known amount.\nRound the average to two decimal places.\n}',
  '{\n@top_area[area]\n@top_area_mean_loan[avg]\nwhere "area" is written as in "Property_Area" and "avg" is rounded to two decimal places.\n}',
  [['top_area', top], ['top_area_mean_loan', f2(loan[loan.Property_Area == top].LoanAmount.mean())]])

filled = loan.LoanAmount.fillna(loan.LoanAmount.median())
q(T + F, 'Some applications have no loan amount. Fill those in with the median amount; what is the average loan amount after that?',
  '{\nReplace the missing values of "LoanAmount" with the median of "LoanAmount", then take the mean over all applications.\nRound to two decimal places.\n}',
  '{\n@filled_mean_loan[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['filled_mean_loan', f2(filled.mean())]])

F = 'arrest_expungibility.csv'
arrest = read(F)
q(T + F, 'What share of the records are expungible?',
  '{\nDivide the number of rows whose "Expungible" is True by the number of rows and multiply by 100.\nRound to two decimal places.\n}',
  '{\n@expungible_percent[pct]\nwhere "pct" is rounded to two decimal places.\n}',
  [['expungible_percent', f2(arrest.Expungible.mean() * 100)]])

young = arrest[arrest.Age < 18].Category.value_counts()
q(T + F, 'For people under 18, which category of crime appears in the most records?',
  '{\nKeep the rows whose "Age" is below 18 and take the mode of "Category".\n}',
  '{\n@top_juvenile_category[category]\nwhere "category" is written as in the "Category" column.\n}',
  [['top_juvenile_category', young.idxmax()]])

F = 'percent-bachelors-degrees-women-usa.csv'
deg = read(F)
q(T + F, 'In which year did women earn the largest share of computer science degrees, and what was that share?',
  '{\nFind the row with the highest "Computer Science" and report its "Year" and value.\nRound the share to two decimal places.\n}',
  '{\n@peak_year[year]\n@peak_share[pct]\nwhere "year" is an integer and "pct" is rounded to two decimal places.\n}',
  [['peak_year', str(int(deg.Year[deg['Computer Science'].idxmax()]))], ['peak_share', f2(deg['Computer Science'].max())]])

F = 'YAHOO-BTC_USD_D.csv'
btc = read(F)
up = (btc.Close > btc.Open).sum()
y2017 = btc[btc.Date.str.startswith('2017')]
q(T + F, 'On how many days did bitcoin close higher than it opened? And what was the average closing price in 2017?',
  '{\nCount the rows whose "Close" is greater than "Open", ignoring rows with missing prices.\nFor 2017, keep the rows whose "Date" falls in 2017 and average "Close". Round to two decimal places.\n}',
  '{\n@up_days[n]\n@mean_close_2017[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
  [['up_days', str(int(up))], ['mean_close_2017', f2(y2017.Close.mean())]])

F = 'hotel_data.csv'
hotel = read(F)
cities = hotel.groupby('city_name').bubble_score.mean()
q(T + F, 'Which city has the best reviewed hotels on average, going by the bubble score?',
  '{\nAverage "bubble_score" for each "city_name", ignoring missing scores, and take the city with the highest average.\nRound the average to two decimal places.\n}',
  '{\n@best_city[city]\n@best_city_mean_score[avg]\nwhere "city" is written as in "city_name" and "avg" is rounded to two decimal places.\n}',
  [['best_city', cities.idxmax()], ['best_city_mean_score', f2(cities.max())]])

F = 'titanic.csv'
tit = read(F)
alone = tit[(tit.SibSp == 0) & (tit.Parch == 0)]
q(T + F, 'How many passengers travelled alone, and how many of them survived, in percent?',
  '{\nA passenger travels alone when "SibSp" is 0 and "Parch" is 0.\nThe survival rate is the mean of "Survived" over those passengers times 100. Round to two decimal places.\n}',
  '{\n@alone_passengers[n]\n@alone_survival_percent[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}',
  [['alone_passengers', str(len(alone))], ['alone_survival_percent', f2(alone.Survived.mean() * 100)]])

F = 'tr_eikon_eod_data.csv'
eod = read(F)
ret = eod.SPY.dropna().pct_change() * 100
q(T + F, 'How much does the SPY fund move from one day to the next? Give the average daily change and its standard deviation, in percent.',
  '{\nDrop the rows with a missing "SPY". The daily change is the percentage change of "SPY" from the previous remaining row (pandas pct_change times 100).\nUse the sample standard deviation. Round both to three decimal places.\n}',
  '{\n@mean_daily_change[avg]\n@daily_change_std[std]\nwhere "avg" and "std" are rounded to three decimal places.\n}',
  [['mean_daily_change', f3(ret.mean())], ['daily_change_std', f3(ret.std())]])

for item in Q:
    print(json.dumps(item))
