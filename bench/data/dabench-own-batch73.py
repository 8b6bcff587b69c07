# Batch 73 (held out): DABench-form questions over the DABench folder's tables that the own batches use least (a
# site-by-site selection table, a call centre's quarter-hour figures, a coin's and a share's daily prices, a debate
# tournament's teams, a city's departments, unemployment by industry and a basketball game's events) and one
# WikiTableQuestions list of suspensions. The mix follows DABench's: summary statistics, Pearson and Spearman
# correlation with a verdict, Z-score and IQR outliers, missing values filled or dropped before a figure, a new
# column made from others and then a figure, grouping and ranking, skewness, kurtosis and a Shapiro-Wilk test, and
# comparisons between groups (a two-sample t-test, a one-way ANOVA); two- and three-slot questions, with the
# condition first or last. Written before the engine ran on it. Answers are computed with pandas and scipy as the
# constraints say; every largest and most-often answer is checked to have no tie, and every verdict's p-value is
# checked to sit away from its threshold.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch73.py prints the
# lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import C, W, f2, f3, f4, read_dabench, recorder

Q = []
q = recorder(73, Q)
T = 'tables/dabench/tables/'


def verdict(p, alpha, yes, no):
    """The verdict word by a p-value against alpha; asserts the p-value is not within a hair of alpha."""
    assert abs(p - alpha) > 1e-4, p
    return yes if p < alpha else no


def one_top(series, largest=True):
    """The label of the one largest (or smallest) value of a series; asserts there is no tie."""
    best = series.max() if largest else series.min()
    labels = series[series == best].index.tolist()
    assert len(labels) == 1, labels
    return labels[0]


# Differential selection by site of a virus protein.
F = T + 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
d = read_dabench('ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv')
q(F, 'What are the skewness and the kurtosis of abs_diffsel?',
  '{\nUse the pandas methods skew() and kurt() on the "abs_diffsel" column (sample skewness and excess kurtosis). Use '
  'all the rows.\nRound both to three decimal places.\n}',
  '{\n@skewness[skew]\n@kurtosis[kurt]\nwhere "skew" and "kurt" are numbers rounded to three decimal places.\n}',
  [['skewness', f3(d.abs_diffsel.skew())], ['kurtosis', f3(d.abs_diffsel.kurt())]])

col = d.positive_diffsel
q1, q3 = col.quantile([0.25, 0.75])
iqr = q3 - q1
out = (col < q1 - 1.5 * iqr) | (col > q3 + 1.5 * iqr)
q(F, 'Identify the outliers in positive_diffsel using the IQR method. How many are there, and what is the mean of '
     'positive_diffsel once they are removed?',
  '{\nQ1 and Q3 are the 25th and 75th percentiles of "positive_diffsel" (pandas quantile). An outlier is a value '
  'below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR. Count the outliers, remove them, and calculate the mean of the '
  'remaining values.\nRound the mean to three decimal places.\n}',
  '{\n@outlier_count[count]\n@mean_without_outliers[mean]\nwhere "count" is an integer and "mean" is a number rounded '
  'to three decimal places.\n}',
  [['outlier_count', str(int(out.sum()))], ['mean_without_outliers', f3(col[~out].mean())]])

span = d.max_diffsel - d.min_diffsel
r, p = stats.pearsonr(span, d.abs_diffsel)
q(F, 'Create a new feature "diffsel_span" as max_diffsel minus min_diffsel. What is its mean, and what is the '
     'Pearson correlation between diffsel_span and abs_diffsel?',
  '{\n"diffsel_span" = "max_diffsel" - "min_diffsel" for each row. Calculate the mean of "diffsel_span" over all the '
  'rows and the Pearson correlation coefficient between "diffsel_span" and "abs_diffsel".\nRound the mean to four '
  'decimal places and the correlation coefficient to three decimal places.\n}',
  '{\n@mean_span[mean]\n@correlation_coefficient[r_value]\nwhere "mean" is rounded to four decimal places and '
  '"r_value" is a number between -1 and 1 rounded to three decimal places.\n}',
  [['mean_span', f4(span.mean())], ['correlation_coefficient', f3(r)]])

