# Batch 44 (held out): everyday analysis questions in DABench's form, asked the way a new user asks them. One or
# two questions of each kind the DABench questions ask — summary statistics (median and interquartile range),
# Pearson and Spearman correlation with a p-value, outliers by the 1.5 × IQR rule and by z-scores (over all rows
# and within a group), missing values (the column with the most, a median fill), group statistics and the group
# with the largest one, features made by arithmetic over columns, daily returns, skewness and kurtosis, a normality
# test, min-max scaling, a straight-line fit over the whole table, a two-sample t-test and a chi-square test —
# over DABench tables, with constraints that state the method and formats with @name[value] slots. The DABench
# questions were read for their kinds only; the check half was not read. Written before the engine ran on it.
# Answers are computed with pandas and scipy (blanks as missing).
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch44.py prints the lines.
import json

import numpy as np
import pandas as pd
from scipy import stats

from dabench_own_common import f1, f2, f3, f4, read_dabench as read, recorder

Q = []
q = recorder(44, Q)
T = 'tables/dabench/tables/'


F = 'test_Y3wMUE5_7gLdaTN.csv'
loan = read(F)
inc = loan.ApplicantIncome
q(T + F, 'What is the typical applicant income, and how spread out is the middle half of the incomes?',
  '{\nUse the median of "ApplicantIncome" for the typical income.\nThe spread of the middle half is the interquartile range, Q3 - Q1, with pandas quantile and its default linear interpolation.\nRound both to one decimal place.\n}',
  '{\n@median_income[m]\n@income_iqr[iqr]\nwhere "m" and "iqr" are rounded to one decimal place.\n}',
  [['median_income', f1(inc.median())], ['income_iqr', f1(inc.quantile(0.75) - inc.quantile(0.25))]])

counts = loan.isna().sum()
q(T + F, 'Which column of the loan applications has the most missing values, and how many values are missing in it?',
  '{\nCount the empty cells of every column.\n}',
  '{\n@most_missing_column[column]\n@missing_values[n]\nwhere "column" is the column name as written in the header and "n" is an integer.\n}',
  [['most_missing_column', counts.idxmax()], ['missing_values', str(int(counts.max()))]])

filled = loan.LoanAmount.fillna(loan.LoanAmount.median())
q(T + F, 'Fill in the missing loan amounts with the median loan amount. What is the average loan amount afterwards?',
  '{\nReplace the missing values of "LoanAmount" with the median of the known values, then take the mean over all applications.\nRound to two decimal places.\n}',
  '{\n@mean_loan_amount[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_loan_amount', f2(filled.mean())]])

household = loan.ApplicantIncome + loan.CoapplicantIncome
q(T + F, 'Add up the applicant\'s and the co-applicant\'s income into a household income. What is the median household income, and how many applications have a household income above 10000?',
  '{\nThe household income is "ApplicantIncome" + "CoapplicantIncome".\nRound the median to one decimal place.\n}',
  '{\n@median_household_income[m]\n@households_above_10000[n]\nwhere "m" is rounded to one decimal place and "n" is an integer.\n}',
  [['median_household_income', f1(household.median())], ['households_above_10000', str(int((household > 10000).sum()))]])

tab = pd.crosstab(loan.Self_Employed, loan.Property_Area)
chi2, p, dof, _ = stats.chi2_contingency(tab)
q(T + F, 'Is being self-employed related to the area of the property? Test it with a chi-square test.',
  '{\nCross-tabulate "Self_Employed" against "Property_Area" with pandas.crosstab (applications with no "Self_Employed" value are left out) and use scipy.stats.chi2_contingency with its defaults.\nRound the statistic to two decimal places and the p-value to four.\n}',
  '{\n@chi_square[stat]\n@p_value[p]\nwhere "stat" is rounded to two decimal places and "p" to four decimal places.\n}',
  [['chi_square', f2(chi2)], ['p_value', f4(p)]])

