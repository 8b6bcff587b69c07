# Batch 62 (held out): DABench-form questions over corpus tables batches 41-61 used least (health workers of a
# country's regions; a touring-car series' points by round; a Grand Prix classification; an American football
# team's season with its attendances; a film director's review scores; a footballer's club career set out in
# sections by country; a workbook's costs and revenues by year and category; Microsoft's daily prices; the daily
# prices of several funds).
# The kinds are DABench's: summary statistics, a distribution's bins, correlations with their p-values, outliers by
# the z-score and the IQR rule, a feature made from other columns, preprocessing (figures written with a percent
# sign, cells that are no figure), a simple linear regression, and questions of several steps. Rows are set the ways
# people say them: bins described in the question, a dash for a round not raced, a header line repeated inside the
# table, a comparison of two columns row by row, a text prefix that marks a kind of row. Slot names are written as
# DABench writes them.
# Cells are read as text as written and turned into numbers where a figure is asked. Written before the engine ran
# on it. Answers are computed with pandas and scipy and checked by reading the rows; every most-often or largest
# answer is checked to have no tie.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch62.py prints the lines.
import json

import numpy as np
import pandas as pd
from scipy import stats

from dabench_own_common import C, W, f2, f3, f4, load, num, read_dabench, recorder

Q = []
q = recorder(62, Q)
T = 'tables/dabench/tables/'


def only_max(values, labels):
    """The label of the one largest value and that value; asserts there is no tie."""
    top = values.max()
    assert (values == top).sum() == 1
    return labels[values.idxmax()], top


F = W + '203-csv/265.csv'
d = load(F)
physicians = num(d['Physician (GP & specialist)'])
officers = num(d['Health Officer'])
nurses = num(d['All Nurses'])
midwives = num(d['Mid-wives'])
q(F, 'What is the median number of physicians across the regions?',
  '{\nTake the median of "Physician (GP & specialist)" over all regions.\nRound to two decimal places.\n}',
  '{\n@median_physicians[median]\nwhere "median" is rounded to two decimal places.\n}',
  [['median_physicians', f2(physicians.median())]])

both = nurses.notna() & midwives.notna()
r, p = stats.pearsonr(nurses[both], midwives[both])
q(F, 'Do regions with more nurses also have more midwives? Compute the Pearson correlation between the two counts '
     'and its p-value.',
  '{\nUse "All Nurses" and "Mid-wives", leaving out the rows where "Mid-wives" is not a number.\n'
  'Round r to three decimal places and the p-value to four.\n}',
  '{\n@correlation_coefficient[r_value]\n@p_value[p_value]\nwhere "r_value" is rounded to three decimal places '
  'and "p_value" to four decimal places.\n}',
  [['correlation_coefficient', f3(r)], ['p_value', f4(p)]])

ratio = nurses / physicians
region, top = only_max(ratio, d.Region)
q(F, 'Create a nurses-per-physician feature by dividing All Nurses by the number of physicians. Which region has '
     'the highest value, and what is it?',
  '{\nNurses per physician = "All Nurses" / "Physician (GP & specialist)". Report the "Region" of the row with the '
  'largest value and that value.\nRound to two decimal places.\n}',
  '{\n@region[name]\n@nurses_per_physician[ratio]\nwhere "name" is written as in "Region" and "ratio" is rounded '
  'to two decimal places.\n}',
  [['region', region], ['nurses_per_physician', f2(top)]])

q(F, 'In how many regions do health officers outnumber physicians?',
  '{\nCount the rows whose "Health Officer" is greater than their "Physician (GP & specialist)".\n}',
  '{\n@regions_more_officers[count]\nwhere "count" is an integer.\n}',
  [['regions_more_officers', str(int((officers > physicians).sum()))]])

F = W + '204-csv/955.csv'
d = load(F)
rounds = d[['Lak.', 'Ora.', 'San.', 'Phi.']].apply(num)
total = num(d.Total)
q(F, 'How many drivers scored points in all four rounds?',
  '{\nThe rounds are "Lak.", "Ora.", "San." and "Phi."; a "-" means the driver scored nothing there. Count the rows '
  'with a number in all four.\n}',
  '{\n@all_round_scorers[count]\nwhere "count" is an integer.\n}',
  [['all_round_scorers', str(int(rounds.notna().all(axis=1).sum()))]])

