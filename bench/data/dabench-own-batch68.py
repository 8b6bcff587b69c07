# Batch 68 (held out): DABench-form questions of two and three slots over the tables of the DABench folder, asking
# for columns and operations the earlier own batches left alone (Apple's daily volume and range; Bitcoin's volume;
# the spread between two end-of-day prices; unemployment rates with "-" for no estimate; a call centre's quarter
# hours with agents talking; a virus's sites by the share of positive selection; a city's department groups; a
# basketball game's event types and missing scores; hotels' star ratings by type of lodging; baseball players'
# runs batted in and salaries; arrest records' ages; women's share of degrees in two fields; passengers' ages; loan
# applicants' total income by area; a debate tournament's weightings).
# The kinds are DABench's and the shapes are those of its questions with several answers: a statistic and a count
# above a bound, a correlation and its p-value, outliers by the IQR rule or by Z-scores and the mean after removing
# them, missing values filled with the median or a dash read as missing before a statistic, a new column made from
# two others and its mean by group, the group with the largest mean and that mean. Preprocessing is stated in the
# constraints. Slot names are written as DABench writes them.
# Written before the engine ran on it. Answers are computed with pandas and scipy and checked by reading the rows;
# every largest or most-often answer is checked to have no tie, and every count's bound to have no value on it.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch68.py prints the lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import f2, f3, f4, read_dabench, recorder

Q = []
q = recorder(68, Q)
T = 'tables/dabench/tables/'


def only_max(values, labels):
    """The label of the one largest value and that value; asserts there is no tie."""
    top = values.max()
    assert (values == top).sum() == 1, values
    return labels[values.idxmax()], top


def off_bound(values, bound):
    """Asserts that no value lies on a count's bound, so that "above" and "at least" agree."""
    assert not (values == bound).any(), bound


def iqr_mask(values):
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    iqr = q3 - q1
    return (values < q1 - 1.5 * iqr) | (values > q3 + 1.5 * iqr)


