# Batch 72 (held out): DABench-form questions weighted to the statistical and multi-step kinds, over tables the own
# batches use least: WikiTableQuestions' state polls, Test centuries with their balls faced, a weekend box office
# list, the oldest living presidents, a motorcycle race, a Formula One race, a 100 metres round of heats, a list of
# refractive indices and a horse race's winners, with a few over the DABench folder's debate teams and unemployment
# by industry. The kinds: Pearson and Spearman correlation with the p-value and a verdict by a stated threshold; a
# two-sample t-test, a paired t-test, a one-way ANOVA, a chi-square test of independence and a Shapiro-Wilk test,
# each with its stated alpha; a linear regression's slope, intercept and R²; z-score and IQR outliers counted with
# the mean after removing them; skewness and kurtosis; a made column and its mean by group; binning into stated
# ranges; and missing values filled before a figure. Preprocessing is stated in the constraints, as DABench states
# it. Written before the engine ran on it. Answers are computed with pandas and scipy as the constraints say; every
# largest and most-often answer is checked to have no tie, and every verdict's p-value is checked to sit away from
# its threshold.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch72.py prints the
# lines.
import json

import numpy as np
import pandas as pd
from scipy import stats

from dabench_own_common import C, W, f2, f3, f4, num, read_dabench, recorder

Q = []
q = recorder(72, Q)
T = 'tables/dabench/tables/'


def verdict(p, alpha, yes, no):
    """The verdict word by a p-value against alpha; asserts the p-value is not within a hair of alpha."""
    assert abs(p - alpha) > 1e-4, p
    return yes if p < alpha else no


def wtq(f):
    """A WikiTableQuestions table as pandas reads it (blanks as missing), the header's line breaks as spaces."""
    frame = pd.read_csv(C + W + f)
    frame.columns = [c.replace('\n', ' ') for c in frame.columns]
    return frame


# State polls of a presidential race (two candidates' shares in each row).
F = W + '203-csv/662.csv'
d = wtq('203-csv/662.csv')
both = d.dropna(subset=['Sample Size', 'Margin of Error'])
r, p = stats.pearsonr(both['Sample Size'], both['Margin of Error'])
q(F, 'Is there a significant linear relationship between the sample size of a poll and its margin of error?',
  '{\nUse only the rows where both "Sample Size" and "Margin of Error" are given. Compute the Pearson correlation '
  'coefficient (r) and the two-tailed p-value. If the p-value is less than 0.05, report the relationship as '
  '"significant", otherwise as "not significant".\nRound r to two decimal places and the p-value to four decimal '
  'places.\n}',
  '{\n@correlation_coefficient[r_value]\n@p_value[p_value]\n@relationship[significance]\nwhere "r_value" is rounded '
  'to two decimal places, "p_value" is rounded to four decimal places and "significance" is "significant" or "not '
  'significant".\n}',
  [['correlation_coefficient', f2(r)], ['p_value', f4(p)],
   ['relationship', verdict(p, 0.05, 'significant', 'not significant')]])

margin = d['Margin of Error'].fillna(d['Margin of Error'].median())
q(F, 'Fill the missing values of Margin of Error with its median. What is the mean margin of error after that, and '
     'how many polls have a margin of error above 4.3?',
  '{\nReplace the missing "Margin of Error" values with the median of the non-missing ones. Then take the mean of '
  '"Margin of Error" over all rows and count the rows whose "Margin of Error" is greater than 4.3.\nRound the mean '
  'to three decimal places.\n}',
  '{\n@mean_margin[mean]\n@polls_above_4_3[count]\nwhere "mean" is rounded to three decimal places and "count" is '
  'an integer.\n}',
  [['mean_margin', f3(margin.mean())], ['polls_above_4_3', str(int((margin > 4.3).sum()))]])

