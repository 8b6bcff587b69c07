# Batch 67 (held out): DABench-form questions over the tables of the DABench folder that the DABench questions and
# the earlier own batches use least (a debate tournament's teams; a city's departments; Apple's, Microsoft's and
# Bitcoin's daily prices; a basketball game's play-by-play log; unemployment by industry; a call centre's quarter
# hours; a virus's sites by differential selection; end-of-day prices of several markets; arrest records; baseball
# players' salaries; loan applications; hotels; women's share of bachelor's degrees by field).
# The kinds are DABench's, with the operations it asks that the engine did not do when the batch was written:
# rolling (moving) averages over a window of rows, a ratio of two sums, a group and its complement (eligible / not
# eligible, a named value and every other value), figures read out of text cells (a clock time, a duration, a
# running points figure inside a description, a prefix before a number), and a sort by date before a moving
# average. Slot names are written as DABench writes them.
# Written before the engine ran on it. Answers are computed with pandas and checked by reading the rows; every
# most-often or largest answer is checked to have no tie.
# Run from anywhere with a Python that has pandas: python3 bench/data/dabench-own-batch67.py prints the lines.
import json

import pandas as pd

from dabench_own_common import f2, f3, f4, read_dabench, recorder

Q = []
q = recorder(67, Q)
T = 'tables/dabench/tables/'


def only_max(values, labels):
    """The label of the one largest value and that value; asserts there is no tie."""
    top = values.max()
    assert (values == top).sum() == 1, values
    return labels[values.idxmax()], top


F = T + 'YAHOO-BTC_USD_D.csv'
d = read_dabench('YAHOO-BTC_USD_D.csv')
assert d.Date.is_monotonic_increasing
week = d.Close.rolling(7).mean()
q(F, 'Calculate the 7-day rolling average of the closing price. What is its value on the last day in the data, and '
     'what is the highest value it reaches?',
  '{\nUse a rolling window of 7 rows over "Close" in the order of the file, as pandas rolling(7).mean() computes it; '
  'a window with a missing price has no average.\nRound both to two decimal places.\n}',
  '{\n@last_rolling_average[value]\n@max_rolling_average[value]\nwhere "value" is rounded to two decimal places.\n}',
  [['last_rolling_average', f2(week.iloc[-1])], ['max_rolling_average', f2(week.max())]])

F = T + 'e5_aapl.csv'
d = read_dabench('e5_aapl.csv')
assert d.Date.is_monotonic_increasing
month = d.Close.rolling(30).mean()
on_last = month[d.Date == '2015-12-31']
assert len(on_last) == 1
q(F, 'What was the 30-day moving average of the closing price on 2015-12-31?',
  '{\nCompute the moving average of "Close" over a window of 30 trading days (rows), ending on the day itself.\n'
  'Round to two decimal places.\n}',
  '{\n@moving_average[value]\nwhere "value" is rounded to two decimal places.\n}',
  [['moving_average', f2(on_last.iloc[0])]])

F = T + 'percent-bachelors-degrees-women-usa.csv'
d = read_dabench('percent-bachelors-degrees-women-usa.csv')
five = d['Computer Science'].rolling(5).mean()
year, peak = only_max(five, d.Year)
q(F, 'Smooth the Computer Science column with a 5-year rolling mean. In which year does the smoothed share peak, and '
     'at what value?',
  '{\nThe rolling mean of a year covers that year and the four years before it (a window of 5 rows). Report the '
  '"Year" at the end of the window with the largest rolling mean, and that mean.\nRound to two decimal places.\n}',
  '{\n@peak_year[year]\n@peak_rolling_mean[value]\nwhere "year" is an integer and "value" is rounded to two '
  'decimal places.\n}',
  [['peak_year', str(int(year))], ['peak_rolling_mean', f2(peak)]])

F = T + '20170413_000000_group_statistics.csv'
d = read_dabench('20170413_000000_group_statistics.csv')
answered = d['num. calls answered']
abandoned = d['num. calls abandoned ']
q(F, 'For the whole day, what is the ratio of abandoned calls to answered calls?',
  '{\nDivide the sum of "num. calls abandoned " over all intervals by the sum of "num. calls answered" over all '
  'intervals.\nRound to four decimal places.\n}',
  '{\n@abandoned_to_answered_ratio[ratio]\nwhere "ratio" is rounded to four decimal places.\n}',
  [['abandoned_to_answered_ratio', f4(abandoned.sum() / answered.sum())]])

wait = pd.to_timedelta(d['avg. wait time ']).dt.total_seconds()
q(F, 'Convert the average wait time of each interval to seconds. What is the mean wait, in seconds, over the '
     'intervals in which at least one call was answered?',
  '{\n"avg. wait time " is written as hours:minutes:seconds. Keep the intervals whose "num. calls answered" is '
  'greater than 0.\nRound to two decimal places.\n}',
  '{\n@mean_wait_seconds[seconds]\nwhere "seconds" is rounded to two decimal places.\n}',
  [['mean_wait_seconds', f2(wait[answered > 0].mean())]])

