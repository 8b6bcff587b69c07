# Batch 74 (held out): DABench-form questions over the DABench folder's tables that the own batches use least or
# have not yet asked this way (a debate tournament's teams, a city's departments, unemployment by industry, a hotel
# list, a baseball salary table and a loan application list) and six WikiTableQuestions lists that own batches use
# least (a title's reigns, a race's heats, the oldest living presidents, election polls, a motorcycle race and a
# derby's matches, a cup's two-leg ties). The mix follows DABench's: summary statistics, Pearson and Spearman
# correlation with a verdict, IQR and Z-score outliers, missing values filled or dropped before a figure, a new
# column made from others and then a figure, grouping and ranking, skewness, kurtosis and a Shapiro-Wilk test, and
# comparisons between groups (t-tests, a chi-square test); two- and three-slot questions, with the condition first
# or last. Written before the engine ran on it. Answers are computed with pandas and scipy as the constraints say;
# every largest and most-often answer is checked to have no tie, and every verdict's p-value is checked to sit away
# from its threshold.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch74.py prints the
# lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import C, W, f2, f3, f4, read_dabench, recorder

Q = []
q = recorder(74, Q)
T = 'tables/dabench/tables/'


def verdict(p, alpha, yes, no):
    """The verdict word by a p-value against alpha; asserts the p-value is not within a hair of alpha."""
    assert abs(p - alpha) > 1e-4, p
    return yes if p < alpha else no


def one_top(series, largest=True):
    """The label of the one largest (or smallest) value of a series; asserts there is no tie."""
    best = series.max() if largest else series.min()
    labels = series[series == best].index.tolist()
    assert len(labels) == 1, labels
    return labels[0]


def dashed(col):
    """The two figures of an "a–b" score (en dash or hyphen), a bracket after it left out, as two number columns."""
    parts = col.str.extract(r'^\s*(\d+)\s*[–-]\s*(\d+)')
    return parts[0].astype(float), parts[1].astype(float)


# A debate tournament's teams (the header is on the second line).
F = T + 'Current_Logan.csv'
d = read_dabench('Current_Logan.csv', header=1)
total = d.groupby('School').Wins.sum().sort_values(ascending=False)
assert total.iloc[0] > total.iloc[1] > total.iloc[2], total.head()
q(F, 'Rank the schools by their total Wins. Which school ranks second, and what is its total?',
  '{\nGroup the rows by "School" and sum "Wins" in each group. Sort the schools by that sum from largest to smallest '
  'and report the school in second place and its sum.\n}',
  '{\n@second_school[name]\n@total_wins[total]\nwhere "name" is written as in "School" and "total" is an integer.\n}',
  [['second_school', total.index[1]], ['total_wins', str(int(total.iloc[1]))]])

# A city's departments in the current budget.
F = T + 'city_departments_in_current_budget.csv'
d = read_dabench('city_departments_in_current_budget.csv')
length = d['Department Name'].str.len()
longest = one_top(pd.Series(length.values, index=d['Department Name']))
q(F, 'Create a new feature "name_length" as the number of characters in Department Name. What are the mean and the '
     'maximum of name_length, and which department has the longest name?',
  '{\n"name_length" is the number of characters of "Department Name", spaces included. Calculate its mean and its '
  'maximum over all the rows and report the department with the largest "name_length".\nRound the mean to two '
  'decimal places.\n}',
  '{\n@mean_length[mean]\n@max_length[max]\n@longest_name[name]\nwhere "mean" is rounded to two decimal places, '
  '"max" is an integer and "name" is written as in "Department Name".\n}',
  [['mean_length', f2(length.mean())], ['max_length', str(int(length.max()))], ['longest_name', longest]])

