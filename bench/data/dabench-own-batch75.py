# Batch 75 (held out): DABench-form questions over the WikiTableQuestions lists that no earlier question uses (a
# film's festival run, a chef's restaurants abroad, a kingdom's great officers, a children's show's cast by season,
# a comic team's members, a server product's editions) and, for the numeric part of the mix, lists that own batches
# have asked about only once or twice, asked here another way (a sitcom's episodes, a city's state representatives,
# a team pursuit's times, a talent show's series, a bus network's routes, a state's House elections). The mix
# follows DABench's: missing values counted or filled, value counts and the most frequent value, date parts (month,
# year), derived columns, group means, filtered counts, standard deviation, a percentile, a Pearson correlation,
# Z-score and IQR outliers. Two- and three-slot questions, with the condition first or last. Written before the
# engine ran on it. Answers are computed with pandas as the constraints say; every most-often or largest answer is
# checked to have no tie.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch75.py prints the
# lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import W, f2, f3, load, only_mode, recorder

Q = []
q = recorder(75, Q)


def blank(col):
    """The cells of a text column that hold nothing but spaces."""
    return col.str.strip() == ''


def seconds(col):
    """A minutes:seconds time ("3:41.43") as seconds."""
    parts = col.str.extract(r'^(\d+):(\d+(?:\.\d+)?)')
    return parts[0].astype(float) * 60 + parts[1].astype(float)


# A film's festival run.
F = W + '203-csv/402.csv'
d = load(F)
missing = int(blank(d.Awards).sum())
q(F, 'How many festivals have no Awards listed, and what percentage of the festivals have an award?',
  '{\nAn empty "Awards" cell is a missing value. Count the rows whose "Awards" is missing, and calculate the share of '
  'rows whose "Awards" is not missing as a percentage of all the rows.\nRound the percentage to two decimal places.\n}',
  '{\n@missing_awards[count]\n@award_percentage[percentage]\nwhere "count" is an integer and "percentage" is rounded '
  'to two decimal places.\n}',
  [['missing_awards', str(missing)], ['award_percentage', f2((len(d) - missing) / len(d) * 100)]])

month = d.Date.str.extract(r'^([A-Z][a-z]{2})')[0]
top, count = only_mode(month.value_counts())
q(F, 'Extract the month from the Date of each festival. Which month has the most festivals, and how many festivals '
     'are in it?',
  '{\nThe month of a row is the three-letter month name at the start of "Date" (for example "Feb 2–5, Feb 11" is '
  '"Feb"). Count the rows of each month and report the month with the most rows and that count.\n}',
  '{\n@busiest_month[month]\n@festivals[count]\nwhere "month" is the three-letter month name as written in "Date" '
  'and "count" is an integer.\n}',
  [['busiest_month', top], ['festivals', str(count)]])

# A chef's restaurants abroad.
F = W + '202-csv/93.csv'
d = load(F)
q(F, 'How many restaurants have a missing Date Opened, and how many distinct restaurant names are there?',
  '{\nAn empty "Date Opened" cell is a missing value. Count the rows whose "Date Opened" is missing, and count the '
  'distinct values of "Restaurant" over all the rows.\n}',
  '{\n@missing_opened[count]\n@distinct_restaurants[number]\nwhere "count" and "number" are integers.\n}',
  [['missing_opened', str(int(blank(d['Date Opened']).sum()))], ['distinct_restaurants', str(d.Restaurant.nunique())]])