w, p = stats.shapiro(d.max_diffsel)
q(F, 'Is max_diffsel normally distributed? Perform a Shapiro-Wilk test.',
  '{\nRun the Shapiro-Wilk test (scipy.stats.shapiro) on all the values of "max_diffsel". Use a significance level of '
  '0.05: if the p-value is less than 0.05, the data is "not normal", otherwise "normal".\nRound the test statistic '
  'to four decimal places.\n}',
  '{\n@shapiro_statistic[W]\n@normality[result]\nwhere "W" is rounded to four decimal places and "result" is '
  '"normal" or "not normal".\n}',
  [['shapiro_statistic', f4(w)], ['normality', verdict(p, 0.05, 'not normal', 'normal')]])

kept = d[d.positive_diffsel > 3]
q(F, 'For the sites whose positive_diffsel is greater than 3, how many are there and what is their mean '
     'negative_diffsel?',
  '{\nKeep only the rows where "positive_diffsel" is greater than 3. Count them and calculate the mean of '
  '"negative_diffsel" over them.\nRound the mean to three decimal places.\n}',
  '{\n@site_count[count]\n@mean_negative_diffsel[mean]\nwhere "count" is an integer and "mean" is a number rounded '
  'to three decimal places.\n}',
  [['site_count', str(len(kept))], ['mean_negative_diffsel', f3(kept.negative_diffsel.mean())]])

# A call centre's figures by quarter of an hour over one day.
F = T + '20170413_000000_group_statistics.csv'
d = read_dabench('20170413_000000_group_statistics.csv')
d.columns = [c.strip() for c in d.columns]
hour = pd.to_datetime(d.timestamp, format='%b %d  %Y %I:%M:%S %p').dt.hour
answered = d['num. calls answered'].groupby(hour).sum()
top = one_top(answered)
q(F, 'Create a new feature "hour" holding the hour of the day (0 to 23) of each timestamp. Which hour has the most '
     'calls answered in total, and how many calls were answered in it?',
  '{\nTake the hour (24-hour clock) from the "timestamp" column. Group the rows by "hour" and sum "num. calls '
  'answered" in each group. Report the hour with the largest sum and that sum.\n}',
  '{\n@busiest_hour[hour]\n@calls_answered[total]\nwhere "hour" is an integer from 0 to 23 and "total" is an '
  'integer.\n}',
  [['busiest_hour', str(int(top))], ['calls_answered', str(int(answered[top]))]])

wait = pd.to_timedelta(d['avg. wait time']).dt.total_seconds()
busy = wait[d['num. calls answered'] > 0]
q(F, 'Convert the average wait time to seconds. Considering only the intervals in which at least one call was '
     'answered, what are the mean and the median wait time in seconds?',
  '{\n"avg. wait time" is written as hh:mm:ss; convert it to a number of seconds. Keep only the rows whose "num. '
  'calls answered" is greater than 0. Calculate the mean and the median of the wait time in seconds over those '
  'rows.\nRound the mean to two decimal places.\n}',
  '{\n@mean_wait_seconds[mean]\n@median_wait_seconds[median]\nwhere "mean" is rounded to two decimal places and '
  '"median" is a number of seconds.\n}',
  [['mean_wait_seconds', f2(busy.mean())], ['median_wait_seconds', f'{busy.median():g}']])

r, p = stats.pearsonr(d['num. calls answered'], d['avg. num. agents talking'])
q(F, 'Is there a significant correlation between the number of calls answered and the average number of agents '
     'talking?',
  '{\nCalculate the Pearson correlation coefficient (r) between "num. calls answered" and "avg. num. agents talking" '
  'over all the rows, and the two-tailed p-value. Consider the correlation significant if the p-value is less than '
  '0.01.\nRound r to two decimal places.\n}',
  '{\n@correlation_coefficient[r_value]\n@significance[result]\nwhere "r_value" is a number between -1 and 1 rounded '
  'to two decimal places and "result" is "significant" or "not significant".\n}',
  [['correlation_coefficient', f2(r)], ['significance', verdict(p, 0.01, 'significant', 'not significant')]])

