# Batch 23 (held out): the statistics family over workbook tables no other batch uses: sales of four
# product lines by country and region (20 rows), actuals, budgets and variances of 22 accounts for three
# products (a two-line header), the heights of 22 mountains, and 3798 rows of yearly totals by state
# from a query sheet. Summary statistics (mean, standard deviation, median, IQR, skewness and kurtosis
# as pandas computes them, the standard error of the mean, a confidence interval), distribution tests
# (Shapiro-Wilk), correlation (Pearson with the relationship word, Spearman), t-tests (independent,
# paired), one-way ANOVA, simple and multiple linear regression, z-score and IQR outliers, a named
# row's z-score, grouping with an aggregate and ranking.
# Answers are computed with pandas, numpy and scipy (ordinary least squares is numpy.linalg.lstsq
# with an intercept column, R-squared 1 - SS_res / SS_tot).
# Run from anywhere: python3 bench/data/dabench-own-batch23.py prints the batch's JSON lines.
import json, os, warnings
import numpy as np
import pandas as pd
from scipy import stats

warnings.filterwarnings('ignore')
C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus') + '/'
Q = []


def q(file, table, question, constraints, fmt, answers):
    item = dict(id=2301 + len(Q), question=question, constraints=constraints, format=fmt, file=file,
                answers=answers, batch=23)
    if table: item['table'] = table
    Q.append(item)


def f4(x): return f'{x:.4f}'
def f2(x): return f'{x:.2f}'


def ols(y, xs):
    X = np.column_stack([np.ones(len(y))] + list(xs))
    beta, *_ = np.linalg.lstsq(X, y, rcond=None)
    fitted = X @ beta
    r2 = 1 - ((y - fitted) ** 2).sum() / ((y - y.mean()) ** 2).sum()
    return beta, r2


# Sales of four product lines by country and region, one row a country's region.
F = 'office/xlsx/poi_ConditionalFormattingSamples.xlsx'
S = pd.read_excel(C + F, sheet_name='Category sales', header=None).iloc[1:22, :7]
S.columns = [str(name).strip() for name in S.iloc[0]]  # the sheet writes ' Region'
S = S.iloc[1:].reset_index(drop=True)
for col in ['Dairy', 'Produce', 'Grain', 'Beverage', 'Total Sales']: S[col] = S[col].astype(float)
TS = 'Category sales'
d = S['Dairy'].astype(float)
q(F, TS, 'Calculate the mean and standard deviation of the Dairy sales.', 'Use the sample standard deviation (ddof=1). Round both values to two decimal places.',
  '@mean_dairy[mean], @std_dairy[std] where "mean" and "std" are numbers rounded to two decimal places.',
  [['mean_dairy', f2(d.mean())], ['std_dairy', f2(d.std(ddof=1))]])
r, p = stats.pearsonr(S['Produce'], S['Grain'])
q(F, TS, 'Is there a significant correlation between Produce and Grain sales?', "Calculate the Pearson correlation coefficient (r) to assess the strength and direction of the linear relationship between Produce and Grain. Assess the significance of the correlation using a two-tailed test with a significance level (alpha) of 0.05. Report the p-value associated with the correlation test. Consider the relationship to be linear if the p-value is less than 0.05 and the absolute value of r is greater than or equal to 0.5. Consider the relationship to be nonlinear if the p-value is less than 0.05 and the absolute value of r is less than 0.5. If the p-value is greater than or equal to 0.05, report that there is no significant correlation.",
  '@correlation_coefficient[r_value], @p_value[p_value], @relationship_type[relationship_type] where "r_value" is a number between -1 and 1 rounded to two decimal places, "p_value" is a number between 0 and 1 rounded to four decimal places, and "relationship_type" is a string that can either be "linear", "nonlinear", or "none".',
  [['correlation_coefficient', f2(r)], ['p_value', f4(p)], ['relationship_type', 'linear' if p < 0.05 and abs(r) >= 0.5 else 'nonlinear' if p < 0.05 else 'none']])
g = S.groupby('Region')['Total Sales'].mean()
q(F, TS, 'Which region has the highest average Total Sales?', 'Group the rows by Region and calculate the arithmetic mean of Total Sales for each region. Round the average to two decimal places.',
  '@region[region_name], @average_total_sales[average] where "region_name" is a value of the Region column and "average" is a number rounded to two decimal places.',
  [['region', g.idxmax()], ['average_total_sales', f2(g.max())]])
