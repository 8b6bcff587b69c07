# Batch 29 (held out): multi-step preprocessing in the DABench form over six corpus tables no other batch
# uses: outliers by the IQR rule and by z-score, skewness and kurtosis, a Shapiro-Wilk test, binning into
# stated ranges, a share column, Pearson r with its p-value, a simple linear regression with a prediction,
# numbers taken from text ('5 episodes', '1993 to 1994', '−95'), rows dropped or kept as the constraints
# state, and counts and percentages over a result column. Tables: a household budget's expenses (an Excel
# defined table), the sizes of three decimal floating-point formats, an actor's roles by year, bus routes
# with their operators, and two singers' award nominations by year.
# Questions are phrased the way different people ask (terse, wordy, with or without the statistic's name).
# Answers are computed with pandas and scipy (cells read as text, every conversion written out as the
# constraints state it); the questions were written from the files before the engine ran on them.
# Run from anywhere: python3 bench/data/dabench-own-batch29.py prints the batch's JSON lines.
import json

import pandas as pd
from scipy import stats
from dabench_own_common import C, W, f2, load, recorder

Q = []
q = recorder(29, Q)


def iqr_bounds(x):
    q1, q3 = x.quantile(0.25), x.quantile(0.75)
    return q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)


# A household budget's expenses (the workbook's defined table tblExpenses: Item, Amount; 13 rows).
F = 'office/xlsx/poi_simple-monthly-budget.xlsx'
T = 'tblExpenses'
d = pd.read_excel(C + F, header=None).iloc[10:23, 1:3]
d.columns = ['Item', 'Amount']
amount = d['Amount'].astype(float)
lo, hi = iqr_bounds(amount)
kept = amount[(amount >= lo) & (amount <= hi)]
q(F, 'Remove the outlying expenses, then give the mean and standard deviation of the Amount.',
  'An outlier is an Amount below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR (quartiles with linear interpolation). '
  'Use the sample standard deviation. Round both to two decimal places.',
  '@mean_amount[mean], @std_amount[std] where "mean" and "std" are rounded to two decimal places.',
  [['mean_amount', f2(kept.mean())], ['std_amount', f2(kept.std())]], T)
z = (amount - amount.mean()) / amount.std()
q(F, 'How many expenses are outliers by z-score?',
  'Compute the z-score of each Amount with the mean and the sample standard deviation; an outlier has an absolute z-score greater than 2.',
  '@outlier_count[count] where "count" is an integer.',
  [['outlier_count', str(int((z.abs() > 2).sum()))]], T)
q(F, 'Describe the shape of the distribution of Amount: its skewness and its kurtosis.',
  "Use Fisher's definition of kurtosis (a normal distribution has 0) and the uncorrected (population) formulas. Round to two decimal places.",
  '@amount_skewness[skewness], @amount_kurtosis[kurtosis] where both are rounded to two decimal places.',
  [['amount_skewness', f2(stats.skew(amount))], ['amount_kurtosis', f2(stats.kurtosis(amount))]], T)
p = stats.shapiro(amount).pvalue
q(F, 'Are the expense amounts normally distributed?',
  'Use the Shapiro-Wilk test on Amount. If the p-value is less than 0.05 the data is not normal. Round the p-value to four decimal places.',
  '@p_value[p_value], @is_normal[answer] where "p_value" is rounded to four decimal places and "answer" is "yes" or "no".',
  [['p_value', f'{p:.4f}'], ['is_normal', 'yes' if p >= 0.05 else 'no']], T)
q(F, 'Sort the expenses into bands by Amount and count each band.',
  'The bands are: below 100; from 100 up to but not including 300; 300 or more.',
  '@low[count], @middle[count], @high[count] where each "count" is an integer.',
  [['low', str(int((amount < 100).sum()))], ['middle', str(int(((amount >= 100) & (amount < 300)).sum()))],
   ['high', str(int((amount >= 300).sum()))]], T)
share = amount / amount.sum() * 100
q(F, "Add a column with each expense's share of the total Amount, in percent. What is the largest share, and how many expenses have a share under 5 percent?",
  'Share = Amount / (sum of Amount) * 100. Round the largest share to two decimal places.',
  '@max_share[percent], @small_count[count] where "percent" is rounded to two decimal places and "count" is an integer.',
  [['max_share', f2(share.max())], ['small_count', str(int((share < 5).sum()))]], T)
q(F, 'What is the median expense, and how many expenses are above the mean?',
  'Use all rows of the expenses table. Round the median to one decimal place.',
  '@median_amount[median], @above_mean[count] where "median" is rounded to one decimal place and "count" is an integer.',
  [['median_amount', f'{amount.median():.1f}'], ['above_mean', str(int((amount > amount.mean()).sum()))]], T)

