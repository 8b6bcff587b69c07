# Batch 45 (held out): everyday analysis questions in DABench's form, asked the way a new user asks them, over the
# DABench tables the earlier batches used least (a basketball play-by-play log, a city's budget departments, a call
# centre's 15-minute statistics, a site-selection table, a year of stock prices, unemployment by industry) and a few
# over the passenger list. Kinds: counts within groups and the largest group, the most frequent value, a share of
# non-missing cells, distinct counts, a text-length feature, Pearson and Spearman correlation, a time text turned
# into seconds, an hour taken from a timestamp, outliers by z-score, a difference feature, a log transform, a monthly
# grouping, a change between two columns, age bins with a rate per bin, a mode fill, a chi-square test, a family-size
# feature, days that closed up, a mean fill and its spread. The DABench questions were read for their kinds only;
# the check half was not read. Written before the engine ran on it. Answers are computed with pandas, numpy and
# scipy (blanks as missing).
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch45.py prints the lines.
import json

import numpy as np
import pandas as pd
from scipy import stats

from dabench_own_common import f1, f2, f3, f4, read_dabench as read, recorder

Q = []
q = recorder(45, Q)
T = 'tables/dabench/tables/'


F = '0020200722.csv'
game = read(F)
per = game.PERIOD.value_counts()
q(T + F, 'Which quarter of the game had the most logged events, and how many events were logged in it?',
  '{\nCount the rows of each value of "PERIOD"; every row is one event.\n}',
  '{\n@busiest_period[period]\n@events_in_period[n]\nwhere "period" and "n" are integers.\n}',
  [['busiest_period', str(int(per.idxmax()))], ['events_in_period', str(int(per.max()))]])

q(T + F, 'What percentage of the logged events have a score written next to them?',
  '{\nAn event has a score when its "SCORE" cell is not empty. Divide by the number of events and multiply by 100.\nRound to two decimal places.\n}',
  '{\n@events_with_score_percent[pct]\nwhere "pct" is rounded to two decimal places.\n}',
  [['events_with_score_percent', f2(game.SCORE.notna().mean() * 100)]])

kinds = game.EVENTMSGTYPE.value_counts()
q(T + F, 'What kind of event shows up most often in the log, by its event message type code, and how often?',
  '{\nTake the mode of "EVENTMSGTYPE".\n}',
  '{\n@most_common_event_type[code]\n@times_seen[n]\nwhere "code" and "n" are integers.\n}',
  [['most_common_event_type', str(int(kinds.idxmax()))], ['times_seen', str(int(kinds.max()))]])

F = 'city_departments_in_current_budget.csv'
dept = read(F)
groups = dept.dept_group.value_counts()
q(T + F, 'How many department groups does the city budget have, and which group holds the most departments?',
  '{\nCount the distinct values of "dept_group", and count the departments (rows) in each group.\n}',
  '{\n@number_of_groups[n]\n@largest_group[group]\n@departments_in_largest_group[count]\nwhere "n" and "count" are integers and "group" is written as in the "dept_group" column.\n}',
  [['number_of_groups', str(int(dept.dept_group.nunique()))], ['largest_group', groups.idxmax()],
   ['departments_in_largest_group', str(int(groups.max()))]])

name_len = dept['Department Name'].str.len()
q(T + F, 'How long are the department names? Give the average number of characters and the department with the longest name.',
  '{\nCount the characters of each "Department Name" (spaces included).\nRound the average to two decimal places.\n}',
  '{\n@mean_name_length[avg]\n@longest_name_department[name]\nwhere "avg" is rounded to two decimal places and "name" is written as in the "Department Name" column.\n}',
  [['mean_name_length', f2(name_len.mean())], ['longest_name_department', dept['Department Name'][name_len.idxmax()]]])

F = '20170413_000000_group_statistics.csv'
calls = read(F)
r, p = stats.pearsonr(calls['num. calls answered'], calls['avg. num. agents talking '])
q(T + F, 'Are more calls answered in the intervals where more agents are talking on average?',
  '{\nCompute the Pearson correlation coefficient between "num. calls answered" and "avg. num. agents talking" over all intervals, with its two-sided p-value.\nRound the coefficient to two decimal places and the p-value to four.\n}',
  '{\n@answered_talking_r[r]\n@answered_talking_p[p]\nwhere "r" is rounded to two decimal places and "p" to four decimal places.\n}',
  [['answered_talking_r', f2(r)], ['answered_talking_p', f4(p)]])

wait = pd.to_timedelta(calls['avg. wait time ']).dt.total_seconds()
q(T + F, 'Turn the average wait time of each interval into seconds. What is the longest average wait, in seconds, and how many intervals had no wait at all?',
  '{\n"avg. wait time" is written as hours:minutes:seconds; convert it to a number of seconds.\nAn interval had no wait when its wait is 0 seconds.\n}',
  '{\n@longest_wait_seconds[s]\n@intervals_without_wait[n]\nwhere "s" and "n" are integers.\n}',
  [['longest_wait_seconds', str(int(wait.max()))], ['intervals_without_wait', str(int((wait == 0).sum()))]])