# Unemployment by industry in two Marches.
F = T + 'unemployement_industry.csv'
d = read_dabench('unemployement_industry.csv').dropna(subset=['Mar.2019', 'Mar.2020'])
small = d[d['Mar.2019'] < 500]
r, p = stats.pearsonr(small['Mar.2019'], small['Mar.2020'])
q(F, 'For the rows with fewer than 500 unemployed in Mar.2019, how many rows are there, and what is the Pearson '
     'correlation between Mar.2019 and Mar.2020?',
  '{\nDrop the rows where "Mar.2019" or "Mar.2020" is missing. Keep the rows whose "Mar.2019" is less than 500. '
  'Count them and calculate the Pearson correlation coefficient between "Mar.2019" and "Mar.2020" over them.\nRound '
  'the coefficient to three decimal places.\n}',
  '{\n@row_count[count]\n@correlation_coefficient[r_value]\nwhere "count" is an integer and "r_value" is a number '
  'between -1 and 1 rounded to three decimal places.\n}',
  [['row_count', str(len(small))], ['correlation_coefficient', f3(r)]])

grown = d[d['Mar.2019'] > 0].copy()
grown['pct_change'] = (grown['Mar.2020'] - grown['Mar.2019']) / grown['Mar.2019'] * 100
top = one_top(pd.Series(grown['pct_change'].values, index=grown['Industry and class of worker']))
q(F, 'Create a new column "pct_change" as the percentage change from Mar.2019 to Mar.2020. Which industry has the '
     'largest pct_change, and what is it?',
  '{\nDrop the rows where "Mar.2019" or "Mar.2020" is missing. "pct_change" = ("Mar.2020" - "Mar.2019") / '
  '"Mar.2019" * 100. Report the "Industry and class of worker" of the row with the largest "pct_change" and that '
  'value.\nRound the value to two decimal places.\n}',
  '{\n@industry[name]\n@pct_change[value]\nwhere "name" is written as in "Industry and class of worker" and "value" '
  'is rounded to two decimal places.\n}',
  [['industry', top], ['pct_change', f2(grown['pct_change'].max())]])

# A list of hotels in and around one city.
F = T + 'hotel_data.csv'
d = read_dabench('hotel_data.csv')
stars = d.star_rating.fillna(d.star_rating.median())
q(F, 'Fill the missing star_rating values with the median star_rating. What are the mean and the standard deviation '
     'of star_rating after that?',
  '{\nReplace the missing values of "star_rating" with the median of its non-missing values. Then calculate the mean '
  'and the sample standard deviation of "star_rating" over all the rows.\nRound both to three decimal places.\n}',
  '{\n@mean_star_rating[mean]\n@std_star_rating[std]\nwhere "mean" and "std" are rounded to three decimal '
  'places.\n}',
  [['mean_star_rating', f3(stars.mean())], ['std_star_rating', f3(stars.std())]])

a = d.bubble_score[(d.hotel_type == 'Hotel')].dropna()
b = d.bubble_score[(d.hotel_type == 'Condo')].dropna()
t, p = stats.ttest_ind(a, b, equal_var=False)
q(F, 'Is there a significant difference in bubble_score between the hotels of type "Hotel" and those of type '
     '"Condo"? Perform a Welch t-test.',
  '{\nLeave out the rows whose "bubble_score" is missing. Compare "bubble_score" of the rows whose "hotel_type" is '
  '"Hotel" with that of the rows whose "hotel_type" is "Condo" using a two-sample t-test that does not assume equal '
  'variances (scipy.stats.ttest_ind with equal_var=False, "Hotel" first). If the p-value is less than 0.05, report '
  '"significant difference", otherwise "no significant difference".\nRound the t statistic to three decimal '
  'places.\n}',
  '{\n@t_statistic[t]\n@result[significance]\nwhere "t" is rounded to three decimal places and "significance" is '
  '"significant difference" or "no significant difference".\n}',
  [['t_statistic', f3(t)], ['result', verdict(p, 0.05, 'significant difference', 'no significant difference')]])