F = 'hotel_data.csv'
hotel = read(F)
both = hotel.dropna(subset=['review_count', 'bubble_score'])
r, p = stats.pearsonr(both.review_count, both.bubble_score)
q(T + F, 'Do hotels with more reviews tend to have better bubble scores?',
  '{\nCompute the Pearson correlation coefficient between "review_count" and "bubble_score" over the hotels that have both, with its two-sided p-value.\nRound the coefficient to two decimal places and the p-value to four.\n}',
  '{\n@reviews_bubble_r[r]\n@reviews_bubble_p[p]\nwhere "r" is rounded to two decimal places and "p" to four decimal places.\n}',
  [['reviews_bubble_r', f2(r)], ['reviews_bubble_p', f4(p)]])

stars = hotel.groupby('city_name').star_rating.mean()
q(T + F, 'Which city has the hotels with the highest average star rating, and what is that average?',
  '{\nGroup the hotels by "city_name" and take the mean of "star_rating", skipping hotels without a rating.\nRound the average to two decimal places.\n}',
  '{\n@best_rated_city[city]\n@city_average_stars[avg]\nwhere "city" is a city name and "avg" is rounded to two decimal places.\n}',
  [['best_rated_city', stars.idxmax()], ['city_average_stars', f2(stars.max())]])

F = 'percent-bachelors-degrees-women-usa.csv'
deg = read(F)
rho, _ = stats.spearmanr(deg['Math and Statistics'], deg['Physical Sciences'])
q(T + F, 'Over the years, do the shares of women among Math and Statistics graduates and among Physical Sciences graduates rise and fall together? Use a rank correlation.',
  '{\nUse the Spearman rank correlation coefficient between "Math and Statistics" and "Physical Sciences" over all years.\nRound it to three decimal places.\n}',
  '{\n@math_physics_rho[rho]\nwhere "rho" is rounded to three decimal places.\n}',
  [['math_physics_rho', f3(rho)]])

peak = deg.loc[deg.Biology.idxmax()]
q(T + F, 'In which year did women earn the largest share of Biology degrees, and what was that share?',
  '{\nFind the row with the largest value of "Biology".\nRound the share to two decimal places.\n}',
  '{\n@peak_year[year]\n@peak_biology_share[share]\nwhere "year" is an integer and "share" is rounded to two decimal places.\n}',
  [['peak_year', str(int(peak.Year))], ['peak_biology_share', f2(peak.Biology)]])

F = 'e5_aapl.csv'
aapl = read(F)
q1, q3 = aapl.Volume.quantile(0.25), aapl.Volume.quantile(0.75)
low, high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
q(T + F, 'Using the usual 1.5 x IQR rule, how many trading days had an unusual volume, and what is the upper cut-off?',
  '{\nCompute Q1 and Q3 of "Volume" with pandas quantile; a day is an outlier when its volume is below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR.\nRound the upper cut-off to one decimal place.\n}',
  '{\n@unusual_volume_days[n]\n@upper_cutoff[value]\nwhere "n" is an integer and "value" is rounded to one decimal place.\n}',
  [['unusual_volume_days', str(int(((aapl.Volume < low) | (aapl.Volume > high)).sum()))], ['upper_cutoff', f1(high)]])

rng = (aapl.High - aapl.Low) / aapl.Open * 100
q(T + F, 'Make a feature for how wide each day\'s trading range is compared with the opening price, in percent. What is its average over all days?',
  '{\nThe feature is ("High" - "Low") / "Open" * 100.\nRound the average to three decimal places.\n}',
  '{\n@mean_range_percent[value]\nwhere "value" is rounded to three decimal places.\n}',
  [['mean_range_percent', f3(rng.mean())]])

F = 'baseball_data.csv'
ball = read(F)
sal = ball.salary_in_thousands_of_dollars.dropna()
z = (sal - sal.mean()) / sal.std(ddof=0)
q(T + F, 'How many players earn a salary more than two standard deviations above the average salary?',
  '{\nUse z-scores of "salary_in_thousands_of_dollars" computed with the mean and the population standard deviation (ddof=0) of all players; a player counts when the z-score is above 2.\n}',
  '{\n@high_earners[count]\nwhere "count" is an integer.\n}',
  [['high_earners', str(int((z > 2).sum()))]])

