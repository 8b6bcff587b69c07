# Batch 66 (held out): DABench-form questions of two and three slots over tables the own batches used least, and
# over the DABench folder's tables with columns its questions leave alone (unemployment counts by industry;
# end-of-day prices of several markets; women's share of bachelor's degrees by field; Microsoft's, Bitcoin's daily
# prices; hotels with star ratings; loan applications; baseball players' salaries; the Titanic's passengers; arrest
# records; a football team's season with attendance; a basketball team's January games; a singer's chart positions;
# a Canadian football team's season; a list of file formats with a code and an importance).
# Most questions ask for two or three figures at once in the shapes DABench's check half uses: a statistic and a
# count of rows above a threshold, a correlation and its p-value, the outliers by the IQR rule and the mean after
# removing them, a feature made from other columns and its summary. Preprocessing is stated in the constraints.
# Written before the engine ran on it. Answers are computed with pandas and scipy and checked by reading the rows;
# every most-often or largest answer is checked to have no tie.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch66.py prints the lines.
import json

import numpy as np
import pandas as pd
from scipy import stats

from dabench_own_common import C, W, f2, f3, f4, load, num, read_dabench, recorder

Q = []
q = recorder(66, Q)
T = 'tables/dabench/tables/'


def iqr_bounds(values):
    """The IQR rule's lower and upper bounds, with quartiles as pandas computes them."""
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    return q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)


F = T + 'unemployement_industry.csv'
d = read_dabench('unemployement_industry.csv')
change = (d['Mar.2020'] - d['Mar.2019']).dropna()
q(F, 'Create a feature for the change in unemployed people from March 2019 to March 2020. What is its mean, and in '
     'how many rows did the number rise by more than 100?',
  '{\nChange = "Mar.2020" - "Mar.2019", over the rows where both are given.\nRound the mean to two decimal '
  'places.\n}',
  '{\n@mean_change[mean]\n@rows_rising_over_100[count]\nwhere "mean" is rounded to two decimal places and "count" '
  'is an integer.\n}',
  [['mean_change', f2(change.mean())], ['rows_rising_over_100', str(int((change > 100).sum()))]])

F = T + 'tr_eikon_eod_data.csv'
d = read_dabench('tr_eikon_eod_data.csv')
both = d[['.VIX', 'SPY']].dropna()
r, p = stats.pearsonr(both['.VIX'], both['SPY'])
q(F, 'Is the volatility index linearly related to the SPY price? Give the Pearson correlation coefficient between '
     '.VIX and SPY and its p-value.',
  '{\nLeave out the rows where either ".VIX" or "SPY" is missing.\nRound r to three decimal places and the p-value '
  'to four.\n}',
  '{\n@correlation_coefficient[r_value]\n@p_value[p_value]\nwhere "r_value" is rounded to three decimal places '
  'and "p_value" to four decimal places.\n}',
  [['correlation_coefficient', f3(r)], ['p_value', f4(p)]])

gld = d['GLD'].dropna()
q(F, 'What are the mean and the median of the GLD price, and on how many days did it close above 150?',
  '{\nUse the rows where "GLD" is given.\nRound the mean and the median to two decimal places.\n}',
  '{\n@mean_gld[mean]\n@median_gld[median]\n@days_above_150[count]\nwhere "mean" and "median" are rounded to two '
  'decimal places and "count" is an integer.\n}',
  [['mean_gld', f2(gld.mean())], ['median_gld', f2(gld.median())], ['days_above_150', str(int((gld > 150).sum()))]])

F = T + 'percent-bachelors-degrees-women-usa.csv'
d = read_dabench('percent-bachelors-degrees-women-usa.csv')
eng = d['Engineering']
lo, hi = iqr_bounds(eng)
kept = eng[(eng >= lo) & (eng <= hi)]
q(F, 'Find the outliers in the Engineering column using the IQR method. How many are there, and what is the mean '
     'of Engineering after removing them?',
  '{\nAn outlier lies below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR, with quartiles as pandas computes them.\nRound '
  'the mean to two decimal places.\n}',
  '{\n@outlier_count[count]\n@mean_without_outliers[mean]\nwhere "count" is an integer and "mean" is rounded to '
  'two decimal places.\n}',
  [['outlier_count', str(int(len(eng) - len(kept)))], ['mean_without_outliers', f2(kept.mean())]])

r2, p2 = stats.pearsonr(d['Computer Science'], d['Math and Statistics'])
q(F, 'Is the share of women in Computer Science degrees correlated with their share in Math and Statistics? Report '
     'the Pearson correlation coefficient and the p-value.',
  '{\nUse all the years.\nRound r to three decimal places and the p-value to four.\n}',
  '{\n@correlation_coefficient[r_value]\n@p_value[p_value]\nwhere "r_value" is rounded to three decimal places '
  'and "p_value" to four decimal places.\n}',
  [['correlation_coefficient', f3(r2)], ['p_value', f4(p2)]])

