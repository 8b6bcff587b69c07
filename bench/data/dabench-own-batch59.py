# Batch 59 (held out): DABench-form questions that chain two or more steps in one question, over the DABench
# tables (baseball players' salaries and records, the Titanic passenger list, a loan application list, a city's
# hotel listings, a year of a software company's share prices, five years of Apple's daily prices, arrest counts,
# a call centre's quarter-hour statistics, end-of-day prices of several instruments, women's share of degrees by
# field, a virus's per-site selection scores). The chains are the ones DABench's questions use: preprocess then
# compute (drop the rows missing a column, then a correlation; fill the gaps, then a statistic; drop the outliers,
# then a mean), make a feature then test it (a sum or a difference or a ratio of two columns, then its mean per
# group, its correlation with another column or its spread), a filter then an outlier count, a group then a
# statistic of the groups' figures, and two slots from two different kinds. The methods and steps are named the
# ways different analysts write them ("listwise deletion", "impute with the mean", "Pearson's r", "Spearman's
# rho", "z-score", "1.5 x IQR", "percentage change", "engineer a feature").
# The DABench questions were read for their kinds and constraint wording only; the check half was not read.
# Written before the engine ran on it. Answers are computed with pandas, numpy and scipy.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch59.py prints the lines.
import json

import numpy as np
from scipy import stats

from dabench_own_common import f2, f3, f4, read_dabench as read, recorder

Q = []
q = recorder(59, Q)
T = 'tables/dabench/tables/'

F = 'baseball_data.csv'
ball = read(F)
kept = ball.dropna(subset=['number_of_home_runs'])
r, p = stats.pearsonr(kept.number_of_home_runs, kept.number_of_runs_batted_in)
q(T + F, 'After dropping players with no recorded home runs value, what is the Pearson correlation between home runs and runs batted in, and its p-value?',
  '{\nRemove the rows where "number_of_home_runs" is missing (listwise deletion). Then compute Pearson\'s r between "number_of_home_runs" and "number_of_runs_batted_in" with its two-sided p-value.\nRound r to two decimal places and the p-value to four decimal places.\n}',
  '{\n@hr_rbi_r[r]\n@hr_rbi_p[p]\nwhere "r" is rounded to two decimal places and "p" to four decimal places.\n}',
  [['hr_rbi_r', f2(r)], ['hr_rbi_p', f4(p)]])

ball['extra_base_hits'] = ball.number_of_doubles + ball.number_of_triples + ball.number_of_home_runs
extra = ball.dropna(subset=['extra_base_hits'])
r, _ = stats.pearsonr(extra.extra_base_hits, extra.salary_in_thousands_of_dollars)
q(T + F, 'Engineer a feature "extra_base_hits" as doubles plus triples plus home runs. What is its mean, and how does it correlate with salary?',
  '{\nextra_base_hits = number_of_doubles + number_of_triples + number_of_home_runs. Ignore rows where the new feature is missing.\nUse the Pearson correlation coefficient with "salary_in_thousands_of_dollars". Round both to two decimal places.\n}',
  '{\n@extra_base_hits_mean[mean]\n@extra_base_salary_corr[r]\nwhere "mean" and "r" are rounded to two decimal places.\n}',
  [['extra_base_hits_mean', f2(extra.extra_base_hits.mean())], ['extra_base_salary_corr', f2(r)]])

medians = ball.groupby('indicator_of_free_agency_eligibility').salary_in_thousands_of_dollars.median()
q(T + F, 'Group the players by free agency eligibility and take the median salary of each group. What is the difference between the two medians?',
  '{\nGroup by "indicator_of_free_agency_eligibility" (1 = eligible, 0 = not eligible); rows where it is missing are left out.\nSubtract the median "salary_in_thousands_of_dollars" of the non-eligible players from that of the eligible players.\n}',
  '{\n@median_salary_gap[gap]\nwhere "gap" is a number.\n}',
  [['median_salary_gap', f'{medians[1.0] - medians[0.0]:g}']])

F = 'titanic.csv'
titanic = read(F)
titanic['FamilySize'] = titanic.SibSp + titanic.Parch + 1
r, _ = stats.pearsonr(titanic.FamilySize, titanic.Fare)
q(T + F, 'Create a FamilySize column as SibSp + Parch + 1. What is the average family size, and what is the Pearson correlation between FamilySize and Fare?',
  '{\nFamilySize = SibSp + Parch + 1 for every passenger.\nRound the mean to two decimal places and the correlation coefficient to three decimal places.\n}',
  '{\n@mean_family_size[mean]\n@family_fare_corr[r]\nwhere "mean" is rounded to two decimal places and "r" to three decimal places.\n}',
  [['mean_family_size', f2(titanic.FamilySize.mean())], ['family_fare_corr', f3(r)]])