g = S.groupby('Country')['Beverage'].sum()
q(F, TS, 'Calculate the total Beverage sales of each country. Which country has the lowest total?', 'Sum the Beverage values over all the regions of a country.',
  '@country[country_name], @beverage_total[total] where "country_name" is a value of the Country column and "total" is an integer.',
  [['country', g.idxmin()], ['beverage_total', str(int(g.min()))]])
groups = [grp['Total Sales'].values for _, grp in S.groupby('Region')]
f, p = stats.f_oneway(*groups)
q(F, TS, 'Do the Total Sales differ significantly between regions?', 'Perform a one-way ANOVA (scipy.stats.f_oneway) of Total Sales with one group per value of Region. Use a significance level (alpha) of 0.05. Round the F statistic to two decimal places and the p-value to four.',
  '@f_statistic[f_value], @p_value[p_value], @result[result] where "f_value" is rounded to two decimal places, "p_value" to four, and "result" is "significant" or "not significant".',
  [['f_statistic', f2(f)], ['p_value', f4(p)], ['result', 'significant' if p < 0.05 else 'not significant']])
beta, r2 = ols(S['Total Sales'].values.astype(float), [S['Dairy'].values.astype(float)])
q(F, TS, 'Using a simple linear regression, how well does Dairy explain Total Sales?', 'Fit an ordinary least squares regression with Dairy as the independent variable and Total Sales as the dependent variable, with an intercept. Report the slope and the coefficient of determination (R-squared), both rounded to four decimal places, and the intercept rounded to two.',
  '@slope[slope], @intercept[intercept], @r_squared[r_squared] where "slope" and "r_squared" are rounded to four decimal places and "intercept" to two.',
  [['slope', f4(beta[1])], ['intercept', f2(beta[0])], ['r_squared', f4(r2)]])
b = S['Beverage']
q1, q3 = b.quantile(0.25), b.quantile(0.75)
q(F, TS, 'Are there any outliers in the Beverage sales according to the IQR method? If yes, how many?', 'Calculate the IQR as Q3 (75th percentile) - Q1 (25th percentile). Outliers are values below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR.',
  '@number_of_outliers[number] where "number" is a non-negative integer.',
  [['number_of_outliers', str(int(((b < q1 - 1.5 * (q3 - q1)) | (b > q3 + 1.5 * (q3 - q1))).sum()))]])
w, p = stats.shapiro(S['Grain'])
q(F, TS, 'Check whether the Grain sales follow a normal distribution.', 'Use the Shapiro-Wilk test with a significance level (alpha) of 0.05. If the p-value is less than 0.05 the data is not normally distributed; otherwise it is normally distributed. Round the p-value to four decimal places.',
  '@p_value[p_value], @normality[normality] where "p_value" is a number rounded to four decimal places and "normality" is "normal" or "not normal".',
  [['p_value', f4(p)], ['normality', 'normal' if p >= 0.05 else 'not normal']])
north = S[S['Region'] == 'North']['Dairy']
south = S[S['Region'] == 'South']['Dairy']
t, p = stats.ttest_ind(north, south)
q(F, TS, 'Is there a significant difference in Dairy sales between the North and the South regions?', "Compare the Dairy values of the rows whose Region is 'North' with those whose Region is 'South' using an independent two-sample t-test assuming equal variances (scipy.stats.ttest_ind). Use a significance level (alpha) of 0.05. Round the t statistic and the p-value to four decimal places.",
  '@t_statistic[t_value], @p_value[p_value], @significance[significance] where "t_value" and "p_value" are rounded to four decimal places and "significance" is "significant" or "not significant".',
  [['t_statistic', f4(t)], ['p_value', f4(p)], ['significance', 'significant' if p < 0.05 else 'not significant']])
g = S.groupby('Country')['Total Sales'].sum().sort_values(ascending=False)
q(F, TS, 'Rank the countries by their combined Total Sales over all regions. Which country is ranked third?', 'Sum Total Sales for each Country and sort the sums in descending order; rank 1 is the largest sum.',
  '@third_country[country_name], @third_total[total] where "country_name" is a value of the Country column and "total" is an integer.',
  [['third_country', g.index[2]], ['third_total', str(int(g.iloc[2]))]])

