# Batch 25 (held out): the statistics family over five workbook tables no other batch uses: the quiz and
# exam marks of nine students, the monthly profits of a fiscal year with the change from the month
# before, quarterly figures of four regions in three divisions (a heading row between the divisions),
# 114 rows of totals and factors from a list sheet, and fourteen yearly rows of totals and ratios.
# Summary statistics (mean, sample standard deviation, median, percentiles, coefficient of variation,
# skewness and kurtosis as pandas computes them), correlation (Pearson with the relationship word,
# Spearman), t-tests (paired), the Wilcoxon signed-rank test, one-way ANOVA over columns, simple
# linear regression and a linear trend over years, z-score and IQR outliers, a named row's z-score,
# grouping with a sum, a running total, month-over-month and year-over-year changes and a compound
# growth rate.
# Answers are computed with pandas, numpy and scipy (ordinary least squares is numpy.linalg.lstsq
# with an intercept column, R-squared 1 - SS_res / SS_tot); empty cells are left out as pandas does.
# The questions and answers were written from the files before the engine ran on them.
# Run from anywhere: python3 bench/data/dabench-own-batch25.py prints the batch's JSON lines.
import json, os, warnings
import numpy as np
import pandas as pd
from scipy import stats

warnings.filterwarnings('ignore')
C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus') + '/'
Q = []


def q(file, table, question, constraints, fmt, answers):
    item = dict(id=2501 + len(Q), question=question, constraints=constraints, format=fmt, file=file,
                answers=answers, batch=25)
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


def relation(r, p):
    return 'linear' if p < 0.05 and abs(r) >= 0.5 else 'nonlinear' if p < 0.05 else 'none'


F = 'office/xlsx/poi_ConditionalFormattingSamples.xlsx'

# Quiz and exam marks of nine students with a weighted grade.
TG = 'Table2'
G = pd.read_excel(C + F, sheet_name='Grades', header=1)
assert list(G.columns) == ['Student', 'Quiz1', 'Exam1', 'Quiz2', 'Exam2', 'Grade'] and len(G) == 9
t, p = stats.ttest_rel(G['Exam1'], G['Exam2'])
q(F, TG, 'Did the students score significantly differently on Exam1 and Exam2?', 'Use a paired t-test (scipy.stats.ttest_rel) with Exam1 as the first sample and Exam2 as the second. Use a significance level (alpha) of 0.05. Round the t statistic and the p-value to four decimal places.',
  '@t_statistic[t_value], @p_value[p_value], @significant[answer] where "t_value" and "p_value" are rounded to four decimal places and "answer" is "yes" or "no".',
  [['t_statistic', f4(t)], ['p_value', f4(p)], ['significant', 'yes' if p < 0.05 else 'no']])
r, p = stats.pearsonr(G['Quiz1'], G['Exam1'])
q(F, TG, 'Is there a significant correlation between the Quiz1 and the Exam1 marks?', 'Calculate the Pearson correlation coefficient (r) to assess the strength and direction of the linear relationship between Quiz1 and Exam1. Assess the significance of the correlation using a two-tailed test with a significance level (alpha) of 0.05. Report the p-value associated with the correlation test. Consider the relationship to be linear if the p-value is less than 0.05 and the absolute value of r is greater than or equal to 0.5. Consider the relationship to be nonlinear if the p-value is less than 0.05 and the absolute value of r is less than 0.5. If the p-value is greater than or equal to 0.05, report that there is no significant correlation.',
  '@correlation_coefficient[r_value], @p_value[p_value], @relationship_type[relationship_type] where "r_value" is a number between -1 and 1 rounded to two decimal places, "p_value" is a number between 0 and 1 rounded to four decimal places, and "relationship_type" is a string that can either be "linear", "nonlinear", or "none".',
  [['correlation_coefficient', f2(r)], ['p_value', f4(p)], ['relationship_type', relation(r, p)]])
g = G['Grade']
q(F, TG, 'What are the mean and the standard deviation of the Grade, and how many students have a Grade of at least 80?', 'Use the sample standard deviation (ddof=1). Round the mean and the standard deviation to two decimal places.',
  '@mean_grade[mean], @std_grade[std], @grade_80_or_more[count] where "mean" and "std" are rounded to two decimal places and "count" is an integer.',
  [['mean_grade', f2(g.mean())], ['std_grade', f2(g.std(ddof=1))], ['grade_80_or_more', str(int((g >= 80).sum()))]])
