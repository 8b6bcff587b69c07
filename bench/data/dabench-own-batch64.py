# Batch 64 (held out): DABench-form questions over corpus tables the own batches used least (a state's presidential
# polls with two "%" columns; a college basketball roster with heights in feet and inches; a cooking show's battles
# with a "44-35" final score; a river's record floods with a normal-flow line; a ski-jumping result; a basketball
# team's January games with the attendance on the second line of a cell; a speed-skating medal table with a totals
# line; a regional council's member states; a footballer's career table with repeated header and total lines; the
# end-of-day prices of shares and indices; arrest records and whether they can be expunged).
# The kinds are DABench's: summary statistics, correlations with their p-values, outliers by the IQR rule and by
# z-scores, features made from other columns (a lead, a height in inches, a combined score, a total distance, a
# margin, a daily return), preprocessing stated in the constraints (a normal-flow or totals line that is no record,
# repeated header lines, a figure on the second line of a cell), a simple linear regression, a chi-square test,
# grouping and ranking, and questions of several steps. Slot names are written as DABench writes them.
# Cells are read as text as written and turned into numbers where a figure is asked. Written before the engine ran
# on it. Answers are computed with pandas and scipy and checked by reading the rows; every most-often or largest
# answer is checked to have no tie.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch64.py prints the lines.
import json

import numpy as np
import pandas as pd
from scipy import stats

from dabench_own_common import W, f2, f3, f4, load, num, read_dabench, recorder

Q = []
q = recorder(64, Q)
T = 'tables/dabench/tables/'


def only_max(values, labels):
    """The label of the one largest value and that value; asserts there is no tie."""
    top = values.max()
    assert (values == top).sum() == 1
    return labels[values.idxmax()], top


F = W + '203-csv/662.csv'
d = load(F)
assert list(d.columns) == ['Poll Source', 'Sample Size', 'Margin of Error', 'Date', 'Democrat', '%', 'Republican',
                           '%.1']
lead = num(d['%']) - num(d['%.1'])
obama = d.Democrat == 'Barack Obama'
q(F, "In the polls that name Barack Obama as the Democrat, what was his average lead over the Republican?",
  '{\nThe first "%" column is the Democrat\'s share and the second "%" column the Republican\'s. The lead is the '
  'Democrat\'s share minus the Republican\'s; keep the rows whose "Democrat" is "Barack Obama".\nRound to two decimal '
  'places.\n}',
  '{\n@average_lead[lead]\nwhere "lead" is rounded to two decimal places.\n}',
  [['average_lead', f2(lead[obama].mean())]])

size = num(d['Sample Size'])
margin = num(d['Margin of Error'])
both = size.notna() & margin.notna()
r, p = stats.pearsonr(size[both], margin[both])
q(F, 'Do larger polls report a smaller margin of error? Calculate the Pearson correlation between Sample Size and '
     'Margin of Error and its p-value.',
  '{\nLeave out the rows with no "Margin of Error". Use every remaining row.\nRound r to three decimal places and the '
  'p-value to four.\n}',
  '{\n@correlation_coefficient[r_value]\n@p_value[p_value]\nwhere "r_value" is rounded to three decimal places and '
  '"p_value" to four decimal places.\n}',
  [['correlation_coefficient', f3(r)], ['p_value', f4(p)]])

F = W + '204-csv/83.csv'
d = load(F)
feet_inches = d.Height.str.extract(r"^(\d+)'(\d+)\"$")
assert feet_inches.notna().all().all()
inches = feet_inches[0].astype(int) * 12 + feet_inches[1].astype(int)
weight = num(d['Weight (lbs.)'])
r2, p2 = stats.pearsonr(inches, weight)
q(F, 'Convert each player\'s height to inches. Is height correlated with weight on this roster? Give the Pearson '
     'correlation coefficient and its p-value.',
  '{\n"Height" is written in feet and inches, as 6\'4"; inches = 12 * feet + inches. Use "Weight (lbs.)" for the '
  'weight and every player.\nRound r to three decimal places and the p-value to four.\n}',
  '{\n@correlation_coefficient[r_value]\n@p_value[p_value]\nwhere "r_value" is rounded to three decimal places and '
  '"p_value" to four decimal places.\n}',
  [['correlation_coefficient', f3(r2)], ['p_value', f4(p2)]])

by_position = weight.groupby(d.Position).mean()
position, heaviest = only_max(by_position, by_position.index.to_series())
q(F, 'Which position has the heaviest players on average, and what is their mean weight?',
  '{\nGroup the players by "Position" and take the mean of "Weight (lbs.)" in each group. Report the position with '
  'the largest mean and that mean.\nRound to two decimal places.\n}',
  '{\n@position[name]\n@mean_weight[mean]\nwhere "name" is written as in "Position" and "mean" is rounded to two '
  'decimal places.\n}',
  [['position', position], ['mean_weight', f2(heaviest)]])