closed_year = pd.to_numeric(d['Date Closed'].str.extract(r'(\d{4})')[0], errors='coerce')
q(F, 'What is the mean year in which the restaurants closed, and how many restaurants are still open?',
  '{\nThe closing year of a row is the four-digit year in "Date Closed" (for example "May 2015" is 2015). Calculate '
  'the mean closing year over the rows that have one. A "Date Closed" of "-" means the restaurant is still open: '
  'count those rows.\nRound the mean to two decimal places.\n}',
  '{\n@mean_closing_year[mean]\n@still_open[count]\nwhere "mean" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['mean_closing_year', f2(closed_year.mean())], ['still_open', str(int((d['Date Closed'].str.strip() == '-').sum()))]])

# A kingdom's great officers of state.
F = W + '204-csv/368.csv'
d = load(F)
household = d['Royal Household'][~blank(d['Royal Household'])]
top, count = only_mode(household.value_counts())
q(F, 'How many offices have a value in "superseded by", and which Royal Household office is listed most often?',
  '{\nAn empty cell is a missing value. Count the rows whose "superseded by" is not missing. Count the rows of each '
  'non-missing value of "Royal Household" and report the value with the most rows.\n}',
  '{\n@superseded_offices[count]\n@most_common_household[name]\nwhere "count" is an integer and "name" is written as '
  'in "Royal Household".\n}',
  [['superseded_offices', str(int((~blank(d['superseded by'])).sum()))], ['most_common_household', top]])

position = pd.to_numeric(d.Position)
vacant = d['current officers'].str.strip().str.lower() == 'vacant'
q(F, 'For the offices whose current officers value is "vacant", how many are there and what is their mean Position?',
  '{\nKeep the rows whose "current officers" is "vacant". Count them and calculate the mean of "Position" over '
  'them.\nRound the mean to two decimal places.\n}',
  '{\n@vacant_offices[count]\n@mean_position[mean]\nwhere "count" is an integer and "mean" is rounded to two '
  'decimal places.\n}',
  [['vacant_offices', str(int(vacant.sum()))], ['mean_position', f2(position[vacant].mean())]])

# A children's show's cast by season.
F = W + '204-csv/810.csv'
d = load(F)
cast = d[[c for c in d.columns if c.startswith('Cast Member')]].stack()
top, count = only_mode(cast.value_counts())
q(F, 'Counting every Cast Member column, which cast member appears in the most seasons, and in how many?',
  '{\nTake the names in all seven "Cast Member" columns together (each row is one season). Count how many times '
  'each name appears and report the name that appears most often and its count.\n}',
  '{\n@cast_member[name]\n@seasons[count]\nwhere "name" is written as in the "Cast Member" columns and "count" is an '
  'integer.\n}',
  [['cast_member', top], ['seasons', str(count)]])

# A comic team's members.
F = W + '203-csv/32.csv'
d = load(F)
top, count = only_mode(d['Home world'].value_counts())
q(F, 'Which Home world is the most common, how many characters come from it, and how many distinct home worlds are '
     'listed?',
  '{\nCount the rows of each value of "Home world" and report the value with the most rows and that count. Also '
  'count the distinct values of "Home world" (an "Unknown" counts as a value).\n}',
  '{\n@home_world[name]\n@characters[count]\n@distinct_worlds[number]\nwhere "name" is written as in "Home world" '
  'and "count" and "number" are integers.\n}',
  [['home_world', top], ['characters', str(count)], ['distinct_worlds', str(d['Home world'].nunique())]])

# A server product's editions.
F = W + '204-csv/134.csv'
d = load(F)
editions = ['Foundation', 'Essentials', 'Standard', 'Datacenter']
q(F, 'In how many rows is Foundation "Yes", and in how many rows do all four editions say "Yes"?',
  '{\nCount the rows whose "Foundation" is "Yes". Then count the rows whose "Foundation", "Essentials", "Standard" '
  'and "Datacenter" are all "Yes".\n}',
  '{\n@foundation_yes[count]\n@all_yes[count]\nwhere "count" is an integer.\n}',
  [['foundation_yes', str(int((d.Foundation == 'Yes').sum()))],
   ['all_yes', str(int((d[editions] == 'Yes').all(axis=1).sum()))]])

# A sitcom's episodes.
F = W + '203-csv/768.csv'
d = load(F)
dates = pd.to_datetime(d['Premiere Date'], format='%B %d, %Y')
months = dates.dt.month_name().value_counts()
top, count = only_mode(months)
q(F, 'Extract the month from Premiere Date. In which month did the most episodes premiere, and how many?',
  '{\nParse "Premiere Date" as a date and take its month. Count the rows of each month and report the month with '
  'the most rows (its full English name) and that count.\n}',
  '{\n@month[name]\n@episodes[count]\nwhere "name" is a full month name such as "March" and "count" is an integer.\n}',
  [['month', top], ['episodes', str(count)]])

code = pd.to_numeric(d['Production Code'])
later = dates.dt.year == 1999
q(F, 'For the episodes that premiered in 1999, how many are there and what is their mean Production Code?',
  '{\nParse "Premiere Date" as a date and keep the rows whose year is 1999. Count them and calculate the mean of '
  '"Production Code" over them.\nRound the mean to two decimal places.\n}',
  '{\n@episodes_1999[count]\n@mean_production_code[mean]\nwhere "count" is an integer and "mean" is rounded to two '
  'decimal places.\n}',
  [['episodes_1999', str(int(later.sum()))], ['mean_production_code', f2(code[later].mean())]])

# A city's state representatives.
F = W + '203-csv/155.csv'
d = load(F)
district = pd.to_numeric(d.District)
by_party = district.groupby(d.Party).mean()
q(F, 'What is the mean District number of the representatives of each Party?',
  '{\nGroup the rows by "Party" ("D" or "R") and calculate the mean of "District" in each group.\nRound the means to '
  'two decimal places.\n}',
  '{\n@mean_district_d[mean]\n@mean_district_r[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_district_d', f2(by_party['D'])], ['mean_district_r', f2(by_party['R'])]])