gain = G['Exam2'] - G['Exam1']
q(F, TG, 'Which student improved the most from Exam1 to Exam2, and by how many marks?', 'The improvement is Exam2 minus Exam1.',
  '@most_improved[student], @improvement[marks] where "student" is a value of the Student column and "marks" is an integer.',
  [['most_improved', G['Student'][gain.idxmax()]], ['improvement', str(int(gain.max()))]])
c = G['Quiz2']
q(F, TG, 'What is the coefficient of variation of the Quiz2 marks?', 'The coefficient of variation is the sample standard deviation (ddof=1) divided by the mean, times 100. Round to two decimal places.',
  '@cv_quiz2[cv] where "cv" is a percentage rounded to two decimal places.',
  [['cv_quiz2', f2(c.std(ddof=1) / c.mean() * 100)]])
w, p = stats.wilcoxon(G['Quiz1'], G['Quiz2'])
q(F, TG, 'Do the Quiz1 and Quiz2 marks differ significantly according to the Wilcoxon signed-rank test?', 'Use scipy.stats.wilcoxon with Quiz1 as the first sample and Quiz2 as the second and its defaults (two-sided). Use a significance level (alpha) of 0.05. Round the statistic to one decimal place and the p-value to four.',
  '@w_statistic[statistic], @p_value[p_value], @significant[answer] where "statistic" is rounded to one decimal place, "p_value" to four decimal places, and "answer" is "yes" or "no".',
  [['w_statistic', f'{w:.1f}'], ['p_value', f4(p)], ['significant', 'yes' if p < 0.05 else 'no']])

# The monthly profits of a fiscal year (July to June) with the change from the month before.
TF = 'Table4'
P = pd.read_excel(C + F, sheet_name='FY months', header=1)
assert list(P.columns) == ['FY 2008', 'Profits', 'Trend'] and len(P) == 12
pr = P['Profits'].astype(float)
q(F, TF, 'What are the mean and the median of the monthly Profits?', 'Round both values to two decimal places.',
  '@mean_profits[mean], @median_profits[median] where both are numbers rounded to two decimal places.',
  [['mean_profits', f2(pr.mean())], ['median_profits', f2(pr.median())]])
top = pr.idxmax()
q(F, TF, 'Which month has the highest Profits, and what is its z-score?', 'z = (Profits - mean Profits) / standard deviation of Profits, with the population standard deviation (ddof=0) over the twelve months. Round the z-score to four decimal places.',
  '@best_month[month], @best_month_z[z] where "month" is a value of the FY 2008 column and "z" is rounded to four decimal places.',
  [['best_month', P['FY 2008'][top]], ['best_month_z', f4((pr[top] - pr.mean()) / pr.std(ddof=0))]])
tr = P['Trend'].dropna().astype(float)
q(F, TF, 'What is the mean Trend, and in how many months is the Trend negative?', 'Leave out the empty Trend of the first month. Round the mean to two decimal places.',
  '@mean_trend[mean], @negative_months[count] where "mean" is rounded to two decimal places and "count" is an integer.',
  [['mean_trend', f2(tr.mean())], ['negative_months', str(int((tr < 0).sum()))]])
running = pr.cumsum()
first = int((running > 50000).idxmax())
q(F, TF, 'In which month does the running total of Profits first exceed 50000, and what is the running total then?', 'Add up the Profits month by month in the order of the table, starting with July.',
  '@month[month], @running_total[total] where "month" is a value of the FY 2008 column and "total" is an integer.',
  [['month', P['FY 2008'][first]], ['running_total', str(int(running[first]))]])
q(F, TF, 'What is the mean month-over-month percentage change of the Profits?', 'The change of a month is (Profits - Profits of the month before) / Profits of the month before * 100, in the order of the table (pandas pct_change); the first month has none. Round to two decimal places.',
  '@mean_pct_change[percent] where "percent" is rounded to two decimal places.',
  [['mean_pct_change', f2(pr.pct_change().mean() * 100)]])

