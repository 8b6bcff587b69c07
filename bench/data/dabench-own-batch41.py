# Batch 41 (held out): the DABench form said in other words. The operations of the earlier feature-engineering and
# preprocessing batches — dropping rows with a missing cell, scaling, binning, dummy variables, a derived column —
# named the way other analysts name them (listwise deletion, records lacking a value, z-score, unit variance,
# rescale to [0, 1], discretize, bucket, dummy variables, engineer a feature), constraints that name the library
# function or the method, slot names in other words than the question's, steps stated in another order in the
# constraints than in the question; and model fits whose answer is deterministic: ordinary least squares on the
# whole table (slope, intercept, R²), Pearson and Spearman tests with their p-values, chi-square tests of
# independence. The tuning half's Machine Learning and correlation questions were read only as models of wording;
# the check half was not read. Answers are computed with pandas and scipy (blanks as missing) and checked by
# reading rows.
# Run from anywhere: python3 bench/data/dabench-own-batch41.py prints the batch's JSON lines.
import json

import numpy as np
import pandas as pd
from scipy import stats

from dabench_own_common import C, f2, recorder

Q = []
q = recorder(41, Q)
T = 'tables/dabench/tables/'


def read(name):
    return pd.read_csv(C + T + name)


def f3(x): return f'{x:.3f}'


def f4(x): return f'{x:.4f}'


F = 'titanic.csv'
d = read(F)
k = d.dropna(subset=['Age'])
z = (k.Fare - k.Fare.mean()) / k.Fare.std()
q(T + F, 'Apply listwise deletion to the passengers whose age is unknown, then convert "Fare" to z-scores. How many of the remaining passengers have a fare z-score above 2?',
  '{\nDiscard every record where "Age" is NaN before anything else.\nThe z-score is (Fare - mean) / std, with the mean and the sample standard deviation (ddof=1) of the remaining records.\n}',
  '{\n@expensive_tickets[n]\nwhere "n" is an integer: the number of remaining passengers whose standardized fare exceeds 2.\n}',
  [['expensive_tickets', str(int((z > 2).sum()))]])
band = pd.cut(d.Age, [0, 30, 50, 80], labels=['young', 'middle', 'senior'])
rate = d.Survived.groupby(band, observed=True).mean()
q(T + F, 'Discretize the passengers\' ages into three bands and compare the proportion of survivors in each band.',
  '{\nUse pandas.cut on "Age" with the edges 0, 30, 50 and 80 (right-inclusive) and the labels young, middle and senior. Passengers with no age belong to no band.\nThe share of survivors in a band is the mean of "Survived" over its passengers.\n}',
  '{\n@young_survival[share]\n@middle_survival[share]\n@senior_survival[share]\nwhere "share" is the proportion of survivors in the band, rounded to three decimal places.\n}',
  [['young_survival', f3(rate['young'])], ['middle_survival', f3(rate['middle'])], ['senior_survival', f3(rate['senior'])]])
tab = pd.crosstab(d.Sex, d.Survived)
chi2, p, dof, _ = stats.chi2_contingency(tab)
q(T + F, 'Is surviving the sinking independent of a passenger\'s sex? Run a test of independence on the two variables.',
  '{\nBuild the contingency table of "Sex" against "Survived" and apply scipy.stats.chi2_contingency with its default settings (Yates\' continuity correction for a 2x2 table).\nUse a significance level of 0.05.\n}',
  '{\n@chi2[statistic]\n@dof[degrees]\n@pval[p]\nwhere "statistic" is rounded to two decimal places, "degrees" is an integer and "p" is rounded to four decimal places.\n}',
  [['chi2', f2(chi2)], ['dof', str(dof)], ['pval', f4(p)]])
dummies = pd.get_dummies(d.Embarked, prefix='Embarked')
q(T + F, 'Encode the port of embarkation as dummy variables. How many indicator columns result, and how many passengers are flagged for Cherbourg?',
  '{\nUse pandas.get_dummies on "Embarked" with the prefix "Embarked"; passengers with no port get 0 in every indicator.\nCherbourg is the code "C".\n}',
  '{\n@indicator_columns[k]\n@cherbourg_flagged[n]\nwhere "k" and "n" are integers.\n}',
  [['indicator_columns', str(dummies.shape[1])], ['cherbourg_flagged', str(int(dummies['Embarked_C'].sum()))]])
