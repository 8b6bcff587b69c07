# Batch 61 (held out): DABench-form questions over corpus tables batches 41-60 used least (a state's districts with
# their area, population, urban share and literacy; a college football team's seasons; a motocross championship's
# standings; a football club's league matches with their attendance; an IndyCar race's classification; the daily
# Bitcoin prices; a debate tournament's teams; unemployment by industry in two Marches).
# The kinds are DABench's: summary statistics, a distribution's bins, a correlation with its p-value, outliers by
# the IQR rule, a feature made from other columns, preprocessing (rows that are no figure left out), a simple
# linear regression, and questions of several steps. Rows are set the ways people say them: two groups' medians
# compared in one slot, a share set by two equalities, a count said with a verb and a noun ("won at least 4
# rounds"), a bound on a made daily change said with a verb ("jumped by more than 10 percent"), the most of a made
# column. Slot names are written as DABench writes them.
# Cells are read as text as written and turned into numbers where a figure is asked. Written before the engine ran
# on it. Answers are computed with pandas and scipy and checked by reading the rows; every most-often or largest
# answer is checked to have no tie.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch61.py prints the lines.
import json

import numpy as np
from scipy import stats

from dabench_own_common import W, f2, f3, f4, load, num, read_dabench, recorder

Q = []
q = recorder(61, Q)
T = 'tables/dabench/tables/'


def only_max(values, labels):
    """The label of the one largest value and that value; asserts there is no tie."""
    top = values.max()
    assert (values == top).sum() == 1
    return labels[values.idxmax()], top


F = W + '202-csv/260.csv'
d = load(F)
# The last row, named "-", is the state as a whole: no district.
d = d[d.Name != '-']
literacy = num(d['Literacy (%)'])
urban = num(d['Urban (%)'])
density = num(d['Density (per km2)'])
q(F, 'What is the median literacy rate across the districts?',
  '{\nLeave out the row whose "Name" is "-" (the whole state). Take the median of "Literacy (%)".\nRound to two decimal places.\n}',
  '{\n@median_literacy[rate]\nwhere "rate" is rounded to two decimal places.\n}',
  [['median_literacy', f2(literacy.median())]])

both = urban.notna() & literacy.notna()
r, p = stats.pearsonr(urban[both], literacy[both])
q(F, 'Is a more urban district also a more literate one? Calculate the Pearson correlation coefficient between the '
     'urban share and the literacy rate, and its p-value.',
  '{\nUse "Urban (%)" and "Literacy (%)" over the districts, leaving out the row whose "Name" is "-" (the whole '
  'state).\n'
  'Round r to three decimal places and the p-value to four.\n}',
  '{\n@correlation_coefficient[r_value]\n@p_value[p_value]\nwhere "r_value" is rounded to three decimal places '
  'and "p_value" to four decimal places.\n}',
  [['correlation_coefficient', f3(r)], ['p_value', f4(p)]])

division = d['Administrative Division']
gap = density[division == 'Konkan'].median() - density[division == 'Nagpur'].median()
q(F, 'How much higher is the median population density of the Konkan districts than that of the Nagpur districts?',
  '{\nTake the median of "Density (per km2)" for the rows whose "Administrative Division" is "Konkan" and for '
  'those whose "Administrative Division" is "Nagpur", and subtract the Nagpur median from the Konkan median.\n'
  'Round to two decimal places.\n}',
  '{\n@density_gap[gap]\nwhere "gap" is rounded to two decimal places.\n}',
  [['density_gap', f2(gap)]])

bins = literacy.dropna()
q(F, 'Bin the districts by literacy rate into below 75, 75 to 85 and above 85. How many districts are in the top bin?',
  '{\nLeave out the row whose "Name" is "-" (the whole state). The top bin holds the rows whose "Literacy (%)" is '
  'more than 85.\n}',
  '{\n@high_literacy_districts[count]\nwhere "count" is an integer.\n}',
  [['high_literacy_districts', str(int((bins > 85).sum()))]])

F = W + '204-csv/8.csv'
d = load(F)
wins = num(d['Total Wins'])
losses = num(d['Total Losses'])
ties = num(d['Total Ties'])
q(F, 'In how many seasons did the team win at least 8 games in total?',
  '{\nCount the rows whose "Total Wins" is at least 8.\n}',
  '{\n@eight_win_seasons[count]\nwhere "count" is an integer.\n}',
  [['eight_win_seasons', str(int((wins >= 8).sum()))]])

played = wins.notna() & losses.notna() & ties.notna()
pct = (wins / (wins + losses + ties) * 100)[played]
q(F, 'Create a win percentage feature: Total Wins divided by the sum of Total Wins, Total Losses and Total Ties, '
     'times 100. What is its mean over the seasons?',
  '{\nLeave out rows where any of the three columns is not a number.\nRound to two decimal places.\n}',
  '{\n@mean_win_percentage[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_win_percentage', f2(pct.mean())]])

by_coach = wins.groupby(d['Head Coach']).sum()
coach, most = only_max(by_coach, by_coach.index.to_series())
q(F, 'Which head coach won the most games in total over his seasons, and how many?',
  '{\nSum "Total Wins" for each "Head Coach" over the rows where it is a number and report the coach with the '
  'largest sum and that sum.\n}',
  '{\n@winningest_coach[name]\n@coach_wins[n]\nwhere "name" is written as in "Head Coach" and "n" is an '
  'integer.\n}',
  [['winningest_coach', coach], ['coach_wins', str(int(most))]])

