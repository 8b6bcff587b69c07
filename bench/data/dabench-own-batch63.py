# Batch 63 (held out): DABench-form questions over corpus tables batches 41-62 used least (a college football
# rivalry's games with a totals line; a lacrosse team's season with "@" before its away opponents; a national
# team's scorers by competition with "-" for none; a medal table; patrol-boat orders by nation and type; an
# author's book tour and a fiscal year's monthly profits, two defined tables of a workbook; Bitcoin's daily prices;
# unemployment by industry with "-" for no estimate; a debate tournament's teams and their wins; a city's
# departments by group).
# The kinds are DABench's: summary statistics, a distribution's counts, correlations with their p-values, outliers by
# the IQR rule and by standard deviations, features made from other columns (a margin, a weighted score, a ratio, a
# daily range), preprocessing (a dash for no figure, thousands commas, a totals line), a simple linear regression,
# and questions of several steps. Slot names are written as DABench writes them.
# Cells are read as text as written and turned into numbers where a figure is asked. Written before the engine ran
# on it. Answers are computed with pandas and scipy and checked by reading the rows; every most-often or largest
# answer is checked to have no tie.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch63.py prints the lines.
import json

import numpy as np
import pandas as pd
from scipy import stats

from dabench_own_common import C, W, f2, f3, f4, load, num, read_dabench, recorder

Q = []
q = recorder(63, Q)
T = 'tables/dabench/tables/'


def only_max(values, labels):
    """The label of the one largest value and that value; asserts there is no tie."""
    top = values.max()
    assert (values == top).sum() == 1
    return labels[values.idxmax()], top


F = W + '204-csv/166.csv'
d = load(F)
games = d[d.Date != 'Totals']
assert len(games) == len(d) - 1
jsu = num(games['Score JSU'])
tu = num(games['Score TU'])
won = games.Winner == 'Jacksonville State'
q(F, 'When Jacksonville State won, what was its average margin of victory?',
  '{\nThe margin is "Score JSU" minus "Score TU". Keep the games whose "Winner" is "Jacksonville State"; the '
  '"Totals" line at the bottom is not a game.\nRound to two decimal places.\n}',
  '{\n@average_margin[margin]\nwhere "margin" is rounded to two decimal places.\n}',
  [['average_margin', f2((jsu - tu)[won].mean())]])

r, p = stats.pearsonr(jsu, tu)
q(F, 'Is there a linear relationship between the points the two teams scored in a game? Give the Pearson '
     'correlation coefficient and its p-value.',
  '{\nUse "Score JSU" and "Score TU" over the games, leaving out the "Totals" line.\nRound r to three decimal '
  'places and the p-value to four.\n}',
  '{\n@correlation_coefficient[r_value]\n@p_value[p_value]\nwhere "r_value" is rounded to three decimal places '
  'and "p_value" to four decimal places.\n}',
  [['correlation_coefficient', f3(r)], ['p_value', f4(p)]])

combined = jsu + tu
q1, q3 = combined.quantile(0.25), combined.quantile(0.75)
iqr = q3 - q1
q(F, 'Add up both teams\' scores to get the total points of each game. How many games are outliers in total '
     'points according to the IQR method?',
  '{\nTotal points = "Score JSU" + "Score TU"; the "Totals" line is no game. An outlier lies below Q1 - 1.5 * IQR '
  'or above Q3 + 1.5 * IQR, with quartiles as pandas computes them.\n}',
  '{\n@outlier_games[count]\nwhere "count" is an integer.\n}',
  [['outlier_games', str(int(((combined < q1 - 1.5 * iqr) | (combined > q3 + 1.5 * iqr)).sum()))]])

F = W + '203-csv/552.csv'
d = load(F)
crowd = num(d.Attendance)
home = ~d.Opponent.str.startswith('@')
q(F, 'How many people came to the home games on average?',
  '{\nAn away game has an "Opponent" that starts with "@"; every other game is a home game. Take the mean of '
  '"Attendance" over the home games.\nRound to two decimal places.\n}',
  '{\n@mean_home_attendance[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_home_attendance', f2(crowd[home].mean())]])

q(F, 'How many games did the team lose in overtime?',
  '{\nA game was lost when its "Score" starts with "L", and went to overtime when its "OT" is "OT". Count the '
  'games that are both.\n}',
  '{\n@overtime_losses[count]\nwhere "count" is an integer.\n}',
  [['overtime_losses', str(int((d.Score.str.startswith('L') & (d.OT == 'OT')).sum()))]])

