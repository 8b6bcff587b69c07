# Batch 21 (held out): the statistics family over tables no other batch uses: a workbook of monthly
# figures for 48 card issuers (one column a month, Chinese headers, empty cells where an issuer had
# no figure), a biodiversity table of seven countries and a table of the largest floods at a river
# gauge with an average row under the ranked ones. Summary statistics (variance, skewness, kurtosis,
# quantiles, coefficient of variation), distribution tests (Shapiro-Wilk), correlation (Pearson,
# Spearman, Kendall) with p-values and the relationship word, a paired t-test, simple and multiple
# linear regression, z-score and IQR outliers, ranking with ties and the top N.
# Answers are computed with pandas, numpy and scipy (ordinary least squares is numpy.linalg.lstsq
# with an intercept column, R-squared 1 - SS_res / SS_tot); empty cells are left out as pandas does.
# Run from anywhere: python3 bench/data/dabench-own-batch21.py prints the batch's JSON lines.
import json, os
import numpy as np
import pandas as pd
from scipy import stats

C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus') + '/'
Q = []


def q(file, table, question, constraints, fmt, answers):
    item = dict(id=2101 + len(Q), question=question, constraints=constraints, format=fmt, file=file,
                answers=answers, batch=21)
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


# Monthly figures of card issuers: the first column names the issuer, one column a month.
F = 'office/xlsx/phpspreadsheet_issue.3093.xlsx'
TB = '工作表1'
M = pd.read_excel(C + F, sheet_name=TB)
k = '日期'
a = M['93年6月'].dropna()
q(F, TB, 'What are the mean and the standard deviation of 93年6月?', 'Leave out the empty cells. Use the sample standard deviation (ddof=1). Round both to two decimal places.',
  '@mean_value[mean], @std_value[std] where both are numbers rounded to two decimal places.',
  [['mean_value', f2(a.mean())], ['std_value', f2(a.std(ddof=1))]])
b = M['95年12月'].dropna()
q(F, TB, 'What are the skewness and the kurtosis of 95年12月?', 'Leave out the empty cells. Use scipy.stats.skew and scipy.stats.kurtosis with their defaults (biased, Fisher kurtosis). Round both to four decimal places.',
  '@skewness[skew], @kurtosis[kurt] where both are numbers rounded to four decimal places.',
  [['skewness', f4(stats.skew(b))], ['kurtosis', f4(stats.kurtosis(b))]])
c = M['94年6月'].dropna()
q(F, TB, 'What are the median and the 75th percentile of 94年6月?', 'Leave out the empty cells. Use linear interpolation between data points (pandas quantile default). Round both to one decimal place.',
  '@median[median], @p75[value] where both are numbers rounded to one decimal place.',
  [['median', f'{c.median():.1f}'], ['p75', f'{c.quantile(0.75):.1f}']])
pair = M[['93年6月', '93年12月']].dropna()
r, p = stats.pearsonr(pair['93年6月'], pair['93年12月'])
q(F, TB, 'Is there a linear relationship between 93年6月 and 93年12月?', "Use the rows where both cells have a value. Calculate the Pearson correlation coefficient (r) and its two-tailed p-value. The relationship is 'linear' if p < 0.05 and |r| >= 0.5, 'nonlinear' if p < 0.05 and |r| < 0.5, and 'none' if p >= 0.05. Round r and the p-value to four decimal places.",
  '@correlation_coefficient[r_value], @p_value[p_value], @relationship_type[type] where "r_value" and "p_value" are numbers rounded to four decimal places and "type" is "linear", "nonlinear" or "none".',
  [['correlation_coefficient', f4(r)], ['p_value', f4(p)], ['relationship_type', relation(r, p)]])