# Test centuries scored at one ground, with the balls faced where they were recorded.
F = W + '204-csv/973.csv'
d = wtq('204-csv/973.csv')
d['runs'] = d.Score.str.extract(r'^(\d+)')[0].astype(int)
d['balls'] = pd.to_numeric(d.Balls, errors='coerce')
faced = d.dropna(subset=['balls'])
fit = stats.linregress(faced.balls, faced.runs)
q(F, 'Fit a simple linear regression of the runs scored on the balls faced. What are the slope, the intercept and '
     'the R-squared?',
  '{\nThe runs of an innings are the number in "Score" without the "*" that marks a not-out innings. Use only the '
  'rows whose "Balls" is a number ("NR" means not recorded). Fit runs = slope * Balls + intercept by ordinary least '
  'squares.\nRound the slope to four decimal places, the intercept to two decimal places and R-squared to three '
  'decimal places.\n}',
  '{\n@slope[slope]\n@intercept[intercept]\n@r_squared[r_squared]\nwhere "slope" is rounded to four decimal places, '
  '"intercept" to two decimal places and "r_squared" to three decimal places.\n}',
  [['slope', f4(fit.slope)], ['intercept', f2(fit.intercept)], ['r_squared', f3(fit.rvalue ** 2)]])

faced = faced.assign(strike_rate=faced.runs / faced.balls * 100)
rates = faced.groupby('Team').strike_rate.mean()
assert (rates == rates.max()).sum() == 1
q(F, 'Create a new column "strike_rate" as runs divided by balls faced times 100. Which team has the highest mean '
     'strike rate, and what is it?',
  '{\nThe runs of an innings are the number in "Score" without the "*". Use only the rows whose "Balls" is a number. '
  '"strike_rate" = runs / "Balls" * 100. Take the mean strike rate of each "Team" and report the team with the '
  'largest mean and that mean.\nRound the mean to two decimal places.\n}',
  '{\n@team[name]\n@mean_strike_rate[mean]\nwhere "name" is written as in "Team" and "mean" is rounded to two '
  'decimal places.\n}',
  [['team', rates.idxmax()], ['mean_strike_rate', f2(rates.max())]])

india = d.runs[d.Team == 'India']
west_indies = d.runs[d.Team == 'West Indies']
t, p = stats.ttest_ind(india, west_indies)
q(F, 'Do the centuries scored for India and for West Indies differ in runs? Run a two-sample t-test.',
  '{\nThe runs of an innings are the number in "Score" without the "*". Compare the runs of the rows whose "Team" is '
  '"India" with those whose "Team" is "West Indies" using an independent two-sample t-test assuming equal variances '
  '(scipy.stats.ttest_ind as it is by default). If the p-value is less than 0.05, report "significant difference", '
  'otherwise "no significant difference".\nRound the t statistic to two decimal places and the p-value to four '
  'decimal places.\n}',
  '{\n@t_statistic[t]\n@p_value[p_value]\n@result[significance]\nwhere "t" is rounded to two decimal places, '
  '"p_value" to four decimal places, and "significance" is "significant difference" or "no significant '
  'difference".\n}',
  [['t_statistic', f2(t)], ['p_value', f4(p)],
   ['result', verdict(p, 0.05, 'significant difference', 'no significant difference')]])

# A year of weekend box office tops in one country.
F = W + '204-csv/377.csv'
d = wtq('204-csv/377.csv')
takings = pd.to_numeric(d['Box Office'].str.replace('£', '').str.replace(',', ''))
z = stats.zscore(takings)
far = abs(z) > 2
q(F, 'Using the Z-score method with a threshold of 2, how many weekends are outliers in Box Office, and what is the '
     'mean Box Office of the other weekends?',
  '{\nRead "Box Office" as a number (without the pound sign and the thousands commas). The Z-score uses the mean and '
  'the population standard deviation; an outlier has an absolute Z-score greater than 2. Count the outliers, drop '
  'them, and take the mean of the rest.\nRound the mean to two decimal places.\n}',
  '{\n@outlier_count[count]\n@mean_without_outliers[mean]\nwhere "count" is an integer and "mean" is rounded to two '
  'decimal places.\n}',
  [['outlier_count', str(int(far.sum()))], ['mean_without_outliers', f2(takings[~far].mean())]])

q(F, 'What are the skewness and the kurtosis of the weekend Box Office figures?',
  '{\nRead "Box Office" as a number (without the pound sign and the thousands commas). Use the pandas methods skew() '
  'and kurt() (sample skewness and excess kurtosis).\nRound both to three decimal places.\n}',
  '{\n@skewness[skew]\n@kurtosis[kurt]\nwhere "skew" and "kurt" are rounded to three decimal places.\n}',
  [['skewness', f3(takings.skew())], ['kurtosis', f3(takings.kurt())]])