q(F, 'What is the standard deviation of District, and how many districts are above the mean District?',
  '{\nCalculate the sample standard deviation of "District" (pandas std, ddof=1) and count the rows whose "District" '
  'is greater than the mean of "District".\nRound the standard deviation to three decimal places.\n}',
  '{\n@district_std[std]\n@above_mean[count]\nwhere "std" is rounded to three decimal places and "count" is an '
  'integer.\n}',
  [['district_std', f3(district.std())], ['above_mean', str(int((district > district.mean()).sum()))]])

# A team pursuit's times.
F = W + '204-csv/934.csv'
d = load(F)
secs = seconds(d.Time)
deficit = pd.to_numeric(d.Deficit.str.replace('+', '', regex=False), errors='coerce')
top = d.Country[deficit == deficit.max()]
assert len(top) == 1
q(F, 'Convert Time to seconds. What is the standard deviation of the times, and which country has the largest '
     'Deficit?',
  '{\nA "Time" is written as minutes:seconds (for example "3:50.12" is 230.12 seconds). Calculate the sample '
  'standard deviation of the seconds (ddof=1). "Deficit" is a number of seconds written with a plus sign; report '
  'the "Country" of the row with the largest "Deficit".\nRound the standard deviation to three decimal places.\n}',
  '{\n@time_std[std]\n@largest_deficit_country[name]\nwhere "std" is rounded to three decimal places and "name" is '
  'written as in "Country".\n}',
  [['time_std', f3(secs.std())], ['largest_deficit_country', top.iloc[0]]])

pair = pd.to_numeric(d.Pair)
r, p = stats.pearsonr(pair, secs)
q(F, 'Calculate the Pearson correlation coefficient between Pair and Time in seconds.',
  '{\nA "Time" is written as minutes:seconds (for example "3:50.12" is 230.12 seconds). Calculate the Pearson '
  'correlation coefficient between "Pair" and the seconds over all the rows.\nRound the coefficient to three '
  'decimal places.\n}',
  '{\n@correlation_coefficient[r_value]\nwhere "r_value" is a number between -1 and 1 rounded to three decimal '
  'places.\n}',
  [['correlation_coefficient', f3(r)]])

z = (secs - secs.mean()) / secs.std(ddof=0)
q(F, 'Using the Z-score method, how many teams have a Time (in seconds) that is an outlier, and what is the largest '
     'absolute Z-score?',
  '{\nA "Time" is written as minutes:seconds. Calculate the Z-score of each time in seconds with the mean and the '
  'population standard deviation (ddof=0); a time is an outlier when the absolute Z-score is greater than 2. Count '
  'the outliers and report the largest absolute Z-score.\nRound the Z-score to two decimal places.\n}',
  '{\n@outliers[count]\n@max_abs_z[z_score]\nwhere "count" is an integer and "z_score" is rounded to two decimal '
  'places.\n}',
  [['outliers', str(int((z.abs() > 2).sum()))], ['max_abs_z', f2(z.abs().max())]])

