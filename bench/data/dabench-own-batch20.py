# Batch 20 (held out): the statistics family over three workbooks no other batch uses: summary
# statistics (skewness, kurtosis, quantiles, mode, variance with the ddof asked), correlation
# (Pearson, Spearman, Kendall) with p-values and the relationship word, hypothesis tests (Welch t,
# chi-square, one-way ANOVA, Shapiro-Wilk), simple and multiple linear regression (one with a stated
# split and its RMSE), grouping with several aggregates, and ranking with ties.
# Answers are computed with pandas, numpy and scipy (statsmodels was not at hand: ordinary least
# squares is numpy.linalg.lstsq with an intercept column, R-squared 1 - SS_res / SS_tot).
# Run from anywhere: python3 bench/data/dabench-own-batch20.py prints the batch's JSON lines.
import json, os
import numpy as np
import pandas as pd
from scipy import stats

C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus') + '/'
Q = []


def q(file, table, question, constraints, fmt, answers):
    Q.append(dict(id=2001 + len(Q), question=question, constraints=constraints, format=fmt, file=file,
                  answers=answers, batch=20, table=table))


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


# Match results of four football clubs: goals for and against, home ('h') or away ('g'), competition.
F = 'office/xlsx/poi_Excel_file_with_trash_item.xlsx'
T = pd.read_excel(C + F, sheet_name='Teams')
gs, gr = T['Goals Scored'], T['Goals Received']
q(F, 'Teams', 'What are the mean and the standard deviation of Goals Scored?', 'Use the sample standard deviation (ddof=1). Round both to two decimal places.',
  '@mean_goals_scored[mean], @std_goals_scored[std] where both are numbers rounded to two decimal places.',
  [['mean_goals_scored', f2(gs.mean())], ['std_goals_scored', f2(gs.std(ddof=1))]])
q(F, 'Teams', 'What are the skewness and the kurtosis of Goals Received?', 'Use scipy.stats.skew and scipy.stats.kurtosis with their defaults (biased, Fisher kurtosis). Round both to four decimal places.',
  '@skewness[skew], @kurtosis[kurt] where both are numbers rounded to four decimal places.',
  [['skewness', f4(stats.skew(gr))], ['kurtosis', f4(stats.kurtosis(gr))]])
q(F, 'Teams', 'What is the most common value of Goals Scored, and what is the median of Goals Received?', 'The most common value is the mode; if several values tie, take the smallest.',
  '@goals_scored_mode[mode], @goals_received_median[median] where "mode" is an integer and "median" a number rounded to one decimal place.',
  [['goals_scored_mode', str(int(gs.mode().min()))], ['goals_received_median', f'{gr.median():.1f}']])
b = T[T['Team1'] == 'Bayern Munich']
q(F, 'Teams', "What is the population variance of Goals Scored in the matches of 'Bayern Munich'?", "Keep the rows whose Team1 is 'Bayern Munich'. Use the population variance (ddof=0). Round to four decimal places.",
  '@bayern_goal_variance[variance] where "variance" is a number rounded to four decimal places.',
  [['bayern_goal_variance', f4(b['Goals Scored'].var(ddof=0))]])
r, p = stats.pearsonr(gs, gr)
q(F, 'Teams', 'Is there a linear relationship between Goals Scored and Goals Received?', "Calculate the Pearson correlation coefficient (r) and its two-tailed p-value. The relationship is 'linear' if p < 0.05 and |r| >= 0.5, 'nonlinear' if p < 0.05 and |r| < 0.5, and 'none' if p >= 0.05. Round r and the p-value to four decimal places.",
  '@correlation_coefficient[r_value], @p_value[p_value], @relationship_type[type] where "r_value" and "p_value" are numbers rounded to four decimal places and "type" is "linear", "nonlinear" or "none".',
  [['correlation_coefficient', f4(r)], ['p_value', f4(p)], ['relationship_type', relation(r, p)]])