F = W + '204-csv/241.csv'
d = load(F)
friendlies = num(d.Friendlies)
qualifiers = num(d['FIFA World Cup Qual.'])
q(F, 'How many players scored both in friendlies and in World Cup qualifiers?',
  '{\nA "-" means the player scored no goal there. Count the rows with a number in both "Friendlies" and '
  '"FIFA World Cup Qual.".\n}',
  '{\n@players_scoring_both[count]\nwhere "count" is an integer.\n}',
  [['players_scoring_both', str(int((friendlies.notna() & qualifiers.notna()).sum()))]])

q(F, 'Replace the dashes in Friendlies with 0. What are the mean and the standard deviation of friendly goals per '
     'player?',
  '{\nRead "-" in "Friendlies" as 0. Use the sample standard deviation.\nRound both to two decimal places.\n}',
  '{\n@mean_friendly_goals[mean]\n@std_friendly_goals[std]\nwhere "mean" and "std" are rounded to two decimal '
  'places.\n}',
  [['mean_friendly_goals', f2(friendlies.fillna(0).mean())], ['std_friendly_goals', f2(friendlies.fillna(0).std())]])

F = W + '204-csv/509.csv'
d = load(F)
gold, silver, bronze = num(d.Gold), num(d.Silver), num(d.Bronze)
points = 3 * gold + 2 * silver + bronze
nation, best = only_max(points, d.Nation)
q(F, 'Score each nation with 3 points per gold, 2 per silver and 1 per bronze. Which nation comes out on top, and '
     'with how many points?',
  '{\nPoints = 3 * "Gold" + 2 * "Silver" + "Bronze". Report the "Nation" with the most points and its points.\n}',
  '{\n@top_nation[name]\n@points[score]\nwhere "name" is written as in "Nation" and "score" is an integer.\n}',
  [['top_nation', nation], ['points', str(int(best))]])

q(F, 'What share of all the silver medals went to nations that won no gold?',
  '{\nSum "Silver" over the rows whose "Gold" is 0, divide by the sum of "Silver" over all rows, and multiply by '
  '100.\nRound to two decimal places.\n}',
  '{\n@silver_share_no_gold[percentage]\nwhere "percentage" is rounded to two decimal places.\n}',
  [['silver_share_no_gold', f2(silver[gold == 0].sum() / silver.sum() * 100)]])

F = W + '204-csv/390.csv'
d = load(F)
quantity = num(d.Quantity)
by_type = quantity.groupby(d.Type).sum()
boat_type, most = only_max(by_type, by_type.index.to_series())
q(F, 'Which type of vessel has been ordered in the largest total quantity, and how many were ordered?',
  '{\nSum "Quantity" for each "Type", leaving out the rows with no quantity. Report the type with the largest sum '
  'and that sum.\n}',
  '{\n@vessel_type[type]\n@total_quantity[count]\nwhere "type" is written as in "Type" and "count" is an '
  'integer.\n}',
  [['vessel_type', boat_type], ['total_quantity', str(int(most))]])

F = 'office/xlsx/poi_ConditionalFormattingSamples.xlsx'
tour = pd.read_excel(C + F, sheet_name='Book tour', header=2)
assert list(tour.columns) == ['City', 'Date', 'Fee', 'Attendance', 'Books Sold']
per_head = tour['Books Sold'] / tour.Attendance
city, ratio = only_max(per_head, tour.City)
q(F, 'Calculate books sold per attendee for every stop of the tour. Which city had the highest ratio, and what was '
     'it?',
  '{\nBooks per attendee = "Books Sold" / "Attendance". Report the "City" with the largest value and that value.\n'
  'Round to three decimal places.\n}',
  '{\n@city[name]\n@books_per_attendee[ratio]\nwhere "name" is written as in "City" and "ratio" is rounded to '
  'three decimal places.\n}',
  [['city', city], ['books_per_attendee', f3(ratio)]], table='Table1')

rho, rho_p = stats.spearmanr(tour.Fee, tour.Attendance)
q(F, 'Did the stops with a higher fee draw more people? Compute the Spearman rank correlation between Fee and '
     'Attendance, with its p-value.',
  '{\nUse Spearman\'s rank correlation over all the stops.\nRound rho to three decimal places and the p-value to '
  'four.\n}',
  '{\n@spearman_rho[rho]\n@p_value[p_value]\nwhere "rho" is rounded to three decimal places and "p_value" to four '
  'decimal places.\n}',
  [['spearman_rho', f3(rho)], ['p_value', f4(rho_p)]], table='Table1')