third = titanic[titanic.Pclass == 3].Fare
q1, q3 = third.quantile(0.25), third.quantile(0.75)
iqr = q3 - q1
outliers = ((third < q1 - 1.5 * iqr) | (third > q3 + 1.5 * iqr)).sum()
q(T + F, 'Among third-class passengers only, how many fares are outliers by the 1.5 x IQR rule?',
  '{\nKeep the passengers with Pclass equal to 3. Compute Q1 and Q3 of their "Fare"; a fare below Q1 - 1.5*IQR or above Q3 + 1.5*IQR is an outlier.\n}',
  '{\n@third_class_fare_outliers[count]\nwhere "count" is a non-negative integer.\n}',
  [['third_class_fare_outliers', str(int(outliers))]])

filled = titanic.Age.fillna(titanic.Age.mean())
q(T + F, 'Impute the missing ages with the mean age, then report the standard deviation and the median of Age.',
  '{\nReplace every missing value of "Age" with the mean of the non-missing ages. Then compute the sample standard deviation and the median of the imputed column.\nRound both to two decimal places.\n}',
  '{\n@imputed_age_std[sd]\n@imputed_age_median[median]\nwhere "sd" and "median" are rounded to two decimal places.\n}',
  [['imputed_age_std', f2(filled.std())], ['imputed_age_median', f2(filled.median())]])

F = 'test_Y3wMUE5_7gLdaTN.csv'
loans = read(F)
loans['TotalIncome'] = loans.ApplicantIncome + loans.CoapplicantIncome
by_area = loans.groupby('Property_Area').TotalIncome.mean()
q(T + F, 'Add ApplicantIncome and CoapplicantIncome into a new column TotalIncome. Which property area has the highest average TotalIncome, and what is that average?',
  '{\nTotalIncome = ApplicantIncome + CoapplicantIncome. Group by "Property_Area" and take the mean TotalIncome of each area.\nRound the mean to two decimal places.\n}',
  '{\n@top_income_area[area]\n@top_area_mean_income[mean]\nwhere "area" is a value of "Property_Area" and "mean" is rounded to two decimal places.\n}',
  [['top_income_area', by_area.idxmax()], ['top_area_mean_income', f2(by_area.max())]])

pair = loans.dropna(subset=['LoanAmount'])
rho, _ = stats.spearmanr(pair.LoanAmount, pair.ApplicantIncome)
q(T + F, 'Drop the applications with a missing LoanAmount, then give Spearman\'s rho between LoanAmount and ApplicantIncome and the number of rows left.',
  '{\nDelete the rows where "LoanAmount" is missing. Use the Spearman rank correlation.\nRound rho to three decimal places.\n}',
  '{\n@loan_income_rho[rho]\n@rows_left[n]\nwhere "rho" is rounded to three decimal places and "n" is an integer.\n}',
  [['loan_income_rho', f3(rho)], ['rows_left', str(len(pair))]])

F = 'hotel_data.csv'
hotels = read(F)
city_means = hotels.groupby('city_name').review_count.mean()
q(T + F, 'Compute the mean review_count for each city. How many cities have a mean review count above 1000, and what is the lowest of the city means?',
  '{\nGroup by "city_name" and average "review_count" within each city. Count the cities whose mean is greater than 1000.\nRound the lowest city mean to two decimal places.\n}',
  '{\n@cities_over_1000[count]\n@lowest_city_mean[mean]\nwhere "count" is an integer and "mean" is rounded to two decimal places.\n}',
  [['cities_over_1000', str(int((city_means > 1000).sum()))], ['lowest_city_mean', f2(city_means.min())]])

rated = hotels.dropna(subset=['star_rating', 'bubble_score'])
r, _ = stats.pearsonr(rated.star_rating, rated.bubble_score)
q(T + F, 'Using only hotels that have both a star rating and a bubble score, what is the correlation between star_rating and bubble_score, and how many hotels are used?',
  '{\nDrop the rows where "star_rating" or "bubble_score" is missing. Compute the Pearson correlation coefficient.\nRound it to three decimal places.\n}',
  '{\n@star_bubble_corr[r]\n@hotels_used[n]\nwhere "r" is rounded to three decimal places and "n" is an integer.\n}',
  [['star_bubble_corr', f3(r)], ['hotels_used', str(len(rated))]])

