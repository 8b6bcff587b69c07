# Batch 49 (held out): everyday analysis questions in DABench's form, asked the way a new user asks them, over the
# DABench tables the earlier batches used least (a call centre's quarter-hour statistics, a ferret virus site
# selection table, daily Apple, Microsoft and Bitcoin prices, end-of-day prices of several markets, unemployment by
# industry, city budget departments, the Titanic passenger list). Kinds: a mean beside a count kept by an equality or a
# bar, a standard deviation, the row holding a maximum, a correlation, a count of missing cells, a share in percent.
# The DABench questions were read for their kinds only; the check half was not read.
# Written before the engine ran on it. Answers are computed with pandas, numpy and scipy (blanks as missing).
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch49.py prints the lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import C, f2, f3, read_dabench as read, recorder

Q = []
q = recorder(49, Q)
T = 'tables/dabench/tables/'


F = '20170413_000000_group_statistics.csv'
calls = read(F)
answered = calls['num. calls answered']
q(T + F, 'On average how many calls get answered in a quarter hour, and in how many quarter hours was not a single call answered?',
  '{\nTake the mean of "num. calls answered" over all rows.\nThen count the rows whose "num. calls answered" is 0.\nRound the mean to two decimal places.\n}',
  '{\n@mean_answered[avg]\n@idle_intervals[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
  [['mean_answered', f2(answered.mean())], ['idle_intervals', str(int((answered == 0).sum()))]])

busiest = calls.loc[answered.idxmax()]
q(T + F, 'When were the most calls answered, and how many were they?',
  '{\nFind the row with the largest "num. calls answered" and report its "timestamp" and "num. calls answered".\n}',
  '{\n@busiest_time[timestamp]\n@busiest_answered[n]\nwhere "timestamp" is written as in the "timestamp" column and "n" is an integer.\n}',
  [['busiest_time', busiest.timestamp], ['busiest_answered', str(int(busiest['num. calls answered']))]])

F = 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
sites = read(F)
q(T + F, 'How many sites have a positive differential selection above 5, and what is the average absolute differential selection over all sites?',
  '{\nCount the rows whose "positive_diffsel" is greater than 5.\nTake the mean of "abs_diffsel" over all rows.\nRound the mean to three decimal places.\n}',
  '{\n@strong_positive_sites[n]\n@mean_abs_diffsel[avg]\nwhere "n" is an integer and "avg" is rounded to three decimal places.\n}',
  [['strong_positive_sites', str(int((sites.positive_diffsel > 5).sum()))], ['mean_abs_diffsel', f3(sites.abs_diffsel.mean())]])

r, p = stats.pearsonr(sites.positive_diffsel, sites.negative_diffsel)
q(T + F, 'Is the positive selection at a site related to its negative selection? Give the correlation.',
  '{\nCompute the Pearson correlation coefficient between "positive_diffsel" and "negative_diffsel".\nRound to three decimal places.\n}',
  '{\n@pos_neg_r[r]\nwhere "r" is rounded to three decimal places.\n}',
  [['pos_neg_r', f3(r)]])

top = sites.loc[sites.max_diffsel.idxmax()]
q(T + F, 'Which site has the highest max_diffsel, and what is that value?',
  '{\nFind the row with the largest "max_diffsel" and report its "site" and "max_diffsel".\nRound the value to three decimal places.\n}',
  '{\n@top_site[site]\n@top_max_diffsel[value]\nwhere "site" is written as in "site" and "value" is rounded to three decimal places.\n}',
  [['top_site', str(top.site)], ['top_max_diffsel', f3(top.max_diffsel)]])

F = 'e5_aapl.csv'
aapl = read(F)
q(T + F, 'On how many days did Apple close above 100 dollars, and how much does the closing price vary (standard deviation)?',
  '{\nCount the rows whose "Close" is greater than 100.\nThen take the sample standard deviation of "Close" over all rows.\nRound the standard deviation to two decimal places.\n}',
  '{\n@days_above_100[n]\n@close_std[std]\nwhere "n" is an integer and "std" is rounded to two decimal places.\n}',
  [['days_above_100', str(int((aapl.Close > 100).sum()))], ['close_std', f2(aapl.Close.std())]])

vol = aapl.loc[aapl.Volume.idxmax()]
q(T + F, 'Which trading day had the heaviest volume for Apple?',
  '{\nFind the row with the largest "Volume" and report its "Date" and "Volume".\n}',
  '{\n@heaviest_day[date]\n@heaviest_volume[volume]\nwhere "date" is written as in "Date" and "volume" is an integer.\n}',
  [['heaviest_day', vol.Date], ['heaviest_volume', str(int(vol.Volume))]])

F = 'unemployement_industry.csv'
jobs = read(F)
women = pd.to_numeric(jobs['Women Mar.2020'], errors='coerce')
q(T + F, 'In how many rows was the unemployment rate of women above 5 in March 2020, and what was their average rate over all rows?',
  '{\nCount the rows whose "Women Mar.2020" is greater than 5.\nThen take the mean of "Women Mar.2020" over all rows, treating blanks and \"-\" as missing.\nRound the mean to two decimal places.\n}',
  '{\n@women_above_5[n]\n@women_mean_rate[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
  [['women_above_5', str(int((women > 5).sum()))], ['women_mean_rate', f2(women.mean())]])