age = d.Age.fillna(d.Age.median())
scaled = (age - age.mean()) / age.std(ddof=0)
q(T + F, 'Scale "Age" to zero mean and unit variance with StandardScaler. How many passengers end up more than two units above the mean?',
  '{\nBefore scaling, replace the missing values of "Age" with the column median.\nStandardScaler divides by the population standard deviation (ddof=0).\n}',
  '{\n@far_above_mean[count]\nwhere "count" is the number of passengers with a scaled age greater than 2, an integer.\n}',
  [['far_above_mean', str(int((scaled > 2).sum()))]])

F = 'baseball_data.csv'
d = read(F)
k = d.dropna(subset=['salary_in_thousands_of_dollars', 'number_of_runs_batted_in'])
fit = stats.linregress(k.number_of_runs_batted_in, k.salary_in_thousands_of_dollars)
q(T + F, 'Fit an ordinary least squares line of salary (in thousands of dollars) on the number of runs batted in, using every player. Report the gradient, the constant term and the goodness of fit.',
  '{\nUse scipy.stats.linregress with "number_of_runs_batted_in" as x and "salary_in_thousands_of_dollars" as y on the whole table (no train/test split). Rows missing either value are left out.\nThe goodness of fit is the coefficient of determination, R squared.\n}',
  '{\n@gradient[b1]\n@constant_term[b0]\n@goodness_of_fit[r2]\nwhere "b1" and "b0" are rounded to two decimal places and "r2" is rounded to four decimal places.\n}',
  [['gradient', f2(fit.slope)], ['constant_term', f2(fit.intercept)], ['goodness_of_fit', f4(fit.rvalue ** 2)]])
k = d.dropna(subset=['number_of_home_runs', 'salary_in_thousands_of_dollars'])
rho, p = stats.spearmanr(k.number_of_home_runs, k.salary_in_thousands_of_dollars)
q(T + F, 'Do players who hit more home runs tend to earn more? Measure the monotonic association between the two with a rank-based test.',
  '{\nUse Spearman\'s rank correlation (scipy.stats.spearmanr) between "number_of_home_runs" and "salary_in_thousands_of_dollars", leaving out rows missing either value.\nReport the two-sided p-value.\n}',
  '{\n@rho[coefficient]\n@p_value[p]\nwhere "coefficient" is rounded to two decimal places and "p" to four decimal places.\n}',
  [['rho', f2(rho)], ['p_value', f4(p)]])

F = 'hotel_data.csv'
d = read(F)
rc = d.review_count
mm = (rc - rc.min()) / (rc.max() - rc.min())
q(T + F, 'Rescale the review counts to the [0, 1] interval. What is the average of the rescaled column, and how many hotels land exactly on 0?',
  '{\nUse min-max normalization: (x - min) / (max - min), with the minimum and maximum of "review_count".\nRound the average to four decimal places.\n}',
  '{\n@avg_rescaled[value]\n@at_zero[count]\nwhere "value" is rounded to four decimal places and "count" is an integer.\n}',
  [['avg_rescaled', f4(mm.mean())], ['at_zero', str(int((mm == 0).sum()))]])
k = d.dropna(subset=['star_rating'])
per_star = k.review_count / k.star_rating
q(T + F, 'Engineer a feature that gives the number of reviews per star for every rated hotel. What are its median and its maximum?',
  '{\nExclude hotels whose "star_rating" is missing.\nThe feature is "review_count" divided by "star_rating".\nRound both figures to two decimal places.\n}',
  '{\n@median_reviews_per_star[m]\n@max_reviews_per_star[x]\nwhere "m" and "x" are rounded to two decimal places.\n}',
  [['median_reviews_per_star', f2(per_star.median())], ['max_reviews_per_star', f2(per_star.max())]])

