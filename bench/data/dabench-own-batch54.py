# Batch 54 (held out): everyday analysis questions in DABench's form, asked the way different users ask them, over
# the DABench tables batches 41-53 used least (a debate tournament's standings, a virus's per-site selection
# scores, a city's departments, unemployment by industry, a basketball game's play-by-play, a call centre's
# quarter-hour statistics, five years of a share's daily prices, the share of degrees women earned by field).
# Kinds: the means of two groups in one sentence, the group with the largest sum beside that sum, a median beside
# a count of zeros, the row with the smallest value beside that value, a filtered count beside a filtered mean, a
# correlation with its p-value, the smallest group beside its size, a share in percent, a new column from two
# others with a count and a mean over it, the means of two columns, skewness, the most frequent value beside a
# distinct count, two sums in one sentence, the means of two years, a percentage change column, a regression slope.
# Blanks and "-" count as missing: a statistic is taken over the rows where its column is present.
# The DABench questions were read for their kinds only; the check half was not read.
# Written before the engine ran on it. Answers are computed with pandas and scipy.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch54.py prints the lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import f2, f3, f4, read_dabench as read, recorder

Q = []
q = recorder(54, Q)
T = 'tables/dabench/tables/'


def unique_top(series, largest=True):
    """The label of the largest (or smallest) value, asserting it is not tied."""
    ordered = series.sort_values(ascending=not largest)
    assert ordered.iloc[0] != ordered.iloc[1], ordered.head(3)
    return ordered.index[0], ordered.iloc[0]


