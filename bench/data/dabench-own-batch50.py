# Batch 50 (held out): everyday analysis questions in DABench's form, asked the way a new user asks them, over the
# DABench tables the earlier batches used least (a debate tournament's team list under a title row, daily Apple
# prices, a basketball game's play-by-play, city budget departments, unemployment by industry, a call centre's
# quarter-hour statistics, a ferret virus site selection table). Kinds: a mean beside a count kept by a bar, a median,
# a standard deviation, the row holding the largest difference of two columns, a correlation, the group with the most
# rows, a share in percent, a count of missing cells, a count of distinct values, a difference of two means.
# Blanks count as missing: a mean is taken over the rows where its column is present.
# The DABench questions were read for their kinds only; the check half was not read.
# Written before the engine ran on it. Answers are computed with pandas and scipy (blanks as missing).
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch50.py prints the lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import f2, f3, read_dabench as read, recorder

Q = []
q = recorder(50, Q)
T = 'tables/dabench/tables/'


F = 'e5_aapl.csv'
aapl = read(F)
q(T + F, 'How many shares of Apple traded on an average day, and on how many days did it close above 100?',
  '{\nTake the mean of "Volume" over all rows.\nThen count the rows whose "Close" is greater than 100.\nRound the mean to two decimal places.\n}',
  '{\n@mean_volume[avg]\n@days_above_100[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
  [['mean_volume', f2(aapl.Volume.mean())], ['days_above_100', str(int((aapl.Close > 100).sum()))]])

q(T + F, 'What is the typical closing price (median), and how much does the opening price vary (standard deviation)?',
  '{\nTake the median of "Close" and the sample standard deviation of "Open" over all rows.\nRound both to two decimal places.\n}',
  '{\n@median_close[value]\n@std_open[value]\nwhere "value" is rounded to two decimal places.\n}',
  [['median_close', f2(aapl.Close.median())], ['std_open', f2(aapl.Open.std())]])

spread = aapl.High - aapl.Low
wide = aapl.loc[spread.idxmax()]
q(T + F, 'On which day was the gap between the high and the low price the widest, and how wide was it?',
  '{\nFor every row compute "High" minus "Low". Find the row where this difference is largest and report its "Date" and the difference.\nRound the difference to two decimal places.\n}',
  '{\n@widest_day[date]\n@widest_range[value]\nwhere "date" is written as in "Date" and "value" is rounded to two decimal places.\n}',
  [['widest_day', wide.Date], ['widest_range', f2(wide.High - wide.Low)]])

r, p = stats.pearsonr(aapl.Volume, aapl.Close)
q(T + F, 'Do busier trading days go with lower prices? Give the correlation between volume and closing price.',
  '{\nCompute the Pearson correlation coefficient between "Volume" and "Close".\nRound to three decimal places.\n}',
  '{\n@volume_close_r[r]\nwhere "r" is rounded to three decimal places.\n}',
  [['volume_close_r', f3(r)]])

F = '0020200722.csv'
game = read(F)
per_period = game.PERIOD.value_counts()
q(T + F, 'In which period of the game were the most events logged, and how many were there?',
  '{\nCount the rows for each value of "PERIOD" and report the period with the most rows and its count.\n}',
  '{\n@busiest_period[period]\n@period_events[n]\nwhere "period" and "n" are integers.\n}',
  [['busiest_period', str(int(per_period.idxmax()))], ['period_events', str(int(per_period.max()))]])

q(T + F, 'How many events have no home team description, and how many events were logged in the third period?',
  '{\nCount the rows whose "HOMEDESCRIPTION" is missing.\nCount the rows whose "PERIOD" is 3.\n}',
  '{\n@no_home_description[n]\n@third_period_events[n]\nwhere "n" is an integer.\n}',
  [['no_home_description', str(int(game.HOMEDESCRIPTION.isna().sum()))], ['third_period_events', str(int((game.PERIOD == 3).sum()))]])

q(T + F, 'What percentage of the events have message type 1?',
  '{\nDivide the number of rows whose "EVENTMSGTYPE" is 1 by the number of rows and multiply by 100.\nRound to two decimal places.\n}',
  '{\n@type1_percent[pct]\nwhere "pct" is rounded to two decimal places.\n}',
  [['type1_percent', f2((game.EVENTMSGTYPE == 1).mean() * 100)]])