F = 'test_Y3wMUE5_7gLdaTN.csv'
d = read(F)
k = d.dropna(subset=['LoanAmount', 'Loan_Amount_Term'])
emi = k.LoanAmount / k.Loan_Amount_Term
q(T + F, 'Derive a rough monthly instalment for each applicant as the loan amount spread over its term, after dropping the records lacking either figure. What is the median instalment, and how many records remain?',
  '{\nRemove rows where "LoanAmount" or "Loan_Amount_Term" is NaN (dropna on those two columns).\nThe instalment is "LoanAmount" / "Loan_Amount_Term".\n}',
  '{\n@median_instalment[value]\n@records_left[n]\nwhere "value" is rounded to three decimal places and "n" is an integer.\n}',
  [['median_instalment', f3(emi.median())], ['records_left', str(len(k))]])
tab = pd.crosstab(d.Education, d.Property_Area)
chi2, p, dof, _ = stats.chi2_contingency(tab)
q(T + F, 'Is an applicant\'s education level associated with the property area? Carry out a chi-squared test on the cross-tabulation of the two.',
  '{\nCross-tabulate "Education" against "Property_Area" with pandas.crosstab and pass the table to scipy.stats.chi2_contingency.\nThe association is significant when the p-value is below 0.05.\n}',
  '{\n@test_statistic[chi2]\n@p[pvalue]\n@associated[yes_or_no]\nwhere "chi2" is rounded to two decimal places, "pvalue" to four decimal places, and "yes_or_no" is "yes" when the p-value is below 0.05 and "no" otherwise.\n}',
  [['test_statistic', f2(chi2)], ['p', f4(p)], ['associated', 'yes' if p < 0.05 else 'no']])
k = d.dropna(subset=['Credit_History']).copy()
k['Married'] = k.Married.map({'Yes': 1, 'No': 0})
q(T + F, 'Exclude the records with no credit history, map "Married" to 1 for Yes and 0 for No, and report the share of married applicants among those with a credit history of 1 and of 0.',
  '{\nDrop rows where "Credit_History" is NaN.\n"Married" is encoded as Yes = 1 and No = 0; its mean within a group is the share of married applicants.\n}',
  '{\n@married_share_good_history[s1]\n@married_share_bad_history[s0]\nwhere "s1" is the share for a "Credit_History" of 1 and "s0" for 0, both rounded to two decimal places.\n}',
  [['married_share_good_history', f2(k.Married[k.Credit_History == 1].mean())], ['married_share_bad_history', f2(k.Married[k.Credit_History == 0].mean())]])

F = 'microsoft.csv'
d = read(F)
slope, intercept = np.polyfit(d.Open, d.Close, 1)
r2 = stats.pearsonr(d.Open, d.Close)[0] ** 2
q(T + F, 'How well does the opening price explain the closing price? Fit a straight line of "Close" against "Open" over all trading days.',
  '{\nUse numpy.polyfit with deg=1 ("Open" as x, "Close" as y) on every row.\nThe explained variance is the R-squared of that line.\n}',
  '{\n@beta[slope]\n@alpha[intercept]\n@explained_variance[r2]\nwhere "slope" and "intercept" are rounded to three decimal places and "r2" to four decimal places.\n}',
  [['beta', f3(slope)], ['alpha', f3(intercept)], ['explained_variance', f4(r2)]])

F = 'YAHOO-BTC_USD_D.csv'
d = read(F).dropna(subset=['Close', 'Volume'])
r, p = stats.pearsonr(d.Volume, d.Close)
q(T + F, 'Is trading volume linearly related to the closing price of Bitcoin? Test it with Pearson\'s r after removing incomplete rows.',
  '{\nDrop the rows where "Close" or "Volume" is missing.\nUse scipy.stats.pearsonr and a two-tailed test at alpha = 0.05.\n}',
  '{\n@r[coefficient]\n@significance[p]\nwhere "coefficient" is rounded to two decimal places and "p" is the p-value rounded to four decimal places.\n}',
  [['r', f2(r)], ['significance', f4(p)]])