z = stats.zscore(d['num. calls answered'])
far = abs(z) > 2
q(F, 'Using the Z-score method with a threshold of 2, how many intervals are outliers in the number of calls '
     'answered, and what is the largest number of calls answered among the other intervals?',
  '{\nThe Z-score uses the mean and the population standard deviation of "num. calls answered". An outlier has an '
  'absolute Z-score greater than 2. Count the outliers, then report the maximum "num. calls answered" of the rows '
  'that are not outliers.\n}',
  '{\n@outlier_count[count]\n@max_without_outliers[value]\nwhere "count" and "value" are integers.\n}',
  [['outlier_count', str(int(far.sum()))], ['max_without_outliers', str(int(d['num. calls answered'][~far].max()))]])

# A coin's daily prices.
F = T + 'YAHOO-BTC_USD_D.csv'
d = read_dabench('YAHOO-BTC_USD_D.csv')
filled = d.Close.fillna(d.Close.median())
q(F, 'Fill the missing values in the Close column with the median of Close. What is the mean of Close after that, '
     'and how many days have a Close above 10000?',
  '{\nReplace the missing values of "Close" with the median of its non-missing values. Then calculate the mean of '
  '"Close" over all the rows and count the rows whose "Close" is greater than 10000.\nRound the mean to two decimal '
  'places.\n}',
  '{\n@mean_close[mean]\n@days_above_10000[count]\nwhere "mean" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['mean_close', f2(filled.mean())], ['days_above_10000', str(int((filled > 10000).sum()))]])

full = d.dropna().copy()
full['year'] = pd.to_datetime(full.Date).dt.year
by_year = full.groupby('year').Volume.mean()
top = one_top(by_year)
low = one_top(by_year, largest=False)
q(F, 'After dropping the rows with missing values, which year has the highest mean Volume and which year the lowest?',
  '{\nDrop every row that has a missing value. Take the year from "Date", group the rows by year and calculate the '
  'mean "Volume" of each year. Report the year with the largest mean and the year with the smallest mean.\n}',
  '{\n@highest_volume_year[year]\n@lowest_volume_year[year]\nwhere "year" is a four-digit integer.\n}',
  [['highest_volume_year', str(int(top))], ['lowest_volume_year', str(int(low))]])

full['daily_range'] = full.High - full.Low
rho, p = stats.spearmanr(full.Volume, full.daily_range)
q(F, 'Create a new column "daily_range" as High minus Low. What is the Spearman rank correlation between Volume and '
     'daily_range?',
  '{\nDrop the rows with missing values. "daily_range" = "High" - "Low". Calculate the Spearman rank correlation '
  'coefficient between "Volume" and "daily_range" and its p-value; the relationship is "significant" if the p-value '
  'is less than 0.05.\nRound the coefficient to three decimal places.\n}',
  '{\n@spearman_coefficient[rho]\n@relationship[significance]\nwhere "rho" is rounded to three decimal places and '
  '"significance" is "significant" or "not significant".\n}',
  [['spearman_coefficient', f3(rho)], ['relationship', verdict(p, 0.05, 'significant', 'not significant')]])

# A share's daily prices over three years.
F = T + 'e5_aapl.csv'
d = read_dabench('e5_aapl.csv')
year = pd.to_datetime(d.Date).dt.year
v14 = d.Volume[year == 2014]
v15 = d.Volume[year == 2015]
t, p = stats.ttest_ind(v14, v15)
q(F, 'Is there a significant difference between the daily trading Volume of 2014 and that of 2015? Perform an '
     'independent two-sample t-test.',
  '{\nTake the year from "Date". Compare "Volume" of the rows of 2014 with "Volume" of the rows of 2015 using an '
  'independent two-sample t-test assuming equal variances (scipy.stats.ttest_ind as it is by default, 2014 first). '
  'If the p-value is less than 0.05, report "significant difference", otherwise "no significant difference".\nRound '
  'the t statistic to three decimal places and the p-value to four decimal places.\n}',
  '{\n@t_statistic[t]\n@p_value[p_value]\n@result[significance]\nwhere "t" is rounded to three decimal places, '
  '"p_value" to four decimal places and "significance" is "significant difference" or "no significant '
  'difference".\n}',
  [['t_statistic', f3(t)], ['p_value', f4(p)],
   ['result', verdict(p, 0.05, 'significant difference', 'no significant difference')]])

month = pd.to_datetime(d.Date).dt.month
by_month = d.Close.groupby(month).mean()
top = one_top(by_month)
q(F, 'Group the trading days by calendar month (January to December, all years together). Which month has the '
     'highest mean Close, and what is that mean?',
  '{\nTake the month number (1 to 12) from "Date" and calculate the mean "Close" of each month over all the years. '
  'Report the month with the largest mean and that mean.\nRound the mean to three decimal places.\n}',
  '{\n@month[number]\n@mean_close[mean]\nwhere "number" is an integer from 1 to 12 and "mean" is rounded to three '
  'decimal places.\n}',
  [['month', str(int(top))], ['mean_close', f3(by_month[top])]])

up = d.Close > d.Open
q(F, 'Create a new column "up_day" that is True when Close is greater than Open. How many up days are there, what '
     'proportion of all days are they, and what is the mean Volume on the up days?',
  '{\n"up_day" is True for the rows where "Close" is greater than "Open" and False otherwise. Count the up days, '
  'divide by the number of rows for the proportion, and calculate the mean "Volume" of the up days.\nRound the '
  'proportion to three decimal places and the mean to the nearest whole number.\n}',
  '{\n@up_days[count]\n@up_proportion[proportion]\n@mean_volume_up[mean]\nwhere "count" is an integer, '
  '"proportion" is rounded to three decimal places and "mean" to the nearest integer.\n}',
  [['up_days', str(int(up.sum()))], ['up_proportion', f3(up.mean())], ['mean_volume_up', f'{d.Volume[up].mean():.0f}']])

# A debate tournament's teams (the header is on the second line).
F = T + 'Current_Logan.csv'
d = read_dabench('Current_Logan.csv', header=1)
sizes = d.School.value_counts()
big = sizes[sizes >= 3].index
wins = d[d.School.isin(big)].groupby('School').Wins.mean()
top = one_top(wins)
q(F, 'Among the schools with at least 3 teams, which school has the highest mean Wins, and what is that mean?',
  '{\nCount the teams (rows) of each "School" and keep the schools with 3 or more teams. Calculate the mean "Wins" of '
  'each of those schools and report the school with the largest mean and that mean.\nRound the mean to three '
  'decimal places.\n}',
  '{\n@school[name]\n@mean_wins[mean]\nwhere "name" is written as in "School" and "mean" is rounded to three '
  'decimal places.\n}',
  [['school', top], ['mean_wins', f3(wins[top])]])

anova = [d.Wins[d.School == s] for s in sorted(big)]
f_stat, p = stats.f_oneway(*anova)
q(F, 'Do the mean Wins differ between the schools that have at least 3 teams? Perform a one-way ANOVA.',
  '{\nKeep the schools with 3 or more teams (rows). Group the rows of those schools by "School" and run a one-way '
  'ANOVA (scipy.stats.f_oneway) of "Wins" across the groups. If the p-value is less than 0.05, report "significant '
  'difference", otherwise "no significant difference".\nRound the F statistic to three decimal places and the '
  'p-value to four decimal places.\n}',
  '{\n@f_statistic[F]\n@p_value[p_value]\n@result[significance]\nwhere "F" is rounded to three decimal places, '
  '"p_value" to four decimal places and "significance" is "significant difference" or "no significant '
  'difference".\n}',
  [['f_statistic', f3(f_stat)], ['p_value', f4(p)],
   ['result', verdict(p, 0.05, 'significant difference', 'no significant difference')]])

# A city's departments in the current budget.
F = T + 'city_departments_in_current_budget.csv'
d = read_dabench('city_departments_in_current_budget.csv')
groups = d.dept_group.value_counts()
top = one_top(groups)
q(F, 'Which department group has the most departments, how many departments does it have, and how many distinct '
     'department groups are there?',
  '{\nCount the rows of each "dept_group". Report the group with the largest count, that count, and the number of '
  'distinct values of "dept_group".\n}',
  '{\n@largest_group[name]\n@departments[count]\n@group_count[number]\nwhere "name" is written as in "dept_group" '
  'and "count" and "number" are integers.\n}',
  [['largest_group', top], ['departments', str(int(groups[top]))], ['group_count', str(d.dept_group.nunique())]])

# Unemployment by industry in two Marches.
F = T + 'unemployement_industry.csv'
d = read_dabench('unemployement_industry.csv').dropna(subset=['Mar.2019', 'Mar.2020'])
change = d['Mar.2020'] - d['Mar.2019']
q(F, 'Create a new column "change" as Mar.2020 minus Mar.2019. What are the mean and the standard deviation of '
     'change, and in how many rows did the number fall?',
  '{\nDrop the rows where "Mar.2019" or "Mar.2020" is missing. "change" = "Mar.2020" - "Mar.2019". Calculate the '
  'mean and the sample standard deviation of "change", and count the rows whose "change" is less than 0.\nRound the '
  'mean and the standard deviation to two decimal places.\n}',
  '{\n@mean_change[mean]\n@std_change[std]\n@rows_fallen[count]\nwhere "mean" and "std" are rounded to two decimal '
  'places and "count" is an integer.\n}',
  [['mean_change', f2(change.mean())], ['std_change', f2(change.std())], ['rows_fallen', str(int((change < 0).sum()))]])

# A basketball game's play-by-play events.
F = T + '0020200722.csv'
d = read_dabench('0020200722.csv')
per = d.groupby('PERIOD').size()
top = one_top(per)
q(F, 'Which period has the most events, and how many events does it have?',
  '{\nCount the rows of each value of "PERIOD". Report the period with the largest count and that count.\n}',
  '{\n@period[number]\n@events[count]\nwhere "number" and "count" are integers.\n}',
  [['period', str(int(top))], ['events', str(int(per[top]))]])

# A season's list of suspensions in a hockey league.
F = W + '204-csv/497.csv'
d = pd.read_csv(C + F)
games = d.Length.str.extract(r'^(\d+) game')[0].astype(float)
fixed = games.dropna()
q(F, 'Considering only the suspensions measured in games, what are the mean and the maximum number of games, and '
     'how many such suspensions are there?',
  '{\nThe number of games of a suspension is the number at the start of "Length" when it is followed by the word '
  '"game" or "games" (for example "5 games (4 pre-season, 1 regular season)" is 5). Leave out the rows whose '
  '"Length" does not start that way. Calculate the mean and the maximum number of games and count the rows kept.\n'
  'Round the mean to two decimal places.\n}',
  '{\n@mean_games[mean]\n@max_games[max]\n@suspensions[count]\nwhere "mean" is rounded to two decimal places and '
  '"max" and "count" are integers.\n}',
  [['mean_games', f2(fixed.mean())], ['max_games', str(int(fixed.max()))], ['suspensions', str(len(fixed))]])

total = games.groupby(d.Team).sum()
top = one_top(total)
q(F, 'Which team\'s suspensions add up to the most games, and how many games is that?',
  '{\nThe number of games of a suspension is the number at the start of "Length" (for example "2 games" is 2). Sum '
  'the games of each "Team" and report the team with the largest sum and that sum.\n}',
  '{\n@team[name]\n@total_games[total]\nwhere "name" is written as in "Team" and "total" is an integer.\n}',
  [['team', top], ['total_games', str(int(total[top]))]])

for item in Q:
    print(json.dumps(item))
