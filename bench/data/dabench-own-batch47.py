# Batch 47 (held out): everyday analysis questions in DABench's form, asked the way a new user asks them, over the
# DABench tables the earlier batches used least (a basketball play-by-play log, a city's budget departments, call
# centre statistics by quarter hour, unemployment by industry, Microsoft and Apple daily prices, per-site selection
# scores). Kinds: counting rows under a condition, a count per category with the largest one, a mean over rows kept by
# an equality, a median, a sample standard deviation, a correlation, a range (max minus min), a share in percent, the
# row of a column's minimum, a mean per group with the lowest one, a difference between two columns averaged, a count
# of distinct values. The DABench questions were read for their kinds only; the check half was not read.
# Written before the engine ran on it. Answers are computed with pandas, numpy and scipy (blanks as missing).
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch47.py prints the lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import f2, f3, read_dabench as read, recorder

Q = []
q = recorder(47, Q)
T = 'tables/dabench/tables/'


F = '0020200722.csv'
game = read(F)
q(T + F, 'How many events were logged in each quarter of the game, and which quarter had the most?',
  '{\nCount the rows for each value of "PERIOD" and take the period with the most rows.\n}',
  '{\n@busiest_period[period]\n@busiest_period_events[n]\nwhere "period" and "n" are integers.\n}',
  [['busiest_period', str(int(game.PERIOD.value_counts().idxmax()))],
   ['busiest_period_events', str(int(game.PERIOD.value_counts().max()))]])

q(T + F, 'How many of the logged events have a description for the home team?',
  '{\nCount the rows whose "HOMEDESCRIPTION" is not missing.\n}',
  '{\n@home_described_events[n]\nwhere "n" is an integer.\n}',
  [['home_described_events', str(int(game.HOMEDESCRIPTION.notna().sum()))]])

q(T + F, 'How many different event types appear in the log?',
  '{\nCount the distinct values of "EVENTMSGTYPE".\n}',
  '{\n@event_type_count[n]\nwhere "n" is an integer.\n}',
  [['event_type_count', str(int(game.EVENTMSGTYPE.nunique()))]])

F = 'city_departments_in_current_budget.csv'
dept = read(F)
groups = dept.dept_group.value_counts()
q(T + F, 'Which department group has the most departments, and how many does it have?',
  '{\nCount the rows of each "dept_group" and take the group with the most rows.\n}',
  '{\n@largest_group[group]\n@largest_group_size[n]\nwhere "group" is written as in "dept_group" and "n" is an integer.\n}',
  [['largest_group', groups.idxmax()], ['largest_group_size', str(int(groups.max()))]])

q(T + F, 'What share of the departments belong to Public Safety?',
  '{\nDivide the number of rows whose "dept_group" is "Public Safety" by the number of rows and multiply by 100.\nRound to two decimal places.\n}',
  '{\n@public_safety_percent[pct]\nwhere "pct" is rounded to two decimal places.\n}',
  [['public_safety_percent', f2((dept.dept_group == 'Public Safety').mean() * 100)]])

F = '20170413_000000_group_statistics.csv'
calls = read(F)
ans = calls['num. calls answered']
q(T + F, 'On average, how many calls were answered per quarter hour, and what was the most in a single quarter hour?',
  '{\nTake the mean and the maximum of "num. calls answered" over all rows.\nRound the mean to two decimal places.\n}',
  '{\n@mean_answered[avg]\n@max_answered[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
  [['mean_answered', f2(ans.mean())], ['max_answered', str(int(ans.max()))]])

q(T + F, 'In how many quarter hours were no calls answered at all?',
  '{\nCount the rows whose "num. calls answered" is 0.\n}',
  '{\n@idle_intervals[n]\nwhere "n" is an integer.\n}',
  [['idle_intervals', str(int((ans == 0).sum()))]])

r, p = stats.pearsonr(ans, calls['avg. num. agents talking '])
q(T + F, 'Do more answered calls go with more agents talking? Give the correlation.',
  '{\nCompute the Pearson correlation coefficient between "num. calls answered" and "avg. num. agents talking" over all rows.\nRound to three decimal places.\n}',
  '{\n@answered_talking_r[r]\nwhere "r" is rounded to three decimal places.\n}',
  [['answered_talking_r', f3(r)]])

F = 'unemployement_industry.csv'
un = read(F)
q(T + F, 'What is the median number of unemployed in March 2020 across the rows of the table?',
  '{\nTake the median of "Mar.2020" over the rows with a value.\nRound to two decimal places.\n}',
  '{\n@median_unemployed_2020[median]\nwhere "median" is rounded to two decimal places.\n}',
  [['median_unemployed_2020', f2(un['Mar.2020'].median())]])