sizes = d.city_name.value_counts()
big = sizes[sizes >= 40].index
reviews = d[d.city_name.isin(big)].groupby('city_name').review_count.mean()
top = one_top(reviews)
q(F, 'Among the cities with at least 40 hotels, which city has the highest mean review_count, and what is that mean?',
  '{\nCount the rows of each "city_name" and keep the cities with 40 or more rows. Calculate the mean '
  '"review_count" of each of those cities and report the city with the largest mean and that mean.\nRound the mean '
  'to two decimal places.\n}',
  '{\n@city[name]\n@mean_review_count[mean]\nwhere "name" is written as in "city_name" and "mean" is rounded to two '
  'decimal places.\n}',
  [['city', top], ['mean_review_count', f2(reviews[top])]])

col = d.review_count
q1, q3 = col.quantile([0.25, 0.75])
iqr = q3 - q1
out = (col < q1 - 1.5 * iqr) | (col > q3 + 1.5 * iqr)
q(F, 'Detect the outliers in review_count with the IQR method. How many hotels are outliers, and what is the median '
     'review_count of the remaining hotels?',
  '{\nQ1 and Q3 are the 25th and 75th percentiles of "review_count" (pandas quantile). An outlier is a value below '
  'Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR. Count the outliers, remove them, and calculate the median of the '
  'remaining values.\n}',
  '{\n@outlier_count[count]\n@median_without_outliers[median]\nwhere "count" is an integer and "median" is a '
  'number.\n}',
  [['outlier_count', str(int(out.sum()))], ['median_without_outliers', f'{col[~out].median():g}']])

# Baseball players' salaries and batting figures of one season.
F = T + 'baseball_data.csv'
d = read_dabench('baseball_data.csv')
full = d.dropna(subset=['number_of_home_runs'])
extra = full.number_of_doubles + full.number_of_triples + full.number_of_home_runs
r, p = stats.pearsonr(extra, full.salary_in_thousands_of_dollars)
q(F, 'Create a new feature "extra_base_hits" as the sum of doubles, triples and home runs. What is its mean, and what '
     'is the Pearson correlation between extra_base_hits and the salary?',
  '{\nDrop the rows where "number_of_home_runs" is missing. "extra_base_hits" = "number_of_doubles" + '
  '"number_of_triples" + "number_of_home_runs". Calculate the mean of "extra_base_hits" and the Pearson correlation '
  'coefficient between "extra_base_hits" and "salary_in_thousands_of_dollars".\nRound the mean to two decimal places '
  'and the coefficient to three decimal places.\n}',
  '{\n@mean_extra_base_hits[mean]\n@correlation_coefficient[r_value]\nwhere "mean" is rounded to two decimal places '
  'and "r_value" is a number between -1 and 1 rounded to three decimal places.\n}',
  [['mean_extra_base_hits', f2(extra.mean())], ['correlation_coefficient', f3(r)]])

sal = d.salary_in_thousands_of_dollars
w, p = stats.shapiro(sal)
q(F, 'What are the skewness and the kurtosis of the salary, and is it normally distributed by a Shapiro-Wilk test?',
  '{\nUse the pandas methods skew() and kurt() on "salary_in_thousands_of_dollars" (sample skewness and excess '
  'kurtosis), and run scipy.stats.shapiro on all its values. If the p-value is less than 0.05, the salary is "not '
  'normal", otherwise "normal".\nRound the skewness and the kurtosis to three decimal places.\n}',
  '{\n@skewness[skew]\n@kurtosis[kurt]\n@normality[result]\nwhere "skew" and "kurt" are rounded to three decimal '
  'places and "result" is "normal" or "not normal".\n}',
  [['skewness', f3(sal.skew())], ['kurtosis', f3(sal.kurt())], ['normality', verdict(p, 0.05, 'not normal', 'normal')]])