F = T + 'arrest_expungibility.csv'
d = read_dabench('arrest_expungibility.csv')
ages = d.groupby('Expungible').Age.mean()
q(F, 'Do expungible arrests involve younger people? Compare the mean Age of the expungible and the not expungible '
     'records.',
  '{\nSplit the rows by "Expungible" (True or False) and take the mean of "Age" in each group, one row per record.\n'
  'Round both to two decimal places.\n}',
  '{\n@mean_age_expungible[mean]\n@mean_age_not_expungible[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_age_expungible', f2(ages[True])], ['mean_age_not_expungible', f2(ages[False])]])

felony_share = d.Count[d.Offense_Type == 'felony'].sum() / d.Count.sum() * 100
q(F, 'What percentage of all counted arrests are felonies?',
  '{\nSum "Count" over the rows whose "Offense_Type" is "felony", divide by the sum of "Count" over all rows, and '
  'multiply by 100. Rows with no Count add nothing.\nRound to two decimal places.\n}',
  '{\n@felony_percentage[percentage]\nwhere "percentage" is rounded to two decimal places.\n}',
  [['felony_percentage', f2(felony_share)]])

F = T + 'baseball_data.csv'
d = read_dabench('baseball_data.csv')
salary = d.groupby('indicator_of_free_agency_eligibility').salary_in_thousands_of_dollars.mean()
q(F, 'How much more are players who are eligible for free agency paid? Give the mean salary of the eligible and of '
     'the not eligible players.',
  '{\nA player is eligible when "indicator_of_free_agency_eligibility" is 1 and not eligible when it is 0; leave '
  'out the rows where it is missing. Take the mean of "salary_in_thousands_of_dollars" in each group.\nRound both '
  'to two decimal places.\n}',
  '{\n@mean_salary_eligible[mean]\n@mean_salary_not_eligible[mean]\nwhere "mean" is rounded to two decimal '
  'places.\n}',
  [['mean_salary_eligible', f2(salary[1.0])], ['mean_salary_not_eligible', f2(salary[0.0])]])

F = T + 'test_Y3wMUE5_7gLdaTN.csv'
d = read_dabench('test_Y3wMUE5_7gLdaTN.csv')
income = d.groupby('Self_Employed').ApplicantIncome.mean()
q(F, 'Compare the average applicant income of self-employed applicants with that of applicants who are not '
     'self-employed.',
  '{\nUse "Self_Employed" ("Yes" or "No") and leave out the rows where it is missing. Take the mean of '
  '"ApplicantIncome" in each group.\nRound both to two decimal places.\n}',
  '{\n@mean_income_self_employed[mean]\n@mean_income_not_self_employed[mean]\nwhere "mean" is rounded to two '
  'decimal places.\n}',
  [['mean_income_self_employed', f2(income['Yes'])], ['mean_income_not_self_employed', f2(income['No'])]])

F = T + '0020200722.csv'
d = read_dabench('0020200722.csv')
points = d.HOMEDESCRIPTION.str.extract(r'\((\d+) PTS\)')[0].astype(float)
assert (points == points.max()).sum() == 1
q(F, 'A made shot in HOMEDESCRIPTION ends with the shooter\'s points so far, such as "(7 PTS)". What is the largest '
     'points figure written there?',
  '{\nRead the number inside "(... PTS)" of each "HOMEDESCRIPTION"; rows without it have no figure. Report the '
  'largest.\n}',
  '{\n@max_points[points]\nwhere "points" is an integer.\n}',
  [['max_points', str(int(points.max()))]])

clock = d.PCTIMESTRING.str.split(':').apply(lambda part: int(part[0]) * 60 + int(part[1]))
q(F, 'How much time was left in the period, on average, when a shot was made (EVENTMSGTYPE 1)?',
  '{\n"PCTIMESTRING" is the time left in the period as minutes:seconds; turn it into seconds. Keep the rows whose '
  '"EVENTMSGTYPE" is 1 and take the mean.\nRound to two decimal places.\n}',
  '{\n@mean_seconds_left[seconds]\nwhere "seconds" is rounded to two decimal places.\n}',
  [['mean_seconds_left', f2(clock[d.EVENTMSGTYPE == 1].mean())]])

F = T + 'Current_Logan.csv'
d = read_dabench('Current_Logan.csv', header=1)
others = d[d.School != 'Archbishop Mitty']
q(F, 'Leaving out the Archbishop Mitty teams, how many teams are there and what is their mean number of wins?',
  '{\nUse the teams whose "School" is not "Archbishop Mitty". Take the mean of "Wins" over them.\nRound the mean to '
  'two decimal places.\n}',
  '{\n@team_count[count]\n@mean_wins[mean]\nwhere "count" is an integer and "mean" is rounded to two decimal '
  'places.\n}',
  [['team_count', str(len(others))], ['mean_wins', f2(others.Wins.mean())]])