rise = (un['Mar.2020'] > un['Mar.2019']).sum()
q(T + F, 'For how many rows did the number of unemployed go up from March 2019 to March 2020?',
  '{\nCount the rows whose "Mar.2020" is greater than "Mar.2019", ignoring rows with a missing value.\n}',
  '{\n@rows_with_rise[n]\nwhere "n" is an integer.\n}',
  [['rows_with_rise', str(int(rise))]])

F = 'microsoft.csv'
ms = read(F)
q(T + F, 'How far apart were the highest and the lowest closing prices of Microsoft in this table?',
  '{\nSubtract the minimum of "Close" from the maximum of "Close".\nRound to two decimal places.\n}',
  '{\n@close_range[range]\nwhere "range" is rounded to two decimal places.\n}',
  [['close_range', f2(ms.Close.max() - ms.Close.min())]])

low = ms.loc[ms.Low.idxmin()]
q(T + F, 'On which date did Microsoft trade at its lowest price, and what was that price?',
  '{\nFind the row with the lowest "Low" and report its "Date" and "Low".\nRound the price to two decimal places.\n}',
  '{\n@lowest_date[date]\n@lowest_price[price]\nwhere "date" is written as in "Date" and "price" is rounded to two decimal places.\n}',
  [['lowest_date', low.Date], ['lowest_price', f2(low.Low)]])

spread = (ms.High - ms.Low).mean()
q(T + F, 'How wide is the daily trading range of Microsoft on average?',
  '{\nFor each row subtract "Low" from "High", then take the mean of the differences.\nRound to three decimal places.\n}',
  '{\n@mean_daily_range[avg]\nwhere "avg" is rounded to three decimal places.\n}',
  [['mean_daily_range', f3(spread)]])

F = 'e5_aapl.csv'
aapl = read(F)
q(T + F, 'How much does Apple\'s trading volume vary? Give its standard deviation.',
  '{\nTake the sample standard deviation of "Volume" over all rows.\nRound to two decimal places.\n}',
  '{\n@volume_std[std]\nwhere "std" is rounded to two decimal places.\n}',
  [['volume_std', f2(aapl.Volume.std())]])

aapl['Year'] = aapl.Date.str[:4]
yearly = aapl.groupby('Year').Close.mean()
q(T + F, 'Which year had the lowest average closing price for Apple, and what was it?',
  '{\nThe year is the first four characters of "Date". Average "Close" for each year and take the year with the lowest average.\nRound the average to two decimal places.\n}',
  '{\n@cheapest_year[year]\n@cheapest_year_mean_close[avg]\nwhere "year" is an integer and "avg" is rounded to two decimal places.\n}',
  [['cheapest_year', yearly.idxmin()], ['cheapest_year_mean_close', f2(yearly.min())]])

F = 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
fer = read(F)
q(T + F, 'How many sites have a positive differential selection above 2?',
  '{\nCount the rows whose "positive_diffsel" is greater than 2.\n}',
  '{\n@strong_positive_sites[n]\nwhere "n" is an integer.\n}',
  [['strong_positive_sites', str(int((fer.positive_diffsel > 2).sum()))]])

q(T + F, 'What is the average of the largest per-site selection, and what is its median?',
  '{\nTake the mean and the median of "max_diffsel" over all rows.\nRound both to three decimal places.\n}',
  '{\n@mean_max_diffsel[avg]\n@median_max_diffsel[median]\nwhere "avg" and "median" are rounded to three decimal places.\n}',
  [['mean_max_diffsel', f3(fer.max_diffsel.mean())], ['median_max_diffsel', f3(fer.max_diffsel.median())]])

F = 'titanic.csv'
tit = read(F)
fares = tit.groupby('Embarked').Fare.mean()
q(T + F, 'From which port did passengers pay the least on average for their tickets?',
  '{\nAverage "Fare" for each value of "Embarked", leaving out passengers with no port, and take the port with the lowest average.\nRound the average to two decimal places.\n}',
  '{\n@cheapest_port[port]\n@cheapest_port_mean_fare[avg]\nwhere "port" is written as in "Embarked" and "avg" is rounded to two decimal places.\n}',
  [['cheapest_port', fares.idxmin()], ['cheapest_port_mean_fare', f2(fares.min())]])

for item in Q:
    print(json.dumps(item))