F = T + 'microsoft.csv'
d = read_dabench('microsoft.csv')
q(F, 'What is the average trading volume, and on how many days did Microsoft close above 85?',
  '{\nTake the mean of "Volume" over all days, and count the days whose "Close" is greater than 85.\nRound the mean '
  'to two decimal places.\n}',
  '{\n@mean_volume[mean]\n@days_close_above_85[count]\nwhere "mean" is rounded to two decimal places and "count" '
  'is an integer.\n}',
  [['mean_volume', f2(d.Volume.mean())], ['days_close_above_85', str(int((d.Close > 85).sum()))]])

F = T + 'hotel_data.csv'
d = read_dabench('hotel_data.csv')
top = d[d.star_rating >= 4]
q(F, 'How many hotels have a star rating of 4 or more, and what is their average bubble score?',
  '{\nKeep the hotels whose "star_rating" is at least 4, and take the mean of their "bubble_score", leaving out '
  'missing values.\nRound the mean to two decimal places.\n}',
  '{\n@hotel_count[count]\n@mean_bubble_score[mean]\nwhere "count" is an integer and "mean" is rounded to two '
  'decimal places.\n}',
  [['hotel_count', str(int(len(top)))], ['mean_bubble_score', f2(top.bubble_score.mean())]])

F = T + 'test_Y3wMUE5_7gLdaTN.csv'
d = read_dabench('test_Y3wMUE5_7gLdaTN.csv')
total = d.ApplicantIncome + d.CoapplicantIncome
q(F, 'Create a TotalIncome feature as the sum of the applicant\'s and the coapplicant\'s income. What is its '
     'median, and how many applications have a TotalIncome above 10000?',
  '{\nTotalIncome = "ApplicantIncome" + "CoapplicantIncome" for every row; count the rows whose TotalIncome is '
  'greater than 10000.\nRound the median to two decimal places.\n}',
  '{\n@median_total_income[median]\n@high_income_count[count]\nwhere "median" is rounded to two decimal places and '
  '"count" is an integer.\n}',
  [['median_total_income', f2(total.median())], ['high_income_count', str(int((total > 10000).sum()))]])

F = T + 'baseball_data.csv'
d = read_dabench('baseball_data.csv')
pair = d[['number_of_home_runs', 'salary_in_thousands_of_dollars']].dropna()
rho, rho_p = stats.spearmanr(pair.number_of_home_runs, pair.salary_in_thousands_of_dollars)
q(F, 'Do players who hit more home runs earn more? Compute the Spearman rank correlation between the number of home '
     'runs and the salary, with its p-value.',
  '{\nUse "number_of_home_runs" and "salary_in_thousands_of_dollars", leaving out the rows where either is '
  'missing.\nRound rho to three decimal places and the p-value to four.\n}',
  '{\n@spearman_rho[rho]\n@p_value[p_value]\nwhere "rho" is rounded to three decimal places and "p_value" to four '
  'decimal places.\n}',
  [['spearman_rho', f3(rho)], ['p_value', f4(rho_p)]])

F = T + 'titanic.csv'
d = read_dabench('titanic.csv')
age = d.Age.fillna(d.Age.median())
q(F, 'Fill the missing ages with the median age. What is then the mean age of the passengers who survived, and how '
     'many passengers were younger than 18?',
  '{\nReplace the missing values of "Age" by the median of "Age". A survivor has "Survived" equal to 1. Count the '
  'passengers whose filled "Age" is less than 18.\nRound the mean to two decimal places.\n}',
  '{\n@mean_age_survivors[mean]\n@passengers_under_18[count]\nwhere "mean" is rounded to two decimal places and '
  '"count" is an integer.\n}',
  [['mean_age_survivors', f2(age[d.Survived == 1].mean())], ['passengers_under_18', str(int((age < 18).sum()))]])

F = T + 'arrest_expungibility.csv'
d = read_dabench('arrest_expungibility.csv')
exp_total = d.Count[d.Expungible == True].sum()  # noqa: E712
q(F, 'How many arrests in total are expungible, and what percentage of all arrests is that?',
  '{\nSum "Count" over the rows whose "Expungible" is True, and divide it by the sum of "Count" over all rows, times '
  '100.\nRound the percentage to two decimal places.\n}',
  '{\n@expungible_arrests[count]\n@expungible_percentage[percentage]\nwhere "count" is an integer and '
  '"percentage" is rounded to two decimal places.\n}',
  [['expungible_arrests', str(int(exp_total))], ['expungible_percentage', f2(exp_total / d.Count.sum() * 100)]])

F = T + 'YAHOO-BTC_USD_D.csv'
d = read_dabench('YAHOO-BTC_USD_D.csv')
close = d.Close.dropna()
ret = (close.pct_change() * 100).dropna()
q(F, 'Compute the daily return of Bitcoin as the percentage change of Close from the day before. What is the '
     'standard deviation of the returns, and on how many days did Bitcoin gain more than 10 percent?',
  '{\nFirst leave out the rows with no "Close". Return = ("Close" / previous row\'s "Close" - 1) * 100, in the order '
  'of the rows; the first row has none. '
  'Use the sample standard deviation.\nRound it to two decimal places.\n}',
  '{\n@std_daily_return[std]\n@days_gaining_over_10_percent[count]\nwhere "std" is rounded to two decimal places '
  'and "count" is an integer.\n}',
  [['std_daily_return', f2(ret.std())], ['days_gaining_over_10_percent', str(int((ret > 10).sum()))]])

