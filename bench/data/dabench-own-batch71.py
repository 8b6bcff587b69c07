# Batch 71 (held out): DABench-form questions, two or three slots each, over the DABench folder's tables with new
# angles on each: debate teams, city departments, unemployment by industry, virus sites, call-centre quarter hours,
# a basketball play-by-play log, Apple's, Microsoft's and Bitcoin's prices, a market data panel, women's shares of
# degrees, arrest counts, hotels, baseball salaries and loan applications.
# The kinds: a figure of the group a condition on group size picks; a count with its share; the most frequent value
# among rows a bound keeps; a conditioned mean with a count; min-max scaling; a sum over a span of clock times;
# clock durations (hh:mm:ss and mm:ss) turned into seconds; a score cell "a - b" split into its two numbers; daily
# returns kept for one year; a year picked by a group total; a correlation after dropping missing rows; the column
# with the highest mean; a group total's largest value; "the top three" groups; missing values filled with the
# median before a grouped mean. Preprocessing is stated in the constraints, as DABench states it.
# Written before the engine ran on it. Answers are computed with pandas and scipy and checked by reading the rows;
# every largest, most-often and top-three answer is checked to have no tie.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch71.py prints the
# lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import f2, f3, f4, only_mode, read_dabench, recorder

Q = []
q = recorder(71, Q)
T = 'tables/dabench/tables/'


def one_top(values):
    """The label of the one largest value; asserts no tie."""
    top = values.max()
    assert (values == top).sum() == 1, values[values == top]
    return values.idxmax(), top


def no_tie_top(values, n):
    """The index of the n largest values, largest first; asserts the n-th is not tied with the next."""
    ordered = values.sort_values(ascending=False)
    assert ordered.iloc[n - 1] != ordered.iloc[n]
    return ordered.index[:n]


def seconds(clock):
    """'hh:mm:ss' or 'mm:ss' as seconds."""
    parts = [int(p) for p in clock.split(':')]
    total = 0
    for p in parts:
        total = total * 60 + p
    return total


# A debate tournament's teams (the header is on the second line).
F = T + 'Current_Logan.csv'
d = read_dabench('Current_Logan.csv', header=1)
sizes = d.School.value_counts()
big = d[d.School.isin(sizes[sizes >= 4].index)]
school, mean = one_top(big.groupby('School').Wins.mean())
q(F, 'Among the schools that sent at least 4 teams, which school has the highest mean number of wins, and what is '
     'that mean?',
  '{\nCount the rows of each "School" and keep the schools with 4 or more rows. Take the mean of "Wins" for each of '
  'them and report the school with the largest mean.\nRound the mean to three decimal places.\n}',
  '{\n@school[name]\n@mean_wins[mean]\nwhere "name" is written as in "School" and "mean" is rounded to three decimal '
  'places.\n}',
  [['school', school], ['mean_wins', f3(mean)]])

three = int((d.Wins == 3).sum())
q(F, 'How many teams won exactly 3 rounds, and what percentage of all teams is that?',
  '{\nEach row is one team. Count the rows whose "Wins" is 3 and divide by the number of rows.\nRound the percentage '
  'to two decimal places.\n}',
  '{\n@teams_with_3_wins[count]\n@share[percentage]\nwhere "count" is an integer and "percentage" is rounded to two '
  'decimal places.\n}',
  [['teams_with_3_wins', str(three)], ['share', f2(three / len(d) * 100)]])

# A city's departments.
F = T + 'city_departments_in_current_budget.csv'
d = read_dabench('city_departments_in_current_budget.csv')
group, size = only_mode(d[d.coa_dept_id >= 60].dept_group.value_counts())
q(F, 'Considering only the departments with a coa_dept_id of 60 or more, which dept_group is the most common, and how '
     'many of those departments does it hold?',
  '{\nKeep the rows whose "coa_dept_id" is greater than or equal to 60. Count the rows of each "dept_group" and '
  'report the group with the most rows and its count.\n}',
  '{\n@dept_group[name]\n@departments[count]\nwhere "name" is written as in "dept_group" and "count" is an '
  'integer.\n}',
  [['dept_group', group], ['departments', str(size)]])

