# Batch 32 (held out): the operations DABench questions use, asked in the DABench form over the corpus's
# DABench CSVs (tables/dabench/tables; no earlier own batch used them): skewness and kurtosis, Shapiro-Wilk,
# t-tests, one-way ANOVA and chi-square with p-values, Spearman and Kendall correlations, z-score and IQR
# outliers with stated thresholds, missing values filled or dropped as stated before a statistic, new columns
# by arithmetic, binning into stated groups, group-by then a statistic, simple linear regression (slope,
# intercept, R²), duplicates removed, value counts and percentages of rows.
# Questions are phrased as DABench phrases them (a question, constraints naming the method, a format with
# @name[value] slots); they were written from the files before the engine ran on them.
# Answers are computed with pandas and scipy (pandas.read_csv's default reading of these clean CSVs).
# Run from anywhere: python3 bench/data/dabench-own-batch32.py prints the batch's JSON lines.
import json

import numpy as np
import pandas as pd
from scipy import stats
from dabench_own_common import C, f2, recorder

Q = []
q = recorder(32, Q)
D = 'tables/dabench/tables/'


def f4(x): return f'{x:.4f}'


def read(name): return pd.read_csv(C + D + name)


# Titanic passengers (891 rows; Age missing in 177, Embarked in 2).
F = D + 'titanic.csv'
t = read('titanic.csv')
a = t.dropna(subset=['Age'])
k = stats.kendalltau(a['Age'], a['Fare'])
q(F, 'Is there a monotonic association between the age of the passengers and the fare they paid? Use the Kendall rank correlation.',
  "Drop the rows where Age is missing. Use scipy.stats.kendalltau (tau-b). Round the coefficient and the p-value to four decimal places.",
  '@kendall_tau[tau], @p_value[p_value] where "tau" and "p_value" are numbers rounded to four decimal places.',
  [['kendall_tau', f4(k.statistic)], ['p_value', f4(k.pvalue)]])
e = t.dropna(subset=['Embarked'])
ct = pd.crosstab(e['Sex'], e['Embarked'])
chi = stats.chi2_contingency(ct)
q(F, 'Is the port of embarkation independent of the sex of the passenger? Perform a chi-square test of independence between Sex and Embarked.',
  'Ignore the passengers whose Embarked value is missing. Use scipy.stats.chi2_contingency on the contingency table of Sex and Embarked. Round the chi-square statistic to two decimal places and the p-value to four decimal places.',
  '@chi2_statistic[chi2], @p_value[p_value] where "chi2" is rounded to two decimal places and "p_value" to four decimal places.',
  [['chi2_statistic', f2(chi[0])], ['p_value', f4(chi[1])]])
an = stats.f_oneway(*[g['Age'] for _, g in a.groupby('Pclass')])
q(F, 'Does the mean age of the passengers differ between the three passenger classes? Conduct a one-way ANOVA of Age across Pclass.',
  'Drop the rows where Age is missing. Use scipy.stats.f_oneway with one group per value of Pclass. Round the F statistic to two decimal places and the p-value to four decimal places.',
  '@f_statistic[F], @p_value[p_value] where "F" is rounded to two decimal places and "p_value" to four decimal places.',
  [['f_statistic', f2(an.statistic)], ['p_value', f4(an.pvalue)]])
filled = t['Age'].fillna(t['Age'].median())
q(F, 'Fill the missing values in the Age column with the median age, then calculate the mean and the standard deviation of Age.',
  'Use the median of the non-missing ages to fill. Use the sample standard deviation (pandas std). Round both to two decimal places.',
  '@mean_age[mean], @std_age[std] where "mean" and "std" are numbers rounded to two decimal places.',
  [['mean_age', f2(filled.mean())], ['std_age', f2(filled.std())]])
groups = pd.cut(a['Age'], bins=[0, 12, 19, 60, 100], labels=['Child', 'Teen', 'Adult', 'Senior'])
counts = groups.value_counts()
q(F, "Create a new column 'AgeGroup' by binning the Age column into 'Child' (0 to 12), 'Teen' (over 12 up to 19), 'Adult' (over 19 up to 60) and 'Senior' (over 60). How many passengers are in each group?",
  'Drop the rows where Age is missing. Use pandas.cut with the bins [0, 12, 19, 60, 100] (right-inclusive).',
  '@Child[count], @Teen[count], @Adult[count], @Senior[count] where each "count" is an integer.',
  [[g, str(int(counts[g]))] for g in ['Child', 'Teen', 'Adult', 'Senior']])
