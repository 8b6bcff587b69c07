# Batch 52 (held out): everyday analysis questions in DABench's form, asked the way different users ask them, over
# the DABench tables batches 41-51 used least (daily bitcoin prices, a year of a software company's share prices,
# arrest counts with their expungibility, a city's hotel listings, baseball players' salaries and records, end-of-day
# prices of several instruments). Kinds: two statistics of one column in one sentence, a new column from two others,
# outliers by z-score and by IQR, a correlation with its p-value, a rank correlation, a count comparing two columns,
# skewness, the group with the largest sum, a share in percent, missing values filled before a mean, a mean within a
# group, a count of missing cells within a group, a mode beside a distinct count, a min-max scaled mean, a
# present-cell count beside a mean, the means of two groups.
# Blanks count as missing: a statistic is taken over the rows where its column is present.
# The DABench questions were read for their kinds only; the check half was not read.
# Written before the engine ran on it. Answers are computed with pandas and scipy (blanks as missing).
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch52.py prints the lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import f2, f3, f4, read_dabench as read, recorder

Q = []
q = recorder(52, Q)
T = 'tables/dabench/tables/'


F = 'YAHOO-BTC_USD_D.csv'
btc = read(F)
q(T + F, 'Give me the median daily trading volume and how much it varies (standard deviation).',
  '{\nCompute the median and the sample standard deviation of "Volume" over the rows where it is present.\nRound both to two decimal places.\n}',
  '{\n@volume_median[value]\n@volume_std[value]\nwhere "value" is rounded to two decimal places.\n}',
  [['volume_median', f2(btc.Volume.median())], ['volume_std', f2(btc.Volume.std())]])