F = W + '204-csv/417.csv'
d = load(F)
share = ((d.Country == 'Belgium') & (d.Team == 'Suzuki')).mean() * 100
q(F, 'What percentage of the riders are Belgians riding for Suzuki?',
  '{\nCount the rows whose "Country" is "Belgium" and whose "Team" is "Suzuki", divide by the number of rows and '
  'multiply by 100.\nRound to two decimal places.\n}',
  '{\n@belgian_suzuki_percent[pct]\nwhere "pct" is rounded to two decimal places.\n}',
  [['belgian_suzuki_percent', f2(share)]])

points = num(d.Points)
q(F, 'What is the average points total of the riders who won at least one race?',
  '{\nKeep the rows whose "Wins" is at least 1 and take the mean of "Points".\nRound to two decimal places.\n}',
  '{\n@mean_points_winners[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['mean_points_winners', f2(points[num(d.Wins) >= 1].mean())]])

F = W + '204-csv/908.csv'
d = load(F)
crowd = num(d.Attendance)
q(F, 'What was the average attendance at home matches?',
  '{\nKeep the rows whose "H/A" is "H" and take the mean of "Attendance".\nRound to two decimal places.\n}',
  '{\n@mean_home_attendance[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_home_attendance', f2(crowd[d['H/A'] == 'H'].mean())]])

q1, q3 = crowd.quantile(0.25), crowd.quantile(0.75)
iqr = q3 - q1
outliers = ((crowd < q1 - 1.5 * iqr) | (crowd > q3 + 1.5 * iqr)).sum()
q(F, 'Using the interquartile range method, how many matches had an outlying attendance?',
  '{\nAn outlier lies below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR of "Attendance", with quartiles as pandas '
  'computes them.\n}',
  '{\n@outlier_count[count]\nwhere "count" is an integer.\n}',
  [['outlier_count', str(int(outliers))]])

F = W + '204-csv/578.csv'
d = load(F)
grid = num(d.Grid)
q(F, 'What was the mean starting grid position of the drivers who completed all 85 laps?',
  '{\nKeep the rows whose "Laps" is 85 and take the mean of "Grid".\nRound to two decimal places.\n}',
  '{\n@mean_grid_full_distance[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['mean_grid_full_distance', f2(grid[num(d.Laps) == 85].mean())]])

rho, _ = stats.spearmanr(grid, num(d.Points))
q(F, "How strongly does where a driver starts relate to the points he scores? Report Spearman's rank correlation "
     'between Grid and Points.',
  '{\nUse Spearman\'s rank correlation of "Grid" and "Points".\nRound to three decimal places.\n}',
  '{\n@spearman_rho[rho]\nwhere "rho" is rounded to three decimal places.\n}',
  [['spearman_rho', f3(rho)]])

F = T + 'YAHOO-BTC_USD_D.csv'
d = read_dabench('YAHOO-BTC_USD_D.csv')
change = d.Close.dropna().pct_change() * 100
q(F, 'Work out the daily percentage change of the closing price. On how many days did the price jump by more than '
     '10 percent, and what was the largest daily change?',
  '{\nRows with a missing "Close" are left out first. Daily change = (Close - previous Close) / previous Close * '
  '100; the first day has no change and is left out. '
  'A jump of more than 10 percent is a change above 10.\nRound the largest change to two decimal places.\n}',
  '{\n@jump_days[n]\n@max_daily_change[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}',
  [['jump_days', str(int((change > 10).sum()))], ['max_daily_change', f2(change.max())]])

year = (d.Date.str[:4] == '2020') & d.Open.notna() & d.Close.notna()
fit = stats.linregress(d.Open[year], d.Close[year])
q(F, 'Using only the 2020 rows, fit a simple linear regression that predicts Close from Open. Report the slope and '
     'the intercept.',
  '{\nKeep the rows whose "Date" is in 2020, leaving out rows with a missing "Open" or "Close". Fit Close = slope * Open + intercept by least squares.\n'
  'Round the slope to four decimal places and the intercept to two.\n}',
  '{\n@slope[slope]\n@intercept[intercept]\nwhere "slope" is rounded to four decimal places and "intercept" to two '
  'decimal places.\n}',
  [['slope', f4(fit.slope)], ['intercept', f2(fit.intercept)]])

F = T + 'Current_Logan.csv'
logan = read_dabench('Current_Logan.csv', header=1)
q(F, 'How many of the Archbishop Mitty teams won at least 4 rounds?',
  '{\nThe first line is a title; the column names are on the second line. Count the rows whose "School" is '
  '"Archbishop Mitty" and whose "Wins" is at least 4.\n}',
  '{\n@mitty_teams[n]\nwhere "n" is an integer.\n}',
  [['mitty_teams', str(int(((logan.School == 'Archbishop Mitty') & (logan.Wins >= 4)).sum()))]])

F = T + 'unemployement_industry.csv'
d = read_dabench('unemployement_industry.csv')
rise = d['Mar.2020'] - d['Mar.2019']
industry, most = only_max(rise, d['Industry and class of worker'])
q(F, 'Make a column for the change in the number unemployed from March 2019 to March 2020. Which row saw the largest '
     'rise, and how large was it?',
  '{\nChange = "Mar.2020" - "Mar.2019". Report the "Industry and class of worker" of the row with the largest '
  'change and that change.\n}',
  '{\n@largest_rise_industry[name]\n@largest_rise[n]\nwhere "name" is written as in "Industry and class of worker" '
  'and "n" is an integer.\n}',
  [['largest_rise_industry', industry], ['largest_rise', str(int(most))]])

assert np.isfinite([r, p, rho, fit.slope]).all()
for item in Q:
    print(json.dumps(item))
