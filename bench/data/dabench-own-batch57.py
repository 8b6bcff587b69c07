# Batch 57 (held out): DABench's own kinds of analysis question (summary statistics, distribution analysis,
# correlation analysis, outlier detection, feature engineering, data preprocessing, a regression) over the columns of
# the DABench tables that the DABench questions and batches 12-56 used least (a baseball season's stolen bases,
# errors, walks and strike-outs and on-base percentage; the share of degrees women earned in psychology, health
# professions, public administration and the social sciences; a loan book's term and credit history; a market
# file's Intel, euro and gold prices; a call centre's agents talking; a bitcoin file's adjusted close; a
# hotel list's types; an arrest file's disqualifying offenses). The methods are named the ways different analysts
# name them: "Spearman", "Pearson r", "1.5 IQR", "z-score above 3", "skewness", "log-transform", "fill missing with
# the median", "min-max scale", "linear regression", "bins".
# The DABench questions were read for their kinds and constraint wording only; the check half was not read.
# Written before the engine ran on it. Answers are computed with pandas, numpy and scipy.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch57.py prints the lines.
import json

import numpy as np
import pandas as pd
from scipy import stats

from dabench_own_common import f2, f3, f4, read_dabench as read, recorder

Q = []
q = recorder(57, Q)
T = 'tables/dabench/tables/'

F = 'baseball_data.csv'
ball = read(F)
rho, _ = stats.spearmanr(ball.number_of_stolen_bases, ball.salary_in_thousands_of_dollars)
q(T + F, 'Do players who steal more bases earn more? Give the Spearman correlation between stolen bases and salary.',
  '{\nCompute the Spearman rank correlation coefficient between "number_of_stolen_bases" and "salary_in_thousands_of_dollars".\nRound it to two decimal places.\n}',
  '{\n@spearman_steals_salary[rho]\nwhere "rho" is a number between -1 and 1, rounded to two decimal places.\n}',
  [['spearman_steals_salary', f2(rho)]])

errors = ball.number_of_errors.dropna()
q1, q3 = errors.quantile(0.25), errors.quantile(0.75)
fence = q3 + 1.5 * (q3 - q1)
low_fence = q1 - 1.5 * (q3 - q1)
q(T + F, 'Using the 1.5 IQR rule, how many players are outliers in number of errors?',
  '{\nIgnore missing values. Compute Q1 and Q3 of "number_of_errors"; a value below Q1 - 1.5*IQR or above Q3 + 1.5*IQR is an outlier.\nCount the outliers.\n}',
  '{\n@error_outliers[n]\nwhere "n" is a non-negative integer.\n}',
  [['error_outliers', str(int(((errors > fence) | (errors < low_fence)).sum()))]])

q(T + F, "What's the skewness of on_base_percentage?",
  '{\nUse scipy.stats.skew with its default settings.\nRound to three decimal places.\n}',
  '{\n@obp_skewness[skew]\nwhere "skew" is rounded to three decimal places.\n}',
  [['obp_skewness', f3(stats.skew(ball.on_base_percentage))]])

pair = ball[['number_of_walks', 'number_of_strike_outs']].dropna()
r, p = stats.pearsonr(pair.number_of_walks, pair.number_of_strike_outs)
q(T + F, 'Pearson r between walks and strike-outs, with the p-value?',
  '{\nDrop the rows where either "number_of_walks" or "number_of_strike_outs" is missing. Compute the Pearson correlation coefficient and its two-sided p-value.\nRound r to two decimal places and the p-value to four decimal places.\n}',
  '{\n@walks_strikeouts_r[r]\n@walks_strikeouts_p[p]\nwhere "r" is rounded to two decimal places and "p" to four decimal places.\n}',
  [['walks_strikeouts_r', f2(r)], ['walks_strikeouts_p', f4(p)]])

F = 'percent-bachelors-degrees-women-usa.csv'
women = read(F)
fit = stats.linregress(women.Year, women.Psychology)
q(T + F, 'Fit a linear regression of Psychology on Year. What are the slope and the R-squared?',
  '{\nUse ordinary least squares with "Year" as the predictor and "Psychology" as the response.\nRound the slope to three decimal places and R-squared to two decimal places.\n}',
  '{\n@psychology_slope[slope]\n@psychology_r2[r2]\nwhere "slope" is rounded to three decimal places and "r2" to two decimal places.\n}',
  [['psychology_slope', f3(fit.slope)], ['psychology_r2', f2(fit.rvalue ** 2)]])

health = women['Health Professions']
scaled = (health - health.min()) / (health.max() - health.min())
q(T + F, 'Min-max scale the Health Professions column to the range 0 to 1 and report the mean of the scaled values.',
  '{\nScale each value as (x - min) / (max - min).\nRound the mean to three decimal places.\n}',
  '{\n@scaled_health_mean[mean]\nwhere "mean" is rounded to three decimal places.\n}',
  [['scaled_health_mean', f3(scaled.mean())]])

r, _ = stats.pearsonr(women['Public Administration'], women['Social Sciences and History'])
q(T + F, 'How strongly is Public Administration correlated with Social Sciences and History?',
  '{\nCalculate the Pearson correlation coefficient between "Public Administration" and "Social Sciences and History".\nRound to two decimal places.\n}',
  '{\n@pubadmin_social_corr[r]\nwhere "r" is a number between -1 and 1, rounded to two decimal places.\n}',
  [['pubadmin_social_corr', f2(r)]])