# The oldest living presidents and how long each held that place.
F = W + '203-csv/260.csv'
d = wtq('203-csv/260.csv')
# The last line repeats the header; it is no president and is left out.
days = pd.to_numeric(d['Duration (Days)'].str.replace(' days', '').str.replace(',', ''), errors='coerce').dropna()
assert len(days) == len(d) - 1
w, p = stats.shapiro(days)
q(F, 'Does the number of days each president was the oldest living president follow a normal distribution?',
  '{\nRead "Duration (Days)" as a number of days (for example "3,880 days" is 3880). Run the Shapiro-Wilk test on it '
  'over all the presidents (the header repeated on the last line is not a row). If the p-value is less than 0.05, report "Non-normal", otherwise "Normal".\nRound the statistic '
  'and the p-value to four decimal places.\n}',
  '{\n@shapiro_statistic[W]\n@p_value[p_value]\n@normality[result]\nwhere "W" and "p_value" are rounded to four '
  'decimal places and "result" is "Normal" or "Non-normal".\n}',
  [['shapiro_statistic', f4(w)], ['p_value', f4(p)], ['normality', verdict(p, 0.05, 'Non-normal', 'Normal')]])

q1, q3 = days.quantile([0.25, 0.75])
iqr = q3 - q1
outlier = (days < q1 - 1.5 * iqr) | (days > q3 + 1.5 * iqr)
q(F, 'Using the IQR method, how many presidents are outliers in Duration (Days), and what is the mean duration of '
     'the others?',
  '{\nRead "Duration (Days)" as a number of days. Q1 and Q3 are its 25th and 75th percentiles (pandas quantile); an '
  'outlier is below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR. Count the outliers, drop them, and take the mean of the '
  'rest.\nRound the mean to two decimal places.\n}',
  '{\n@outlier_count[count]\n@mean_duration[mean]\nwhere "count" is an integer and "mean" is rounded to two decimal '
  'places.\n}',
  [['outlier_count', str(int(outlier.sum()))], ['mean_duration', f2(days[~outlier].mean())]])

# A motorcycle race's classification (no points below 15th place).
F = W + '204-csv/892.csv'
d = wtq('204-csv/892.csv')
points = d.Points.fillna(0)
groups = [points[d.Manufacturer == m] for m in sorted(d.Manufacturer.unique())]
f_stat, p = stats.f_oneway(*groups)
q(F, 'Fill the missing Points with 0. Is there a significant difference in points between the manufacturers? Run '
     'a one-way ANOVA.',
  '{\nReplace the missing "Points" values with 0. Group the rows by "Manufacturer" and run a one-way ANOVA of '
  '"Points" across all the groups. If the p-value is less than 0.05, report "significant difference", otherwise '
  '"no significant difference".\nRound the F statistic to three decimal places and the p-value to four decimal '
  'places.\n}',
  '{\n@f_statistic[F]\n@p_value[p_value]\n@result[significance]\nwhere "F" is rounded to three decimal places, '
  '"p_value" to four decimal places and "significance" is "significant difference" or "no significant '
  'difference".\n}',
  [['f_statistic', f3(f_stat)], ['p_value', f4(p)],
   ['result', verdict(p, 0.05, 'significant difference', 'no significant difference')]])

# A Formula One race's classification, starters and non-qualifiers.
F = W + '204-csv/462.csv'
d = wtq('204-csv/462.csv')
started = d.dropna(subset=['Grid', 'Laps'])
rho, p = stats.spearmanr(started.Grid, started.Laps)
q(F, 'Is there a monotonic relationship between a driver\'s grid position and the laps completed? Use the Spearman '
     'rank correlation.',
  '{\nUse only the rows where both "Grid" and "Laps" are given. Compute the Spearman rank correlation coefficient and '
  'its two-tailed p-value. If the p-value is less than 0.05, report "significant", otherwise "not significant".\n'
  'Round the coefficient to three decimal places and the p-value to four decimal places.\n}',
  '{\n@spearman_coefficient[rho]\n@p_value[p_value]\n@relationship[significance]\nwhere "rho" is rounded to three '
  'decimal places, "p_value" to four decimal places and "significance" is "significant" or "not significant".\n}',
  [['spearman_coefficient', f3(rho)], ['p_value', f4(p)],
   ['relationship', verdict(p, 0.05, 'significant', 'not significant')]])

