# Batch 70 (held out): DABench-form questions in the shapes DABench asks most, two or three slots each, over the
# tables the own batches use least: the DABench folder's debate teams, city departments, virus sites, unemployment
# by industry, call-centre quarter hours, basketball play-by-play and arrest counts, with a few over Apple's and
# Bitcoin's prices, a hockey suspension list (WikiTableQuestions) and a small French test sheet (an office .xls).
# The kinds: a mean with a count of rows above a bound; a correlation with its p-value; IQR and z-score outliers
# with the mean after leaving them out; missing values filled with the median before a mean; a chi-square test;
# a made column (a ratio of columns) and its mean by a group made from a date; "the top three"; the most frequent
# value with its count or share; a figure read out of a text cell; and conditioned means where the condition
# comes first in the sentence. Preprocessing is stated in the constraints, as DABench states it.
# Written before the engine ran on it. Answers are computed with pandas and scipy and checked by reading the rows;
# every largest, most-often and top-three answer is checked to have no tie.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch70.py prints the
# lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import C, f2, f3, f4, only_mode, read_dabench, recorder

Q = []
q = recorder(70, Q)
T = 'tables/dabench/tables/'


def no_tie_top(values, n):
    """The index of the n largest values, largest first; asserts the n-th is not tied with the next."""
    ordered = values.sort_values(ascending=False)
    assert ordered.iloc[n - 1] != ordered.iloc[n]
    return ordered.index[:n]


# A debate tournament's teams (the header is on the second line).
F = T + 'Current_Logan.csv'
d = read_dabench('Current_Logan.csv', header=1)
school, teams = only_mode(d.School.value_counts())
q(F, 'Which school has the largest number of teams in the table, and what is that number?',
  '{\nEach row is one team. Count the rows of each "School" and report the school with the most rows and its '
  'count.\n}',
  '{\n@school[name]\n@team_count[count]\nwhere "name" is written as in "School" and "count" is an integer.\n}',
  [['school', school], ['team_count', str(teams)]])

mitty = d[d.School == 'Archbishop Mitty']
q(F, 'For the teams of Archbishop Mitty, what is the mean number of wins, and how many of those teams won more '
     'than 3 rounds?',
  '{\nKeep the rows whose "School" is "Archbishop Mitty". Take the mean of "Wins" and count the rows whose "Wins" is '
  'greater than 3.\nRound the mean to three decimal places.\n}',
  '{\n@mean_wins[mean]\n@teams_above_3[count]\nwhere "mean" is rounded to three decimal places and "count" is an '
  'integer.\n}',
  [['mean_wins', f3(mitty.Wins.mean())], ['teams_above_3', str(int((mitty.Wins > 3).sum()))]])

# A city's departments.
F = T + 'city_departments_in_current_budget.csv'
d = read_dabench('city_departments_in_current_budget.csv')
group, size = only_mode(d.dept_group.value_counts())
q(F, 'Which department group holds the most departments, and what percentage of all departments belong to it?',
  '{\nCount the rows of each "dept_group". Report the group with the most rows and its rows as a percentage of all '
  'rows.\nRound the percentage to two decimal places.\n}',
  '{\n@dept_group[name]\n@share[percentage]\nwhere "name" is written as in "dept_group" and "percentage" is rounded '
  'to two decimal places.\n}',
  [['dept_group', group], ['share', f2(size / len(d) * 100)]])

# A virus's sites.
F = T + 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
d = read_dabench('ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv')
r, p = stats.pearsonr(d.positive_diffsel, d.negative_diffsel)
q(F, 'Is there a linear relationship between positive_diffsel and negative_diffsel? Give the Pearson correlation '
     'coefficient and its p-value.',
  '{\nCompute the Pearson correlation coefficient (r) between "positive_diffsel" and "negative_diffsel" over all '
  'sites, and the two-tailed p-value of the test that r is 0.\nRound r to two decimal places and the p-value to '
  'four decimal places.\n}',
  '{\n@correlation_coefficient[r_value]\n@p_value[p_value]\nwhere "r_value" is rounded to two decimal places and '
  '"p_value" is rounded to four decimal places.\n}',
  [['correlation_coefficient', f2(r)], ['p_value', f4(p)]])