men = pd.to_numeric(jobs['Men Mar.2020'], errors='coerce')
both = pd.concat([men, women], axis=1).dropna()
r, p = stats.pearsonr(both.iloc[:, 0], both.iloc[:, 1])
q(T + F, 'Do men and women have similar unemployment rates across industries? Give the correlation for March 2020.',
  '{\nCompute the Pearson correlation coefficient between "Men Mar.2020" and "Women Mar.2020" over the rows where both are numbers (blanks and \"-\" are missing).\nRound to three decimal places.\n}',
  '{\n@men_women_r[r]\nwhere "r" is rounded to three decimal places.\n}',
  [['men_women_r', f3(r)]])

F = 'city_departments_in_current_budget.csv'
dept = read(F)
cs = dept[dept.dept_group == 'Community Services']
q(T + F, 'How many departments belong to Community Services, and what is their highest department id?',
  '{\nKeep the rows whose "dept_group" is "Community Services". Count them, then take the largest "coa_dept_id" among them.\n}',
  '{\n@community_departments[n]\n@community_max_id[id]\nwhere "n" and "id" are integers.\n}',
  [['community_departments', str(len(cs))], ['community_max_id', str(int(cs.coa_dept_id.max()))]])

F = 'microsoft.csv'
msft = read(F)
q(T + F, 'What was the average closing price of Microsoft stock, and the highest price it reached?',
  '{\nTake the mean of "Close" over all rows.\nThen take the largest "High".\nRound both to two decimal places.\n}',
  '{\n@mean_close[avg]\n@highest_high[max]\nwhere "avg" and "max" are rounded to two decimal places.\n}',
  [['mean_close', f2(msft.Close.mean())], ['highest_high', f2(msft.High.max())]])

q(T + F, 'On how many days did more than 30 million Microsoft shares change hands?',
  '{\nCount the rows whose "Volume" is greater than 30000000.\n}',
  '{\n@busy_days[n]\nwhere "n" is an integer.\n}',
  [['busy_days', str(int((msft.Volume > 30000000).sum()))]])

F = 'tr_eikon_eod_data.csv'
eod = read(F)
q(T + F, 'How many days have no Apple price, and what is the average VIX level?',
  '{\nCount the rows where "AAPL.O" is missing.\nTake the mean of ".VIX" ignoring missing values.\nRound the mean to two decimal places.\n}',
  '{\n@missing_aapl[n]\n@mean_vix[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
  [['missing_aapl', str(int(eod['AAPL.O'].isna().sum()))], ['mean_vix', f2(eod['.VIX'].mean())]])

pair = eod[['AAPL.O', 'MSFT.O']].dropna()
r, p = stats.pearsonr(pair['AAPL.O'], pair['MSFT.O'])
q(T + F, 'How strongly do the Apple and Microsoft prices move together? Give the correlation.',
  '{\nCompute the Pearson correlation coefficient between "AAPL.O" and "MSFT.O" over the rows where both are present.\nRound to three decimal places.\n}',
  '{\n@aapl_msft_r[r]\nwhere "r" is rounded to three decimal places.\n}',
  [['aapl_msft_r', f3(r)]])

F = 'YAHOO-BTC_USD_D.csv'
btc = read(F)
peak = btc.loc[btc.Close.idxmax()]
q(T + F, 'When did Bitcoin close at its highest, and at what price?',
  '{\nFind the row with the largest "Close" and report its "Date" and "Close".\nRound the price to two decimal places.\n}',
  '{\n@peak_date[date]\n@peak_close[price]\nwhere "date" is written as in "Date" and "price" is rounded to two decimal places.\n}',
  [['peak_date', peak.Date], ['peak_close', f2(peak.Close)]])

F = 'titanic.csv'
ship = read(F)
q(T + F, 'What fare did passengers who boarded at Cherbourg pay on average, and how many passengers travelled in second class?',
  '{\nFor the fare, keep the rows whose "Embarked" is "C" and take the mean of "Fare".\nFor the count, count the rows whose "Pclass" is 2.\nRound the mean to two decimal places.\n}',
  '{\n@cherbourg_mean_fare[avg]\n@second_class_passengers[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
  [['cherbourg_mean_fare', f2(ship[ship.Embarked == 'C'].Fare.mean())], ['second_class_passengers', str(int((ship.Pclass == 2).sum()))]])

women_aboard = ship[ship.Sex == 'female']
q(T + F, 'What percentage of the women on board survived?',
  '{\nKeep the rows whose "Sex" is "female", divide the number of them whose "Survived" is 1 by their number, and multiply by 100.\nRound to two decimal places.\n}',
  '{\n@female_survival_percent[pct]\nwhere "pct" is rounded to two decimal places.\n}',
  [['female_survival_percent', f2(women_aboard.Survived.mean() * 100)]])

for item in Q:
    print(json.dumps(item))