q(F, 'What percentage of the passengers paid a fare higher than 50?',
  'Use all 891 rows. The percentage is the number of passengers with Fare greater than 50 divided by the number of passengers, times 100. Round to two decimal places.',
  '@percentage[percent] where "percent" is a number rounded to two decimal places.',
  [['percentage', f2((t['Fare'] > 50).mean() * 100)]])
med = t.groupby('Embarked')['Fare'].median()
q(F, 'Group the passengers by their port of embarkation and calculate the median fare for each port.',
  'Ignore the passengers whose Embarked value is missing. Round each median to two decimal places.',
  '@median_fare_C[median], @median_fare_Q[median], @median_fare_S[median] where each "median" is a number rounded to two decimal places.',
  [['median_fare_C', f2(med['C'])], ['median_fare_Q', f2(med['Q'])], ['median_fare_S', f2(med['S'])]])

# Baseball players' salaries and batting figures (337 rows; a few figures missing).
F = D + 'baseball_data.csv'
b = read('baseball_data.csv')
lr = stats.linregress(b['number_of_runs'], b['salary_in_thousands_of_dollars'])
q(F, 'Fit a simple linear regression that predicts salary_in_thousands_of_dollars from number_of_runs. What are the slope, the intercept and the coefficient of determination?',
  'Use ordinary least squares over all rows (scipy.stats.linregress). R-squared is the square of the correlation coefficient. Round the slope and the intercept to two decimal places and R-squared to four decimal places.',
  '@slope[slope], @intercept[intercept], @r_squared[r2] where "slope" and "intercept" are rounded to two decimal places and "r2" to four decimal places.',
  [['slope', f2(lr.slope)], ['intercept', f2(lr.intercept)], ['r_squared', f4(lr.rvalue ** 2)]])
w = b.dropna(subset=['number_of_strike_outs'])
s = stats.spearmanr(w['number_of_walks'], w['number_of_strike_outs'])
q(F, 'Calculate the Spearman rank correlation coefficient between the number of walks and the number of strike outs of the players.',
  'Drop the rows where number_of_strike_outs is missing. Use scipy.stats.spearmanr. Round the coefficient and the p-value to four decimal places.',
  '@spearman_rho[rho], @p_value[p_value] where "rho" and "p_value" are numbers rounded to four decimal places.',
  [['spearman_rho', f4(s.statistic)], ['p_value', f4(s.pvalue)]])
z = np.abs(stats.zscore(b['number_of_stolen_bases']))
q(F, 'Identify the outliers in the number of stolen bases using the Z-score method. How many players are outliers?',
  'Compute the z-scores with scipy.stats.zscore (population standard deviation). A value is an outlier when its absolute z-score is greater than 3.',
  '@outlier_count[count] where "count" is an integer.',
  [['outlier_count', str(int((z > 3).sum()))]])
xb = b.dropna(subset=['number_of_home_runs'])
xbh = xb['number_of_doubles'] + xb['number_of_triples'] + xb['number_of_home_runs']
q(F, "Create a new feature 'extra_base_hits' as the sum of number_of_doubles, number_of_triples and number_of_home_runs. What are its mean and its maximum?",
  'Drop the rows where number_of_home_runs is missing before creating the feature. Round the mean to two decimal places.',
  '@mean_extra_base_hits[mean], @max_extra_base_hits[max] where "mean" is rounded to two decimal places and "max" is an integer.',
  [['mean_extra_base_hits', f2(xbh.mean())], ['max_extra_base_hits', str(int(xbh.max()))]])
fa = b.dropna(subset=['indicator_of_free_agency_eligibility'])
tt = stats.ttest_ind(fa[fa['indicator_of_free_agency_eligibility'] == 1]['salary_in_thousands_of_dollars'],
                     fa[fa['indicator_of_free_agency_eligibility'] == 0]['salary_in_thousands_of_dollars'])
q(F, 'Is there a significant difference in salary between the players who are eligible for free agency and those who are not? Perform an independent two-sample t-test.',
  'Use indicator_of_free_agency_eligibility (1 = eligible, 0 = not eligible) and drop the rows where it is missing. Use scipy.stats.ttest_ind with equal variances assumed, eligible players first. Round the t statistic to two decimal places and the p-value to four decimal places.',
  '@t_statistic[t], @p_value[p_value] where "t" is rounded to two decimal places and "p_value" to four decimal places.',
  [['t_statistic', f2(tt.statistic)], ['p_value', f4(tt.pvalue)]])