btc_range = (btc.High - btc.Low).dropna()
q(T + F, "I'd like a new column with each day's trading range (high minus low). What is its average?",
  '{\nCreate a column "Range" equal to "High" minus "Low" and take the mean of "Range" over the rows where it is present.\nRound to two decimal places.\n}',
  '{\n@mean_range[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['mean_range', f2(btc_range.mean())]])

vol = btc.Volume.dropna()
z = (vol - vol.mean()) / vol.std()
z0 = (vol - vol.mean()) / vol.std(ddof=0)
assert int((z.abs() > 3).sum()) == int((z0.abs() > 3).sum())
q(T + F, 'Flag the days with unusual trading volume: how many have a volume z-score beyond 3 in either direction?',
  '{\nCompute the z-score of "Volume" over the rows where it is present, using its mean and standard deviation. Count the rows whose absolute z-score is greater than 3.\n}',
  '{\n@volume_outliers[n]\nwhere "n" is an integer.\n}',
  [['volume_outliers', str(int((z.abs() > 3).sum()))]])

F = 'microsoft.csv'
msft = read(F)
r, p = stats.pearsonr(msft.Close, msft.Volume)
q(T + F, 'Is trading volume related to the closing price? Report the Pearson r and its p-value.',
  '{\nCompute the Pearson correlation coefficient between "Close" and "Volume" and its two-sided p-value.\nRound the coefficient to three decimal places and the p-value to four decimal places.\n}',
  '{\n@close_volume_r[r]\n@close_volume_p[p]\nwhere "r" is rounded to three decimal places and "p" to four decimal places.\n}',
  [['close_volume_r', f3(r)], ['close_volume_p', f4(p)]])

q(T + F, 'On how many days did the stock close above its opening price?',
  '{\nCount the rows whose "Close" is greater than their "Open".\n}',
  '{\n@up_days[n]\nwhere "n" is an integer.\n}',
  [['up_days', str(int((msft.Close > msft.Open).sum()))]])

q(T + F, 'How skewed is the distribution of daily volume?',
  '{\nCompute the skewness of "Volume" with the bias-corrected (sample) formula.\nRound to three decimal places.\n}',
  '{\n@volume_skew[skew]\nwhere "skew" is rounded to three decimal places.\n}',
  [['volume_skew', f3(msft.Volume.skew())]])

F = 'arrest_expungibility.csv'
arrests = read(F)
by_cat = arrests.groupby('Category').Count.sum()
q(T + F, 'Which offense category accounts for the most arrests overall, and how many is that?',
  '{\nGroup the rows by "Category" and take the sum of "Count" in each group. Report the group with the largest sum and the sum.\n}',
  '{\n@top_category[category]\n@category_arrests[n]\nwhere "category" is written as in "Category" and "n" is an integer.\n}',
  [['top_category', by_cat.idxmax()], ['category_arrests', str(int(by_cat.max()))]])

q(T + F, 'What percentage of the records are felonies?',
  '{\nDivide the number of rows whose "Offense_Type" is "felony" by the number of rows and multiply by 100.\nRound to two decimal places.\n}',
  '{\n@felony_pct[pct]\nwhere "pct" is rounded to two decimal places.\n}',
  [['felony_pct', f2((arrests.Offense_Type == 'felony').mean() * 100)]])

q(T + F, 'Treat a missing arrest count as zero. What is the average count per record then?',
  '{\nFill the missing values of "Count" with 0, then take the mean of "Count".\nRound to three decimal places.\n}',
  '{\n@mean_count_filled[avg]\nwhere "avg" is rounded to three decimal places.\n}',
  [['mean_count_filled', f3(arrests.Count.fillna(0).mean())]])

q(T + F, 'Average age in the records that can be expunged?',
  '{\nKeep the rows whose "Expungible" is True and take the mean of "Age".\nRound to two decimal places.\n}',
  '{\n@expungible_mean_age[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['expungible_mean_age', f2(arrests[arrests.Expungible].Age.mean())]])

F = 'hotel_data.csv'
hotels = read(F)
brooklyn = hotels[hotels.city_name == 'Brooklyn']
q(T + F, 'For Brooklyn hotels: what is the mean bubble score, and how many have no star rating?',
  '{\nKeep the rows whose "city_name" is "Brooklyn". Take the mean of "bubble_score" over the rows where it is present, and count the rows whose "star_rating" is missing.\nRound the mean to two decimal places.\n}',
  '{\n@brooklyn_bubble[avg]\n@brooklyn_unrated[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
  [['brooklyn_bubble', f2(brooklyn.bubble_score.mean())], ['brooklyn_unrated', str(int(brooklyn.star_rating.isna().sum()))]])

q1, q3 = hotels.review_count.quantile(0.25), hotels.review_count.quantile(0.75)
q(T + F, 'Using the IQR rule, how many hotels have an unusually high number of reviews?',
  '{\nCompute the first and third quartiles of "review_count" (linear interpolation) and count the rows whose "review_count" is greater than Q3 + 1.5 * (Q3 - Q1).\n}',
  '{\n@review_outliers[n]\nwhere "n" is an integer.\n}',
  [['review_outliers', str(int((hotels.review_count > q3 + 1.5 * (q3 - q1)).sum()))]])

q(T + F, 'Which parent company owns the most listed hotels, and how many kinds of property are listed?',
  '{\nFind the most frequent value of "parent_brand_name" over the rows where it is present.\nCount the distinct values of "hotel_type".\n}',
  '{\n@top_parent[name]\n@property_kinds[n]\nwhere "name" is written as in "parent_brand_name" and "n" is an integer.\n}',
  [['top_parent', hotels.parent_brand_name.mode()[0]], ['property_kinds', str(int(hotels.hotel_type.nunique()))]])

F = 'baseball_data.csv'
ball = read(F)
pair = ball.dropna(subset=['salary_in_thousands_of_dollars', 'number_of_home_runs'])
rho, p = stats.spearmanr(pair.salary_in_thousands_of_dollars, pair.number_of_home_runs)
q(T + F, 'Do home-run hitters get paid more? Rank correlation between salary and home runs, please.',
  '{\nCompute the Spearman rank correlation coefficient between "salary_in_thousands_of_dollars" and "number_of_home_runs" over the rows where both are present.\nRound to three decimal places.\n}',
  '{\n@salary_hr_rho[rho]\nwhere "rho" is rounded to three decimal places.\n}',
  [['salary_hr_rho', f3(rho)]])

free = ball.indicator_of_free_agency_eligibility
q(T + F, 'Compare average salaries: players eligible for free agency versus players who are not.',
  '{\nTake the mean of "salary_in_thousands_of_dollars" over the rows whose "indicator_of_free_agency_eligibility" is 1, and over the rows whose "indicator_of_free_agency_eligibility" is 0.\nRound both to two decimal places.\n}',
  '{\n@eligible_salary[avg]\n@not_eligible_salary[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['eligible_salary', f2(ball[free == 1].salary_in_thousands_of_dollars.mean())],
   ['not_eligible_salary', f2(ball[free == 0].salary_in_thousands_of_dollars.mean())]])

runs = ball.number_of_runs
scaled = (runs - runs.min()) / (runs.max() - runs.min())
q(T + F, 'Rescale runs scored to the 0-1 range with min-max scaling; what does the scaled column average?',
  '{\nScale "number_of_runs" with min-max normalization to the range 0 to 1 and take the mean of the scaled column.\nRound to four decimal places.\n}',
  '{\n@scaled_runs_mean[avg]\nwhere "avg" is rounded to four decimal places.\n}',
  [['scaled_runs_mean', f4(scaled.mean())]])

F = 'tr_eikon_eod_data.csv'
eod = read(F)
q(T + F, 'How many days have a price for Apple (AAPL.O), and what is its mean price over them?',
  '{\nCount the rows where "AAPL.O" is present and take the mean of "AAPL.O" over them.\nRound the mean to two decimal places.\n}',
  '{\n@aapl_days[n]\n@aapl_mean[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
  [['aapl_days', str(int(eod['AAPL.O'].notna().sum()))], ['aapl_mean', f2(eod['AAPL.O'].mean())]])

for item in Q:
    print(json.dumps(item))
