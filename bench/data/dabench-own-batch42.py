# Batch 42 (held out): a precision probe of the other-words round. DABench-form questions over DABench tables,
# written after the round's rules and before any run on them, each putting one of the round's new readings where it
# could misread: z-score counts that name their rows ("how many days"), verdicts whose options a condition gives
# ('"yes" if …, otherwise "no"'), least squares with several slots and a prediction, standardized and rescaled
# columns named in other words, a summed column within groups, two-word glosses, a described feature, labels
# defined by "is", a feature named before the word "feature", feature engineering beside a difference, and z-scores
# that find outliers before a mean. The check half was not read. Answers are computed with pandas and scipy
# (blanks as missing) and checked by reading rows.
# Run from anywhere: python3 bench/data/dabench-own-batch42.py prints the batch's JSON lines.
import json

import numpy as np
import pandas as pd
from scipy import stats

from dabench_own_common import C, f2, recorder

Q = []
q = recorder(42, Q)
T = 'tables/dabench/tables/'


def read(name):
    return pd.read_csv(C + T + name)


def f3(x): return f'{x:.3f}'


def f4(x): return f'{x:.4f}'


F = 'YAHOO-BTC_USD_D.csv'
d = read(F).dropna(subset=['Volume'])
z = (d.Volume - d.Volume.mean()) / d.Volume.std(ddof=0)
y2019 = d.Date.str.startswith('2019')
q(T + F, 'Using the z-score method with a threshold of 3, how many trading days in 2019 have an outlying volume?',
  '{\nCompute the z-scores of "Volume" over all rows with a volume (scipy.stats.zscore, population standard deviation).\nA day is an outlier when the absolute z-score is greater than 3. Count only the days whose Date falls in 2019.\n}',
  '{\n@outlier_days_2019[count]\nwhere "count" is an integer.\n}',
  [['outlier_days_2019', str(int(((z.abs() > 3) & y2019).sum()))]])
r, p = stats.pearsonr(d.Open, d.Close)
q(T + F, 'Check whether the opening and closing prices are linearly related, and say whether the relation is significant.',
  'Use the Pearson correlation coefficient over the rows with both values and a two-tailed test at alpha = 0.05.',
  '@r_open_close[r]\n@significant[answer]\nwhere "r" is rounded to two decimal places.\nwhere "answer" is "yes" if the p-value is below 0.05, otherwise "no".',
  [['r_open_close', f2(r)], ['significant', 'yes' if p < 0.05 else 'no']])

F = 'baseball_data.csv'
d = read(F)
k = d.dropna(subset=['number_of_hits', 'salary_in_thousands_of_dollars'])
fit = stats.linregress(k.number_of_hits, k.salary_in_thousands_of_dollars)
q(T + F, 'Fit a simple linear regression of salary on the number of hits over the whole table. What are the slope and the intercept, and what salary does the line give a player with 150 hits?',
  '{\nUse ordinary least squares with "number_of_hits" as the predictor and "salary_in_thousands_of_dollars" as the response, on every row (no split).\nRound every value to two decimal places.\n}',
  '{\n@slope[b]\n@intercept[a]\n@predicted_salary[value]\nwhere "b", "a" and "value" are rounded to two decimal places.\n}',
  [['slope', f2(fit.slope)], ['intercept', f2(fit.intercept)], ['predicted_salary', f2(fit.intercept + fit.slope * 150)]])
k = d.dropna(subset=['batting_average'])
st = (k.batting_average - k.batting_average.mean()) / k.batting_average.std()
q(T + F, 'Standardize the batting average after removing the players without one. What are the mean and the standard deviation of the standardized batting average, and how many players are above 1?',
  '{\nUse the sample standard deviation.\nRound the mean and the standard deviation to two decimal places.\n}',
  '{\n@standardized_mean[mean]\n@standardized_std[std]\n@above_one[count]\nwhere "count" is an integer.\n}',
  [['standardized_mean', f2(abs(st.mean()))], ['standardized_std', f2(st.std())], ['above_one', str(int((st > 1).sum()))]])

