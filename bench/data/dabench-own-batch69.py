# Batch 69 (held out): DABench-form questions over the tables of the DABench folder that the DABench questions and
# the own batches use least (a debate tournament's teams; a city's departments and their budget year; Apple's daily
# prices; unemployment by industry; a basketball game's play-by-play log; a call centre's quarter hours; a virus's
# sites with a prefix in some names), with a few over the busier ones (Bitcoin, Microsoft and end-of-day prices,
# hotels, baseball salaries, loan applicants).
# The kinds are DABench's, and each asks for an operation written in the question rather than in the table:
# durations written as text ("00:00:51" waits, "mm:ss" game clocks, the days between two dates), figures inside
# text cells (a "visitor - home" score, rebound counts inside a description, a "3+" count, a site number after a
# prefix), date and time ranges ("from January 10 to January 20", "in July 2017", "after 2015", "between 9:00 AM and
# 11:45 AM"), "the top three", and bins named in words. Slot names are written as DABench writes them.
# Written before the engine ran on it. Answers are computed with pandas and checked by reading the rows; every
# largest, top-three and most-often answer is checked to have no tie.
# Run from anywhere with a Python that has pandas: python3 bench/data/dabench-own-batch69.py prints the lines.
import json

import pandas as pd

from dabench_own_common import f2, f3, read_dabench, recorder

Q = []
q = recorder(69, Q)
T = 'tables/dabench/tables/'


def seconds(clock):
    """A "h:mm:ss" or "mm:ss" text as seconds."""
    total = 0
    for part in clock.split(':'):
        total = total * 60 + int(part)
    return total


def top_three(values):
    """The index of the three largest values; asserts the third is not tied with the fourth."""
    ordered = values.sort_values(ascending=False)
    assert ordered.iloc[2] != ordered.iloc[3]
    return ordered.index[:3]


# A call centre's day in quarter hours.
F = T + '20170413_000000_group_statistics.csv'
d = read_dabench('20170413_000000_group_statistics.csv')
d.columns = [c.strip() for c in d.columns]
abandon = d['avg. abandonment time'].map(seconds)
q(F, 'Convert the average abandonment time of each interval to seconds. What is the longest average abandonment '
     'time, and in how many intervals was it above zero?',
  '{\n"avg. abandonment time" is written as hh:mm:ss. Convert it to seconds, take its maximum over all the '
  'intervals, and count the intervals whose value is greater than 0.\n}',
  '{\n@longest_abandonment_time[seconds]\n@intervals_with_abandonment[count]\nwhere "seconds" and "count" are '
  'integers.\n}',
  [['longest_abandonment_time', str(int(abandon.max()))],
   ['intervals_with_abandonment', str(int((abandon > 0).sum()))]])

clock = pd.to_datetime(d.timestamp, format='%b %d  %Y %I:%M:%S %p')
morning = (clock.dt.strftime('%H:%M') >= '09:00') & (clock.dt.strftime('%H:%M') <= '11:45')
assert morning.sum() == 12
q(F, 'How many calls were answered between 9:00 AM and 11:45 AM?',
  '{\nKeep the intervals whose "timestamp" is from 9:00 AM to 11:45 AM, both included, and sum "num. calls '
  'answered".\n}',
  '{\n@calls_answered[count]\nwhere "count" is an integer.\n}',
  [['calls_answered', str(int(d['num. calls answered'][morning].sum()))]])

# A basketball game's play-by-play log.
F = T + '0020200722.csv'
d = read_dabench('0020200722.csv', dtype=str)
scored = d.dropna(subset=['SCORE'])
half = scored[scored.PERIOD.isin(['1', '2'])].iloc[-1].SCORE
visitor, home = (int(x) for x in half.split(' - '))
q(F, 'What was the home team\'s score at half time?',
  '{\n"SCORE" is written as "visitor - home" and is filled only when the score changes. Take the last "SCORE" of '
  '"PERIOD" 2 and report the home side.\n}',
  '{\n@home_score_half_time[points]\nwhere "points" is an integer.\n}',
  [['home_score_half_time', str(home)]])

first = d[(d.PERIOD == '1') & (d.EVENTMSGTYPE == '1')].iloc[0]
q(F, 'How many seconds into the first period was the first shot made?',
  '{\n"PCTIMESTRING" is the time left in the period, written as mm:ss; a period lasts 12:00. Find the first event '
  'of "PERIOD" 1 with "EVENTMSGTYPE" 1 and subtract its time left, in seconds, from 720.\n}',
  '{\n@seconds_to_first_basket[seconds]\nwhere "seconds" is an integer.\n}',
  [['seconds_to_first_basket', str(720 - seconds(first.PCTIMESTRING))]])

defensive = d.VISITORDESCRIPTION.dropna().str.extract(r'Def:(\d+)')[0].dropna().astype(int)
q(F, 'A rebound in VISITORDESCRIPTION ends with the player\'s rebounds so far, such as "(Off:1 Def:3)". What is the '
     'largest defensive rebound figure written there?',
  '{\nRead the number after "Def:" in "VISITORDESCRIPTION" and take its maximum.\n}',
  '{\n@max_defensive_rebounds[count]\nwhere "count" is an integer.\n}',
  [['max_defensive_rebounds', str(int(defensive.max()))]])