q1, q3 = d.max_diffsel.quantile([0.25, 0.75])
iqr = q3 - q1
outlier = (d.max_diffsel < q1 - 1.5 * iqr) | (d.max_diffsel > q3 + 1.5 * iqr)
q(F, 'Using the IQR method, how many sites are outliers in max_diffsel, and what is the mean max_diffsel after '
     'removing them?',
  '{\nQ1 and Q3 are the 25th and 75th percentiles of "max_diffsel" (pandas quantile); an outlier is below Q1 - 1.5 * '
  'IQR or above Q3 + 1.5 * IQR. Count the outliers, drop them, and take the mean of the rest.\nRound the mean to '
  'three decimal places.\n}',
  '{\n@outlier_count[count]\n@mean_without_outliers[mean]\nwhere "count" is an integer and "mean" is rounded to '
  'three decimal places.\n}',
  [['outlier_count', str(int(outlier.sum()))], ['mean_without_outliers', f3(d.max_diffsel[~outlier].mean())]])

top = no_tie_top(d.positive_diffsel, 3)
q(F, 'What are the top three sites by positive_diffsel?',
  '{\nSort the sites by "positive_diffsel" from the largest and report the "site" of the first three, in that '
  'order.\n}',
  '{\n@top_sites[site_list]\nwhere "site_list" is the three "site" values separated by commas, the largest '
  'first.\n}',
  [['top_sites', ', '.join(d.site[top])]])

# Unemployment by industry.
F = T + 'unemployement_industry.csv'
d = read_dabench('unemployement_industry.csv')
rows = d.dropna(subset=['Mar.2019', 'Mar.2020'])
change = rows['Mar.2020'] - rows['Mar.2019']
q(F, 'Create a new column "change" as Mar.2020 minus Mar.2019. What is the mean change, and in how many rows is '
     'the change greater than 100?',
  '{\nLeave out the rows with a missing "Mar.2019" or "Mar.2020". "change" = "Mar.2020" - "Mar.2019" for every row '
  'kept, total rows included. Take its mean and count the rows whose change is greater than 100.\nRound the mean to '
  'two decimal places.\n}',
  '{\n@mean_change[mean]\n@rows_above_100[count]\nwhere "mean" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['mean_change', f2(change.mean())], ['rows_above_100', str(int((change > 100).sum()))]])

rate = pd.to_numeric(d['Total Mar.2020'], errors='coerce')
large = (d['Mar.2019'] > 500) & rate.notna()
q(F, 'Among the rows with more than 500 unemployed in Mar.2019, what is the average unemployment rate in Total '
     'Mar.2020?',
  '{\nKeep the rows whose "Mar.2019" is greater than 500 and whose "Total Mar.2020" is a number ("-" means no '
  'figure). Take the mean of "Total Mar.2020".\nRound to two decimal places.\n}',
  '{\n@mean_rate_2020[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_rate_2020', f2(rate[large].mean())]])

# A call centre's day in quarter hours.
F = T + '20170413_000000_group_statistics.csv'
d = read_dabench('20170413_000000_group_statistics.csv')
d.columns = [c.strip() for c in d.columns]
busy = d[d['num. calls answered'] > 5]
q(F, 'In the intervals where more than 5 calls were answered, what is the average number of agents talking, and '
     'how many such intervals are there?',
  '{\nKeep the rows whose "num. calls answered" is greater than 5. Take the mean of "avg. num. agents talking" over '
  'them and count them.\nRound the mean to three decimal places.\n}',
  '{\n@mean_agents_talking[mean]\n@busy_intervals[count]\nwhere "mean" is rounded to three decimal places and '
  '"count" is an integer.\n}',
  [['mean_agents_talking', f3(busy['avg. num. agents talking'].mean())], ['busy_intervals', str(len(busy))]])