F = T + 'e5_aapl.csv'
d = read_dabench('e5_aapl.csv')
off_bound(d.Volume, 100000000)
q(F, 'What is the mean closing price of the stock, and on how many days did more than 100 million shares change '
     'hands?',
  '{\nTake the mean of "Close" over all days. Count the days whose "Volume" is above 100000000.\nRound the mean to '
  'two decimal places.\n}',
  '{\n@mean_close[mean]\n@high_volume_days[count]\nwhere "mean" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['mean_close', f2(d.Close.mean())], ['high_volume_days', str(int((d.Volume > 100000000).sum()))]])

span = d.High - d.Low
off_bound(span.round(10), 4)
q(F, 'Create a new column "DailyRange" as the difference between the high and the low price of each day. What is '
     'its mean, and how many days had a range above 4?',
  '{\nDailyRange = "High" - "Low". Take its mean over all days and count the days whose DailyRange is greater than '
  '4.\nRound the mean to two decimal places.\n}',
  '{\n@mean_daily_range[mean]\n@wide_range_days[count]\nwhere "mean" is rounded to two decimal places and "count" '
  'is an integer.\n}',
  [['mean_daily_range', f2(span.mean())], ['wide_range_days', str(int((span > 4).sum()))]])

F = T + 'YAHOO-BTC_USD_D.csv'
d = read_dabench('YAHOO-BTC_USD_D.csv')
volume = d.Volume.dropna()
out = iqr_mask(volume)
q(F, 'Are there outliers in the trading volume according to the IQR method? Report how many there are and the mean '
     'volume once they are removed.',
  '{\nDrop the row with a missing "Volume". An outlier lies below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR of '
  '"Volume". Take the mean of "Volume" over the remaining rows.\nRound the mean to two decimal places.\n}',
  '{\n@outlier_count[count]\n@mean_volume_without_outliers[mean]\nwhere "count" is an integer and "mean" is '
  'rounded to two decimal places.\n}',
  [['outlier_count', str(int(out.sum()))], ['mean_volume_without_outliers', f2(volume[~out].mean())]])

F = T + 'tr_eikon_eod_data.csv'
d = read_dabench('tr_eikon_eod_data.csv')
pair = d[['INTC.O', 'AMZN.O']].dropna()
r, p = stats.pearsonr(pair['INTC.O'], pair['AMZN.O'])
q(F, 'Is there a linear relationship between the prices of Intel (INTC.O) and Amazon (AMZN.O)? Give the Pearson '
     'correlation coefficient and its p-value.',
  '{\nIgnore the rows where either price is missing. Use the Pearson correlation coefficient.\nRound r to two '
  'decimal places and the p-value to four decimal places.\n}',
  '{\n@correlation_coefficient[r_value]\n@p_value[p_value]\nwhere "r_value" is rounded to two decimal places and '
  '"p_value" to four decimal places.\n}',
  [['correlation_coefficient', f2(r)], ['p_value', f4(p)]])

spread = d['GLD'] - d['GDX']
spread = spread.dropna()
off_bound(spread.round(10), 110)
q(F, 'Create a new column as GLD minus GDX. What is its mean, and on how many days was it above 110?',
  '{\nSpread = "GLD" - "GDX", over the days where both are present. Take its mean and count the days whose spread is '
  'greater than 110.\nRound the mean to two decimal places.\n}',
  '{\n@mean_spread[mean]\n@days_above_110[count]\nwhere "mean" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['mean_spread', f2(spread.mean())], ['days_above_110', str(int((spread > 110).sum()))]])

F = T + 'unemployement_industry.csv'
d = read_dabench('unemployement_industry.csv')
women = pd.to_numeric(d['Women Mar.2020'], errors='coerce')
assert (d['Women Mar.2020'] == '-').sum() == 3
women = women[d['Industry and class of worker'].notna()]
filled = women.fillna(women.median())
q(F, 'Fill the missing unemployment rates of women in March 2020 with the median of that column. What are the mean '
     'and the standard deviation afterwards?',
  '{\nIn "Women Mar.2020" a "-" means there is no estimate: treat it as missing and fill it with the median of the '
  'column. Leave out the empty row at the bottom of the file. Use the sample standard deviation.\nRound both to two '
  'decimal places.\n}',
  '{\n@mean_rate[mean]\n@std_rate[std]\nwhere "mean" and "std" are rounded to two decimal places.\n}',
  [['mean_rate', f2(filled.mean())], ['std_rate', f2(filled.std())]])

F = T + '20170413_000000_group_statistics.csv'
d = read_dabench('20170413_000000_group_statistics.csv')
talking = d['avg. num. agents talking '] if 'avg. num. agents talking ' in d.columns else d['avg. num. agents talking']
busy = talking > 0
q(F, 'In how many quarter hours was at least one agent talking on average, and what was the mean number of calls '
     'answered over those quarter hours?',
  '{\nKeep the rows whose "avg. num. agents talking" is greater than 0. Count them, and take the mean of "num. calls '
  'answered" over them.\nRound the mean to two decimal places.\n}',
  '{\n@busy_intervals[count]\n@mean_calls_answered[mean]\nwhere "count" is an integer and "mean" is rounded to two '
  'decimal places.\n}',
  [['busy_intervals', str(int(busy.sum()))], ['mean_calls_answered', f2(d['num. calls answered'][busy].mean())]])

F = T + 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
d = read_dabench('ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv')
share = d.positive_diffsel / d.abs_diffsel
off_bound(share, 0.5)
q(F, 'Create a new feature "positive_share" as positive_diffsel divided by abs_diffsel. What is its mean, and how '
     'many sites have a share above 0.5?',
  '{\npositive_share = "positive_diffsel" / "abs_diffsel" for every site. Take its mean over all sites and count the '
  'sites whose positive_share is greater than 0.5.\nRound the mean to three decimal places.\n}',
  '{\n@mean_positive_share[mean]\n@sites_above_half[count]\nwhere "mean" is rounded to three decimal places and '
  '"count" is an integer.\n}',
  [['mean_positive_share', f3(share.mean())], ['sites_above_half', str(int((share > 0.5).sum()))]])

z = (d.max_diffsel - d.max_diffsel.mean()) / d.max_diffsel.std(ddof=0)
far = z.abs() > 3
q(F, 'Identify the outliers in max_diffsel with the Z-score method. How many are there, and what is the mean of '
     'max_diffsel after removing them?',
  '{\nZ-score = (value - mean) / standard deviation of "max_diffsel", with the population standard deviation. An '
  'outlier has an absolute Z-score greater than 3.\nRound the mean to four decimal places.\n}',
  '{\n@outlier_count[count]\n@mean_without_outliers[mean]\nwhere "count" is an integer and "mean" is rounded to four '
  'decimal places.\n}',
  [['outlier_count', str(int(far.sum()))], ['mean_without_outliers', f4(d.max_diffsel[~far].mean())]])

F = T + 'city_departments_in_current_budget.csv'
d = read_dabench('city_departments_in_current_budget.csv')
groups = d.dept_group.value_counts()
assert (groups == groups.max()).sum() == 1
top = groups.idxmax()
q(F, 'Which department group has the most departments, how many does it have, and how many departments are in the '
     'other groups?',
  '{\nCount the rows of each "dept_group". Report the group with the most rows, its count, and the number of rows '
  'of every other group together.\n}',
  '{\n@largest_group[group]\n@departments_in_group[count]\n@departments_elsewhere[count]\nwhere "group" is written '
  'as in "dept_group" and "count" is an integer.\n}',
  [['largest_group', top], ['departments_in_group', str(int(groups.max()))],
   ['departments_elsewhere', str(int(len(d) - groups.max()))]])

F = T + '0020200722.csv'
d = read_dabench('0020200722.csv')
kinds = d.EVENTMSGTYPE.value_counts()
assert (kinds == kinds.max()).sum() == 1
q(F, 'How many events have no score recorded, and which event type occurs most often, with how many events?',
  '{\nCount the rows whose "SCORE" is missing. Find the value of "EVENTMSGTYPE" with the most rows and its count.\n}',
  '{\n@missing_scores[count]\n@most_common_type[type]\n@type_count[count]\nwhere "count" is an integer and "type" '
  'is the EVENTMSGTYPE value.\n}',
  [['missing_scores', str(int(d.SCORE.isna().sum()))], ['most_common_type', str(int(kinds.idxmax()))],
   ['type_count', str(int(kinds.max()))]])

F = T + 'hotel_data.csv'
d = read_dabench('hotel_data.csv')
stars = d.star_rating.fillna(d.star_rating.median())
by_type = stars.groupby(d.hotel_type).mean()
big = d.hotel_type.value_counts()
by_type = by_type[big[big >= 20].index]
kind, best = only_max(by_type, by_type.index.to_series())
q(F, 'Fill the missing star ratings with the median star rating. Among the hotel types with at least 20 hotels, '
     'which has the highest mean star rating, and what is it?',
  '{\nFill the missing values of "star_rating" with the median of the column. Group by "hotel_type", keep the '
  'types with at least 20 hotels, and take the mean of "star_rating" in each.\nRound the mean to two decimal '
  'places.\n}',
  '{\n@hotel_type[type]\n@mean_star_rating[mean]\nwhere "type" is written as in "hotel_type" and "mean" is rounded '
  'to two decimal places.\n}',
  [['hotel_type', kind], ['mean_star_rating', f2(best)]])

F = T + 'baseball_data.csv'
d = read_dabench('baseball_data.csv')
rho, rp = stats.spearmanr(d.number_of_runs_batted_in, d.salary_in_thousands_of_dollars)
q(F, 'Do players who drive in more runs earn more? Compute the Spearman rank correlation between runs batted in and '
     'salary, with its p-value.',
  '{\nUse "number_of_runs_batted_in" and "salary_in_thousands_of_dollars" over all players, with Spearman\'s rank '
  'correlation.\nRound rho to three decimal places and the p-value to four decimal places.\n}',
  '{\n@spearman_rho[rho]\n@p_value[p_value]\nwhere "rho" is rounded to three decimal places and "p_value" to four '
  'decimal places.\n}',
  [['spearman_rho', f3(rho)], ['p_value', f4(rp)]])

F = T + 'arrest_expungibility.csv'
d = read_dabench('arrest_expungibility.csv')
q(F, 'What is the median age of the offenders, and how many records are of offenders older than 17?',
  '{\nTake the median of "Age" over all rows, and count the rows whose "Age" is greater than 17.\n}',
  '{\n@median_age[median]\n@records_over_17[count]\nwhere "median" is rounded to one decimal place and "count" is '
  'an integer.\n}',
  [['median_age', f'{d.Age.median():.1f}'], ['records_over_17', str(int((d.Age > 17).sum()))]])

F = T + 'percent-bachelors-degrees-women-usa.csv'
d = read_dabench('percent-bachelors-degrees-women-usa.csv')
gap = d.Psychology - d.Engineering
year, widest = only_max(gap, d.Year)
q(F, 'Create a new column as the share of women in Psychology minus their share in Engineering. What is its mean, '
     'and in which year was it largest?',
  '{\nGap = "Psychology" - "Engineering" for every year. Take its mean over all years and report the "Year" with the '
  'largest gap.\nRound the mean to two decimal places.\n}',
  '{\n@mean_gap[mean]\n@year_of_largest_gap[year]\nwhere "mean" is rounded to two decimal places and "year" is an '
  'integer.\n}',
  [['mean_gap', f2(gap.mean())], ['year_of_largest_gap', str(int(year))]])

F = T + 'titanic.csv'
d = read_dabench('titanic.csv')
age = d.Age.fillna(d.Age.median())
q(F, 'Fill the missing ages with the median age. What is then the mean age of the passengers who survived and of '
     'those who did not?',
  '{\nFill the missing values of "Age" with the median of "Age" over all passengers. Then take the mean of "Age" '
  'for the rows whose "Survived" is 1 and for the rows whose "Survived" is 0.\nRound both to two decimal places.\n}',
  '{\n@mean_age_survived[mean]\n@mean_age_not_survived[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_age_survived', f2(age[d.Survived == 1].mean())], ['mean_age_not_survived', f2(age[d.Survived == 0].mean())]])