# A 100 metres round of heats.
F = W + '204-csv/259.csv'
d = wtq('204-csv/259.csv')
d['seconds'] = pd.to_numeric(d.Time, errors='coerce')
timed = d.dropna(subset=['seconds'])
bins = pd.cut(timed.seconds, [0, 10.7, 11.0, np.inf], right=False, labels=['fast', 'middle', 'slow'])
counts = bins.value_counts()
q(F, 'Bin the heat times into three ranges: under 10.70 seconds, from 10.70 to under 11.00 seconds, and 11.00 '
     'seconds or more. How many runners fall in each range?',
  '{\nUse only the rows whose "Time" is a number ("DNS" and "DQ" are left out). Put each time in one of three '
  'ranges: below 10.70, at least 10.70 and below 11.00, and 11.00 or more. Count the rows of each range.\n}',
  '{\n@under_10_70[count]\n@from_10_70_to_11_00[count]\n@from_11_00[count]\nwhere "count" is an integer.\n}',
  [['under_10_70', str(int(counts['fast']))], ['from_10_70_to_11_00', str(int(counts['middle']))],
   ['from_11_00', str(int(counts['slow']))]])

heats = [timed.seconds[timed.Heat == h] for h in sorted(timed.Heat.unique())]
f_stat, p = stats.f_oneway(*heats)
q(F, 'Do the times differ between the heats? Run a one-way ANOVA of Time by Heat.',
  '{\nUse only the rows whose "Time" is a number. Group them by "Heat" and run a one-way ANOVA of "Time" across the '
  'heats. If the p-value is less than 0.05, report "significant difference", otherwise "no significant '
  'difference".\nRound the F statistic to three decimal places and the p-value to four decimal places.\n}',
  '{\n@f_statistic[F]\n@p_value[p_value]\n@result[significance]\nwhere "F" is rounded to three decimal places, '
  '"p_value" to four decimal places and "significance" is "significant difference" or "no significant '
  'difference".\n}',
  [['f_statistic', f3(f_stat)], ['p_value', f4(p)],
   ['result', verdict(p, 0.05, 'significant difference', 'no significant difference')]])

mean_time = timed.groupby('Heat').seconds.mean()
assert (mean_time == mean_time.min()).sum() == 1
q(F, 'Which heat has the lowest mean time, and what is that mean?',
  '{\nUse only the rows whose "Time" is a number. Take the mean "Time" of each "Heat" and report the heat with the '
  'smallest mean and that mean.\nRound the mean to three decimal places.\n}',
  '{\n@heat[number]\n@mean_time[mean]\nwhere "number" is the "Heat" value, an integer, and "mean" is rounded to three '
  'decimal places.\n}',
  [['heat', str(int(mean_time.idxmin()))], ['mean_time', f3(mean_time.min())]])

# Refractive indices of materials.
F = W + '202-csv/128.csv'
d = wtq('202-csv/128.csv')
n = pd.to_numeric(d.n, errors='coerce').dropna()
q(F, 'Considering only the materials whose n is a single number, what are the mean and the standard deviation of n, '
     'and how many such materials are there?',
  '{\nKeep the rows whose "n" is written as one number (ranges such as "1.35 - 1.38", lists such as '
  '"1.373/1.380/1.401", and a number with words after it such as "1 (by definition)" are left out). Take the mean and the sample standard deviation of "n" and count the rows kept.\nRound the mean and the '
  'standard deviation to four decimal places.\n}',
  '{\n@mean_n[mean]\n@std_n[std]\n@materials[count]\nwhere "mean" and "std" are rounded to four decimal places and '
  '"count" is an integer.\n}',
  [['mean_n', f4(n.mean())], ['std_n', f4(n.std())], ['materials', str(len(n))]])

# A horse race's winners by year.
F = W + '204-csv/825.csv'
d = wtq('204-csv/825.csv')
purse = num(d['Win $'].fillna('').str.replace('$', '', regex=False))
paid = d.assign(purse=purse).dropna(subset=['purse'])
fit = stats.linregress(paid.Year, paid.purse)
q(F, 'Fit a linear regression of the winner\'s purse on the year. What are the slope and the R-squared?',
  '{\nRead "Win $" as a number (without the dollar sign and the thousands commas) and leave out the rows where it is '
  'missing. Fit "Win $" = slope * "Year" + intercept by ordinary least squares.\nRound the slope to two decimal '
  'places and R-squared to four decimal places.\n}',
  '{\n@slope[slope]\n@r_squared[r_squared]\nwhere "slope" is rounded to two decimal places and "r_squared" to four '
  'decimal places.\n}',
  [['slope', f2(fit.slope)], ['r_squared', f4(fit.rvalue ** 2)]])