elig = d.dropna(subset=['indicator_of_free_agency_eligibility'])
a = elig.number_of_runs[elig.indicator_of_free_agency_eligibility == 1]
b = elig.number_of_runs[elig.indicator_of_free_agency_eligibility == 0]
t, p = stats.ttest_ind(a, b)
q(F, 'Do the players eligible for free agency score a different number of runs from the others? Perform an '
     'independent two-sample t-test on number_of_runs.',
  '{\nLeave out the rows where "indicator_of_free_agency_eligibility" is missing. Compare "number_of_runs" of the '
  'rows whose "indicator_of_free_agency_eligibility" is 1 with that of the rows where it is 0, using '
  'scipy.stats.ttest_ind as it is by default (equal variances, the eligible players first). Report the mean runs of '
  'each group and whether the difference is significant at 0.05.\nRound the means to two decimal places.\n}',
  '{\n@mean_runs_eligible[mean]\n@mean_runs_not_eligible[mean]\n@result[significance]\nwhere "mean" is rounded to '
  'two decimal places and "significance" is "significant difference" or "no significant difference".\n}',
  [['mean_runs_eligible', f2(a.mean())], ['mean_runs_not_eligible', f2(b.mean())],
   ['result', verdict(p, 0.05, 'significant difference', 'no significant difference')]])

# Loan applications.
F = T + 'test_Y3wMUE5_7gLdaTN.csv'
d = read_dabench('test_Y3wMUE5_7gLdaTN.csv')
amount = d.LoanAmount.fillna(d.LoanAmount.median())
by_area = amount.groupby(d.Property_Area).mean()
top = one_top(by_area)
q(F, 'After filling the missing LoanAmount values with the median LoanAmount, which Property_Area has the highest '
     'mean LoanAmount, and what is that mean?',
  '{\nReplace the missing values of "LoanAmount" with the median of its non-missing values. Group the rows by '
  '"Property_Area" and calculate the mean "LoanAmount" of each group. Report the area with the largest mean and that '
  'mean.\nRound the mean to two decimal places.\n}',
  '{\n@property_area[name]\n@mean_loan_amount[mean]\nwhere "name" is written as in "Property_Area" and "mean" is '
  'rounded to two decimal places.\n}',
  [['property_area', top], ['mean_loan_amount', f2(by_area[top])]])

table = pd.crosstab(d.Married, d.Education)
chi2, p, dof, _ = stats.chi2_contingency(table)
q(F, 'Is there an association between Married and Education? Perform a chi-square test of independence.',
  '{\nBuild the contingency table of "Married" against "Education" and run scipy.stats.chi2_contingency on it as it '
  'is by default. If the p-value is less than 0.05, report "dependent", otherwise "independent".\nRound the '
  'chi-square statistic to three decimal places and the p-value to four decimal places.\n}',
  '{\n@chi_square[statistic]\n@p_value[p_value]\n@relationship[result]\nwhere "statistic" is rounded to three '
  'decimal places, "p_value" to four decimal places and "result" is "dependent" or "independent".\n}',
  [['chi_square', f3(chi2)], ['p_value', f4(p)], ['relationship', verdict(p, 0.05, 'dependent', 'independent')]])

income = d.ApplicantIncome + d.CoapplicantIncome
rich = d[income > 10000]
q(F, 'Create a new column "TotalIncome" as ApplicantIncome plus CoapplicantIncome. How many applications have a '
     'TotalIncome above 10000, and what is their mean LoanAmount?',
  '{\n"TotalIncome" = "ApplicantIncome" + "CoapplicantIncome". Keep the rows whose "TotalIncome" is greater than '
  '10000, count them, and calculate the mean "LoanAmount" of those rows over its non-missing values.\nRound the mean '
  'to two decimal places.\n}',
  '{\n@applications[count]\n@mean_loan_amount[mean]\nwhere "count" is an integer and "mean" is rounded to two '
  'decimal places.\n}',
  [['applications', str(len(rich))], ['mean_loan_amount', f2(rich.LoanAmount.mean())]])