# Actuals, budgets and variances of 22 accounts for three products (a two-line header: the product
# over Actuals, Budget and Variance).
TB = 'Banded rows'
B = pd.read_excel(C + F, sheet_name=TB, header=None).iloc[3:25, :10]
assert len(B) == 22 and B.iloc[-1, 0] == 'BC-92'
B.columns = ['Account #'] + [f'{p} {m}' for p in ['Widgets', 'Whatnots', 'Whoseits'] for m in ['Actuals', 'Budget', 'Variance']]
for col in B.columns[1:]: B[col] = B[col].astype(float)
t, p = stats.ttest_rel(B['Widgets Actuals'], B['Widgets Budget'])
q(F, TB, 'Is there a significant difference between the Widgets Actuals and the Widgets Budget of the accounts?', 'Use a paired t-test (scipy.stats.ttest_rel) with Widgets Actuals as the first sample and Widgets Budget as the second. Use a significance level (alpha) of 0.05. Round the t statistic and the p-value to four decimal places.',
  '@t_statistic[t_value], @p_value[p_value], @significant_difference[answer] where "t_value" and "p_value" are rounded to four decimal places and "answer" is "yes" or "no".',
  [['t_statistic', f4(t)], ['p_value', f4(p)], ['significant_difference', 'yes' if p < 0.05 else 'no']])
v = B['Whatnots Variance']
q(F, TB, 'What are the median and the interquartile range of the Whatnots Variance?', 'Compute the quartiles with pandas quantile (linear interpolation); IQR = Q3 - Q1. Round both values to four decimal places.',
  '@median_variance[median], @iqr_variance[iqr] where both are numbers rounded to four decimal places.',
  [['median_variance', f4(v.median())], ['iqr_variance', f4(v.quantile(0.75) - v.quantile(0.25))]])
v = B['Whoseits Variance']
z = (v - v.mean()) / v.std(ddof=0)
q(F, TB, 'Identify the outliers in the Whoseits Variance using the Z-score method. How many accounts are outliers?', 'Calculate the Z-score of each value with the mean and the population standard deviation of the column. Any value with a Z-score greater than 3 or less than -3 is an outlier.',
  '@outlier_count[count] where "count" is a non-negative integer.',
  [['outlier_count', str(int((z.abs() > 3).sum()))]])
low3 = B.sort_values('Widgets Budget')['Account #'].iloc[:3]
q(F, TB, 'Which three accounts have the lowest Widgets Budget?', 'Sort the accounts by Widgets Budget in ascending order and take the first three.',
  '@lowest_accounts[accounts] where "accounts" is the three Account # values separated by commas, the lowest first.',
  [['lowest_accounts', ', '.join(low3)]])