F = 'city_departments_in_current_budget.csv'
depts = read(F)
groups = depts.dept_group.value_counts()
q(T + F, 'Which department group has the most departments, and how many departments are in it?',
  '{\nCount the rows for each value of "dept_group" and report the group with the most rows and its count.\n}',
  '{\n@largest_group[group]\n@group_departments[n]\nwhere "group" is written as in "dept_group" and "n" is an integer.\n}',
  [['largest_group', groups.idxmax()], ['group_departments', str(int(groups.max()))]])

q(T + F, 'How many different department groups are there, and how many departments are in Public Safety?',
  '{\nCount the distinct values of "dept_group".\nCount the rows whose "dept_group" is "Public Safety".\n}',
  '{\n@group_count[n]\n@public_safety_departments[n]\nwhere "n" is an integer.\n}',
  [['group_count', str(int(depts.dept_group.nunique()))], ['public_safety_departments', str(int((depts.dept_group == 'Public Safety').sum()))]])

F = 'Current_Logan.csv'
logan = read(F, header=1)
q(T + F, 'How many wins does a team have on average, and how many teams won at least 4 rounds?',
  '{\nThe first line is a title; the column names are on the second line.\nTake the mean of "Wins" over all teams.\nCount the teams whose "Wins" is at least 4.\nRound the mean to two decimal places.\n}',
  '{\n@mean_wins[avg]\n@teams_4_plus[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
  [['mean_wins', f2(logan.Wins.mean())], ['teams_4_plus', str(int((logan.Wins >= 4).sum()))]])

schools = logan.School.value_counts()
q(T + F, 'Which school sent the most teams, and how many teams did it send?',
  '{\nThe first line is a title; the column names are on the second line.\nCount the rows for each value of "School" and report the school with the most rows and its count.\n}',
  '{\n@top_school[school]\n@school_teams[n]\nwhere "school" is written as in "School" and "n" is an integer.\n}',
  [['top_school', schools.idxmax()], ['school_teams', str(int(schools.max()))]])

F = 'unemployement_industry.csv'
jobs = read(F)
q(T + F, 'On average, how many people per industry row were unemployed in March 2020, and in how many rows was that number above 1000?',
  '{\nTake the mean of "Mar.2020" over all rows.\nCount the rows whose "Mar.2020" is greater than 1000.\nRound the mean to two decimal places.\n}',
  '{\n@mean_mar2020[avg]\n@rows_above_1000[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
  [['mean_mar2020', f2(jobs['Mar.2020'].mean())], ['rows_above_1000', str(int((jobs['Mar.2020'] > 1000).sum()))]])

q(T + F, 'By how much did the average number of unemployed per row grow from March 2019 to March 2020?',
  '{\nTake the mean of "Mar.2020" and the mean of "Mar.2019" over the rows where each is present, and subtract the second from the first.\nRound to two decimal places.\n}',
  '{\n@unemployed_rise[diff]\nwhere "diff" is rounded to two decimal places.\n}',
  [['unemployed_rise', f2(jobs['Mar.2020'].mean() - jobs['Mar.2019'].mean())]])

F = '20170413_000000_group_statistics.csv'
calls = read(F)
q(T + F, 'What is the median number of abandoned calls in a quarter hour, and what is the largest average number of agents staffed?',
  '{\nTake the median of "num. calls abandoned " over all rows.\nTake the maximum of "avg. num. agents staffed " over all rows.\n}',
  '{\n@median_abandoned[value]\n@max_staffed[value]\nwhere "value" is written with two decimal places.\n}',
  [['median_abandoned', f2(calls['num. calls abandoned '].median())], ['max_staffed', f2(calls['avg. num. agents staffed '].max())]])

r, p = stats.pearsonr(calls['num. calls answered'], calls['avg. num. agents talking '])
q(T + F, 'Are more calls answered when more agents are talking? Give the correlation.',
  '{\nCompute the Pearson correlation coefficient between "num. calls answered" and "avg. num. agents talking ".\nRound to three decimal places.\n}',
  '{\n@answered_talking_r[r]\nwhere "r" is rounded to three decimal places.\n}',
  [['answered_talking_r', f3(r)]])

F = 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
sites = read(F)
kept = sites[sites.abs_diffsel > 2]
q(T + F, 'Among the sites with an absolute differential selection above 2, what is the median positive differential selection?',
  '{\nKeep the rows whose "abs_diffsel" is greater than 2 and take the median of "positive_diffsel".\nRound to three decimal places.\n}',
  '{\n@median_positive_strong[value]\nwhere "value" is rounded to three decimal places.\n}',
  [['median_positive_strong', f3(kept.positive_diffsel.median())]])

for item in Q:
    print(json.dumps(item))