l = T[T['Competition name'] == 'LA Liga']
rho, p = stats.spearmanr(l['Goals Scored'], l['Goals Received'])
q(F, 'Teams', "What is the Spearman rank correlation between Goals Scored and Goals Received in 'LA Liga' matches?", "Keep the rows whose Competition name is 'LA Liga'. Use scipy.stats.spearmanr. Round the coefficient and the p-value to four decimal places.",
  '@spearman_rho[rho], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['spearman_rho', f4(rho)], ['p_value', f4(p)]])
h, g = T[T['H or G'] == 'h']['Goals Scored'], T[T['H or G'] == 'g']['Goals Scored']
t, p = stats.ttest_ind(h, g, equal_var=False)
q(F, 'Teams', 'Do the clubs score more or fewer goals at home than away?', "Home matches have H or G equal to 'h' and away matches 'g'. Compare Goals Scored of home and away matches with Welch's t-test (unequal variances, two-sided), home first. Round the t-statistic and the p-value to four decimal places; the difference is significant when p < 0.05.",
  '@t_statistic[t_value], @p_value[p_value], @result[result] where "t_value" and "p_value" are numbers rounded to four decimal places and "result" is "significant" or "not significant".',
  [['t_statistic', f4(t)], ['p_value', f4(p)], ['result', 'significant' if p < 0.05 else 'not significant']])
chi2, p, dof, _ = stats.chi2_contingency(pd.crosstab(T['Team1'], T['H or G']))
q(F, 'Teams', 'Is playing at home or away independent of the club (Team1)?', 'Perform a chi-square test of independence between Team1 and H or G (scipy.stats.chi2_contingency with its defaults). Round the statistic and the p-value to four decimal places.',
  '@chi2_statistic[chi2], @p_value[p_value], @degrees_of_freedom[dof] where "chi2" and "p_value" are numbers rounded to four decimal places and "dof" is an integer.',
  [['chi2_statistic', f4(chi2)], ['p_value', f4(p)], ['degrees_of_freedom', str(dof)]])
fv, p = stats.f_oneway(*[grp['Goals Scored'].values for _, grp in T.groupby('Team1')])
q(F, 'Teams', 'Does the mean of Goals Scored differ between the clubs in Team1?', 'Perform a one-way ANOVA of Goals Scored grouped by Team1 (scipy.stats.f_oneway). Round the F-statistic and the p-value to four decimal places.',
  '@f_statistic[f_value], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['f_statistic', f4(fv)], ['p_value', f4(p)]])
m = T.groupby('Team1')['Goals Scored'].mean()
q(F, 'Teams', 'Which club in Team1 has the highest mean Goals Scored, and what is that mean?', 'Group the matches by Team1 and average Goals Scored. Round the mean to two decimal places.',
  '@top_scoring_club[club], @club_mean_goals[mean] where "club" is a Team1 name and "mean" a number rounded to two decimal places.',
  [['top_scoring_club', m.idxmax()], ['club_mean_goals', f2(m.max())]])
vc = T['Competition name'].value_counts()
q(F, 'Teams', 'Which three competitions have the most matches?', 'Count the rows for each Competition name and list the three largest counts, largest first.',
  '@top_competitions[list] where "list" is the three Competition names separated by commas, the largest first.',
  [['top_competitions', ', '.join(vc.index[:3])]])
mc = T[T['Team1'] == 'Manchester City']['Goals Received']
w, p = stats.shapiro(mc)
q(F, 'Teams', "Are the Goals Received in the matches of 'Manchester City' normally distributed?", "Keep the rows whose Team1 is 'Manchester City'. Perform the Shapiro-Wilk test (scipy.stats.shapiro) at alpha 0.05. Round the statistic and the p-value to four decimal places.",
  '@w_statistic[w], @p_value[p_value], @normality[result] where "w" and "p_value" are numbers rounded to four decimal places and "result" is "normal" or "not normal".',
  [['w_statistic', f4(w)], ['p_value', f4(p)], ['normality', 'normal' if p >= 0.05 else 'not normal']])
tau, p = stats.kendalltau(b['Goals Scored'], b['Goals Received'])
q(F, 'Teams', "What is Kendall's tau between Goals Scored and Goals Received for 'Bayern Munich'?", "Keep the rows whose Team1 is 'Bayern Munich'. Use scipy.stats.kendalltau with its defaults. Round tau and the p-value to four decimal places.",
  '@kendall_tau[tau], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['kendall_tau', f4(tau)], ['p_value', f4(p)]])

# Yearly totals by US state (the query sheet's first table: data_year, STATE, total1 to total7).
F = 'office/xlsx/poi_StructuredRefs-lots-with-lookups.xlsx'
S = pd.read_excel(C + F, sheet_name='query2', usecols='A:J')
TB = 'Table_Query_from_RDS'
r, p = stats.pearsonr(S['total1'], S['total4'])
q(F, TB, 'How strongly are total1 and total4 correlated?', "Calculate the Pearson correlation coefficient (r) and its two-tailed p-value over all rows. The relationship is 'linear' if p < 0.05 and |r| >= 0.5, 'nonlinear' if p < 0.05 and |r| < 0.5, and 'none' if p >= 0.05. Round r to four decimal places.",
  '@correlation_coefficient[r_value], @relationship_type[type] where "r_value" is a number rounded to four decimal places and "type" is "linear", "nonlinear" or "none".',
  [['correlation_coefficient', f4(r)], ['relationship_type', relation(r, p)]])
beta, r2 = ols(S['total4'].values.astype(float), [S['total1'].values.astype(float)])
q(F, TB, 'How does total4 depend on total1?', 'Fit a simple linear regression (ordinary least squares) with total1 as the predictor and total4 as the response over all rows. Round the slope and the R-squared to four decimal places and the intercept to two.',
  '@slope[slope], @intercept[intercept], @r_squared[r_squared] where "slope" and "r_squared" are rounded to four decimal places and "intercept" to two.',
  [['slope', f4(beta[1])], ['intercept', f2(beta[0])], ['r_squared', f4(r2)]])
beta, r2 = ols(S['total1'].values.astype(float), [S['total2'].values.astype(float), S['total3'].values.astype(float)])
q(F, TB, 'Predict total1 from total2 and total3 with a multiple linear regression. What are the coefficients and the R-squared?', 'Fit ordinary least squares with an intercept over all rows, total2 and total3 as predictors and total1 as the response. Round the coefficients and the R-squared to four decimal places.',
  '@coef_total2[coef], @coef_total3[coef], @r_squared[r_squared] where each is a number rounded to four decimal places.',
  [['coef_total2', f4(beta[1])], ['coef_total3', f4(beta[2])], ['r_squared', f4(r2)]])
train, test = S[S['data_year'] <= 2010], S[S['data_year'] > 2010]
beta, _ = ols(train['total4'].values.astype(float), [train['total1'].values.astype(float)])
pred = beta[0] + beta[1] * test['total1'].values
rmse = float(np.sqrt(((test['total4'].values - pred) ** 2).mean()))
q(F, TB, 'Train a linear regression of total4 on total1 with the years up to 2010 and test it on the later years. What is the RMSE on the test rows?', 'Training rows: data_year 2010 or earlier; test rows: data_year after 2010. Fit ordinary least squares with an intercept on the training rows, predict total4 for the test rows and compute the root mean squared error. Round to two decimal places.',
  '@rmse[rmse] where "rmse" is a number rounded to two decimal places.',
  [['rmse', f2(rmse)]])
q(F, TB, 'What is the 90th percentile of total2?', 'Use linear interpolation between data points (numpy.percentile default). Round to two decimal places.',
  '@total2_p90[value] where "value" is a number rounded to two decimal places.',
  [['total2_p90', f2(np.percentile(S['total2'], 90))]])
ys = S.groupby('data_year')['total1'].sum()
q(F, TB, 'Which data_year has the largest sum of total1, and what is that sum?', 'Group the rows by data_year and add up total1.',
  '@top_year[year], @top_year_total1[total] where "year" and "total" are integers.',
  [['top_year', str(int(ys.idxmax()))], ['top_year_total1', str(int(ys.max()))]])
ms = S.groupby('STATE')['total3'].mean().sort_values(ascending=False)
q(F, TB, 'Which five states have the highest mean total3 over the years?', 'Group the rows by STATE, average total3 and list the five largest, largest first.',
  '@top_states[list] where "list" is the five STATE names separated by commas, the largest first.',
  [['top_states', ', '.join(ms.index[:5])]])
y13 = S[S['data_year'] == 2013].copy()
y13['rank'] = y13['total7'].rank(method='min', ascending=False)
q(F, TB, "In data_year 2013, what rank does 'Ohio' have by total7?", "Keep the rows of data_year 2013. Rank the states by total7, the largest first (rank 1), ties sharing the smallest rank (pandas rank method='min').",
  '@ohio_rank[rank] where "rank" is an integer.',
  [['ohio_rank', str(int(y13[y13['STATE'] == 'Ohio']['rank'].iloc[0]))]])
a, c = S[S['data_year'] == 2000]['total4'], S[S['data_year'] == 2013]['total4']
t, p = stats.ttest_ind(a, c)
q(F, TB, 'Is the mean total4 of the states in 2000 different from that in 2013?', 'Compare the rows of data_year 2000 with those of data_year 2013 using an independent two-sample t-test assuming equal variances (2000 first). Round the t-statistic and the p-value to four decimal places.',
  '@t_statistic[t_value], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['t_statistic', f4(t)], ['p_value', f4(p)]])
y8 = S[S['data_year'] == 2008]['total7']
q(F, TB, 'For data_year 2008, what are the mean, the median and the maximum of total7?', 'Keep the rows of data_year 2008. Round the mean to two decimal places.',
  '@mean_total7[mean], @median_total7[median], @max_total7[max] where "mean" is rounded to two decimal places, "median" to one and "max" is an integer.',
  [['mean_total7', f2(y8.mean())], ['median_total7', f'{y8.median():.1f}'], ['max_total7', str(int(y8.max()))]])
q(F, TB, 'What is the interquartile range of total3?', 'IQR = Q3 - Q1 with quartiles as numpy.percentile computes them (linear). Round to two decimal places.',
  '@total3_iqr[iqr] where "iqr" is a number rounded to two decimal places.',
  [['total3_iqr', f2(np.percentile(S['total3'], 75) - np.percentile(S['total3'], 25))]])

# Cost and revenue of four product categories over three years.
F = 'office/xlsx/poi_WithChartSheet.xlsx'
Wc = pd.read_excel(C + F, sheet_name='Sheet1')
beta, r2 = ols(Wc['Revenue'].values.astype(float), [Wc['Cost'].values.astype(float)])
q(F, 'Sheet1', 'What is the linear relationship between Cost and Revenue?', 'Fit a simple linear regression with Cost as the predictor and Revenue as the response. Round the slope and the R-squared to four decimal places and the intercept to two.',
  '@slope[slope], @intercept[intercept], @r_squared[r_squared] where "slope" and "r_squared" are rounded to four decimal places and "intercept" to two.',
  [['slope', f4(beta[1])], ['intercept', f2(beta[0])], ['r_squared', f4(r2)]])

for item in Q: print(json.dumps(item, ensure_ascii=False))