F = 'percent-bachelors-degrees-women-usa.csv'
d = read(F)
fit = stats.linregress(d.Year, d['Computer Science'])
q(T + F, 'Estimate the yearly trend in the share of Computer Science degrees awarded to women with an OLS fit on "Year". What are the coefficient on Year and the coefficient of determination?',
  '{\nRegress "Computer Science" (y) on "Year" (x) by ordinary least squares over all years in the table.\n}',
  '{\n@per_year_change[coef]\n@fit_quality[r2]\nwhere "coef" is rounded to three decimal places and "r2" to four decimal places.\n}',
  [['per_year_change', f3(fit.slope)], ['fit_quality', f4(fit.rvalue ** 2)]])
rho, p = stats.spearmanr(d.Engineering, d['Physical Sciences'])
q(T + F, 'Compute Spearman\'s rho between the "Engineering" and "Physical Sciences" shares across the years, together with its p-value.',
  'Use the rank correlation of scipy.stats.spearmanr on the two columns over all rows. Round rho to two decimal places and the p-value to four.',
  '@spearman_rho[rho]\n@spearman_p[p]\nwhere "rho" is a number between -1 and 1 and "p" is a number between 0 and 1.',
  [['spearman_rho', f2(rho)], ['spearman_p', f4(p)]])

F = 'tr_eikon_eod_data.csv'
d = read(F)
k = d.dropna(subset=['EUR=', 'XAU='])
zs = (k['XAU='] - k['XAU='].mean()) / k['XAU='].std()
q(T + F, 'After listwise deletion of the days lacking either the euro rate (EUR=) or the gold price (XAU=), standardize the gold price. How many days lie more than 2 standard deviations from the mean in either direction?',
  '{\nDrop rows where "EUR=" or "XAU=" is NaN.\nStandardize "XAU=" with the mean and the sample standard deviation of the remaining rows; a day counts when the absolute z-score exceeds 2.\n}',
  '{\n@extreme_gold_days[count]\nwhere "count" is an integer.\n}',
  [['extreme_gold_days', str(int((zs.abs() > 2).sum()))]])

F = 'unemployement_industry.csv'
d = read(F).dropna(subset=['Mar.2019', 'Mar.2020'])
fit = stats.linregress(d['Mar.2019'], d['Mar.2020'])
q(T + F, 'Model the March 2020 unemployment count as a linear function of the March 2019 count using least squares on every row of the table, the total row included. Give the slope and the intercept of the fitted line.',
  '{\nNo train/test split: fit on all rows that have both "Mar.2019" and "Mar.2020".\nUse "Mar.2019" as the explanatory variable and "Mar.2020" as the response.\n}',
  '{\n@slope[b]\n@intercept[a]\nwhere "b" is rounded to four decimal places and "a" to two decimal places.\n}',
  [['slope', f4(fit.slope)], ['intercept', f2(fit.intercept)]])

F = 'arrest_expungibility.csv'
d = read(F)
grp = pd.cut(d.Age, [0, 12, 17, 100], labels=['child', 'teen', 'adult'])
tot = d.Count.groupby(grp, observed=True).sum()
q(T + F, 'Bucket the arrest records by age and total the arrests in each bucket.',
  '{\nBuckets: child is an Age up to 12, teen is 13 to 17, adult is 18 and over (pandas.cut with the edges 0, 12, 17 and 100).\nSum "Count" within each bucket; missing counts are skipped.\n}',
  '{\n@arrests_by_bucket[child_total, teen_total, adult_total]\nwhere each total is an integer.\n}',
  [['arrests_by_bucket', f'{int(tot["child"])}, {int(tot["teen"])}, {int(tot["adult"])}']])

F = 'e5_aapl.csv'
d = read(F)
spread = d.High - d.Low
r, p = stats.pearsonr(spread, d.Volume)
q(T + F, 'Create a "Spread" variable equal to the gap between the day\'s high and low, and check whether it moves together with the traded volume.',
  '{\nCompute the Pearson correlation coefficient between "Spread" and "Volume" over all days and its two-sided p-value.\n}',
  '{\n@spread_volume_corr[r]\n@spread_volume_p[p]\nwhere "r" is rounded to two decimal places and "p" to four decimal places.\n}',
  [['spread_volume_corr', f2(r)], ['spread_volume_p', f4(p)]])

print('\n'.join(json.dumps(item, ensure_ascii=False) for item in Q))