F = 'microsoft.csv'
msft = read(F)
z = (msft.Volume - msft.Volume.mean()) / msft.Volume.std(ddof=0)
trimmed = msft.Volume[z.abs() <= 3]
q(T + F, 'Remove the days whose trading Volume has an absolute z-score greater than 3, then what is the mean Volume?',
  '{\nCompute the z-score of "Volume" with the population standard deviation. Drop the rows whose absolute z-score is greater than 3, then average the remaining volumes.\nRound to two decimal places.\n}',
  '{\n@trimmed_mean_volume[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['trimmed_mean_volume', f2(trimmed.mean())]])

F = 'e5_aapl.csv'
aapl = read(F)
aapl['Range'] = aapl.High - aapl.Low
r, _ = stats.pearsonr(aapl.Range, aapl.Volume)
q(T + F, 'Make a new column for the daily price range (High minus Low). Report its mean and its Pearson correlation with Volume.',
  '{\nRange = High - Low for each day.\nRound the mean to three decimal places and the correlation to two decimal places.\n}',
  '{\n@mean_daily_range[mean]\n@range_volume_corr[r]\nwhere "mean" is rounded to three decimal places and "r" to two decimal places.\n}',
  [['mean_daily_range', f3(aapl.Range.mean())], ['range_volume_corr', f2(r)]])

aapl['Return'] = aapl.Close.pct_change() * 100
returns = aapl.Return.dropna()
q(T + F, 'Calculate the daily percentage change of Close. What are the standard deviation of the daily returns and the number of days the close fell by more than 3 percent?',
  '{\nDaily return = (Close - previous Close) / previous Close * 100; the first day has no return and is left out.\nUse the sample standard deviation, rounded to three decimal places. A fall of more than 3 percent is a return below -3.\n}',
  '{\n@return_std[sd]\n@big_drop_days[n]\nwhere "sd" is rounded to three decimal places and "n" is an integer.\n}',
  [['return_std', f3(returns.std())], ['big_drop_days', str(int((returns < -3).sum()))]])

F = 'arrest_expungibility.csv'
arrests = read(F)
person = arrests[arrests.Category == 'Crimes Against Person'].Age
zp = (person - person.mean()) / person.std(ddof=0)
q(T + F, "For arrests in the 'Crimes Against Person' category, how many ages are outliers by z-score (|z| > 3), and what is the mean age of that category?",
  '{\nKeep the rows whose "Category" is "Crimes Against Person". Compute the z-score of "Age" within those rows using the population standard deviation; |z| > 3 is an outlier.\nRound the mean age to two decimal places.\n}',
  '{\n@person_age_outliers[count]\n@person_mean_age[mean]\nwhere "count" is a non-negative integer and "mean" is rounded to two decimal places.\n}',
  [['person_age_outliers', str(int((zp.abs() > 3).sum()))], ['person_mean_age', f2(person.mean())]])

F = '20170413_000000_group_statistics.csv'
calls = read(F)
busy = calls[calls['num. calls answered'] > 0]
r, _ = stats.pearsonr(busy['num. calls answered'], busy['avg. num. agents talking '])
q(T + F, 'Leaving out the quarter-hours with no calls answered, what is the correlation between calls answered and the average number of agents talking?',
  '{\nKeep only the rows where "num. calls answered" is greater than 0. Compute the Pearson correlation coefficient between "num. calls answered" and "avg. num. agents talking".\nRound to two decimal places.\n}',
  '{\n@answered_talking_corr[r]\nwhere "r" is rounded to two decimal places.\n}',
  [['answered_talking_corr', f2(r)]])

F = 'tr_eikon_eod_data.csv'
eikon = read(F)
gld = eikon.GLD.dropna()
logged = np.log(gld)
q(T + F, 'Take the natural log of GLD after dropping the missing values. What are the skewness of the logged prices and their mean?',
  '{\nDrop missing values of "GLD", then apply the natural logarithm. Use scipy.stats.skew with its default settings.\nRound both to four decimal places.\n}',
  '{\n@log_gld_skew[skew]\n@log_gld_mean[mean]\nwhere "skew" and "mean" are rounded to four decimal places.\n}',
  [['log_gld_skew', f4(stats.skew(logged))], ['log_gld_mean', f4(logged.mean())]])

F = 'percent-bachelors-degrees-women-usa.csv'
women = read(F)
recent = women[women.Year >= 1990]
fit = stats.linregress(recent.Year, recent['Computer Science'])
q(T + F, 'Using only the years from 1990 onward, fit a simple linear regression of Computer Science on Year. Report the slope and the intercept.',
  '{\nKeep the rows with Year greater than or equal to 1990. Ordinary least squares with "Year" as the predictor and "Computer Science" as the response.\nRound the slope to three decimal places and the intercept to two decimal places.\n}',
  '{\n@cs_slope_since_1990[slope]\n@cs_intercept_since_1990[intercept]\nwhere "slope" is rounded to three decimal places and "intercept" to two decimal places.\n}',
  [['cs_slope_since_1990', f3(fit.slope)], ['cs_intercept_since_1990', f2(fit.intercept)]])

F = 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
ferret = read(F)
ferret['pos_share'] = ferret.positive_diffsel / ferret.abs_diffsel
q(T + F, 'Create a feature pos_share = positive_diffsel / abs_diffsel. What are its mean and its median?',
  '{\nDivide "positive_diffsel" by "abs_diffsel" for every site.\nRound both to three decimal places.\n}',
  '{\n@pos_share_mean[mean]\n@pos_share_median[median]\nwhere "mean" and "median" are rounded to three decimal places.\n}',
  [['pos_share_mean', f3(ferret.pos_share.mean())], ['pos_share_median', f3(ferret.pos_share.median())]])

for item in Q:
    print(json.dumps(item))