hour = pd.to_datetime(calls.timestamp).dt.hour
by_hour = calls.groupby(hour)['num. calls answered'].sum()
q(T + F, 'During which hour of the day were the most calls answered, and how many?',
  '{\nTake the hour (0 to 23) of "timestamp" and add up "num. calls answered" within each hour.\n}',
  '{\n@busiest_hour[hour]\n@calls_in_busiest_hour[n]\nwhere "hour" and "n" are integers.\n}',
  [['busiest_hour', str(int(by_hour.idxmax()))], ['calls_in_busiest_hour', str(int(by_hour.max()))]])

F = 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
fer = read(F)
pz = (fer.positive_diffsel - fer.positive_diffsel.mean()) / fer.positive_diffsel.std(ddof=0)
q(T + F, 'How many sites have an extreme positive differential selection, more than 3 standard deviations from the mean in either direction?',
  '{\nUse z-scores of "positive_diffsel" with the mean and the population standard deviation (ddof=0) over all sites; a site is extreme when the absolute z-score is above 3.\n}',
  '{\n@extreme_positive_sites[n]\nwhere "n" is an integer.\n}',
  [['extreme_positive_sites', str(int((pz.abs() > 3).sum()))]])

spread = fer.max_diffsel - fer.min_diffsel
q(T + F, 'Make a feature for how far apart the largest and the smallest differential selection of each site are. What are its mean and its standard deviation?',
  '{\nThe feature is "max_diffsel" - "min_diffsel".\nUse the sample standard deviation (ddof=1).\nRound both to three decimal places.\n}',
  '{\n@mean_selection_span[mean]\n@std_selection_span[std]\nwhere "mean" and "std" are rounded to three decimal places.\n}',
  [['mean_selection_span', f3(spread.mean())], ['std_selection_span', f3(spread.std())]])

rho, p = stats.spearmanr(fer.positive_diffsel, fer.negative_diffsel)
q(T + F, 'Do sites with a large positive differential selection also have a large negative one? Use a rank correlation.',
  '{\nCompute the Spearman rank correlation coefficient between "positive_diffsel" and "negative_diffsel" over all sites, with its p-value.\nRound the coefficient to three decimal places and the p-value to four.\n}',
  '{\n@positive_negative_rho[rho]\n@positive_negative_p[p]\nwhere "rho" is rounded to three decimal places and "p" to four decimal places.\n}',
  [['positive_negative_rho', f3(rho)], ['positive_negative_p', f4(p)]])

F = 'e5_aapl.csv'
aapl = read(F)
logv = np.log(aapl.Volume)
q(T + F, 'The trading volume is very skewed. Take its natural logarithm: what are the mean and the standard deviation of the log volume?',
  '{\nApply the natural logarithm (numpy.log) to "Volume" on every day.\nUse the sample standard deviation (ddof=1).\nRound both to four decimal places.\n}',
  '{\n@mean_log_volume[mean]\n@std_log_volume[std]\nwhere "mean" and "std" are rounded to four decimal places.\n}',
  [['mean_log_volume', f4(logv.mean())], ['std_log_volume', f4(logv.std())]])

month = pd.to_datetime(aapl.Date).dt.to_period('M').astype(str)
monthly = aapl.groupby(month).Close.mean()
q(T + F, 'Which calendar month had the highest average closing price, and what was it?',
  '{\nGroup the days by year and month of "Date" and average "Close" within each month.\nRound the average to two decimal places.\n}',
  '{\n@best_month[month]\n@best_month_average_close[avg]\nwhere "month" is written as YYYY-MM and "avg" is rounded to two decimal places.\n}',
  [['best_month', monthly.idxmax()], ['best_month_average_close', f2(monthly.max())]])

up = aapl.Close > aapl.Open
q(T + F, 'On how many days did the stock close higher than it opened, and what share of all days is that?',
  '{\nA day closed higher when "Close" is greater than "Open".\nGive the share as a percentage rounded to two decimal places.\n}',
  '{\n@up_days[n]\n@up_days_percent[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}',
  [['up_days', str(int(up.sum()))], ['up_days_percent', f2(up.mean() * 100)]])

F = 'unemployement_industry.csv'
un = read(F).dropna(subset=['Mar.2019', 'Mar.2020'])
change = un['Mar.2020'] - un['Mar.2019']
q(T + F, 'How much did the number of unemployed change from March 2019 to March 2020 on average across the rows, and in how many rows did it go up?',
  '{\nThe change of a row is "Mar.2020" - "Mar.2019"; rows missing either value are left out.\nRound the average change to two decimal places.\n}',
  '{\n@mean_change[avg]\n@rows_with_increase[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
  [['mean_change', f2(change.mean())], ['rows_with_increase', str(int((change > 0).sum()))]])