# Apple's daily prices.
F = T + 'e5_aapl.csv'
d = read_dabench('e5_aapl.csv')
window = (d.Date >= '2014-01-10') & (d.Date <= '2014-01-20')
q(F, 'What was the average closing price from January 10 to January 20, 2014?',
  '{\nKeep the rows whose "Date" is from 2014-01-10 to 2014-01-20, both included, and take the mean of "Close".\n'
  'Round to two decimal places.\n}',
  '{\n@mean_close[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_close', f2(d.Close[window].mean())]])

year = d[d.Date.str[:4] == '2015']
busiest = top_three(year.Volume)
q(F, 'What was the mean closing price on the three days of 2015 with the highest trading volume?',
  '{\nKeep the rows of 2015, take the three rows with the largest "Volume", and average their "Close".\nRound to '
  'two decimal places.\n}',
  '{\n@mean_close_top_volume[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_close_top_volume', f2(year.Close[busiest].mean())]])

level = pd.cut(d.Volume, [0, 40e6, 80e6, float('inf')], labels=['light', 'normal', 'heavy'], right=False)
q(F, 'Label each day\'s trading as light (under 40 million shares), normal (40 million up to 80 million) or heavy '
     '(80 million or more). How many days were heavy, and how many light?',
  '{\nBin "Volume": below 40,000,000 is "light", from 40,000,000 to below 80,000,000 is "normal", 80,000,000 or '
  'more is "heavy". Count the days in each of the two bins asked.\n}',
  '{\n@heavy_days[count]\n@light_days[count]\nwhere "count" is an integer.\n}',
  [['heavy_days', str(int((level == 'heavy').sum()))], ['light_days', str(int((level == 'light').sum()))]])

# Unemployment by industry.
F = T + 'unemployement_industry.csv'
d = read_dabench('unemployement_industry.csv')
rows = d[(d.Serial > 1) & d['Mar.2019'].notna()].copy()
before = pd.to_numeric(rows['Mar.2019'], errors='coerce')
after = pd.to_numeric(rows['Mar.2020'], errors='coerce')
change = (after - before) / before * 100
change = change[before > 0]
assert (change == change.min()).sum() == 1
worst = change.idxmin()
q(F, 'Leaving out the two total rows at the top, which industry saw the largest percentage fall in the number of '
     'unemployed from March 2019 to March 2020?',
  '{\nLeave out the rows whose "Serial" is 0 or 1, and the rows with no figure or 0 in "Mar.2019". The change is '
  '("Mar.2020" - "Mar.2019") / "Mar.2019" * 100. Report the "Industry and class of worker" with the smallest change '
  'and that change.\nRound to two decimal places.\n}',
  '{\n@industry[name]\n@percentage_change[percentage]\nwhere "name" is written as in "Industry and class of worker" '
  'and "percentage" is rounded to two decimal places.\n}',
  [['industry', rows['Industry and class of worker'][worst]], ['percentage_change', f2(change[worst])]])

# A debate tournament's teams.
F = T + 'Current_Logan.csv'
d = read_dabench('Current_Logan.csv', header=1)
teams = d.School.value_counts()
biggest = top_three(teams)
q(F, 'Take the three schools that sent the most teams. What is the mean number of wins of their teams?',
  '{\nCount the teams of each "School", keep the three schools with the most teams, and take the mean of "Wins" '
  'over all their teams.\nRound to three decimal places.\n}',
  '{\n@mean_wins_top_schools[mean]\nwhere "mean" is rounded to three decimal places.\n}',
  [['mean_wins_top_schools', f3(d.Wins[d.School.isin(biggest)].mean())]])

# A city's departments.
F = T + 'city_departments_in_current_budget.csv'
d = read_dabench('city_departments_in_current_budget.csv')
span = (pd.to_datetime(d.budget_year_end, format='%m/%d/%Y') - pd.to_datetime(d.budget_year_start,
                                                                               format='%m/%d/%Y')).dt.days
assert span.nunique() == 1
q(F, 'How many days lie between the start and the end of the departments\' budget year?',
  '{\nThe dates are written month/day/year. Subtract "budget_year_start" from "budget_year_end" and give the '
  'difference in days; every department has the same one.\n}',
  '{\n@budget_year_days[days]\nwhere "days" is an integer.\n}',
  [['budget_year_days', str(int(span.iloc[0]))]])