# Quarterly figures of four regions in each of three divisions; a heading row names each division and has no figures.
TC = 'Compare to totals'
D = pd.read_excel(C + F, sheet_name='Compare to totals', header=1).iloc[:15]
D = D.rename(columns={D.columns[0]: 'Region'})
D = D[D['Q1'].notna()].reset_index(drop=True)
assert len(D) == 12
quarters = [D[col].astype(float) for col in ['Q1', 'Q2', 'Q3', 'Q4']]
f, p = stats.f_oneway(*quarters)
q(F, TC, 'Do the figures differ significantly between the four quarters Q1, Q2, Q3 and Q4?', 'Perform a one-way ANOVA (scipy.stats.f_oneway) with one group per quarter column, each holding the twelve regional figures; leave out the empty cells of the division heading rows. Use a significance level (alpha) of 0.05. Round the F statistic to two decimal places and the p-value to four.',
  '@f_statistic[f_value], @p_value[p_value], @result[result] where "f_value" is rounded to two decimal places, "p_value" to four, and "result" is "significant" or "not significant".',
  [['f_statistic', f2(f)], ['p_value', f4(p)], ['result', 'significant' if p < 0.05 else 'not significant']])
byregion = D.groupby('Region')['Totals'].sum()
q(F, TC, 'Adding up the Totals of each region over the three divisions, which region has the highest sum?', 'The region is the name in the first column (North, East, South or West); the division heading rows have no figures and are left out.',
  '@region[region], @region_total[total] where "region" is one of North, East, South, West and "total" is an integer.',
  [['region', byregion.idxmax()], ['region_total', str(int(byregion.max()))]])