rho, p = stats.spearmanr(B['Widgets Actuals'], B['Whatnots Actuals'])
q(F, TB, 'What is the Spearman rank correlation between Widgets Actuals and Whatnots Actuals?', "Use Spearman's rank correlation (scipy.stats.spearmanr). Round the coefficient and the p-value to four decimal places.",
  '@spearman_correlation[rho], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['spearman_correlation', f4(rho)], ['p_value', f4(p)]])
a = B['Whatnots Actuals']
q(F, TB, 'Determine the skewness and the kurtosis of the Whatnots Actuals.', 'Use the pandas Series methods skew() and kurt() (bias-corrected, excess kurtosis). Round both to four decimal places.',
  '@skewness[skew_value], @kurtosis[kurt_value] where both are numbers rounded to four decimal places.',
  [['skewness', f4(a.skew())], ['kurtosis', f4(a.kurt())]])

# The heights of 22 mountains.
TM = 'Mountains'
M = pd.read_excel(C + F, sheet_name=TM, header=None).iloc[2:24, :3]
M.columns = ['Mountain', 'Location', 'Height']
h = M['Height'].astype(float)
q(F, TM, 'What is the mean height of the mountains, and how many mountains are taller than this mean?', 'Use the Height (m) column. Count the mountains whose height is strictly greater than the mean. Round the mean to two decimal places.',
  '@mean_height[mean], @taller_than_mean[count] where "mean" is a number rounded to two decimal places and "count" is an integer.',
  [['mean_height', f2(h.mean())], ['taller_than_mean', str(int((h > h.mean()).sum()))]])
ev = h[M['Mountain'] == 'Everest'].iloc[0]
q(F, TM, "What is the z-score of Everest's height?", 'z = (height - mean height) / standard deviation of the heights, with the population standard deviation (ddof=0) over all the mountains. Round to four decimal places.',
  '@everest_z_score[z] where "z" is a number rounded to four decimal places.',
  [['everest_z_score', f4((ev - h.mean()) / h.std(ddof=0))]])
q(F, TM, 'Calculate the standard error of the mean of the mountain heights.', 'Use the sample standard deviation divided by the square root of the number of mountains (scipy.stats.sem with its defaults). Round to two decimal places.',
  '@sem_height[sem] where "sem" is a number rounded to two decimal places.',
  [['sem_height', f2(stats.sem(h))]])

# Yearly totals by state from a query sheet (3798 rows, one year).
F = 'office/xlsx/poi_StructuredRefs-lots-with-lookups.xlsx'
TQ = 'Table_Query_from_RDS24'
R = pd.read_excel(C + F, sheet_name='Query')
g = R.groupby('valueA')['total1'].mean()
q(F, TQ, 'Calculate the average total1 for each state (valueA). Which state has the highest average?', 'Group the rows by valueA and use the arithmetic mean. Round the average to two decimal places.',
  '@state[state_name], @average_total1[average] where "state_name" is a value of the valueA column and "average" is a number rounded to two decimal places.',
  [['state', g.idxmax()], ['average_total1', f2(g.max())]])
r, p = stats.pearsonr(R['total1'], R['total2'])
q(F, TQ, 'Find the correlation coefficient between total1 and total2.', 'Calculate the Pearson correlation coefficient. Round it to two decimal places.',
  '@correlation_total1_total2[r] where "r" is a number between -1 and 1 rounded to two decimal places.',
  [['correlation_total1_total2', f2(r)]])
beta, r2 = ols(R['total2'].values.astype(float), [R['total1'].values.astype(float), R['total3'].values.astype(float)])
q(F, TQ, 'Perform a multiple linear regression of total2 on total1 and total3. What is the R-squared of the model?', 'Use ordinary least squares with an intercept, total1 and total3 as the independent variables and total2 as the dependent variable. Round R-squared to four decimal places.',
  '@r_squared[r_squared] where "r_squared" is a number rounded to four decimal places.',
  [['r_squared', f4(r2)]])
t3 = R['total3']
q1, q3 = t3.quantile(0.25), t3.quantile(0.75)
q(F, TQ, 'How many outliers does total3 have by the interquartile range method?', 'An outlier is a value below Q1 - 1.5*IQR or above Q3 + 1.5*IQR, where Q1 and Q3 are the 25th and 75th percentiles.',
  '@total3_outliers[count] where "count" is a non-negative integer.',
  [['total3_outliers', str(int(((t3 < q1 - 1.5 * (q3 - q1)) | (t3 > q3 + 1.5 * (q3 - q1))).sum()))]])
tx = R[R['valueA'] == 'Texas']['total2']
q(F, TQ, "What is the median total2 of the rows from Texas, and how many such rows are there?", "Keep the rows whose valueA is 'Texas'.",
  '@median_total2[median], @row_count[count] where "median" is a number rounded to one decimal place and "count" is an integer.',
  [['median_total2', f'{tx.median():.1f}'], ['row_count', str(len(tx))]])
ci = stats.t.interval(0.95, len(t3) - 1, loc=t3.mean(), scale=stats.sem(t3))
q(F, TQ, 'Calculate the 95% confidence interval for the mean of total3.', 'Use the t distribution with n - 1 degrees of freedom and the standard error of the mean (sample standard deviation / sqrt(n)), as scipy.stats.t.interval computes it. Round both bounds to two decimal places.',
  '@ci_lower[lower], @ci_upper[upper] where both are numbers rounded to two decimal places.',
  [['ci_lower', f2(ci[0])], ['ci_upper', f2(ci[1])]])

for item in Q: print(json.dumps(item, ensure_ascii=False))