fit = stats.linregress(tour.Attendance, tour['Books Sold'])
q(F, 'Fit a simple linear regression predicting Books Sold from Attendance. What are the slope and the intercept?',
  '{\nFit "Books Sold" = slope * "Attendance" + intercept by ordinary least squares over all the stops.\nRound the '
  'slope to four decimal places and the intercept to two.\n}',
  '{\n@slope[slope]\n@intercept[intercept]\nwhere "slope" is rounded to four decimal places and "intercept" to two '
  'decimal places.\n}',
  [['slope', f4(fit.slope)], ['intercept', f2(fit.intercept)]], table='Table1')

months = pd.read_excel(C + F, sheet_name='FY months', header=1)
assert list(months.columns) == ['FY 2008', 'Profits', 'Trend']
profits = months.Profits
high = profits > profits.mean() + profits.std()
assert high.sum() == (profits > profits.mean() + profits.std(ddof=0)).sum()
q(F, 'In how many months were profits more than one standard deviation above the average month?',
  '{\nTake the mean and the standard deviation of "Profits" over the twelve months, and count the months whose '
  '"Profits" is greater than the mean plus one standard deviation.\n}',
  '{\n@high_profit_months[count]\nwhere "count" is an integer.\n}',
  [['high_profit_months', str(int(high.sum()))]], table='Table4')

F = T + 'YAHOO-BTC_USD_D.csv'
d = read_dabench('YAHOO-BTC_USD_D.csv')
year = d.Date.str[:4] == '2017'
spread = (d.High - d.Low)[year]
q(F, 'Create a daily range feature as High minus Low. What was its average over 2017?',
  '{\nDaily range = "High" - "Low". Keep the rows whose "Date" is in 2017 and take the mean of the range, leaving '
  'out missing values.\nRound to two decimal places.\n}',
  '{\n@average_daily_range[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['average_daily_range', f2(spread.mean())]])

F = T + 'unemployement_industry.csv'
d = read_dabench('unemployement_industry.csv')
men = pd.to_numeric(d['Men Mar.2020'], errors='coerce')
women = pd.to_numeric(d['Women Mar.2020'], errors='coerce')
paired = men.notna() & women.notna()
r2, p2 = stats.pearsonr(men[paired], women[paired])
q(F, 'Across the industries, how strongly are the March 2020 unemployment rates of men and women correlated?',
  '{\nUse "Men Mar.2020" and "Women Mar.2020"; a "-" means no figure, so leave out the rows where either is "-" or '
  'missing. Use the Pearson correlation coefficient.\nRound to three decimal places.\n}',
  '{\n@correlation_coefficient[r_value]\nwhere "r_value" is rounded to three decimal places.\n}',
  [['correlation_coefficient', f3(r2)]])

F = T + 'Current_Logan.csv'
d = read_dabench('Current_Logan.csv', header=1)
school_mean = d.groupby('School').Wins.mean()
school, mean_wins = only_max(school_mean, school_mean.index.to_series())
q(F, "Which school's teams won the most rounds on average, and what is that average?",
  '{\nGroup the teams by "School" and take the mean of "Wins" for each school. Report the school with the largest '
  'mean and that mean.\nRound to three decimal places.\n}',
  '{\n@school[name]\n@average_wins[mean]\nwhere "name" is written as in "School" and "mean" is rounded to three '
  'decimal places.\n}',
  [['school', school], ['average_wins', f3(mean_wins)]])

F = T + 'city_departments_in_current_budget.csv'
d = read_dabench('city_departments_in_current_budget.csv')
groups = d.dept_group.value_counts()
group, size = only_max(groups, groups.index.to_series())
q(F, 'Which department group contains the most departments, and how many does it have?',
  '{\nCount the rows for each "dept_group" and report the group with the most rows and its count.\n}',
  '{\n@dept_group[name]\n@department_count[count]\nwhere "name" is written as in "dept_group" and "count" is an '
  'integer.\n}',
  [['dept_group', group], ['department_count', str(int(size))]])

assert np.isfinite([r, p, rho, rho_p, r2, p2, fit.slope]).all()
for item in Q:
    print(json.dumps(item))