# A virus's sites.
F = T + 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
d = read_dabench('ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv')
number = pd.to_numeric(d.site.str.replace(r'^\(.*?\)', '', regex=True), errors='coerce')
assert number.notna().all()
between = (number >= 100) & (number <= 200)
q(F, 'Read the site number out of each site, leaving out any prefix in brackets. What is the mean abs_diffsel of '
     'the sites numbered 100 to 200?',
  '{\nA "site" such as "(HA2)45" is site number 45. Keep the sites whose number is from 100 to 200, both included, '
  'and take the mean of "abs_diffsel".\nRound to three decimal places.\n}',
  '{\n@mean_abs_diffsel[mean]\nwhere "mean" is rounded to three decimal places.\n}',
  [['mean_abs_diffsel', f3(d.abs_diffsel[between].mean())]])

# Bitcoin's daily prices.
F = T + 'YAHOO-BTC_USD_D.csv'
d = read_dabench('YAHOO-BTC_USD_D.csv')
july = d[d.Date.str[:7] == '2017-07']
assert (july.Close == july.Close.max()).sum() == 1
q(F, 'On which day in July 2017 did Bitcoin close highest, and at what price?',
  '{\nKeep the rows whose "Date" is in July 2017 and report the "Date" with the largest "Close" and that close.\n'
  'Round to two decimal places.\n}',
  '{\n@date[date]\n@highest_close[price]\nwhere "date" is written as in "Date" (YYYY-MM-DD) and "price" is rounded '
  'to two decimal places.\n}',
  [['date', july.Date[july.Close.idxmax()]], ['highest_close', f2(july.Close.max())]])

# End-of-day prices.
F = T + 'tr_eikon_eod_data.csv'
d = read_dabench('tr_eikon_eod_data.csv')
later = d[d.Date >= '2016-01-01']
q(F, 'After 2015, on how many days did the gold ETF GLD close above 120?',
  '{\nKeep the rows whose "Date" is in 2016 or later and count those whose "GLD" is greater than 120, leaving out '
  'missing values.\n}',
  '{\n@days_above_120[count]\nwhere "count" is an integer.\n}',
  [['days_above_120', str(int((later.GLD > 120).sum()))]])

# Microsoft's daily prices.
F = T + 'microsoft.csv'
d = read_dabench('microsoft.csv')
day = pd.to_datetime(d.Date, format='%d-%b-%y')
span = (day >= '2018-01-02') & (day <= '2018-01-12')
q(F, 'What was the average daily trading volume from January 2 to January 12, 2018?',
  '{\n"Date" is written like "19-Jan-18". Keep the rows from 2018-01-02 to 2018-01-12, both included, and take the '
  'mean of "Volume".\nRound to two decimal places.\n}',
  '{\n@mean_volume[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_volume', f2(d.Volume[span].mean())]])

# Hotels.
F = T + 'hotel_data.csv'
d = read_dabench('hotel_data.csv')
kind = pd.cut(d.star_rating, [0, 3, 4, 6], labels=['budget', 'mid-range', 'luxury'], right=False)
by_kind = d.bubble_score.groupby(kind).mean()
assert (by_kind == by_kind.max()).sum() == 1
q(F, 'Put the hotels into three classes by star rating: budget (below 3), mid-range (3 to 3.5) and luxury (4 or '
     'more). Which class has the highest mean bubble score, and what is it?',
  '{\nBin "star_rating": below 3 is "budget", from 3 to below 4 is "mid-range", 4 or more is "luxury". Take the '
  'mean of "bubble_score" in each class, leaving out missing values, and report the class with the largest mean '
  'and that mean.\nRound to two decimal places.\n}',
  '{\n@hotel_class[class]\n@mean_bubble_score[mean]\nwhere "class" is one of "budget", "mid-range" and "luxury" and '
  '"mean" is rounded to two decimal places.\n}',
  [['hotel_class', str(by_kind.idxmax())], ['mean_bubble_score', f2(by_kind.max())]])

# Baseball salaries.
F = T + 'baseball_data.csv'
d = read_dabench('baseball_data.csv')
paid = top_three(d.salary_in_thousands_of_dollars)
q(F, 'What is the mean batting average of the three highest-paid players?',
  '{\nTake the three rows with the largest "salary_in_thousands_of_dollars" and average their '
  '"batting_average".\nRound to three decimal places.\n}',
  '{\n@mean_batting_average[mean]\nwhere "mean" is rounded to three decimal places.\n}',
  [['mean_batting_average', f3(d.batting_average[paid].mean())]])

# Loan applicants.
F = T + 'test_Y3wMUE5_7gLdaTN.csv'
d = read_dabench('test_Y3wMUE5_7gLdaTN.csv')
dependents = pd.to_numeric(d.Dependents.str.replace('+', '', regex=False), errors='coerce')
married = d.Married == 'Yes'
q(F, 'Reading "3+" as 3, what is the mean number of dependents of the married applicants?',
  '{\n"Dependents" is 0, 1, 2 or "3+"; read "3+" as 3 and leave out missing values. Keep the rows whose '
  '"Married" is "Yes".\nRound to three decimal places.\n}',
  '{\n@mean_dependents_married[mean]\nwhere "mean" is rounded to three decimal places.\n}',
  [['mean_dependents_married', f3(dependents[married].mean())]])

for item in Q:
    print(json.dumps(item))