F = W + '204-csv/86.csv'
d = load(F)
score = d['Final score'].str.extract(r'^(\d+)-(\d+)$').astype(int)
combined = score[0] + score[1]
challenger, top = only_max(combined, d.Challenger)
q(F, 'Add up the two sides\' points in the final score of each battle. Which challenger fought the battle with the '
     'highest combined score, and what was it?',
  '{\n"Final score" is written as two numbers with a hyphen between them, as 44-35; the combined score is their sum. '
  'Report the "Challenger" of the battle with the largest combined score and that score.\n}',
  '{\n@challenger[name]\n@combined_score[score]\nwhere "name" is written as in "Challenger" and "score" is an '
  'integer.\n}',
  [['challenger', challenger], ['combined_score', str(int(top))]])

F = W + '202-csv/86.csv'
d = load(F)
normal = d.Date == 'Normal / Avg flow'
assert normal.sum() == 1
flow = num(d['Peak Flow m3/s'])
q(F, 'How many times the normal flow was the peak flow of the largest flood on record?',
  '{\nThe row whose "Date" is "Normal / Avg flow" gives the normal flow; every other row is a ranked flood. Divide the '
  'largest "Peak Flow m3/s" of the floods by the "Peak Flow m3/s" of the normal-flow row.\nRound to two decimal '
  'places.\n}',
  '{\n@flow_ratio[ratio]\nwhere "ratio" is rounded to two decimal places.\n}',
  [['flow_ratio', f2(flow[~normal].max() / flow[normal].iloc[0])]])

level_ft = num(d['Level at Trent Bridge ft'])[~normal]
q(F, 'What are the mean and the standard deviation of the flood level in feet at Trent Bridge?',
  '{\nUse "Level at Trent Bridge ft" over the ranked floods; the "Normal / Avg flow" row is no flood. Use the sample '
  'standard deviation.\nRound both to two decimal places.\n}',
  '{\n@mean_level_ft[mean]\n@std_level_ft[std]\nwhere "mean" and "std" are rounded to two decimal places.\n}',
  [['mean_level_ft', f2(level_ft.mean())], ['std_level_ft', f2(level_ft.std())]])

F = W + '203-csv/503.csv'
d = load(F)
distance = num(d['1st (m)']) + num(d['2nd (m)'])
points = num(d.Points)
jumper, longest = only_max(distance, d.Name)
q(F, 'Create a total distance feature by adding the two jumps. Which jumper has the longest total distance, and how '
     'long is it?',
  '{\nTotal distance = "1st (m)" + "2nd (m)". Report the "Name" with the largest total distance and that distance.\n'
  'Round to one decimal place.\n}',
  '{\n@jumper[name]\n@total_distance[metres]\nwhere "name" is written as in "Name" and "metres" is rounded to one '
  'decimal place.\n}',
  [['jumper', jumper], ['total_distance', f'{longest:.1f}']])

fit = stats.linregress(distance, points)
q(F, 'Fit a linear regression predicting Points from the total distance of the two jumps. What are the slope and the '
     'intercept?',
  '{\nTotal distance = "1st (m)" + "2nd (m)". Fit "Points" = slope * total distance + intercept by ordinary least '
  'squares over all the jumpers.\nRound the slope to four decimal places and the intercept to two.\n}',
  '{\n@slope[slope]\n@intercept[intercept]\nwhere "slope" is rounded to four decimal places and "intercept" to two '
  'decimal places.\n}',
  [['slope', f4(fit.slope)], ['intercept', f2(fit.intercept)]])

F = W + '203-csv/227.csv'
d = load(F)
crowd = num(d['Location Attendance'].str.split('\n').str[-1])
assert crowd.notna().all()
home = ~d.Team.str.startswith('@')
q(F, 'What was the average attendance at the home games?',
  '{\n"Location Attendance" holds the arena on its first line and the attendance on its second. An away game has a '
  '"Team" that starts with "@"; every other game is a home game. Take the mean attendance over the home games.\n'
  'Round to two decimal places.\n}',
  '{\n@mean_home_attendance[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_home_attendance', f2(crowd[home].mean())]])

pts = d.Score.str.extract(r'^[WL] (\d+)–(\d+)').astype(int)
q(F, 'On average, by how many points did the team lose its games in this stretch?',
  '{\n"Score" starts with W or L and then gives the team\'s points and the opponent\'s, as "L 92–98". The margin is the '
  'opponent\'s points minus the team\'s; take its mean over the games the team lost (a "Score" that starts with L).\n'
  'Round to two decimal places.\n}',
  '{\n@average_losing_margin[margin]\nwhere "margin" is rounded to two decimal places.\n}',
  [['average_losing_margin', f2((pts[1] - pts[0])[d.Score.str.startswith('L')].mean())]])