grp = ball.dropna(subset=['indicator_of_free_agency_eligibility']).groupby('indicator_of_free_agency_eligibility').salary_in_thousands_of_dollars.mean()
q(T + F, 'Do players who are eligible for free agency earn more? Give the average salary of the eligible players and of the players who are not eligible.',
  '{\nA player is eligible when "indicator_of_free_agency_eligibility" is 1 and not eligible when it is 0; players with no value are left out.\nAverage "salary_in_thousands_of_dollars" within each group and round to two decimal places.\n}',
  '{\n@eligible_mean_salary[a]\n@not_eligible_mean_salary[b]\nwhere "a" and "b" are rounded to two decimal places.\n}',
  [['eligible_mean_salary', f2(grp[1.0])], ['not_eligible_mean_salary', f2(grp[0.0])]])

q(T + F, 'Is the salary distribution lopsided or heavy-tailed? Report its skewness and its kurtosis.',
  '{\nUse scipy.stats.skew and scipy.stats.kurtosis with their default arguments (biased estimates; the kurtosis is the excess kurtosis, Fisher\'s definition) over the players with a salary.\nRound both to two decimal places.\n}',
  '{\n@salary_skewness[s]\n@salary_kurtosis[k]\nwhere "s" and "k" are rounded to two decimal places.\n}',
  [['salary_skewness', f2(stats.skew(sal))], ['salary_kurtosis', f2(stats.kurtosis(sal))]])

k = ball.dropna(subset=['indicator_of_free_agency_eligibility', 'number_of_hits'])
t, p = stats.ttest_ind(k[k.indicator_of_free_agency_eligibility == 1].number_of_hits,
                       k[k.indicator_of_free_agency_eligibility == 0].number_of_hits)
q(T + F, 'Do players eligible for free agency get a different number of hits on average than those who are not? Run a two-sample t-test.',
  '{\nCompare "number_of_hits" between the players with "indicator_of_free_agency_eligibility" equal to 1 and those with 0, using scipy.stats.ttest_ind with equal variances assumed.\nThe difference is significant when the p-value is below 0.05.\nRound the t statistic to two decimal places and the p-value to four.\n}',
  '{\n@t_statistic[t]\n@p_value[p]\n@significant_difference[answer]\nwhere "t" is rounded to two decimal places, "p" to four decimal places, and "answer" is "yes" or "no".\n}',
  [['t_statistic', f2(t)], ['p_value', f4(p)], ['significant_difference', 'yes' if p < 0.05 else 'no']])

F = 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
fer = read(F)
w, p = stats.shapiro(fer.abs_diffsel)
q(T + F, 'Does the absolute differential selection look normally distributed? Check it with a Shapiro-Wilk test.',
  '{\nRun scipy.stats.shapiro on "abs_diffsel" over all sites.\nThe column is taken as normal when the p-value is above 0.05.\nRound the statistic and the p-value to four decimal places.\n}',
  '{\n@shapiro_statistic[w]\n@shapiro_p[p]\n@looks_normal[answer]\nwhere "w" and "p" are rounded to four decimal places and "answer" is "yes" or "no".\n}',
  [['shapiro_statistic', f4(w)], ['shapiro_p', f4(p)], ['looks_normal', 'yes' if p > 0.05 else 'no']])

F = 'microsoft.csv'
ms = read(F)
scaled = (ms.Volume - ms.Volume.min()) / (ms.Volume.max() - ms.Volume.min())
q(T + F, 'Squeeze the trading volume into the range 0 to 1. What is the average of the squeezed volume, and on how many days is it above 0.5?',
  '{\nUse min-max scaling: (Volume - min) / (max - min), with the minimum and the maximum of "Volume" over all days.\nRound the average to four decimal places.\n}',
  '{\n@mean_scaled_volume[v]\n@days_above_half[n]\nwhere "v" is rounded to four decimal places and "n" is an integer.\n}',
  [['mean_scaled_volume', f4(scaled.mean())], ['days_above_half', str(int((scaled > 0.5).sum()))]])