middle = ((total >= 20) & (total <= 50)).sum()
# "66'" is no figure as written; it would fall in the top bin either way, so the middle count does not depend on it.
assert ((num(d.Total.str.rstrip("'")) >= 20) & (num(d.Total.str.rstrip("'")) <= 50)).sum() == middle
q(F, 'Group the drivers by their points total into fewer than 20, 20 to 50, and more than 50. How many drivers are '
     'in the middle group?',
  '{\nThe middle group holds the rows whose "Total" is at least 20 and at most 50.\n}',
  '{\n@middle_group_drivers[count]\nwhere "count" is an integer.\n}',
  [['middle_group_drivers', str(int(middle))]])

lak = rounds['Lak.']
q(F, 'What was the average score at Lak. among the drivers who took part there?',
  '{\nLeave out the rows whose "Lak." is "-" and take the mean of "Lak.".\nRound to two decimal places.\n}',
  '{\n@mean_lak_points[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_lak_points', f2(lak.mean())]])

F = W + '203-csv/479.csv'
d = load(F)
grid = num(d.Grid)
laps = num(d.Laps)
ranked = grid.notna() & laps.notna()
rho, rho_p = stats.spearmanr(grid[ranked], laps[ranked])
q(F, "Did the drivers who started further back complete fewer laps? Report Spearman's rank correlation between "
     'Grid and Laps and its p-value.',
  '{\nLeave out the rows whose "Grid" or "Laps" is not a number. Use Spearman\'s rank correlation.\n'
  'Round rho to three decimal places and the p-value to four.\n}',
  '{\n@spearman_rho[rho]\n@p_value[p_value]\nwhere "rho" is rounded to three decimal places and "p_value" to four '
  'decimal places.\n}',
  [['spearman_rho', f3(rho)], ['p_value', f4(rho_p)]])

q(F, 'On average, how many laps did the Cooper-Maserati cars complete?',
  '{\nKeep the rows whose "Constructor" is "Cooper-Maserati" and take the mean of "Laps".\n'
  'Round to two decimal places.\n}',
  '{\n@mean_laps[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_laps', f2(laps[d.Constructor == 'Cooper-Maserati'].mean())]])

retired = d.Pos == 'Ret'
q(F, 'How many drivers retired from the race, and how many laps did they complete on average?',
  '{\nA driver retired when "Pos" is "Ret". Count those rows and take the mean of their "Laps".\n'
  'Round the mean to two decimal places.\n}',
  '{\n@retirements[count]\n@mean_laps_retired[mean]\nwhere "count" is an integer and "mean" is rounded to two '
  'decimal places.\n}',
  [['retirements', str(int(retired.sum()))], ['mean_laps_retired', f2(laps[retired].mean())]])

F = W + '204-csv/591.csv'
d = load(F)
crowd = num(d.Attendance)
z = (crowd - crowd.mean()) / crowd.std()
q(F, 'Which games drew an unusual crowd? Using z-scores of the attendance, count the games more than 2 standard '
     'deviations from the mean, and give the mean attendance.',
  '{\nz = (Attendance - mean) / standard deviation, with the sample standard deviation. A game is unusual when '
  '|z| > 2.\nRound the mean to two decimal places.\n}',
  '{\n@outlier_games[count]\n@mean_attendance[mean]\nwhere "count" is an integer and "mean" is rounded to two '
  'decimal places.\n}',
  [['outlier_games', str(int((z.abs() > 2).sum()))], ['mean_attendance', f2(crowd.mean())]])

away = d.Opponent.str.startswith('at ')
q(F, 'Make a feature that marks the away games: those whose Opponent starts with "at ". What was the average '
     'attendance at the home games?',
  '{\nA game is away when "Opponent" starts with "at "; the other games are home games. Take the mean of '
  '"Attendance" over the home games.\nRound to two decimal places.\n}',
  '{\n@mean_home_attendance[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_home_attendance', f2(crowd[~away].mean())]])