# Sizes of three decimal floating-point formats (decimal32, decimal64, decimal128) by field; negative
# values are written with the sign '−' (U+2212); the fourth column holds formulas, not numbers.
F = W + '204-csv/326.csv'
d = load(F)
num = lambda c: d[c].str.replace('−', '-', regex=False).astype(float)
d32, d64, d128 = num('decimal32'), num('decimal64'), num('decimal128')
minus_rule = "Values written with '−' are negative numbers. "
r = stats.pearsonr(d32, d64)
q(F, 'Is there a linear relationship between decimal32 and decimal64?',
  minus_rule + 'Use the Pearson correlation coefficient over all rows. Round r to four decimal places and the p-value to six decimal places.',
  '@r_value[r], @p_value[p] where "r" is rounded to four decimal places and "p" to six decimal places.',
  [['r_value', f'{r.statistic:.4f}'], ['p_value', f'{r.pvalue:.6f}']])
fit = stats.linregress(d64, d128)
q(F, 'Fit a simple linear regression that predicts decimal128 from decimal64. Give the slope and intercept, and the predicted decimal128 when decimal64 is 100.',
  minus_rule + 'Fit by ordinary least squares over all rows. Round all three to two decimal places.',
  '@slope[slope], @intercept[intercept], @prediction[value] where each is rounded to two decimal places.',
  [['slope', f2(fit.slope)], ['intercept', f2(fit.intercept)], ['prediction', f2(fit.slope * 100 + fit.intercept)]])
q(F, 'What is the median of decimal64, and how many rows of decimal128 are negative?',
  minus_rule + 'Round the median to one decimal place.',
  '@median_decimal64[median], @negative_count[count] where "median" is rounded to one decimal place and "count" is an integer.',
  [['median_decimal64', f'{d64.median():.1f}'], ['negative_count', str(int((d128 < 0).sum()))]])

# An actor's roles: Year ('1993 to 1994' for a run), Title, Role, Notes ('5 episodes', blank when none).
F = W + '202-csv/290.csv'
d = load(F)
start = d['Year'].str[:4].astype(int)
start_rule = "The start year is the first four digits of Year ('1993 to 1994' starts in 1993). "
q(F, 'What are the mean and standard deviation of the start year of the roles?',
  start_rule + 'Use the sample standard deviation. Round both to two decimal places.',
  '@mean_start[mean], @std_start[std] where both are rounded to two decimal places.',
  [['mean_start', f2(start.mean())], ['std_start', f2(start.std())]])
episodes = d['Notes'].str.extract(r'^(\d+) episodes$')[0].astype(float)
q(F, 'For the roles whose Notes give a number of episodes, what are the mean and the total number of episodes?',
  "The episodes are the number before ' episodes' in Notes ('5 episodes' is 5); rows whose Notes do not give episodes are dropped. Round the mean to two decimal places.",
  '@mean_episodes[mean], @total_episodes[total] where "mean" is rounded to two decimal places and "total" is an integer.',
  [['mean_episodes', f2(episodes.mean())], ['total_episodes', str(int(episodes.sum()))]])
q(F, 'How many roles started in each decade?',
  start_rule + 'The decades are 1990 to 1999, 2000 to 2009 and 2010 to 2019, each including both ends.',
  '@roles_1990s[count], @roles_2000s[count], @roles_2010s[count] where each "count" is an integer.',
  [['roles_1990s', str(int(start.between(1990, 1999).sum()))], ['roles_2000s', str(int(start.between(2000, 2009).sum()))],
   ['roles_2010s', str(int(start.between(2010, 2019).sum()))]])
q(F, 'What percentage of the roles have no Notes?',
  'A role has no notes when its Notes cell is empty. Round to two decimal places.',
  '@no_notes_percent[percent] where "percent" is rounded to two decimal places.',
  [['no_notes_percent', f2((d['Notes'] == '').mean() * 100)]])
title_len = d['Title'].str.len()
r = stats.pearsonr(start, title_len)
q(F, 'Create a feature for the length of each Title in characters, then test whether it is correlated with the start year.',
  start_rule + 'The length counts every character of Title, spaces and punctuation included. Use the Pearson correlation; '
  'the correlation is significant when the p-value is below 0.05. Round r to two decimal places.',
  '@r[r], @significant[answer] where "r" is rounded to two decimal places and "answer" is "yes" or "no".',
  [['r', f2(r.statistic)], ['significant', 'yes' if r.pvalue < 0.05 else 'no']])