# A title's list of reigns.
F = W + '204-csv/818.csv'
d = pd.read_csv(C + F)
d = d.dropna(subset=['Reigns:'])
places = d['Place:'].value_counts()
top = one_top(places)
q(F, 'Considering only the rows with a Reigns: figure, which place saw the most title changes, how many, and how '
     'many distinct wrestlers are listed?',
  '{\nLeave out the rows whose "Reigns:" is missing. Count the rows of each value of "Place:" and report the place '
  'with the largest count and that count. Also report the number of distinct values of "Wrestler:" over the rows '
  'kept.\n}',
  '{\n@place[name]\n@title_changes[count]\n@wrestlers[number]\nwhere "name" is written as in "Place:" and '
  '"count" and "number" are integers.\n}',
  [['place', top], ['title_changes', str(int(places[top]))], ['wrestlers', str(d['Wrestler:'].nunique())]])

# A race's two heats.
F = W + '203-csv/693.csv'
d = pd.read_csv(C + F)
parts = d.Result.str.extract(r'^(\d+):(\d+(?:\.\d+)?)')
secs = parts[0].astype(float) * 60 + parts[1].astype(float)
ran = d[secs.notna()].assign(seconds=secs)
h1 = ran.seconds[ran.Heat == 1]
h2 = ran.seconds[ran.Heat == 2]
t, p = stats.ttest_ind(h1, h2)
q(F, 'Convert each Result to seconds. Compare the times of heat 1 and heat 2: what is the mean time of each heat, and '
     'is the difference significant?',
  '{\nA time in "Result" is written as minutes:seconds (for example "15:26.62 Q" is 926.62 seconds; a letter after '
  'it is left out). Leave out the rows without a time (such as "DNF" or "DNS"). Compare the seconds of the rows of '
  '"Heat" 1 with those of "Heat" 2 using scipy.stats.ttest_ind as it is by default (heat 1 first). If the p-value '
  'is less than 0.05, report "significant difference", otherwise "no significant difference".\nRound the means to '
  'two decimal places.\n}',
  '{\n@mean_heat_1[mean]\n@mean_heat_2[mean]\n@result[significance]\nwhere "mean" is a number of seconds rounded to '
  'two decimal places and "significance" is "significant difference" or "no significant difference".\n}',
  [['mean_heat_1', f2(h1.mean())], ['mean_heat_2', f2(h2.mean())],
   ['result', verdict(p, 0.05, 'significant difference', 'no significant difference')]])

# The oldest living presidents.
F = W + '203-csv/260.csv'
d = pd.read_csv(C + F)
days = pd.to_numeric(d['Duration (Days)'].str.replace(' days', '').str.replace(',', ''), errors='coerce').dropna()
q(F, 'What are the mean and the median of Duration (Days), and how many presidents were the oldest living president '
     'for more than 3650 days?',
  '{\n"Duration (Days)" is written as a number of days (for example "3,880 days" is 3880). Leave out the rows whose '
  '"Duration (Days)" is not a number. Calculate the mean and the median over the rest, and count the rows above '
  '3650.\nRound the mean to two decimal places.\n}',
  '{\n@mean_days[mean]\n@median_days[median]\n@long_tenures[count]\nwhere "mean" is rounded to two decimal places, '
  '"median" is a number and "count" is an integer.\n}',
  [['mean_days', f2(days.mean())], ['median_days', f'{days.median():g}'], ['long_tenures', str(int((days > 3650).sum()))]])

# Polls of a presidential race in one state.
F = W + '203-csv/662.csv'
d = pd.read_csv(C + F)
moe = d['Margin of Error'].fillna(d['Margin of Error'].median())
both = pd.DataFrame({'size': d['Sample Size'], 'moe': moe}).dropna()
r, p = stats.pearsonr(both['size'], both.moe)
q(F, 'Fill the missing Margin of Error values with the median Margin of Error. Then, is there a significant '
     'correlation between Sample Size and Margin of Error?',
  '{\nReplace the missing values of "Margin of Error" with the median of its non-missing values. Leave out the rows '
  'whose "Sample Size" is missing. Calculate the Pearson correlation coefficient between "Sample Size" and "Margin of '
  'Error" and its two-tailed p-value; the correlation is "significant" if the p-value is less than 0.05.\nRound the '
  'coefficient to three decimal places.\n}',
  '{\n@correlation_coefficient[r_value]\n@significance[result]\nwhere "r_value" is a number between -1 and 1 rounded '
  'to three decimal places and "result" is "significant" or "not significant".\n}',
  [['correlation_coefficient', f3(r)], ['significance', verdict(p, 0.05, 'significant', 'not significant')]])