z = stats.zscore(d['num. calls answered'])
far = abs(z) > 2
q(F, 'Using the Z-score method with a threshold of 2, how many intervals are outliers in the number of calls '
     'answered, and what is the mean number of calls answered after removing them?',
  '{\nThe Z-score of "num. calls answered" uses its mean and its population standard deviation; an outlier has an '
  'absolute Z-score greater than 2. Count the outliers, drop them, and take the mean of the rest.\nRound the mean to '
  'three decimal places.\n}',
  '{\n@outlier_count[count]\n@mean_without_outliers[mean]\nwhere "count" is an integer and "mean" is rounded to '
  'three decimal places.\n}',
  [['outlier_count', str(int(far.sum()))], ['mean_without_outliers', f3(d['num. calls answered'][~far].mean())]])

# A basketball game's play-by-play log.
F = T + '0020200722.csv'
d = read_dabench('0020200722.csv')
kind, events = only_mode(d.EVENTMSGTYPE.value_counts())
q(F, 'Which EVENTMSGTYPE occurs most often, and how many events have it?',
  '{\nCount the rows of each "EVENTMSGTYPE" and report the most frequent value and its count.\n}',
  '{\n@event_type[type]\n@event_count[count]\nwhere "type" is the "EVENTMSGTYPE" value, an integer, and "count" is '
  'an integer.\n}',
  [['event_type', str(int(kind))], ['event_count', str(events)]])

fourth = d[d.PERIOD == 4]
q(F, 'In the fourth period, how many events have a HOMEDESCRIPTION, and how many have a VISITORDESCRIPTION?',
  '{\nKeep the rows whose "PERIOD" is 4 and count the rows whose "HOMEDESCRIPTION" is not missing and the rows whose '
  '"VISITORDESCRIPTION" is not missing.\n}',
  '{\n@home_events[count]\n@visitor_events[count]\nwhere "count" is an integer.\n}',
  [['home_events', str(int(fourth.HOMEDESCRIPTION.notna().sum()))],
   ['visitor_events', str(int(fourth.VISITORDESCRIPTION.notna().sum()))]])

# Arrest counts by offense and age.
F = T + 'arrest_expungibility.csv'
d = read_dabench('arrest_expungibility.csv')
filled = d.Count.fillna(d.Count.median())
q(F, 'Fill the missing values of Count with the median of Count. What are the mean and the standard deviation of '
     'Count after that?',
  '{\nReplace the missing "Count" values with the median of the non-missing ones, then take the mean and the sample '
  'standard deviation of "Count".\nRound both to two decimal places.\n}',
  '{\n@mean_count[mean]\n@std_count[std]\nwhere "mean" and "std" are rounded to two decimal places.\n}',
  [['mean_count', f2(filled.mean())], ['std_count', f2(filled.std())]])

table = pd.crosstab(d.Offense_Type, d.Expungible)
chi2, p, _, _ = stats.chi2_contingency(table)
q(F, 'Is there an association between Offense_Type and Expungible? Run a chi-square test of independence and give '
     'the chi-square statistic and the p-value.',
  '{\nBuild the contingency table of "Offense_Type" against "Expungible" over all rows and run the chi-square test '
  'of independence with Yates\' continuity correction (scipy.stats.chi2_contingency as it is by default).\nRound the '
  'statistic to two decimal places and the p-value to six decimal places.\n}',
  '{\n@chi_square[statistic]\n@p_value[p_value]\nwhere "statistic" is rounded to two decimal places and "p_value" '
  'is rounded to six decimal places.\n}',
  [['chi_square', f2(chi2)], ['p_value', f'{p:.6f}']])

person = d[d.Category == 'Crimes Against Person']
q(F, 'For the arrests in the Crimes Against Person category, what is the median age, and how many rows have an age '
     'above 17?',
  '{\nKeep the rows whose "Category" is "Crimes Against Person". Take the median of "Age" and count the rows whose '
  '"Age" is greater than 17.\n}',
  '{\n@median_age[median]\n@rows_above_17[count]\nwhere "median" is rounded to one decimal place and "count" is an '
  'integer.\n}',
  [['median_age', f'{person.Age.median():.1f}'], ['rows_above_17', str(int((person.Age > 17).sum()))]])