# Bus routes: Route Number ('25', or a letter prefix such as 'EL1' or 'W12'), Route, Via, Operator, Operation.
F = W + '204-csv/715.csv'
d = load(F)
numeric = d['Route Number'].str.fullmatch(r'\d+')
routes = d.loc[numeric, 'Route Number'].astype(int)
route_rule = "Keep only the routes whose Route Number is all digits (drop 'EL1', 'W12' and the like). "
q(F, 'Considering only numbered routes, how many are there and what is their mean route number?',
  route_rule + 'Round the mean to two decimal places.',
  '@route_count[count], @mean_route[mean] where "count" is an integer and "mean" is rounded to two decimal places.',
  [['route_count', str(int(routes.size))], ['mean_route', f2(routes.mean())]])
q(F, 'Bin the numbered routes by Route Number and count the routes in each bin.',
  route_rule + 'The bins are 1 to 99, 100 to 199, 200 to 299 and 300 to 499, each including both ends.',
  '@bin_1_99[count], @bin_100_199[count], @bin_200_299[count], @bin_300_499[count] where each "count" is an integer.',
  [['bin_1_99', str(int(routes.between(1, 99).sum()))], ['bin_100_199', str(int(routes.between(100, 199).sum()))],
   ['bin_200_299', str(int(routes.between(200, 299).sum()))], ['bin_300_499', str(int(routes.between(300, 499).sum()))]])
counts = d['Operator'].value_counts()
q(F, 'Which operator runs the most routes, and what share of all routes is that?',
  'Count the routes of each Operator over all rows. Give the share in percent, rounded to two decimal places.',
  '@top_operator[name], @top_share[percent] where "name" is the operator and "percent" is rounded to two decimal places.',
  [['top_operator', counts.index[0]], ['top_share', f2(counts.iloc[0] / len(d) * 100)]])
lo, hi = iqr_bounds(routes.astype(float))
q(F, 'Using the IQR method, how many numbered routes have an outlying route number, and what is the upper fence?',
  route_rule + 'The fences are Q1 - 1.5 * IQR and Q3 + 1.5 * IQR, with quartiles by linear interpolation. Round the upper fence to two decimal places.',
  '@outliers[count], @upper_fence[value] where "count" is an integer and "value" is rounded to two decimal places.',
  [['outliers', str(int(((routes < lo) | (routes > hi)).sum()))], ['upper_fence', f2(hi)]])

# A singer's award nominations, 2007 to 2009: Year, Award, Nominated work, Category, Result (Won / Nominated).
F = W + '203-csv/63.csv'
d = load(F)
year = d['Year'].astype(int)
q(F, 'What percentage of the nominations were won?',
  "A nomination was won when Result is 'Won'. Round to two decimal places.",
  '@win_rate[percent] where "percent" is rounded to two decimal places.',
  [['win_rate', f2((d['Result'] == 'Won').mean() * 100)]])
by_year = year.value_counts()
q(F, 'In which year were there the most nominations, and how many?',
  'Count the rows of each Year.',
  '@busiest_year[year], @nominations[count] where "year" and "count" are integers.',
  [['busiest_year', str(int(by_year.index[0]))], ['nominations', str(int(by_year.iloc[0]))]])
q(F, 'How many nominations in 2009 did not win?',
  "A nomination did not win when Result is not 'Won'.",
  '@lost_2009[count] where "count" is an integer.',
  [['lost_2009', str(int(((year == 2009) & (d['Result'] != 'Won')).sum()))]])

# Another singer's awards, 2012 to 2014: Year, Award, Category, Recipient, Result.
F = W + '204-csv/348.csv'
d = load(F)
year = d['Year'].astype(int)
q(F, 'How many awards were won in 2013, and what share of that year\'s nominations is that?',
  "An award was won when Result is 'Won'. Give the share in percent, rounded to two decimal places.",
  '@won_2013[count], @share_2013[percent] where "count" is an integer and "percent" is rounded to two decimal places.',
  [['won_2013', str(int(((year == 2013) & (d['Result'] == 'Won')).sum()))],
   ['share_2013', f2(((year == 2013) & (d['Result'] == 'Won')).sum() / (year == 2013).sum() * 100)]])
q(F, 'What is the mean Year of the rows, and how many distinct recipients are there?',
  'Recipient names are compared exactly as written. Round the mean to two decimal places.',
  '@mean_year[mean], @recipients[count] where "mean" is rounded to two decimal places and "count" is an integer.',
  [['mean_year', f2(year.mean())], ['recipients', str(int(d['Recipient'].nunique()))]])
herself = d['Recipient'] == 'Herself'
q(F, 'Count the awards that went to the singer herself rather than to a song, and how many of those were won.',
  "An award went to the singer herself when Recipient is 'Herself'; it was won when Result is 'Won'.",
  '@herself[count], @herself_won[count] where each "count" is an integer.',
  [['herself', str(int(herself.sum()))], ['herself_won', str(int((herself & (d['Result'] == 'Won')).sum()))]])

for item in Q:
    print(json.dumps(item, ensure_ascii=False))