lead = d['%'] - d['%.1']
by_dem = lead.groupby(d.Democrat).mean()
top = one_top(by_dem)
q(F, 'Create a new column "lead" as the Democrat\'s percentage minus the Republican\'s percentage. Which Democrat has '
     'the larger mean lead, and what is it?',
  '{\n"lead" = "%" - "%.1" for each row. Group the rows by "Democrat" and calculate the mean "lead" of each group. '
  'Report the Democrat with the largest mean and that mean.\nRound the mean to two decimal places.\n}',
  '{\n@democrat[name]\n@mean_lead[mean]\nwhere "name" is written as in "Democrat" and "mean" is rounded to two '
  'decimal places.\n}',
  [['democrat', top], ['mean_lead', f2(by_dem[top])]])

# A motorcycle race's result.
F = W + '204-csv/303.csv'
d = pd.read_csv(C + F)
points = d.Points.fillna(0).groupby(d.Manufactuer).sum()
top = one_top(points)
q(F, 'Treat a missing Points value as 0. Which manufacturer scored the most points in total, and how many riders of '
     'that manufacturer are listed?',
  '{\nReplace the missing values of "Points" with 0. Group the rows by "Manufactuer" and sum "Points" in each group. '
  'Report the manufacturer with the largest sum and the number of rows of that manufacturer.\n}',
  '{\n@manufacturer[name]\n@riders[count]\nwhere "name" is written as in "Manufactuer" and "count" is an integer.\n}',
  [['manufacturer', top], ['riders', str(int((d.Manufactuer == top).sum()))]])

# A derby's matches over many seasons.
F = W + '203-csv/472.csv'
d = pd.read_csv(C + F)
home, away = dashed(d.Result)
goals = (home + away).dropna()
stadiums = d.Stadium.value_counts()
top = one_top(stadiums)
q(F, 'Create a new column "total_goals" as the sum of the two figures of Result. What is the mean of total_goals, '
     'and which stadium hosted the most matches?',
  '{\n"Result" is written as home goals, a dash, and away goals (for example "2–1" is 3 goals in all). '
  '"total_goals" is the sum of the two figures; leave out the rows whose "Result" is not written that way. '
  'Calculate the mean of "total_goals", and count the rows of each "Stadium" to find the one with the most rows.\n'
  'Round the mean to three decimal places.\n}',
  '{\n@mean_total_goals[mean]\n@stadium[name]\nwhere "mean" is rounded to three decimal places and "name" is '
  'written as in "Stadium".\n}',
  [['mean_total_goals', f3(goals.mean())], ['stadium', top]])

# A cup round's two-leg ties.
F = W + '204-csv/702.csv'
d = pd.read_csv(C + F)
first, second = dashed(d['Agg.'])
q(F, 'Split the aggregate score "Agg." into the goals of Team 1 and the goals of Team 2. In how many ties did Team 1 '
     'score more aggregate goals, and what is the mean number of aggregate goals per tie?',
  '{\nThe first figure of "Agg." is the goals of "Team 1" and the second the goals of "Team 2" (a penalty shoot-out '
  'in brackets after them is left out, so "5–5 (3–4 p)" is 5 and 5). Count the rows where Team 1\'s goals are '
  'greater than Team 2\'s, and calculate the mean of the two goals added together over all the rows.\nRound the mean '
  'to two decimal places.\n}',
  '{\n@team1_wins[count]\n@mean_aggregate_goals[mean]\nwhere "count" is an integer and "mean" is rounded to two '
  'decimal places.\n}',
  [['team1_wins', str(int((first > second).sum()))], ['mean_aggregate_goals', f2((first + second).mean())]])

for item in Q:
    print(json.dumps(item))