# Apple's daily prices.
F = T + 'e5_aapl.csv'
d = read_dabench('e5_aapl.csv')
spread = (d.High - d.Low) / d.Open * 100
by_year = spread.groupby(d.Date.str[:4]).mean()
assert (by_year == by_year.max()).sum() == 1
q(F, 'Create a new column "spread" as (High - Low) / Open * 100. Which year has the highest mean spread, and what '
     'is that mean?',
  '{\n"spread" = ("High" - "Low") / "Open" * 100 for every day. The year is the first four characters of "Date". '
  'Take the mean spread of each year and report the year with the largest mean and that mean.\nRound to three '
  'decimal places.\n}',
  '{\n@year[year]\n@mean_spread[mean]\nwhere "year" is a four-digit year and "mean" is rounded to three decimal '
  'places.\n}',
  [['year', by_year.idxmax()], ['mean_spread', f3(by_year.max())]])

# Bitcoin's daily prices.
F = T + 'YAHOO-BTC_USD_D.csv'
d = read_dabench('YAHOO-BTC_USD_D.csv')
close = d.Close.fillna(d.Close.median())
q(F, 'After filling the missing closing prices with the median close, what is the mean closing price, and on how '
     'many days did Bitcoin close above 10000?',
  '{\nReplace the missing "Close" values with the median of "Close", then take the mean of "Close" and count the '
  'rows whose "Close" is greater than 10000.\nRound the mean to two decimal places.\n}',
  '{\n@mean_close[mean]\n@days_above_10000[count]\nwhere "mean" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['mean_close', f2(close.mean())], ['days_above_10000', str(int((close > 10000).sum()))]])

# A hockey league's suspensions (WikiTableQuestions).
F = 'tables/wikitablequestions/csv/204-csv/497.csv'
d = pd.read_csv(C + F)
games = d.Length.str.extract(r'^(\d+)')[0].astype(int)
q(F, 'Reading the number of games at the start of each Length, what is the mean length of a suspension, and how '
     'many suspensions lasted 5 games or more?',
  '{\nEach row is one suspension. Its length is the first number written in "Length" (for example "7 games† '
  '(4 pre-season, 3 regular season)" is 7). Take the mean over all rows and count the rows with 5 or more games.\n'
  'Round the mean to two decimal places.\n}',
  '{\n@mean_games[mean]\n@long_suspensions[count]\nwhere "mean" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['mean_games', f2(games.mean())], ['long_suspensions', str(int((games >= 5).sum()))]])

# A small test sheet of crayons run through cycles (an office .xls; its table as the engine detects it).
F = 'office/other/poi_44010-TwoCharts.xls'
# pandas reads no .xls here without xlrd: the cells A3:E10, as LibreOffice writes them out to CSV
# (soffice --headless --convert-to csv), less the Programme column, which is one value.
d = pd.DataFrame(
    [['C18', 4, 46.4, 0.7], ['C06', 4, 46.5, 0.65], ['C05', 4, 47.8, 0.53], ['C09', 4, 48.3, 0.48],
     ['C07', 5, 55.7, 0.77], ['C12', 5, 56.9, 0.74], ['C20', 5, 57.8, 0.82], ['C13', 5, 58.1, 0.59]],
    columns=['Crayon', 'cycles', 'taux', 'allongement'])
five = d[d.cycles == 5]
assert (five.allongement == five.allongement.max()).sum() == 1
q(F, 'For the crayons run for 5 cycles, what is the mean taux, and which crayon has the largest "Allongement (%) '
     'Mesuré"?',
  '{\nKeep the rows whose "Nombre de cycles" is 5. Take the mean of "taux" and report the "Crayon" with the largest '
  '"Allongement (%) Mesuré".\nRound the mean to three decimal places.\n}',
  '{\n@mean_taux[mean]\n@crayon[name]\nwhere "mean" is rounded to three decimal places and "name" is written as in '
  '"Crayon".\n}',
  [['mean_taux', f3(five.taux.mean())], ['crayon', five.Crayon[five.allongement.idxmax()]]], table='auto_1')

for item in Q:
    print(json.dumps(item))