F = W + '203-csv/641.csv'
d = load(F)
tomatoes = num(d['Rotten Tomatoes'].str.rstrip('%'))
metacritic = num(d.Metacritic.str.rstrip('%'))
q(F, 'What is the average Rotten Tomatoes score of the films?',
  '{\nRead "Rotten Tomatoes" as a number by removing the percent sign; leave out the rows where it is "N/A".\n'
  'Round to two decimal places.\n}',
  '{\n@mean_rotten_tomatoes[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_rotten_tomatoes', f2(tomatoes.mean())]])

scored = tomatoes.notna() & metacritic.notna()
r2, p2 = stats.pearsonr(tomatoes[scored], metacritic[scored])
q(F, 'Do critics on Rotten Tomatoes and on Metacritic agree? Calculate the Pearson correlation between the two '
     'scores.',
  '{\nRemove the percent signs, leave out the rows where either score is "N/A", and use the Pearson correlation '
  'coefficient.\nRound to three decimal places.\n}',
  '{\n@correlation_coefficient[r_value]\nwhere "r_value" is rounded to three decimal places.\n}',
  [['correlation_coefficient', f3(r2)]])

F = W + '200-csv/29.csv'
d = load(F)
club = d['Club performance Club Norway']
goals = num(d['League Goals League'])
q(F, 'How many league goals did the player score for Viking altogether?',
  '{\nThe table repeats a header line before each country; those lines hold no figures. Sum "League Goals League" '
  'over the rows whose "Club performance Club Norway" is "Viking".\n}',
  '{\n@viking_league_goals[total]\nwhere "total" is an integer.\n}',
  [['viking_league_goals', str(int(goals[club == 'Viking'].sum()))]])

F = 'office/xlsx/poi_WithChartSheet.xlsx'
d = pd.read_excel(C + F, sheet_name='Sheet1')
profit = (d.Revenue - d.Cost).groupby(d.Category).sum()
category, most = only_max(profit, profit.index.to_series())
q(F, 'Add a profit column (Revenue minus Cost). Which category made the most profit over all the years, and how '
     'much?',
  '{\nProfit = "Revenue" - "Cost". Sum the profit for each "Category" and report the category with the largest sum '
  'and that sum.\nRound to two decimal places.\n}',
  '{\n@top_category[name]\n@total_profit[profit]\nwhere "name" is written as in "Category" and "profit" is rounded '
  'to two decimal places.\n}',
  [['top_category', category], ['total_profit', f2(most)]], table='Sheet1')

F = T + 'microsoft.csv'
d = read_dabench('microsoft.csv')
q1, q3 = d.Volume.quantile(0.25), d.Volume.quantile(0.75)
iqr = q3 - q1
q(F, 'Flag the trading days with an outlying volume by the IQR rule. How many are there?',
  '{\nAn outlier lies below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR of "Volume", with quartiles as pandas computes '
  'them.\n}',
  '{\n@outlier_days[count]\nwhere "count" is an integer.\n}',
  [['outlier_days', str(int(((d.Volume < q1 - 1.5 * iqr) | (d.Volume > q3 + 1.5 * iqr)).sum()))]])

F = T + 'tr_eikon_eod_data.csv'
d = read_dabench('tr_eikon_eod_data.csv')
year = (d.Date.str[:4] == '2016') & d.GLD.notna() & d.GDX.notna()
fit = stats.linregress(d.GLD[year], d.GDX[year])
q(F, 'Over 2016, how does the gold miners fund GDX follow the gold fund GLD? Fit a linear regression of GDX on GLD '
     'and give the slope and the intercept.',
  '{\nKeep the rows whose "Date" is in 2016 and that have both a "GLD" and a "GDX" price. Fit GDX = slope * GLD + '
  'intercept by least squares.\nRound the slope to four decimal places and the intercept to two.\n}',
  '{\n@slope[slope]\n@intercept[intercept]\nwhere "slope" is rounded to four decimal places and "intercept" to two '
  'decimal places.\n}',
  [['slope', f4(fit.slope)], ['intercept', f2(fit.intercept)]])

assert np.isfinite([r, p, rho, rho_p, r2, p2, fit.slope]).all()
for item in Q:
    print(json.dumps(item))