pair = M[['94年1月', '99年1月']].dropna()
rho, p = stats.spearmanr(pair['94年1月'], pair['99年1月'])
q(F, TB, "What is Spearman's rank correlation between 94年1月 and 99年1月?", 'Use the rows where both cells have a value (scipy.stats.spearmanr). Round the coefficient and the p-value to four decimal places.',
  '@spearman_rho[rho], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['spearman_rho', f4(rho)], ['p_value', f4(p)]])
pair = M[['93年12月', '94年12月']].dropna()
beta, r2 = ols(pair['94年12月'].values, [pair['93年12月'].values])
q(F, TB, 'How well does 93年12月 predict 94年12月 in a linear regression?', 'Use the rows where both cells have a value. Fit a simple linear regression with 93年12月 as the predictor and 94年12月 as the response. Round the slope and the R-squared to four decimal places and the intercept to two.',
  '@slope[slope], @intercept[intercept], @r_squared[r_squared] where "slope" and "r_squared" are rounded to four decimal places and "intercept" to two.',
  [['slope', f4(beta[1])], ['intercept', f2(beta[0])], ['r_squared', f4(r2)]])
z = (a - a.mean()) / a.std(ddof=0)
q(F, TB, 'How many values of 93年6月 are outliers by the z-score?', 'Leave out the empty cells. z = (x - mean) / std with the population standard deviation (ddof=0); an outlier has |z| > 2.',
  '@outlier_count[count] where "count" is an integer.',
  [['outlier_count', str(int((z.abs() > 2).sum()))]])
q1, q3 = c.quantile(0.25), c.quantile(0.75)
iqr = q3 - q1
q(F, TB, 'How many values of 94年6月 lie outside the IQR fences?', 'Leave out the empty cells. Q1 and Q3 as pandas quantile computes them; an outlier lies below Q1 - 1.5*IQR or above Q3 + 1.5*IQR.',
  '@iqr_outliers[count] where "count" is an integer.',
  [['iqr_outliers', str(int(((c < q1 - 1.5 * iqr) | (c > q3 + 1.5 * iqr)).sum()))]])
d = M['100年1月'].dropna()
w, p = stats.shapiro(d)
q(F, TB, 'Is 100年1月 normally distributed?', 'Leave out the empty cells. Perform the Shapiro-Wilk test (scipy.stats.shapiro) at alpha 0.05. Round the statistic and the p-value to four decimal places.',
  '@w_statistic[w], @p_value[p_value], @normality[result] where "w" and "p_value" are numbers rounded to four decimal places and "result" is "normal" or "not normal".',
  [['w_statistic', f4(w)], ['p_value', f4(p)], ['normality', 'normal' if p >= 0.05 else 'not normal']])
pair = M[['93年6月', '94年6月']].dropna()
t, p = stats.ttest_rel(pair['93年6月'], pair['94年6月'])
q(F, TB, 'Did the figures change between 93年6月 and 94年6月 for the same issuers?', 'Use the rows where both cells have a value and a paired t-test (scipy.stats.ttest_rel, 93年6月 first). Round the t-statistic and the p-value to four decimal places.',
  '@t_statistic[t_value], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['t_statistic', f4(t)], ['p_value', f4(p)]])
top = M.loc[M['95年6月'].idxmax()]
q(F, TB, 'Which issuer (日期) has the highest 95年6月, and what is that value?', '',
  '@top_issuer[name], @top_value[value] where "name" is the 日期 cell and "value" an integer.',
  [['top_issuer', top[k]], ['top_value', str(int(top['95年6月']))]])
t3 = M.sort_values('96年1月', ascending=False)[k].iloc[:3]
q(F, TB, 'Which three issuers have the highest 96年1月?', 'Sort the rows by 96年1月, the largest first, leaving out the empty cells.',
  '@top_three[list] where "list" is the three 日期 cells separated by commas, the largest first.',
  [['top_three', ', '.join(t3)]])
R = M.dropna(subset=['94年1月']).copy()
R['rank'] = R['94年1月'].rank(method='min', ascending=False)
q(F, TB, "What rank does '玉山商業銀行' have by 94年1月?", "Rank the issuers with a value in 94年1月, the largest first (rank 1), ties sharing the smallest rank (pandas rank method='min').",
  '@issuer_rank[rank] where "rank" is an integer.',
  [['issuer_rank', str(int(R[R[k] == '玉山商業銀行']['rank'].iloc[0]))]])
e = M['97年6月'].dropna()
q(F, TB, 'How many issuers have a 97年6月 above the column mean?', 'The mean of 97年6月 over the cells that have a value; count the rows strictly above it.',
  '@above_mean[count] where "count" is an integer.',
  [['above_mean', str(int((e > e.mean()).sum()))]])
g = M['98年12月'].dropna()
q(F, TB, 'What is the coefficient of variation of 98年12月?', 'Leave out the empty cells. CV = sample standard deviation (ddof=1) / mean. Round to four decimal places.',
  '@cv[value] where "value" is a number rounded to four decimal places.',
  [['cv', f4(g.std(ddof=1) / g.mean())]])
pair = M[['101年1月', '102年1月']].dropna()
tau, p = stats.kendalltau(pair['101年1月'], pair['102年1月'])
q(F, TB, "What is Kendall's tau between 101年1月 and 102年1月?", 'Use the rows where both cells have a value (scipy.stats.kendalltau with its defaults). Round tau and the p-value to four decimal places.',
  '@kendall_tau[tau], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['kendall_tau', f4(tau)], ['p_value', f4(p)]])
h = M['104年12月'].dropna()
q(F, TB, 'What are the population variance and the 10th percentile of 104年12月?', 'Leave out the empty cells. Use the population variance (ddof=0) and linear interpolation for the percentile (numpy.percentile default). Round both to two decimal places.',
  '@variance[value], @p10[value] where both are numbers rounded to two decimal places.',
  [['variance', f2(h.var(ddof=0))], ['p10', f2(np.percentile(h, 10))]])

# Species counts of seven countries.
F = 'tables/wikitablequestions/csv/201-csv/8.csv'
B = pd.read_csv(C + F)
q(F, None, 'What are the mean and the median of Birds?', 'Round the mean to two decimal places.',
  '@mean_birds[mean], @median_birds[median] where "mean" is rounded to two decimal places and "median" is an integer.',
  [['mean_birds', f2(B['Birds'].mean())], ['median_birds', str(int(B['Birds'].median()))]])
r, p = stats.pearsonr(B['Amphibians'], B['Reptile'])
q(F, None, 'What is the Pearson correlation between Amphibians and Reptile, and is it significant?', 'Use scipy.stats.pearsonr; significant means p < 0.05. Round r and the p-value to four decimal places.',
  '@r_value[r], @p_value[p_value], @significant[answer] where "r" and "p_value" are rounded to four decimal places and "answer" is "yes" or "no".',
  [['r_value', f4(r)], ['p_value', f4(p)], ['significant', 'yes' if p < 0.05 else 'no']])
beta, r2 = ols(B['Vascular plants'].values.astype(float), [B['Total terrestrial vertebrates'].values.astype(float)])
q(F, None, 'Fit a linear regression of Vascular plants on Total terrestrial vertebrates. What are the slope and the R-squared?', 'Total terrestrial vertebrates is the predictor and Vascular plants the response. Round both to four decimal places.',
  '@slope[slope], @r_squared[r_squared] where both are numbers rounded to four decimal places.',
  [['slope', f4(beta[1])], ['r_squared', f4(r2)]])
beta, r2 = ols(B['Biodiversity'].values.astype(float), [B['Birds'].values.astype(float), B['Mammals'].values.astype(float)])
q(F, None, 'Regress Biodiversity on Birds and Mammals. What is the R-squared of the fit?', 'Ordinary least squares with an intercept and Birds and Mammals as the predictors. Round to four decimal places.',
  '@r_squared[r_squared] where "r_squared" is a number rounded to four decimal places.',
  [['r_squared', f4(r2)]])
low = B.loc[B['Mammals'].idxmin()]
q(F, None, 'Which Country has the fewest Mammals, and what is its standard score (z-score) for Mammals?', 'z = (x - mean) / std with the sample standard deviation (ddof=1). Round to four decimal places.',
  '@country[name], @z_score[z] where "z" is a number rounded to four decimal places.',
  [['country', low['Country']], ['z_score', f4((low['Mammals'] - B['Mammals'].mean()) / B['Mammals'].std(ddof=1))]])
t3 = B.sort_values('Vascular plants', ascending=False)['Country'].iloc[:3]
q(F, None, 'Which three countries have the most Vascular plants?', 'List them largest first.',
  '@top_countries[list] where "list" is the three Country names separated by commas, the largest first.',
  [['top_countries', ', '.join(t3)]])

t, p = stats.ttest_1samp(B['Amphibians'], 100)
q(F, None, 'Is the mean of Amphibians different from 100?', 'Perform a one-sample t-test against 100 (scipy.stats.ttest_1samp, two-sided) at alpha 0.05. Round the t-statistic and the p-value to four decimal places.',
  '@t_statistic[t_value], @p_value[p_value], @different[answer] where "t_value" and "p_value" are rounded to four decimal places and "answer" is "yes" or "no".',
  [['t_statistic', f4(t)], ['p_value', f4(p)], ['different', 'yes' if p < 0.05 else 'no']])

# The largest floods at a river gauge, ranked, with a row for the normal flow under them.
F = 'tables/wikitablequestions/csv/202-csv/86.csv'
L = pd.read_csv(C + F)
L = L[L['Rank'].notna()]
lv = L['Level at Trent Bridge\nm'].astype(float)
fl = L['Peak Flow\nm3/s'].astype(str).str.replace(',', '').astype(float)
r, p = stats.pearsonr(lv, fl)
q(F, None, 'Over the ranked floods, what is the Pearson correlation between the level in metres and the peak flow in m3/s?', 'Use only the rows that have a Rank (leave out the normal-flow row). Round r and the p-value to four decimal places.',
  '@r_value[r], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['r_value', f4(r)], ['p_value', f4(p)]])

for item in Q: print(json.dumps(item, ensure_ascii=False))