r, p = stats.pearsonr(D['Q1'].astype(float), D['Q4'].astype(float))
q(F, TC, 'What is the Pearson correlation between the Q1 and the Q4 figures?', 'Leave out the division heading rows, which have no figures. Round the coefficient and the p-value to four decimal places.',
  '@r_value[r], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['r_value', f4(r)], ['p_value', f4(p)]])
t = D['Totals'].astype(float)
q(F, TC, 'What are the standard deviation and the range of the Totals?', 'Leave out the division heading rows. Use the sample standard deviation (ddof=1); the range is the maximum minus the minimum. Round the standard deviation to two decimal places.',
  '@std_totals[std], @range_totals[range] where "std" is rounded to two decimal places and "range" is an integer.',
  [['std_totals', f2(t.std(ddof=1))], ['range_totals', str(int(t.max() - t.min()))]])

# 114 rows of totals and factors from a list sheet (the names sit in a column apart from the figures); the
# sheet's formulas fill the rows under them with a single space, which counts as empty.
F = 'office/xlsx/poi_StructuredRefs-lots-with-lookups.xlsx'
TL = 'List (3)'  # named 'List (4)' until the key column B, one blank column to its left, was read as its first column
L = pd.read_excel(C + F, sheet_name='List', header=6).iloc[:, 3:9]
assert list(L.columns) == ['Some Total', 'A factor', 'Another Total', 'Another factor', '% of something', '%*another factor'] and len(L) == 408
# The list's formulas leave a single space in the rows past its end: those cells are empty.
L = L.apply(pd.to_numeric, errors='coerce').dropna(how='all').reset_index(drop=True)
assert len(L) == 114 and L.notna().all().all()
r, p = stats.pearsonr(L['Some Total'], L['Another Total'])
q(F, TL, 'Is there a significant correlation between Some Total and Another Total?', 'Calculate the Pearson correlation coefficient (r) to assess the strength and direction of the linear relationship between Some Total and Another Total. Assess the significance of the correlation using a two-tailed test with a significance level (alpha) of 0.05. Report the p-value associated with the correlation test. Consider the relationship to be linear if the p-value is less than 0.05 and the absolute value of r is greater than or equal to 0.5. Consider the relationship to be nonlinear if the p-value is less than 0.05 and the absolute value of r is less than 0.5. If the p-value is greater than or equal to 0.05, report that there is no significant correlation.',
  '@correlation_coefficient[r_value], @p_value[p_value], @relationship_type[relationship_type] where "r_value" is a number between -1 and 1 rounded to two decimal places, "p_value" is a number between 0 and 1 rounded to four decimal places, and "relationship_type" is a string that can either be "linear", "nonlinear", or "none".',
  [['correlation_coefficient', f2(r)], ['p_value', f4(p)], ['relationship_type', relation(r, p)]])
beta, r2 = ols(L['Another Total'].values.astype(float), [L['Some Total'].values.astype(float)])
q(F, TL, 'Fit a simple linear regression of Another Total on Some Total. What are the slope, the intercept and the R-squared?', 'Use ordinary least squares with an intercept, Some Total as the independent variable and Another Total as the dependent variable. Round the slope and R-squared to four decimal places and the intercept to two.',
  '@slope[slope], @intercept[intercept], @r_squared[r_squared] where "slope" and "r_squared" are rounded to four decimal places and "intercept" to two.',
  [['slope', f4(beta[1])], ['intercept', f2(beta[0])], ['r_squared', f4(r2)]])
a = L['A factor']
q(F, TL, 'Determine the skewness and the kurtosis of A factor.', 'Use the pandas Series methods skew() and kurt() (bias-corrected, excess kurtosis). Round both to four decimal places.',
  '@skewness[skew_value], @kurtosis[kurt_value] where both are numbers rounded to four decimal places.',
  [['skewness', f4(a.skew())], ['kurtosis', f4(a.kurt())]])
s = L['Some Total']
q1, q3 = s.quantile(0.25), s.quantile(0.75)
q(F, TL, 'How many outliers does Some Total have according to the IQR method?', 'Calculate the IQR as Q3 (75th percentile) - Q1 (25th percentile). Outliers are values below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR.',
  '@number_of_outliers[number] where "number" is a non-negative integer.',
  [['number_of_outliers', str(int(((s < q1 - 1.5 * (q3 - q1)) | (s > q3 + 1.5 * (q3 - q1))).sum()))]])
v = L['% of something']
z = (v - v.mean()) / v.std(ddof=0)
q(F, TL, 'Identify the outliers in % of something with the Z-score method. How many rows are outliers?', 'Calculate the Z-score of each value with the mean and the population standard deviation of the column. Any value with a Z-score greater than 3 or less than -3 is an outlier.',
  '@outlier_count[count] where "count" is a non-negative integer.',
  [['outlier_count', str(int((z.abs() > 3).sum()))]])
af = L['Another factor']
q(F, TL, 'What are the median and the 90th percentile of Another factor?', 'Use linear interpolation between data points (pandas quantile default). Round both to two decimal places.',
  '@median_factor[median], @p90_factor[value] where both are numbers rounded to two decimal places.',
  [['median_factor', f2(af.median())], ['p90_factor', f2(af.quantile(0.9))]])

# Fourteen yearly rows (2000 to 2013) of totals, factors and ratios.
TP = 'Profile (2)'
Y = pd.read_excel(C + F, sheet_name='Profile', header=6).iloc[:14, 1:14]
assert list(Y.columns[:4]) == ['Year', 'A total', 'some factor', 'part of it'] and Y['Year'].iloc[-1] == 2013
beta, r2 = ols(Y['A total'].values.astype(float), [Y['Year'].values.astype(float)])
q(F, TP, 'Fit a linear trend of A total over the years. By how much does A total change per year, and how much of its variation does the trend explain?', 'Use ordinary least squares with an intercept, Year as the independent variable and A total as the dependent variable. Round the slope to two decimal places and the R-squared to four.',
  '@slope_per_year[slope], @r_squared[r_squared] where "slope" is rounded to two decimal places and "r_squared" to four.',
  [['slope_per_year', f2(beta[1])], ['r_squared', f4(r2)]])
rho, p = stats.spearmanr(Y['factor ratio'], Y['another factor'])
q(F, TP, 'What is the Spearman rank correlation between factor ratio and another factor?', "Use Spearman's rank correlation (scipy.stats.spearmanr). Round the coefficient and the p-value to four decimal places.",
  '@spearman_correlation[rho], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['spearman_correlation', f4(rho)], ['p_value', f4(p)]])
growth = Y['total 4'].astype(float).pct_change() * 100
best = growth.idxmax()
q(F, TP, 'In which year did total 4 grow the most compared with the year before, and by what percentage?', 'The growth of a year is (total 4 - total 4 of the year before) / total 4 of the year before * 100; the first year has none. Round the percentage to two decimal places.',
  '@year[year], @growth_percent[percent] where "year" is a four-digit year and "percent" is rounded to two decimal places.',
  [['year', str(int(Y['Year'][best]))], ['growth_percent', f2(growth[best])]])
at = Y['another total'].astype(float)
cagr = ((at.iloc[-1] / at.iloc[0]) ** (1 / (len(at) - 1)) - 1) * 100
q(F, TP, 'What is the compound annual growth rate of another total from 2000 to 2013?', 'CAGR = (value in 2013 / value in 2000) ^ (1 / 13) - 1, times 100. Round to two decimal places.',
  '@cagr_percent[percent] where "percent" is rounded to two decimal places.',
  [['cagr_percent', f2(cagr)]])

assert len(Q) == 25
for item in Q: print(json.dumps(item, ensure_ascii=False))