# Hotels (1057 rows; star_rating missing in 318, bubble_score in 119).
F = D + 'hotel_data.csv'
h = read('hotel_data.csv')
vc = h['hotel_type'].value_counts()
q(F, 'What is the most common hotel type in the dataset, how many hotels have that type, and how many distinct cities are there?',
  'Count the values of hotel_type; count the unique values of city_name.',
  '@most_common_type[type], @type_count[count], @city_count[count] where "type" is a string and each "count" is an integer.',
  [['most_common_type', vc.index[0]], ['type_count', str(int(vc.iloc[0]))], ['city_count', str(int(h['city_name'].nunique()))]])
q(F, 'Remove the duplicate hotel names, keeping the first occurrence of each. How many hotels remain?',
  'Use pandas drop_duplicates on the hotel_name column with keep="first".',
  '@remaining_hotels[count] where "count" is an integer.',
  [['remaining_hotels', str(int(len(h.drop_duplicates(subset='hotel_name'))))]])
q(F, 'What percentage of the hotels have no star rating?',
  'A hotel has no star rating when star_rating is missing. Percentage = missing count / total number of hotels * 100. Round to two decimal places.',
  '@missing_percentage[percent] where "percent" is a number rounded to two decimal places.',
  [['missing_percentage', f2(h['star_rating'].isna().mean() * 100)]])
bs = h['bubble_score'].fillna(h['bubble_score'].mean())
q(F, 'Handle the missing values of bubble_score by filling them with the mean bubble score. Then calculate the median and the standard deviation of bubble_score.',
  'Fill with the mean of the non-missing values. Use the sample standard deviation. Round both to two decimal places.',
  '@median_bubble_score[median], @std_bubble_score[std] where both are numbers rounded to two decimal places.',
  [['median_bubble_score', f2(bs.median())], ['std_bubble_score', f2(bs.std())]])

# Bitcoin daily prices (2176 rows; one row of missing values).
F = D + 'YAHOO-BTC_USD_D.csv'
c = read('YAHOO-BTC_USD_D.csv').dropna()
rng = c['High'] - c['Low']
q(F, "Create a new column 'Daily_Range' as the difference between the High and the Low price of each day. What are the mean and the maximum of Daily_Range?",
  'Drop the rows with missing values first. Round both to two decimal places.',
  '@mean_range[mean], @max_range[max] where both are numbers rounded to two decimal places.',
  [['mean_range', f2(rng.mean())], ['max_range', f2(rng.max())]])
q(F, "Calculate the skewness and the kurtosis of the 'Volume' column to describe its distribution.",
  "Drop the rows with missing values. Use pandas' skew() and kurt() (bias-corrected, excess kurtosis). Round both to two decimal places.",
  '@skewness[skew], @kurtosis[kurt] where both are numbers rounded to two decimal places.',
  [['skewness', f2(c['Volume'].skew())], ['kurtosis', f2(c['Volume'].kurt())]])
sw = stats.shapiro(c['Close'])
q(F, "Test whether the 'Close' price follows a normal distribution using the Shapiro-Wilk test.",
  'Drop the rows with missing values. Use scipy.stats.shapiro with a significance level of 0.05: if the p-value is less than 0.05 the data is not normally distributed. Round the statistic to four decimal places.',
  '@W_statistic[W], @is_normal[answer] where "W" is rounded to four decimal places and "answer" is "yes" or "no".',
  [['W_statistic', f4(sw.statistic)], ['is_normal', 'yes' if sw.pvalue >= 0.05 else 'no']])

# Loan applications (367 rows; LoanAmount missing in 5).
F = D + 'test_Y3wMUE5_7gLdaTN.csv'
l = read('test_Y3wMUE5_7gLdaTN.csv')
chi = stats.chi2_contingency(pd.crosstab(l['Married'], l['Property_Area']))
q(F, 'Is there an association between the marital status of the applicants and the area of their property? Conduct a chi-square test of independence between Married and Property_Area.',
  'Use scipy.stats.chi2_contingency on the contingency table. Round the chi-square statistic to two decimal places and the p-value to four decimal places.',
  '@chi2_statistic[chi2], @p_value[p_value] where "chi2" is rounded to two decimal places and "p_value" to four decimal places.',
  [['chi2_statistic', f2(chi[0])], ['p_value', f4(chi[1])]])