F = T + 'city_departments_in_current_budget.csv'
d = read_dabench('city_departments_in_current_budget.csv')
outside = d[d.dept_group != 'Community Services']
q(F, 'How many departments are outside the Community Services group, and what is their average coa_dept_id?',
  '{\nKeep the rows whose "dept_group" is not "Community Services" and take the mean of "coa_dept_id".\nRound the '
  'mean to two decimal places.\n}',
  '{\n@department_count[count]\n@average_dept_id[mean]\nwhere "count" is an integer and "mean" is rounded to two '
  'decimal places.\n}',
  [['department_count', str(len(outside))], ['average_dept_id', f2(outside.coa_dept_id.mean())]])

F = T + 'unemployement_industry.csv'
d = read_dabench('unemployement_industry.csv')
rows = d[d.Serial != 0]
q(F, 'Leaving out the first row, which is the total, by what factor did the number of unemployed grow from March '
     '2019 to March 2020?',
  '{\nDivide the sum of "Mar.2020" by the sum of "Mar.2019" over the rows whose "Serial" is not 0; missing values '
  'add nothing.\nRound to three decimal places.\n}',
  '{\n@growth_factor[ratio]\nwhere "ratio" is rounded to three decimal places.\n}',
  [['growth_factor', f3(rows['Mar.2020'].sum() / rows['Mar.2019'].sum())]])

F = T + 'tr_eikon_eod_data.csv'
d = read_dabench('tr_eikon_eod_data.csv')
vix = d[['Date', '.VIX']].dropna().reset_index(drop=True)
ten = vix['.VIX'].rolling(10).mean()
day, high = only_max(ten, vix.Date)
q(F, 'Calculate a 10-day moving average of the volatility index .VIX. When did it reach its highest value, and '
     'what was that value?',
  '{\nDrop the days with no ".VIX" value first, then average over windows of 10 rows. Report the "Date" at the end '
  'of the window with the largest average, and that average.\nRound to two decimal places.\n}',
  '{\n@peak_date[date]\n@peak_moving_average[value]\nwhere "date" is written as in "Date" and "value" is rounded '
  'to two decimal places.\n}',
  [['peak_date', day], ['peak_moving_average', f2(high)]])

F = T + 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
d = read_dabench('ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv')
ha2 = d.site.str.startswith('(HA2)')
q(F, 'Some sites are written with the prefix "(HA2)". How many are they, and what is the mean positive_diffsel of '
     'these sites and of all the other sites?',
  '{\nA site carries the prefix when its "site" starts with "(HA2)". Take the mean of "positive_diffsel" for the '
  'sites with the prefix and for those without it.\nRound the means to three decimal places.\n}',
  '{\n@prefixed_sites[count]\n@mean_positive_prefixed[mean]\n@mean_positive_other[mean]\nwhere "count" is an '
  'integer and "mean" is rounded to three decimal places.\n}',
  [['prefixed_sites', str(int(ha2.sum()))], ['mean_positive_prefixed', f3(d.positive_diffsel[ha2].mean())],
   ['mean_positive_other', f3(d.positive_diffsel[~ha2].mean())]])

F = T + 'hotel_data.csv'
d = read_dabench('hotel_data.csv')
q(F, 'What share of all the reviews were written about hotels with a star rating of 4 or more?',
  '{\nSum "review_count" over the hotels whose "star_rating" is at least 4, divide by the sum of "review_count" over '
  'all hotels, and multiply by 100.\nRound to two decimal places.\n}',
  '{\n@review_share[percentage]\nwhere "percentage" is rounded to two decimal places.\n}',
  [['review_share', f2(d.review_count[d.star_rating >= 4].sum() / d.review_count.sum() * 100)]])

F = T + 'microsoft.csv'
d = read_dabench('microsoft.csv')
d['day'] = pd.to_datetime(d.Date, format='%d-%b-%y')
ordered = d.sort_values('day').reset_index(drop=True)
five = ordered.Close.rolling(5).mean()
q(F, 'Sort the records by date, oldest first, and compute a 5-day moving average of the closing price. What is the '
     'moving average on the most recent day?',
  '{\nThe "Date" column is written like "19-Jan-18"; the file lists the newest day first. After sorting by date, '
  'average "Close" over windows of 5 rows.\nRound to two decimal places.\n}',
  '{\n@latest_moving_average[value]\nwhere "value" is rounded to two decimal places.\n}',
  [['latest_moving_average', f2(five.iloc[-1])]])

for item in Q:
    print(json.dumps(item))