F = T + 'test_Y3wMUE5_7gLdaTN.csv'
d = read_dabench('test_Y3wMUE5_7gLdaTN.csv')
total = d.ApplicantIncome + d.CoapplicantIncome
by_area = total.groupby(d.Property_Area).mean()
area, most = only_max(by_area, by_area.index.to_series())
q(F, 'Create a new column "TotalIncome" as the sum of the applicant\'s and the co-applicant\'s income. Which '
     'property area has the highest mean TotalIncome, and what is that mean?',
  '{\nTotalIncome = "ApplicantIncome" + "CoapplicantIncome". Group by "Property_Area" and take the mean of '
  'TotalIncome in each.\nRound the mean to two decimal places.\n}',
  '{\n@property_area[area]\n@mean_total_income[mean]\nwhere "area" is written as in "Property_Area" and "mean" is '
  'rounded to two decimal places.\n}',
  [['property_area', area], ['mean_total_income', f2(most)]])

F = T + 'Current_Logan.csv'
d = read_dabench('Current_Logan.csv', header=1)
schools = d.School.value_counts()
assert (schools == schools.max()).sum() == 1
school = schools.idxmax()
q(F, 'Which school entered the most teams, how many teams did it enter, and what is the mean number of wins of '
     'those teams?',
  '{\nThe table\'s header is on its second line ("Wins", "Name", …). Count the rows of each "School", report the '
  'school with the most rows and its count, and take the mean of "Wins" over its rows.\nRound the mean to two '
  'decimal places.\n}',
  '{\n@school[name]\n@team_count[count]\n@mean_wins[mean]\nwhere "name" is written as in "School", "count" is an '
  'integer and "mean" is rounded to two decimal places.\n}',
  [['school', school], ['team_count', str(int(schools.max()))], ['mean_wins', f2(d.Wins[d.School == school].mean())]])

for item in Q:
    print(json.dumps(item))