F = 'Current_Logan.csv'
logan = read(F, header=1)
gunn, leland = logan[logan.School == 'Gunn Sr'].Wins, logan[logan.School == 'Leland'].Wins
q(T + F, 'Do Gunn Sr teams win more rounds than Leland teams? Give the average wins of each school.',
  '{\nThe first line is a title; the column names are on the second line.\nTake the mean of "Wins" over the rows whose "School" is "Gunn Sr", and over the rows whose "School" is "Leland".\nRound both to two decimal places.\n}',
  '{\n@gunn_mean_wins[avg]\n@leland_mean_wins[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['gunn_mean_wins', f2(gunn.mean())], ['leland_mean_wins', f2(leland.mean())]])

school, total = unique_top(logan.groupby('School').Wins.sum())
q(T + F, "Which school's teams won the most rounds in total, and what's that total?",
  '{\nThe first line is a title; the column names are on the second line.\nGroup the rows by "School" and take the sum of "Wins" in each group. Report the group with the largest sum and the sum.\n}',
  '{\n@top_school[school]\n@school_total_wins[n]\nwhere "school" is written as in "School" and "n" is an integer.\n}',
  [['top_school', school], ['school_total_wins', str(int(total))]])

q(T + F, 'median wins per team? and how many teams didnt win a single round',
  '{\nThe first line is a title; the column names are on the second line.\nTake the median of "Wins". Count the rows whose "Wins" is 0.\n}',
  '{\n@median_wins[value]\n@winless_teams[n]\nwhere "value" is rounded to one decimal place and "n" is an integer.\n}',
  [['median_wins', f'{logan.Wins.median():.1f}'], ['winless_teams', str(int((logan.Wins == 0).sum()))]])

F = 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
ferret = read(F)
site, low = unique_top(ferret.set_index('site').min_diffsel, largest=False)
q(T + F, 'Which site has the most negative min_diffsel, and what is its value?',
  '{\nFind the row with the smallest "min_diffsel" and report its "site" and its "min_diffsel".\nRound the value to four decimal places.\n}',
  '{\n@lowest_site[site]\n@lowest_min_diffsel[value]\nwhere "site" is written as in "site" and "value" is rounded to four decimal places.\n}',
  [['lowest_site', str(site)], ['lowest_min_diffsel', f4(low)]])

strong = ferret[ferret.positive_diffsel > 4]
q(T + F, 'Looking only at sites with positive_diffsel above 4: how many are there and what is their average abs_diffsel?',
  '{\nKeep the rows whose "positive_diffsel" is greater than 4. Count them and take the mean of "abs_diffsel" over them.\nRound the mean to three decimal places.\n}',
  '{\n@strong_sites[n]\n@strong_mean_abs[avg]\nwhere "n" is an integer and "avg" is rounded to three decimal places.\n}',
  [['strong_sites', str(len(strong))], ['strong_mean_abs', f3(strong.abs_diffsel.mean())]])

r, p = stats.pearsonr(ferret.max_diffsel, ferret.abs_diffsel)
q(T + F, 'Is max_diffsel linearly related to abs_diffsel? I need r and the p-value.',
  '{\nCompute the Pearson correlation coefficient between "max_diffsel" and "abs_diffsel" and its two-sided p-value.\nRound the coefficient to three decimal places and the p-value to four decimal places.\n}',
  '{\n@max_abs_r[r]\n@max_abs_p[p]\nwhere "r" is rounded to three decimal places and "p" to four decimal places.\n}',
  [['max_abs_r', f3(r)], ['max_abs_p', f4(p)]])

F = 'city_departments_in_current_budget.csv'
depts = read(F)
group, size = unique_top(depts.dept_group.value_counts(), largest=False)
q(T + F, 'Which department group is the smallest, and how many departments does it have?',
  '{\nCount the rows of each "dept_group" and report the group with the fewest rows and its count.\n}',
  '{\n@smallest_group[group]\n@smallest_group_size[n]\nwhere "group" is written as in "dept_group" and "n" is an integer.\n}',
  [['smallest_group', group], ['smallest_group_size', str(int(size))]])

q(T + F, 'What percent of the departments fall under Support Services?',
  '{\nDivide the number of rows whose "dept_group" is "Support Services" by the number of rows and multiply by 100.\nRound to two decimal places.\n}',
  '{\n@support_pct[pct]\nwhere "pct" is rounded to two decimal places.\n}',
  [['support_pct', f2((depts.dept_group == 'Support Services').mean() * 100)]])

F = 'unemployement_industry.csv'
jobs = read(F, na_values=['-'])
change = (jobs['Mar.2020'] - jobs['Mar.2019']).dropna()
q(T + F, 'Add a column with the change in unemployed people from March 2019 to March 2020. In how many rows did it go up, and by how much on average?',
  '{\nCreate a column "Change" equal to "Mar.2020" minus "Mar.2019". Count the rows whose "Change" is greater than 0, and take the mean of "Change" over the rows where it is present.\nRound the mean to two decimal places.\n}',
  '{\n@rows_up[n]\n@mean_change[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
  [['rows_up', str(int((change > 0).sum()))], ['mean_change', f2(change.mean())]])

men, women = jobs['Men Mar.2020'].dropna(), jobs['Women Mar.2020'].dropna()
q(T + F, "What were men's and women's average unemployment rates across the rows in March 2020?",
  '{\nTake the mean of "Men Mar.2020" and the mean of "Women Mar.2020", each over the rows where it is present ("-" is missing).\nRound both to two decimal places.\n}',
  '{\n@men_rate_2020[avg]\n@women_rate_2020[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['men_rate_2020', f2(men.mean())], ['women_rate_2020', f2(women.mean())]])

counts19 = jobs['Mar.2019'].dropna()
q(T + F, 'How lopsided is the March 2019 column? Give the skewness (Fisher-Pearson, no bias correction).',
  '{\nCompute the Fisher-Pearson coefficient of skewness of "Mar.2019" over the rows where it is present, without bias correction.\nRound to three decimal places.\n}',
  '{\n@mar2019_skew[skew]\nwhere "skew" is rounded to three decimal places.\n}',
  [['mar2019_skew', f3(stats.skew(counts19))]])

F = '0020200722.csv'
plays = read(F)
top_type, _ = unique_top(plays.EVENTMSGTYPE.value_counts())
q(T + F, 'What kind of event shows up most often in this game log, and how many different event types are there?',
  '{\nFind the most frequent value of "EVENTMSGTYPE". Count the distinct values of "EVENTMSGTYPE".\n}',
  '{\n@top_event_type[type]\n@event_types[n]\nwhere "type" is an integer and "n" is an integer.\n}',
  [['top_event_type', str(int(top_type))], ['event_types', str(int(plays.EVENTMSGTYPE.nunique()))]])

period, events = unique_top(plays.PERIOD.value_counts())
q(T + F, 'Which period had the most events, and how many?',
  '{\nCount the rows of each "PERIOD" and report the period with the most rows and its count.\n}',
  '{\n@busiest_period[period]\n@busiest_period_events[n]\nwhere "period" is an integer and "n" is an integer.\n}',
  [['busiest_period', str(int(period))], ['busiest_period_events', str(int(events))]])

F = '20170413_000000_group_statistics.csv'
calls = read(F)
q(T + F, 'Over the whole day, how many calls were answered and how many were abandoned?',
  '{\nTake the sum of "num. calls answered" and the sum of "num. calls abandoned".\n}',
  '{\n@calls_answered[n]\n@calls_abandoned[n]\nwhere "n" is an integer.\n}',
  [['calls_answered', str(int(calls['num. calls answered'].sum()))],
   ['calls_abandoned', str(int(calls['num. calls abandoned '].sum()))]])

F = 'e5_aapl.csv'
aapl = read(F, parse_dates=['Date'])
q(T + F, 'How did the average close in 2014 compare with the average close in 2016?',
  '{\nTake the mean of "Close" over the rows whose "Date" is in 2014, and over the rows whose "Date" is in 2016.\nRound both to two decimal places.\n}',
  '{\n@close_2014[avg]\n@close_2016[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['close_2014', f2(aapl[aapl.Date.dt.year == 2014].Close.mean())],
   ['close_2016', f2(aapl[aapl.Date.dt.year == 2016].Close.mean())]])

ret = aapl.Close.pct_change() * 100
q(T + F, "Compute daily returns from the close (percent change from the day before). What's the mean daily return and its standard deviation?",
  '{\nCreate a column "Return" as the percentage change of "Close" from the previous row, times 100. Take the mean and the sample standard deviation of "Return" over the rows where it is present.\nRound both to four decimal places.\n}',
  '{\n@mean_return[avg]\n@return_std[std]\nwhere "avg" and "std" are rounded to four decimal places.\n}',
  [['mean_return', f4(ret.mean())], ['return_std', f4(ret.std())]])

F = 'percent-bachelors-degrees-women-usa.csv'
degrees = read(F)
fit = stats.linregress(degrees.Year, degrees['Computer Science'])
q(T + F, "Fit a straight line to women's share of computer science degrees over the years. What is the slope, and the intercept?",
  '{\nFit a simple linear regression of "Computer Science" on "Year" by ordinary least squares. Report the slope and the intercept.\nRound both to three decimal places.\n}',
  '{\n@cs_slope[slope]\n@cs_intercept[intercept]\nwhere "slope" and "intercept" are rounded to three decimal places.\n}',
  [['cs_slope', f3(fit.slope)], ['cs_intercept', f3(fit.intercept)]])

for item in Q:
    print(json.dumps(item))