support = d[d.dept_group == 'Support Services']
q(F, 'What is the mean coa_dept_id of the departments in Support Services, and how many of them have a coa_dept_id '
     'below 50?',
  '{\nKeep the rows whose "dept_group" is "Support Services". Take the mean of "coa_dept_id" and count the rows whose '
  '"coa_dept_id" is less than 50.\nRound the mean to two decimal places.\n}',
  '{\n@mean_id[mean]\n@ids_below_50[count]\nwhere "mean" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['mean_id', f2(support.coa_dept_id.mean())], ['ids_below_50', str(int((support.coa_dept_id < 50).sum()))]])

# Unemployment by industry.
F = T + 'unemployement_industry.csv'
d = read_dabench('unemployement_industry.csv')
men = pd.to_numeric(d['Men Mar.2020'], errors='coerce')
women = pd.to_numeric(d['Women Mar.2020'], errors='coerce')
both = men.notna() & women.notna()
q(F, 'In March 2020, in how many rows was the unemployment rate of men higher than that of women, and what was the '
     'mean rate of men?',
  '{\nTreat "-" in "Men Mar.2020" and "Women Mar.2020" as missing and drop the rows where either is missing. Count '
  'the rows whose "Men Mar.2020" is greater than "Women Mar.2020" and take the mean of "Men Mar.2020" over the rows '
  'kept.\nRound the mean to two decimal places.\n}',
  '{\n@rows_men_higher[count]\n@mean_men_rate[mean]\nwhere "count" is an integer and "mean" is rounded to two '
  'decimal places.\n}',
  [['rows_men_higher', str(int((men[both] > women[both]).sum()))], ['mean_men_rate', f2(men[both].mean())]])

# A virus's sites.
F = T + 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
d = read_dabench('ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv')
low = d[d.negative_diffsel < -3]
q(F, 'How many sites have a negative_diffsel below -3, and what is their mean abs_diffsel?',
  '{\nKeep the rows whose "negative_diffsel" is less than -3. Count them and take the mean of "abs_diffsel" over '
  'them.\nRound the mean to three decimal places.\n}',
  '{\n@site_count[count]\n@mean_abs_diffsel[mean]\nwhere "count" is an integer and "mean" is rounded to three '
  'decimal places.\n}',
  [['site_count', str(len(low))], ['mean_abs_diffsel', f3(low.abs_diffsel.mean())]])

x = d.abs_diffsel
scaled = (x - x.min()) / (x.max() - x.min())
q(F, 'Normalize abs_diffsel to the range 0 to 1 with min-max scaling. What is the mean of the normalized values, and '
     'how many sites have a normalized value above 0.5?',
  '{\nThe normalized value is ("abs_diffsel" - its minimum) / (its maximum - its minimum), over all sites. Take the '
  'mean of the normalized values and count the sites whose normalized value is greater than 0.5.\nRound the mean to '
  'four decimal places.\n}',
  '{\n@mean_normalized[mean]\n@sites_above_half[count]\nwhere "mean" is rounded to four decimal places and "count" '
  'is an integer.\n}',
  [['mean_normalized', f4(scaled.mean())], ['sites_above_half', str(int((scaled > 0.5).sum()))]])

# A call centre's day in quarter hours.
F = T + '20170413_000000_group_statistics.csv'
d = read_dabench('20170413_000000_group_statistics.csv')
d.columns = [c.strip() for c in d.columns]
when = pd.to_datetime(d.timestamp, format='%b %d  %Y %I:%M:%S %p')
morning = d[(when.dt.hour * 60 + when.dt.minute >= 8 * 60) & (when.dt.hour * 60 + when.dt.minute <= 12 * 60)]
q(F, 'How many calls were abandoned from 8:00 AM to 12:00 PM, and how many quarter hours does that span hold?',
  '{\nKeep the rows whose "timestamp" is at or after 8:00:00 AM and at or before 12:00:00 PM (noon), both ends '
  'included. Sum "num. calls abandoned" over them and count them.\n}',
  '{\n@calls_abandoned[total]\n@intervals[count]\nwhere "total" and "count" are integers.\n}',
  [['calls_abandoned', str(int(morning['num. calls abandoned'].sum()))], ['intervals', str(len(morning))]])

wait = d['avg. wait time'].map(seconds)
answered = d['num. calls answered'] > 0
q(F, 'Convert the average wait time of each interval to seconds. Over the intervals with at least one call answered, '
     'what is the median wait, and in how many of them was the wait longer than 30 seconds?',
  '{\n"avg. wait time" is written hh:mm:ss; convert it to seconds. Keep the rows whose "num. calls answered" is '
  'greater than 0, take the median of the wait in seconds and count the rows whose wait is greater than 30 '
  'seconds.\n}',
  '{\n@median_wait_seconds[median]\n@intervals_over_30s[count]\nwhere "median" is rounded to one decimal place and '
  '"count" is an integer.\n}',
  [['median_wait_seconds', f'{wait[answered].median():.1f}'],
   ['intervals_over_30s', str(int((wait[answered] > 30).sum()))]])

# A basketball game's play-by-play log.
F = T + '0020200722.csv'
d = read_dabench('0020200722.csv')
scored = d[d.SCORE.notna()]
sides = scored.SCORE.str.split(' - ', expand=True).astype(int)
q(F, 'The SCORE column is written as two numbers joined by " - ". In how many of the rows with a SCORE is the first '
     'number larger than the second, and what are the two numbers of the last such row in the table?',
  '{\nKeep the rows whose "SCORE" is not missing and split it at " - " into a first and a second number. Count the '
  'rows whose first number is greater than the second. Of those rows, report the two numbers of the one that comes '
  'last in the file.\n}',
  '{\n@rows_first_ahead[count]\n@last_first_number[score]\n@last_second_number[score]\nwhere "count" and "score" '
  'are integers.\n}',
  [['rows_first_ahead', str(int((sides[0] > sides[1]).sum()))],
   ['last_first_number', str(int(sides[sides[0] > sides[1]].iloc[-1][0]))],
   ['last_second_number', str(int(sides[sides[0] > sides[1]].iloc[-1][1]))]])

left = d.PCTIMESTRING.map(seconds)
late = d[(d.PERIOD == 2) & (left < 180)]
kind, events = only_mode(late.EVENTMSGTYPE.value_counts())
q(F, 'PCTIMESTRING is the time left in the period, written mm:ss. How many events of period 2 happened with less '
     'than 3 minutes left, and which EVENTMSGTYPE is the most frequent among them?',
  '{\nConvert "PCTIMESTRING" to seconds (minutes * 60 + seconds). Keep the rows whose "PERIOD" is 2 and whose time '
  'left is less than 180 seconds. Count them and report the most frequent "EVENTMSGTYPE" among them.\n}',
  '{\n@late_events[count]\n@event_type[type]\nwhere "count" is an integer and "type" is the "EVENTMSGTYPE" value, an '
  'integer.\n}',
  [['late_events', str(len(late))], ['event_type', str(int(kind))]])

# Apple's daily prices.
F = T + 'e5_aapl.csv'
d = read_dabench('e5_aapl.csv')
ret = d.Close.pct_change() * 100
y2015 = d.Date.str[:4] == '2015'
q(F, 'Calculate the daily return as the percentage change of Close from the day before. What is the mean daily '
     'return in 2015, and on how many days of 2015 was the return above 2%?',
  '{\nSort by "Date" (the file is already in date order). The return of a day is ("Close" / the previous row\'s '
  '"Close" - 1) * 100, computed over the whole table; the first row has none. Keep the rows whose "Date" is in 2015, '
  'take the mean return and count the rows whose return is greater than 2.\nRound the mean to four decimal places.\n}',
  '{\n@mean_return_2015[mean]\n@days_above_2pct[count]\nwhere "mean" is a percentage rounded to four decimal places '
  'and "count" is an integer.\n}',
  [['mean_return_2015', f4(ret[y2015].mean())], ['days_above_2pct', str(int((ret[y2015] > 2).sum()))]])

# Microsoft's daily prices.
F = T + 'microsoft.csv'
d = read_dabench('microsoft.csv')
month = pd.to_datetime(d.Date, format='%d-%b-%y').dt.strftime('%Y-%m')
best, volume = one_top(d.Volume.groupby(month).mean())
q(F, 'Which month has the highest mean daily Volume, and how many trading days of that month are in the table?',
  '{\nParse "Date" (written day-month-year, as in 19-Jan-18) and group the rows by year and month. Take the mean of '
  '"Volume" for each month, report the month with the largest mean as YYYY-MM and count its rows.\n}',
  '{\n@month[year_month]\n@trading_days[count]\nwhere "year_month" is written YYYY-MM and "count" is an integer.\n}',
  [['month', best], ['trading_days', str(int((month == best).sum()))]])

# Bitcoin's daily prices.
F = T + 'YAHOO-BTC_USD_D.csv'
d = read_dabench('YAHOO-BTC_USD_D.csv').dropna()
year = d.Date.str[:4]
top_year, _ = one_top(d.Volume.groupby(year).sum())
q(F, 'After dropping the rows with missing values, which year has the largest total Volume, and what is the mean '
     'closing price in that year?',
  '{\nDrop every row with a missing value. The year is the first four characters of "Date". Sum "Volume" for each '
  'year, report the year with the largest sum and the mean of "Close" over its rows.\nRound the mean to two decimal '
  'places.\n}',
  '{\n@year[year]\n@mean_close[mean]\nwhere "year" is a four-digit year and "mean" is rounded to two decimal '
  'places.\n}',
  [['year', top_year], ['mean_close', f2(d.Close[year == top_year].mean())]])

# A panel of daily market data.
F = T + 'tr_eikon_eod_data.csv'
d = read_dabench('tr_eikon_eod_data.csv').dropna(subset=['.SPX', '.VIX'])
r, p = stats.pearsonr(d['.SPX'], d['.VIX'])
q(F, 'After dropping the rows where .SPX or .VIX is missing, what is the Pearson correlation between them, and on '
     'how many days was .VIX above 30?',
  '{\nDrop the rows with a missing ".SPX" or ".VIX". Compute the Pearson correlation coefficient between ".SPX" and '
  '".VIX" and count the rows whose ".VIX" is greater than 30.\nRound the correlation to four decimal places.\n}',
  '{\n@correlation_coefficient[r_value]\n@days_vix_above_30[count]\nwhere "r_value" is rounded to four decimal '
  'places and "count" is an integer.\n}',
  [['correlation_coefficient', f4(r)], ['days_vix_above_30', str(int((d['.VIX'] > 30).sum()))]])

# Women's share of bachelor's degrees by field.
F = T + 'percent-bachelors-degrees-women-usa.csv'
d = read_dabench('percent-bachelors-degrees-women-usa.csv')
eighties = d[(d.Year >= 1980) & (d.Year <= 1989)]
q(F, 'In how many years was the share of Computer Science degrees earned by women above 30, and what was the mean '
     'share over 1980 to 1989?',
  '{\nCount the rows whose "Computer Science" is greater than 30. Keep the rows whose "Year" is between 1980 and '
  '1989, both included, and take the mean of "Computer Science".\nRound the mean to two decimal places.\n}',
  '{\n@years_above_30[count]\n@mean_1980s[mean]\nwhere "count" is an integer and "mean" is rounded to two decimal '
  'places.\n}',
  [['years_above_30', str(int((d['Computer Science'] > 30).sum()))], ['mean_1980s', f2(eighties['Computer Science'].mean())]])

field, share = one_top(d.drop(columns='Year').mean())
q(F, 'Which field has the highest mean share of degrees earned by women over all years, and what is that mean?',
  '{\nTake the mean of every field column (every column but "Year") over all rows and report the column with the '
  'largest mean.\nRound the mean to two decimal places.\n}',
  '{\n@field[name]\n@mean_share[mean]\nwhere "name" is the column name and "mean" is rounded to two decimal places.\n}',
  [['field', field], ['mean_share', f2(share)]])

# Arrest counts by offense and age.
F = T + 'arrest_expungibility.csv'
d = read_dabench('arrest_expungibility.csv')
prop = d[d.Category == 'Crimes Against Property'].dropna(subset=['Count'])
offense, total = one_top(prop.groupby('Offense').Count.sum())
q(F, 'In the Crimes Against Property category, which Offense has the largest total Count, and what is that total?',
  '{\nKeep the rows whose "Category" is "Crimes Against Property" and drop the rows with a missing "Count". Sum '
  '"Count" for each "Offense" and report the offense with the largest sum and the sum.\n}',
  '{\n@offense[name]\n@total_count[total]\nwhere "name" is written as in "Offense" and "total" is an integer.\n}',
  [['offense', offense], ['total_count', str(int(total))]])

# Hotels.
F = T + 'hotel_data.csv'
d = read_dabench('hotel_data.csv')
branded = d[d.brand_name.notna() & (d.brand_name != 'None')]
counts = branded.brand_name.value_counts()
top = no_tie_top(counts, 3)
q(F, 'Leaving out the hotels without a brand, what are the top three brands by number of hotels?',
  '{\nDrop the rows whose "brand_name" is "None" or missing. Count the rows of each "brand_name" and report the three '
  'brands with the most rows, the most first.\n}',
  '{\n@top_brands[brand_list]\nwhere "brand_list" is the three "brand_name" values separated by commas, the most '
  'first.\n}',
  [['top_brands', ', '.join(top)]])

# Baseball salaries.
F = T + 'baseball_data.csv'
d = read_dabench('baseball_data.csv').dropna(subset=['number_of_home_runs'])
power = d[d.number_of_home_runs >= 20]
q(F, 'For the players with 20 or more home runs, what is the mean salary in thousands of dollars, and how many such '
     'players are there?',
  '{\nDrop the rows with a missing "number_of_home_runs". Keep the rows whose "number_of_home_runs" is greater than '
  'or equal to 20, take the mean of "salary_in_thousands_of_dollars" and count the rows.\nRound the mean to two '
  'decimal places.\n}',
  '{\n@mean_salary[mean]\n@players[count]\nwhere "mean" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['mean_salary', f2(power.salary_in_thousands_of_dollars.mean())], ['players', str(len(power))]])

# Loan applications.
F = T + 'test_Y3wMUE5_7gLdaTN.csv'
d = read_dabench('test_Y3wMUE5_7gLdaTN.csv')
amount = d.LoanAmount.fillna(d.LoanAmount.median())
area, mean = one_top(amount.groupby(d.Property_Area).mean())
q(F, 'Fill the missing LoanAmount values with the median LoanAmount. Which Property_Area has the highest mean '
     'LoanAmount afterwards, and what is that mean?',
  '{\nReplace the missing "LoanAmount" values with the median of the non-missing ones. Group the rows by '
  '"Property_Area", take the mean "LoanAmount" of each group and report the area with the largest mean.\nRound the '
  'mean to two decimal places.\n}',
  '{\n@property_area[name]\n@mean_loan_amount[mean]\nwhere "name" is written as in "Property_Area" and "mean" is '
  'rounded to two decimal places.\n}',
  [['property_area', area], ['mean_loan_amount', f2(mean)]])

for item in Q:
    print(json.dumps(item))