# A debate tournament's teams (the header is on the second line).
F = T + 'Current_Logan.csv'
d = read_dabench('Current_Logan.csv', header=1)
table = pd.crosstab(d.School.isin(['Gunn Sr', 'Archbishop Mitty']), d.Wins >= 3)
chi2, p, _, _ = stats.chi2_contingency(table)
q(F, 'Create a column "top_school" that is True when the School is Gunn Sr or Archbishop Mitty, and a column '
     '"winning" that is True when Wins is 3 or more. Are the two independent? Run a chi-square test.',
  '{\n"top_school" is True for the rows whose "School" is "Gunn Sr" or "Archbishop Mitty", False otherwise. '
  '"winning" is True for the rows whose "Wins" is at least 3. Build the 2x2 contingency table of the two columns and '
  'run the chi-square test of independence with Yates\' continuity correction (scipy.stats.chi2_contingency as it '
  'is by default). If the p-value is less than 0.05, report "dependent", otherwise "independent".\nRound the '
  'statistic to three decimal places and the p-value to four decimal places.\n}',
  '{\n@chi_square[statistic]\n@p_value[p_value]\n@result[dependence]\nwhere "statistic" is rounded to three decimal '
  'places, "p_value" to four decimal places and "dependence" is "dependent" or "independent".\n}',
  [['chi_square', f3(chi2)], ['p_value', f4(p)], ['result', verdict(p, 0.05, 'dependent', 'independent')]])

# Unemployment by industry in two Marches.
F = T + 'unemployement_industry.csv'
d = read_dabench('unemployement_industry.csv')
rows = d.dropna(subset=['Mar.2019', 'Mar.2020'])
t, p = stats.ttest_rel(rows['Mar.2020'], rows['Mar.2019'])
q(F, 'Did the number of unemployed change between March 2019 and March 2020? Run a paired t-test.',
  '{\nLeave out the rows with a missing "Mar.2019" or "Mar.2020". Compare "Mar.2020" with "Mar.2019" row by row with '
  'a paired t-test (scipy.stats.ttest_rel, "Mar.2020" first). If the p-value is less than 0.01, report "significant '
  'change", otherwise "no significant change".\nRound the t statistic to three decimal places and the p-value to '
  'four decimal places.\n}',
  '{\n@t_statistic[t]\n@p_value[p_value]\n@result[significance]\nwhere "t" is rounded to three decimal places, '
  '"p_value" to four decimal places and "significance" is "significant change" or "no significant change".\n}',
  [['t_statistic', f3(t)], ['p_value', f4(p)],
   ['result', verdict(p, 0.01, 'significant change', 'no significant change')]])

rates = pd.DataFrame({side: pd.to_numeric(d[side], errors='coerce') for side in ['Men Mar.2019', 'Women Mar.2019']})
rates = rates.dropna()
r, p = stats.pearsonr(rates['Men Mar.2019'], rates['Women Mar.2019'])
q(F, 'How strongly are the men\'s and the women\'s unemployment rates of March 2019 correlated across the rows?',
  '{\nUse the rows where "Men Mar.2019" and "Women Mar.2019" are both numbers ("-" means no figure). Compute the '
  'Pearson correlation coefficient between "Men Mar.2019" and "Women Mar.2019" and its two-tailed p-value. If the '
  'p-value is less than 0.05, report "correlated", otherwise "not correlated".\nRound r to three decimal places and '
  'the p-value to four decimal places.\n}',
  '{\n@correlation_coefficient[r_value]\n@p_value[p_value]\n@result[relationship]\nwhere "r_value" is rounded to '
  'three decimal places, "p_value" to four decimal places and "relationship" is "correlated" or "not '
  'correlated".\n}',
  [['correlation_coefficient', f3(r)], ['p_value', f4(p)],
   ['result', verdict(p, 0.05, 'correlated', 'not correlated')]])

for item in Q:
    print(json.dumps(item))