F = 'titanic.csv'
tit = read(F)
aged = tit.dropna(subset=['Age'])
band = pd.cut(aged.Age, bins=[0, 18, 60, 200], right=False, labels=['child', 'adult', 'senior'])
rate = aged.groupby(band).Survived.mean() * 100
q(T + F, 'Split the passengers into children, adults and seniors by age. What percentage of each group survived?',
  '{\nChildren are under 18, adults are 18 to under 60, and seniors are 60 or older; passengers without an age are left out.\nThe survival rate of a group is the mean of "Survived" in it times 100, rounded to two decimal places.\n}',
  '{\n@child_survival_percent[a]\n@adult_survival_percent[b]\n@senior_survival_percent[c]\nwhere "a", "b" and "c" are rounded to two decimal places.\n}',
  [['child_survival_percent', f2(rate['child'])], ['adult_survival_percent', f2(rate['adult'])],
   ['senior_survival_percent', f2(rate['senior'])]])

port = tit.Embarked.fillna(tit.Embarked.mode()[0])
q(T + F, 'Two passengers have no port of embarkation. Fill them in with the most common port; how many passengers boarded at that port then?',
  '{\nReplace the missing values of "Embarked" with the mode of "Embarked", then count the passengers with that port.\n}',
  '{\n@fill_port[port]\n@passengers_at_port[n]\nwhere "port" is the port code as written in "Embarked" and "n" is an integer.\n}',
  [['fill_port', tit.Embarked.mode()[0]], ['passengers_at_port', str(int((port == tit.Embarked.mode()[0]).sum()))]])

chi2, p, dof, _ = stats.chi2_contingency(pd.crosstab(tit.Sex, tit.Survived))
q(T + F, 'Did survival depend on sex? Check it with a chi-square test of independence.',
  '{\nCross-tabulate "Sex" against "Survived" with pandas.crosstab and use scipy.stats.chi2_contingency with its defaults (Yates correction on a 2 x 2 table).\nThe two are dependent when the p-value is below 0.05.\nRound the statistic to two decimal places.\n}',
  '{\n@chi_square_statistic[stat]\n@dependent[answer]\nwhere "stat" is rounded to two decimal places and "answer" is "yes" or "no".\n}',
  [['chi_square_statistic', f2(chi2)], ['dependent', 'yes' if p < 0.05 else 'no']])

fam = tit.SibSp + tit.Parch + 1
r, p = stats.pearsonr(fam, tit.Fare)
q(T + F, 'Count each passenger\'s family on board, the passenger included. Do bigger families pay more? Give the average family size and the correlation with the fare.',
  '{\nThe family size is "SibSp" + "Parch" + 1.\nUse the Pearson correlation coefficient between the family size and "Fare" over all passengers.\nRound the average to two decimal places and the coefficient to three.\n}',
  '{\n@mean_family_size[avg]\n@family_fare_r[r]\nwhere "avg" is rounded to two decimal places and "r" to three decimal places.\n}',
  [['mean_family_size', f2(fam.mean())], ['family_fare_r', f3(r)]])

F = 'microsoft.csv'
ms = read(F)
swing = ms.High - ms.Low
q(T + F, 'How big is Microsoft\'s daily price swing between the high and the low? Give its median, and the number of days it was over 2 dollars.',
  '{\nThe swing of a day is "High" - "Low".\nRound the median to two decimal places.\n}',
  '{\n@median_swing[m]\n@wide_swing_days[n]\nwhere "m" is rounded to two decimal places and "n" is an integer.\n}',
  [['median_swing', f2(swing.median())], ['wide_swing_days', str(int((swing > 2).sum()))]])

F = 'hotel_data.csv'
hotel = read(F)
stars = hotel.star_rating.fillna(hotel.star_rating.mean())
q(T + F, 'Many hotels have no star rating. If the gaps are filled with the average rating, what is the standard deviation of the ratings?',
  '{\nReplace the missing values of "star_rating" with the mean of the known ratings, then take the sample standard deviation (ddof=1) over all hotels.\nRound to three decimal places.\n}',
  '{\n@filled_star_std[std]\nwhere "std" is rounded to three decimal places.\n}',
  [['filled_star_std', f3(stars.std())]])

parents = hotel.parent_brand_name.dropna()
q(T + F, 'How many different parent companies own the hotels in the list, and which one owns the most of them?',
  '{\nCount the distinct non-empty values of "parent_brand_name", and count the hotels of each parent company.\n}',
  '{\n@parent_companies[n]\n@biggest_parent[name]\nwhere "n" is an integer and "name" is written as in the "parent_brand_name" column.\n}',
  [['parent_companies', str(int(parents.nunique()))], ['biggest_parent', parents.value_counts().idxmax()]])

for item in Q:
    print(json.dumps(item))