F = 'hotel_data.csv'
d = read(F)
k = d.dropna(subset=['bubble_score'])
mm = (k.bubble_score - k.bubble_score.min()) / (k.bubble_score.max() - k.bubble_score.min())
q(T + F, 'Normalize the bubble score so that every value lies between 0 and 1, leaving out hotels without a score. How many hotels have a normalized score above 0.5?',
  '{\nUse min-max normalization over the hotels with a bubble score.\n}',
  '{\n@normalized_above_half[count]\nwhere "count" is an integer.\n}',
  [['normalized_above_half', str(int((mm > 0.5).sum()))]])
s = d.groupby('city_name').review_count.sum()
q(T + F, 'For each city, add up the reviews of its hotels. Which city has the largest total, and what is it?',
  'Sum "review_count" within each city.',
  '@top_city[city]\n@top_city_total[total]\nwhere "city" is a city name and "total" is an integer.',
  [['top_city', s.idxmax()], ['top_city_total', str(int(s.max()))]])

F = 'tr_eikon_eod_data.csv'
d = read(F).dropna(subset=['AAPL.O', 'MSFT.O'])
r, p = stats.pearsonr(d['AAPL.O'], d['MSFT.O'])
q(T + F, 'Is the Apple share price (AAPL.O) correlated with the Microsoft share price (MSFT.O)? Report the coefficient and the p-value.',
  'Use the Pearson correlation over the days with both prices. Round the coefficient to two decimal places and the p-value to four.',
  '@apple_microsoft_r[r]\n@apple_microsoft_p[p]\nwhere "r" is between -1 and 1 and "p" between 0 and 1.',
  [['apple_microsoft_r', f2(r)], ['apple_microsoft_p', f4(p)]])

F = 'titanic.csv'
d = read(F)
fare_pp = d.Fare / (d.SibSp + d.Parch + 1)
q(T + F, 'Perform feature engineering: create a feature representing the fare paid per family member. What is its mean?',
  '{\nThe family size is "SibSp" + "Parch" + 1.\nThe feature is "Fare" divided by the family size.\nRound the mean to two decimal places.\n}',
  '{\n@mean_fare_per_member[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_fare_per_member', f2(fare_pp.mean())]])
grp = pd.cut(d.Fare, [-1, 10, 50, 1000], labels=['low', 'mid', 'high'])
rate = d.Survived.groupby(grp, observed=True).mean()
q(T + F, 'Group the passengers into fare classes and compare their survival rates.',
  '{\nFare classes: low is a Fare up to 10, mid is above 10 up to 50, high is above 50 (pandas.cut with the edges -1, 10, 50 and 1000).\nThe survival rate is the mean of "Survived" within the class, rounded to two decimal places.\n}',
  '{\n@survival_by_fare_class[low_rate, mid_rate, high_rate]\nwhere each rate is rounded to two decimal places.\n}',
  [['survival_by_fare_class', f'{rate["low"]:.2f}, {rate["mid"]:.2f}, {rate["high"]:.2f}']])
fam = d.SibSp + d.Parch
r = fam.corr(d.Fare)
q(T + F, 'Create a "Relatives" feature that adds the siblings/spouses and the parents/children each passenger had aboard. What is its correlation with the fare?',
  '{\n"Relatives" is "SibSp" + "Parch".\nUse the Pearson correlation coefficient, rounded to two decimal places.\n}',
  '{\n@relatives_fare_corr[r]\nwhere "r" is rounded to two decimal places.\n}',
  [['relatives_fare_corr', f2(r)]])
gap = d.SibSp - d.Parch
q(T + F, 'Using feature engineering, compute for each passenger the difference between the number of siblings/spouses and the number of parents/children aboard. What is the mean of that difference?',
  'The difference is "SibSp" minus "Parch". Round the mean to three decimal places.',
  '@mean_sibsp_minus_parch[mean]\nwhere "mean" is rounded to three decimal places.',
  [['mean_sibsp_minus_parch', f3(gap.mean())]])
z = (d.Fare - d.Fare.mean()) / d.Fare.std(ddof=0)
kept = d.Fare[z.abs() <= 3]
q(T + F, 'Convert the fares to z-scores and remove the passengers whose absolute z-score exceeds 3 as outliers. What is the mean fare of the passengers who remain?',
  '{\nThe z-score uses the population standard deviation of "Fare" over all passengers.\nRound the mean to two decimal places.\n}',
  '{\n@mean_fare_without_outliers[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_fare_without_outliers', f2(kept.mean())]])

print('\n'.join(json.dumps(item, ensure_ascii=False) for item in Q))