F = 'test_Y3wMUE5_7gLdaTN.csv'
loans = read(F)
term = loans.Loan_Amount_Term.fillna(loans.Loan_Amount_Term.median())
q(T + F, 'Fill missing Loan_Amount_Term with the median, then what is the mean loan term?',
  '{\nReplace the missing values of "Loan_Amount_Term" with the median of the column, then take the mean.\nRound to two decimal places.\n}',
  '{\n@mean_term_filled[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_term_filled', f2(term.mean())]])

credit = loans.Credit_History.dropna()
q(T + F, 'What share of applicants with a known credit history have a credit history of 1? Also how many are missing it?',
  '{\nLeave out the rows where "Credit_History" is missing when taking the share, and give it in percent.\nRound the share to two decimal places.\n}',
  '{\n@good_credit_pct[pct]\n@missing_credit[n]\nwhere "pct" is rounded to two decimal places and "n" is an integer.\n}',
  [['good_credit_pct', f2(100 * (credit == 1).mean())], ['missing_credit', str(int(loans.Credit_History.isna().sum()))]])

F = 'tr_eikon_eod_data.csv'
eikon = read(F)
intc = eikon['INTC.O'].dropna()
logged = np.log(intc)
q(T + F, 'Log-transform the INTC.O prices (natural log) and give the mean and standard deviation of the logged values.',
  '{\nIgnore missing values. Take the natural logarithm of "INTC.O".\nUse the sample standard deviation (ddof=1). Round both to four decimal places.\n}',
  '{\n@log_intc_mean[mean]\n@log_intc_std[sd]\nwhere "mean" and "sd" are rounded to four decimal places.\n}',
  [['log_intc_mean', f4(logged.mean())], ['log_intc_std', f4(logged.std())]])

intc_z = (intc - intc.mean()) / intc.std(ddof=0)
q(T + F, 'Are there any days where INTC.O has a z-score above 3 in absolute value? How many?',
  '{\nIgnore missing values. Compute the z-score of "INTC.O" with the population standard deviation; a day whose absolute z-score is greater than 3 is an outlier.\n}',
  '{\n@intc_outliers[n]\nwhere "n" is a non-negative integer.\n}',
  [['intc_outliers', str(int((intc_z.abs() > 3).sum()))]])

rho, _ = stats.spearmanr(eikon['EUR='], eikon['XAU='], nan_policy='omit')
q(T + F, 'Spearman rank correlation between the euro rate (EUR=) and gold (XAU=)?',
  '{\nDrop the rows where either column is missing. Compute Spearman\'s rho.\nRound to three decimal places.\n}',
  '{\n@eur_gold_spearman[rho]\nwhere "rho" is rounded to three decimal places.\n}',
  [['eur_gold_spearman', f3(rho)]])

F = '20170413_000000_group_statistics.csv'
calls = read(F)
talking = calls['avg. num. agents talking ']
q(T + F, 'Summary statistics for the average number of agents talking: the mean, the standard deviation and the maximum.',
  '{\nUse all rows of "avg. num. agents talking". Use the sample standard deviation.\nRound the mean and the standard deviation to three decimal places.\n}',
  '{\n@talking_mean[mean]\n@talking_std[sd]\n@talking_max[max]\nwhere "mean" and "sd" are rounded to three decimal places and "max" is a number.\n}',
  [['talking_mean', f3(talking.mean())], ['talking_std', f3(talking.std())], ['talking_max', f'{talking.max():g}']])

F = 'YAHOO-BTC_USD_D.csv'
btc = read(F)
adj = btc['Adj Close'].dropna()
binned = pd.cut(adj, bins=4)
counts = binned.value_counts(sort=False)
q(T + F, "Split 'Adj Close' into 4 equal-width bins. How many days fall in the lowest bin and how many in the highest?",
  '{\nIgnore missing values. Use pandas.cut with bins=4.\n}',
  '{\n@lowest_bin_days[n]\n@highest_bin_days[m]\nwhere "n" and "m" are integers.\n}',
  [['lowest_bin_days', str(int(counts.iloc[0]))], ['highest_bin_days', str(int(counts.iloc[-1]))]])

F = 'hotel_data.csv'
hotels = read(F)
types = hotels.hotel_type.value_counts()
assert types.iloc[0] != types.iloc[1]
q(T + F, 'What is the distribution of hotel_type? Give the number of distinct types and the most common type.',
  '{\nCount the rows of each "hotel_type".\n}',
  '{\n@hotel_type_count[n]\n@top_hotel_type[type]\nwhere "n" is an integer and "type" is written as in "hotel_type".\n}',
  [['hotel_type_count', str(int(types.size))], ['top_hotel_type', types.index[0]]])

F = 'arrest_expungibility.csv'
arrests = read(F)
disq = arrests[arrests.Disqualifying_Offense]
q(T + F, 'For disqualifying offenses, what is the mean and median age?',
  '{\nKeep the rows whose "Disqualifying_Offense" is True. Take the mean and the median of "Age".\nRound the mean to two decimal places.\n}',
  '{\n@disq_mean_age[mean]\n@disq_median_age[median]\nwhere "mean" is rounded to two decimal places and "median" is a number.\n}',
  [['disq_mean_age', f2(disq.Age.mean())], ['disq_median_age', f'{disq.Age.median():g}']])

for item in Q:
    print(json.dumps(item))