F = W + '203-csv/21.csv'
d = load(F)
games = d[d.Opponent != 'Bye']
crowd = num(games.Attendance)
q(F, 'What was the average attendance over the season, and how many games drew more than 60,000 people?',
  '{\nThe "Bye" week is no game. "Attendance" is written with thousands commas.\nRound the mean to two decimal '
  'places.\n}',
  '{\n@mean_attendance[mean]\n@games_over_60000[count]\nwhere "mean" is rounded to two decimal places and "count" '
  'is an integer.\n}',
  [['mean_attendance', f2(crowd.mean())], ['games_over_60000', str(int((crowd > 60000).sum()))]])

F = W + '203-csv/227.csv'
d = load(F)
scored = pd.to_numeric(d.Score.str.extract(r'^[WL] (\d+)')[0])
won = d.Score.str.startswith('W')
q(F, 'Take the team\'s own points from each Score. How many points did it score per game on average, and how many '
     'games did it win?',
  '{\nA "Score" is written as "W" or "L", the team\'s points, a dash and the opponent\'s points. A game was won '
  'when its "Score" starts with "W".\nRound the mean to two decimal places.\n}',
  '{\n@mean_points[mean]\n@games_won[count]\nwhere "mean" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['mean_points', f2(scored.mean())], ['games_won', str(int(won.sum()))]])

F = W + '201-csv/30.csv'
d = load(F)
uk = num(d['Chart positions UK'])
au = num(d['Chart positions AU'])
q(F, 'What was the average UK chart position of the singles, and how many singles reached the top 10 in '
     'Australia?',
  '{\nA "—" means the single did not chart there. Take the mean of "Chart positions UK" over the singles that '
  'charted, and count the singles whose "Chart positions AU" is 10 or better (10 or less).\nRound the mean to two '
  'decimal places.\n}',
  '{\n@mean_uk_position[mean]\n@top_10_australia[count]\nwhere "mean" is rounded to two decimal places and '
  '"count" is an integer.\n}',
  [['mean_uk_position', f2(uk.mean())], ['top_10_australia', str(int((au <= 10).sum()))]])

F = W + '204-csv/993.csv'
d = load(F)
parts = d.Score.str.split('–', expand=True)
first, second = pd.to_numeric(parts[0]), pd.to_numeric(parts[1])
margin = first - second
q(F, 'Split each Score into its two numbers. What is the average margin (first number minus second), and in how '
     'many games was the margin more than 15?',
  '{\nA "Score" is written as two numbers joined by a dash, the larger first. Margin = first number - second '
  'number.\nRound the mean to two decimal places.\n}',
  '{\n@mean_margin[mean]\n@games_margin_over_15[count]\nwhere "mean" is rounded to two decimal places and "count" '
  'is an integer.\n}',
  [['mean_margin', f2(margin.mean())], ['games_margin_over_15', str(int((margin > 15).sum()))]])

F = 'office/xlsx/sheetjs_AutoFilter.xlsx'
formats = pd.read_excel(C + F, sheet_name='No Filter')
assert list(formats.columns) == ['Code', 'Format', 'Library', 'Notes', 'Importance']
code_by_level = formats.Code.groupby(formats.Importance).mean()
assert (code_by_level == code_by_level.max()).sum() == 1
q(F, 'Which Importance level has the highest mean Code, what is that mean, and how many formats have Importance 2?',
  '{\nGroup the formats by "Importance" and take the mean of "Code" for each level; report the level with the '
  'largest mean and that mean. Then count the rows whose "Importance" is 2.\nRound the mean to two decimal places.\n}',
  '{\n@importance_level[level]\n@mean_code[mean]\n@formats_of_importance_2[count]\nwhere "level" and "count" are '
  'integers and "mean" is rounded to two decimal places.\n}',
  [['importance_level', str(int(code_by_level.idxmax()))], ['mean_code', f2(code_by_level.max())],
   ['formats_of_importance_2', str(int((formats.Importance == 2).sum()))]],
  table='No Filter')

F = T + 'e5_aapl.csv'
d = read_dabench('e5_aapl.csv')
z = (d.Volume - d.Volume.mean()) / d.Volume.std()
q(F, 'Find the outliers in Volume with the Z-score method. How many days are outliers, and what is the mean Volume '
     'once they are removed?',
  '{\nZ = ("Volume" - mean) / standard deviation, with the sample standard deviation; a day is an outlier when the '
  'absolute Z-score is greater than 3.\nRound the mean to two decimal places.\n}',
  '{\n@outlier_days[count]\n@mean_volume_without_outliers[mean]\nwhere "count" is an integer and "mean" is rounded '
  'to two decimal places.\n}',
  [['outlier_days', str(int((z.abs() > 3).sum()))], ['mean_volume_without_outliers', f2(d.Volume[z.abs() <= 3].mean())]])

assert np.isfinite([r, p, r2, p2, rho, rho_p]).all()
for item in Q:
    print(json.dumps(item))