F = 'unemployement_industry.csv'
un = read(F).dropna(subset=['Mar.2019', 'Mar.2020'])
fit = stats.linregress(un['Mar.2019'], un['Mar.2020'])
q(T + F, 'Fit a straight line that predicts the March 2020 figure of each row from its March 2019 figure. What are the slope and the intercept, and how much of the variation does the line explain?',
  '{\nUse scipy.stats.linregress with "Mar.2019" as x and "Mar.2020" as y over every row that has both.\nThe share of variation explained is R squared.\nRound the slope and R squared to four decimal places and the intercept to two.\n}',
  '{\n@slope[b1]\n@intercept[b0]\n@r_squared[r2]\nwhere "b1" and "r2" are rounded to four decimal places and "b0" to two decimal places.\n}',
  [['slope', f4(fit.slope)], ['intercept', f2(fit.intercept)], ['r_squared', f4(fit.rvalue ** 2)]])

F = 'YAHOO-BTC_USD_D.csv'
btc = read(F)
ret = btc.Close.pct_change() * 100
q(T + F, 'Work out the daily return of Bitcoin from the closing prices. What was the biggest one-day gain, and on which date did it happen?',
  '{\nThe daily return is the percentage change of "Close" from the previous row (pandas pct_change times 100), with the rows in the order of the file.\nRound the gain to two decimal places.\n}',
  '{\n@biggest_daily_gain[pct]\n@gain_date[date]\nwhere "pct" is rounded to two decimal places and "date" is written as in the "Date" column.\n}',
  [['biggest_daily_gain', f2(ret.max())], ['gain_date', btc.Date[ret.idxmax()]]])

F = 'tr_eikon_eod_data.csv'
eik = read(F)
eik['year'] = pd.to_datetime(eik.Date).dt.year
spy = eik.groupby('year').SPY.mean()
q(T + F, 'In which year was the average closing value of the SPY fund highest, and what was that average?',
  '{\nTake the year of "Date", average "SPY" within each year skipping missing values, and pick the year with the largest average.\nRound the average to two decimal places.\n}',
  '{\n@best_spy_year[year]\n@best_spy_average[avg]\nwhere "year" is an integer and "avg" is rounded to two decimal places.\n}',
  [['best_spy_year', str(int(spy.idxmax()))], ['best_spy_average', f2(spy.max())]])

F = 'arrest_expungibility.csv'
arr = read(F)
tot = arr.groupby('Category').Count.sum()
q(T + F, 'Which category of offense accounts for the most arrests once you add up the counts, and how many arrests is that?',
  '{\nSum "Count" within each "Category", skipping missing counts.\n}',
  '{\n@top_category[category]\n@category_arrests[total]\nwhere "category" is written as in the "Category" column and "total" is an integer.\n}',
  [['top_category', tot.idxmax()], ['category_arrests', str(int(tot.max()))]])

q(T + F, 'What percentage of the arrest records are expungible?',
  '{\nA record is expungible when "Expungible" is True. Divide by the number of records and multiply by 100.\nRound to two decimal places.\n}',
  '{\n@expungible_percent[pct]\nwhere "pct" is rounded to two decimal places.\n}',
  [['expungible_percent', f2(arr.Expungible.mean() * 100)]])

F = '20170413_000000_group_statistics.csv'
calls = read(F)
ans = calls['num. calls answered']
q(T + F, 'On average, how many calls were answered in a 15-minute interval, and what is the most answered in a single interval?',
  '{\nUse the "num. calls answered" column; every row is one 15-minute interval.\nRound the average to two decimal places.\n}',
  '{\n@mean_calls_answered[m]\n@max_calls_answered[n]\nwhere "m" is rounded to two decimal places and "n" is an integer.\n}',
  [['mean_calls_answered', f2(ans.mean())], ['max_calls_answered', str(int(ans.max()))]])

F = 'titanic.csv'
tit = read(F)
first = tit[tit.Pclass == 1].Fare
zf = (first - first.mean()) / first.std()
q(T + F, 'Among the first-class passengers, how many paid a fare more than two standard deviations above the first-class average?',
  '{\nKeep the passengers with "Pclass" equal to 1 and compute z-scores of "Fare" with the mean and the sample standard deviation (ddof=1) of those passengers only.\nA passenger counts when the z-score is above 2.\n}',
  '{\n@expensive_first_class[count]\nwhere "count" is an integer.\n}',
  [['expensive_first_class', str(int((zf > 2).sum()))]])

for item in Q:
    print(json.dumps(item))