la = l.assign(LoanAmount=l['LoanAmount'].fillna(l['LoanAmount'].median()))
mean_area = la.groupby('Property_Area')['LoanAmount'].mean()
q(F, 'Fill the missing LoanAmount values with the median loan amount. Then calculate the mean LoanAmount for each Property_Area.',
  'Use the median of the non-missing LoanAmount values. Round each mean to two decimal places.',
  '@Rural[mean], @Semiurban[mean], @Urban[mean] where each "mean" is a number rounded to two decimal places.',
  [[area, f2(mean_area[area])] for area in ['Rural', 'Semiurban', 'Urban']])
ti = l['ApplicantIncome'] + l['CoapplicantIncome']
q1, q3 = ti.quantile(0.25), ti.quantile(0.75)
out = ((ti < q1 - 1.5 * (q3 - q1)) | (ti > q3 + 1.5 * (q3 - q1))).sum()
q(F, "Create a new feature 'TotalIncome' as the sum of ApplicantIncome and CoapplicantIncome. What is its median, and how many applicants are outliers in TotalIncome by the IQR method?",
  'An outlier is a value below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR, where Q1 and Q3 are the 25th and 75th percentiles. Round the median to one decimal place.',
  '@median_total_income[median], @outlier_count[count] where "median" is rounded to one decimal place and "count" is an integer.',
  [['median_total_income', f'{ti.median():.1f}'], ['outlier_count', str(int(out))]])

# Apple daily prices (756 rows).
F = D + 'e5_aapl.csv'
p = read('e5_aapl.csv')
lr = stats.linregress(p['Open'], p['Close'])
q(F, 'Perform a simple linear regression of the closing price on the opening price. Report the slope and the R-squared value.',
  'Close is the dependent variable and Open the independent variable; use all rows. Round the slope to four decimal places and R-squared to four decimal places.',
  '@slope[slope], @r_squared[r2] where both are numbers rounded to four decimal places.',
  [['slope', f4(lr.slope)], ['r_squared', f4(lr.rvalue ** 2)]])

# Arrests and whether their offence can be expunged (8638 rows).
F = D + 'arrest_expungibility.csv'
r = read('arrest_expungibility.csv')
mw = stats.mannwhitneyu(r[r['Expungible']]['Age'], r[~r['Expungible']]['Age'])
q(F, 'Do the ages of the offenders differ between expungible and non-expungible arrests? Use the Mann-Whitney U test.',
  'Compare Age of the rows where Expungible is True with Age of the rows where it is False, with scipy.stats.mannwhitneyu (two-sided). Round the U statistic to one decimal place and the p-value to four decimal places.',
  '@U_statistic[U], @p_value[p_value] where "U" is rounded to one decimal place and "p_value" to four decimal places.',
  [['U_statistic', f'{mw.statistic:.1f}'], ['p_value', f4(mw.pvalue)]])
q(F, 'What percentage of the arrests are expungible, and which Category has the most arrests?',
  'The percentage is the share of rows where Expungible is True, times 100, rounded to two decimal places.',
  '@expungible_percentage[percent], @top_category[category] where "percent" is rounded to two decimal places and "category" is a string.',
  [['expungible_percentage', f2(r['Expungible'].mean() * 100)], ['top_category', r['Category'].value_counts().index[0]]])

# Diffsel per site of a viral protein (566 rows).
F = D + 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
s = read('ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv')
x = s['positive_diffsel']
q1, q3 = x.quantile(0.25), x.quantile(0.75)
kept = x[(x >= q1 - 1.5 * (q3 - q1)) & (x <= q3 + 1.5 * (q3 - q1))]
q(F, 'Remove the outliers from positive_diffsel using the IQR method, then calculate the mean of the remaining values.',
  'An outlier is a value below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR. Round the mean to four decimal places.',
  '@remaining_count[count], @mean_positive_diffsel[mean] where "count" is an integer and "mean" is rounded to four decimal places.',
  [['remaining_count', str(int(len(kept)))], ['mean_positive_diffsel', f4(kept.mean())]])

for item in Q:
    print(json.dumps(item, ensure_ascii=False))