F = W + '204-csv/216.csv'
d = load(F)
nations = d[d.Nation != 'Total']
assert len(nations) == len(d) - 1
total = num(nations.Total)
leader, most = only_max(total, nations.Nation)
q(F, 'Which nation won the largest share of all the medals, and what percentage of the medals was it?',
  '{\nThe "Total" line at the bottom is no nation. Divide each nation\'s "Total" by the sum of "Total" over the '
  'nations and multiply by 100.\nRound to two decimal places.\n}',
  '{\n@nation[name]\n@medal_share[percentage]\nwhere "name" is written as in "Nation" and "percentage" is rounded to '
  'two decimal places.\n}',
  [['nation', leader], ['medal_share', f2(most / total.sum() * 100)]])

F = W + '201-csv/20.csv'
d = load(F)
members = num(d.Members)
q(F, 'For the states that have members, what are the median and the standard deviation of the number of members?',
  '{\nLeave out the states with no figure in "Members". Use the sample standard deviation.\nRound the standard '
  'deviation to two decimal places.\n}',
  '{\n@median_members[median]\n@std_members[std]\nwhere "median" is a number and "std" is rounded to two decimal '
  'places.\n}',
  [['median_members', f'{members.median():g}'], ['std_members', f2(members.std())]])

F = W + '200-csv/29.csv'
d = load(F)
season, club = d.columns[0], d.columns[1]
apps = num(d['League Apps League'])
seasons = apps.notna() & d[season].str.match(r'^\d{4}') & (d[club] == d[club].str.strip())
seasons &= ~d[club].str.contains('Total')
by_club = apps[seasons].groupby(d[club][seasons]).sum()
best_club, best_apps = only_max(by_club, by_club.index.to_series())
assert seasons.sum() == 21  # the season rows alone; the total lines of the table do not add up to them
q(F, 'For which club did the player make the most league appearances over his career, and how many?',
  '{\nThe table repeats its header lines (a country\'s name in the first columns) and ends with total lines; use only '
  'the season rows, whose first column is a season. Sum "League Apps League" for each club and report the club with the '
  'largest sum and that sum.\n}',
  '{\n@club[name]\n@league_appearances[count]\nwhere "name" is written as in the club column and "count" is an '
  'integer.\n}',
  [['club', best_club], ['league_appearances', str(int(best_apps))]])

F = T + 'tr_eikon_eod_data.csv'
d = read_dabench('tr_eikon_eod_data.csv')
gs = d['GS.N'].dropna()
change = gs.pct_change().dropna() * 100
z = (change - change.mean()) / change.std(ddof=0)
q(F, 'Compute the daily percentage change of GS.N. How many days are outliers, with a z-score above 3 in absolute '
     'value?',
  '{\nLeave out the days with no GS.N price, then take the percentage change from one price to the next. A z-score '
  'is (value - mean) / standard deviation over all the changes.\n}',
  '{\n@outlier_days[count]\nwhere "count" is an integer.\n}',
  [['outlier_days', str(int((z.abs() > 3).sum()))]])
assert int((z.abs() > 3).sum()) == int((((change - change.mean()) / change.std()).abs() > 3).sum())

F = T + 'arrest_expungibility.csv'
d = read_dabench('arrest_expungibility.csv')
table = pd.crosstab(d.Category, d.Expungible)
chi2, chi_p, dof, _ = stats.chi2_contingency(table)
q(F, 'Is whether an arrest can be expunged independent of its offense category? Run a chi-square test of '
     'independence.',
  '{\nBuild the contingency table of "Category" against "Expungible" over all the records and run the chi-square '
  'test of independence.\nRound the statistic to two decimal places and the p-value to four.\n}',
  '{\n@chi_square[statistic]\n@p_value[p_value]\nwhere "statistic" is rounded to two decimal places and "p_value" to '
  'four decimal places.\n}',
  [['chi_square', f2(chi2)], ['p_value', f4(chi_p)]])

by_category = d.groupby('Category').Expungible.mean() * 100
category, share = only_max(by_category, by_category.index.to_series())
q(F, 'Which offense category has the highest share of expungible records, and what is that share?',
  '{\nFor each "Category", divide the number of records whose "Expungible" is True by the number of records, and '
  'multiply by 100. Report the category with the largest share and that share.\nRound to two decimal places.\n}',
  '{\n@category[name]\n@expungible_share[percentage]\nwhere "name" is written as in "Category" and "percentage" is '
  'rounded to two decimal places.\n}',
  [['category', category], ['expungible_share', f2(share)]])

assert np.isfinite([r, p, r2, p2, fit.slope, chi2]).all()
for item in Q:
    print(json.dumps(item))