# A talent show's series.
F = W + '203-csv/178.csv'
d = load(F)
premiere = pd.to_datetime(d.Premiere, format='%d %B %Y', errors='coerce')
top, count = only_mode(premiere.dropna().dt.month_name().value_counts())
q(F, 'Leaving out the premieres given only as a year, in which month did the most series premiere, and how many?',
  '{\nParse "Premiere" as a day, month and year (for example "3 May 2001"); leave out the rows whose "Premiere" is '
  'only a year. Count the rows of each month and report the month with the most rows (its full English name) and '
  'that count.\n}',
  '{\n@premiere_month[name]\n@series[count]\nwhere "name" is a full month name such as "March" and "count" is an '
  'integer.\n}',
  [['premiere_month', top], ['series', str(count)]])

# A bus network's routes.
F = W + '204-csv/50.csv'
d = load(F)
q(F, 'What percentage of the routes have no Notes, and how many rows have an empty History?',
  '{\nAn empty cell is a missing value. Calculate the share of rows whose "Notes" is missing as a percentage of all '
  'the rows, and count the rows whose "History" is missing.\nRound the percentage to two decimal places.\n}',
  '{\n@no_notes_percentage[percentage]\n@missing_history[count]\nwhere "percentage" is rounded to two decimal places '
  'and "count" is an integer.\n}',
  [['no_notes_percentage', f2(blank(d.Notes).mean() * 100)], ['missing_history', str(int(blank(d.History).sum()))]])

# A state's House elections.
F = W + '203-csv/423.csv'
d = load(F)
first = pd.to_numeric(d['First elected'])
medians = first.groupby(d.Party).median()
q(F, 'What is the median First elected year of the Democratic incumbents and of the Republican incumbents?',
  '{\nGroup the rows by "Party" and calculate the median of "First elected" in each group.\n}',
  '{\n@median_democratic[median]\n@median_republican[median]\nwhere "median" is a year, a number with at most one '
  'decimal place.\n}',
  [['median_democratic', f'{medians["Democratic"]:g}'], ['median_republican', f'{medians["Republican"]:g}']])

q1, q3 = first.quantile(0.25), first.quantile(0.75)
iqr = q3 - q1
out = d.Incumbent[(first < q1 - 1.5 * iqr) | (first > q3 + 1.5 * iqr)]
q(F, 'Using the IQR method on First elected, what is the 75th percentile of First elected and how many incumbents '
     'are outliers?',
  '{\nCalculate the first and third quartiles of "First elected" (pandas quantile, linear interpolation) and IQR = '
  'Q3 - Q1. A row is an outlier when "First elected" is below Q1 - 1.5*IQR or above Q3 + 1.5*IQR. Report Q3 and '
  'the number of outliers.\nRound Q3 to two decimal places.\n}',
  '{\n@third_quartile[q3]\n@outlier_count[count]\nwhere "q3" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['third_quartile', f2(q3)], ['outlier_count', str(len(out))]])

share = pd.to_numeric(d.Candidates.str.extract(r'(\d+(?:\.\d+)?)%')[0])
low = d.District[share == share.min()]
assert len(low) == 1
q(F, 'Create a new column "winner_share" as the first percentage in Candidates. What is the mean winner_share, and '
     'which District has the smallest?',
  '{\n"Candidates" lists each candidate with a percentage, the winner first (for example "Ann Example (D) 60.10%" '
  'on the first line). "winner_share" is the first percentage of each row. Calculate its mean over all the rows and '
  'report the "District" with the smallest "winner_share".\nRound the mean to two decimal places.\n}',
  '{\n@mean_winner_share[mean]\n@closest_district[name]\nwhere "mean" is rounded to two decimal places and "name" is '
  'written as in "District".\n}',
  [['mean_winner_share', f2(share.mean())], ['closest_district', low.iloc[0]]])

reelected = d.Result.str.strip() == 'Re-elected'
q(F, 'How many incumbents first elected before 1980 were re-elected?',
  '{\nKeep the rows whose "First elected" is less than 1980 and whose "Result" is "Re-elected", and count them.\n}',
  '{\n@reelected_before_1980[count]\nwhere "count" is an integer.\n}',
  [['reelected_before_1980', str(int(((first < 1980) & reelected).sum()))]])

for item in Q:
    print(json.dumps(item))
