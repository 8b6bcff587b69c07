# Batch 34 (held out): DABench-form questions over WikiTableQuestions tables no earlier own batch used
# (a sports-car season's rounds, a football-club motor-racing series, a region's former radio callsigns,
# a state's 2008 House races, an album's releases, an award's recipients, a club's kit sponsors, a
# chef's closed restaurants, a navy's captured vessels): mostly text tables, so counts, the most frequent
# value and its count, shares of rows, empty cells, distinct values, years taken from written dates,
# text lengths, a filtered mean, and rows where two columns hold the same value, worded the way other
# people word them (the constraint in the question or in the constraints, rounding said in several ways).
# They were written from the files before the engine ran on them; answers are computed with pandas
# (cells read as text, as written) and checked by reading the rows they name.
# Run from anywhere: python3 bench/data/dabench-own-batch34.py prints the batch's JSON lines.
import json

import pandas as pd
from dabench_own_common import W, f2, load, recorder

Q = []
q = recorder(34, Q)


def f1(x): return f'{x:.1f}'


def top(counts):
    """The most frequent value of a value_counts() and its count; a tie for the top has no single answer."""
    assert len(counts) < 2 or counts.iloc[0] > counts.iloc[1], counts.head(3)
    return counts.index[0], str(int(counts.iloc[0]))


def year_of(text):
    """The four-digit year a written date ends with ("March 25, 1997", "June 1845", "1982")."""
    return int(text.strip()[-4:])


# A sports-car season: ten rounds, winners of two classes.
F = W + '204-csv/458.csv'
d = load(F)
ta1 = d['Winning vehicle (TA1)'].value_counts()
q(F, 'Which car won the most TA1 rounds, and how many rounds did it win?',
  'Count the rows per value of Winning vehicle (TA1).',
  '@top_ta1_vehicle[vehicle], @ta1_wins[count] where "vehicle" is a string and "count" is an integer.',
  [['top_ta1_vehicle', top(ta1)[0]], ['ta1_wins', top(ta1)[1]]])
q(F, 'What percentage of the rounds were won in the TA2 class by a Porsche 935?',
  'Divide the number of rows whose Winning vehicle (TA2) is "Porsche 935" by the number of rows and multiply by 100. Round to two decimals.',
  '@porsche_share[percent] where "percent" is a number rounded to two decimal places.',
  [['porsche_share', f2((d['Winning vehicle (TA2)'] == 'Porsche 935').mean() * 100)]])
q(F, 'In how many rounds did the same vehicle win both the TA1 and the TA2 class?',
  'Compare Winning vehicle (TA1) and Winning vehicle (TA2) row by row and count the rows where they are equal.',
  '@same_vehicle_rounds[count] where "count" is an integer.',
  [['same_vehicle_rounds', str(int((d['Winning vehicle (TA1)'] == d['Winning vehicle (TA2)']).sum()))]])

# A motor-racing series raced by football clubs: six rounds of two races each.
F = W + '203-csv/514.csv'
d = load(F)
# Written first over Fastest Lap, where two clubs tie for the top (3 each): asked over Winning Club instead.
club, wins = top(d['Winning Club'].value_counts())
q(F, 'Identify the club that won the most races and report how many races it won.',
  'Use the Winning Club column; every row is one race.',
  '@winning_club[club], @club_wins[count] where "club" is a string and "count" is an integer.',
  [['winning_club', club], ['club_wins', wins]])
q(F, 'How many races have no pole position recorded?',
  'Count the rows whose Pole Position cell is empty.',
  '@no_pole_races[count] where "count" is an integer.',
  [['no_pole_races', str(int((d['Pole Position'] == '').sum()))]])
wt = d['Winning Team'].value_counts()
q(F, 'Find the Winning Team that appears most frequently and the number of races it won.',
  '',
  '@top_team[team], @top_team_wins[count] where "team" is a string and "count" is an integer.',
  [['top_team', top(wt)[0]], ['top_team_wins', top(wt)[1]]])

# Former radio callsigns of a region (11 stations; two without a frequency).
F = W + '203-csv/604.csv'
d = load(F)
am = d[(d['Band'] == 'AM') & (d['Frequency'] != '')]
q(F, 'Considering only AM stations whose frequency is given, what is the mean of the Frequency column?',
  'Keep the rows where Band is "AM" and Frequency is not empty; read Frequency as a number. Round the mean to one decimal place.',
  '@mean_am_frequency[mean] where "mean" is a number rounded to one decimal place.',
  [['mean_am_frequency', f1(am['Frequency'].astype(float).mean())]])
hob = d['Area served'] == 'Hobart'
q(F, 'How many of the stations served Hobart, and what proportion of all stations is that?',
  'A station serves Hobart when its Area served is "Hobart". Give the proportion as a percentage with 2 decimals.',
  '@hobart_stations[count], @hobart_pct[percent] where "count" is an integer and "percent" is a number rounded to two decimal places.',
  [['hobart_stations', str(int(hob.sum()))], ['hobart_pct', f2(hob.mean() * 100)]])
pu = d['Purpose'].value_counts()
q(F, 'What is the most common Purpose among the stations?',
  'Count the rows per Purpose value.',
  '@common_purpose[purpose] where "purpose" is a string.',
  [['common_purpose', top(pu)[0]]])

# A state's 2008 House races (seven districts).
F = W + '203-csv/432.csv'
d = load(F)
q(F, 'In how many districts was the incumbent also the Democratic candidate?',
  'Count the rows where the Incumbent value equals the Democratic value.',
  '@incumbent_democrat[count] where "count" is an integer.',
  [['incumbent_democrat', str(int((d['Incumbent'] == d['Democratic']).sum()))]])
q(F, 'Calculate the fraction of districts whose 2008 Status was Open.',
  'Express it as a percentage, rounded to 2 decimal places.',
  '@open_pct[percent] where "percent" is a number rounded to two decimal places.',
  [['open_pct', f2((d['2008 Status'] == 'Open').mean() * 100)]])

# An album's releases (seven rows; dates written in full or as a bare year).
F = W + '202-csv/17.csv'
d = load(F)
d['year'] = d['Date'].map(year_of)
q(F, 'How many of the releases were issued on CD?',
  'Count the rows whose Format is "CD".',
  '@cd_releases[count] where "count" is an integer.',
  [['cd_releases', str(int((d['Format'] == 'CD').sum()))]])
q(F, 'What is the earliest year in which a CD release appears?',
  'Take the year from the Date column (the last four digits) and keep the rows whose Format is CD.',
  '@first_cd_year[year] where "year" is an integer.',
  [['first_cd_year', str(int(d.loc[d['Format'] == 'CD', 'year'].min()))]])
q(F, 'Count the UK releases that came out before 1990.',
  'Country must be "UK"; the year is the last four digits of Date and must be below 1990.',
  '@early_uk[count] where "count" is an integer.',
  [['early_uk', str(int(((d['Country'] == 'UK') & (d['year'] < 1990)).sum()))]])

# An award's recipients, one a year from 1997 to 2010.
F = W + '203-csv/458.csv'
d = load(F)
us = d['Nationality'] == 'United States'
q(F, 'What percentage of the recipients have United States nationality?',
  'Number of rows whose Nationality is "United States" over the number of rows, times 100, rounded to two decimals.',
  '@us_pct[percent] where "percent" is a number rounded to two decimal places.',
  [['us_pct', f2(us.mean() * 100)]])
span = d[(d['Year'].astype(int) >= 2000) & (d['Year'].astype(int) <= 2005)]
q(F, 'For the years 2000 through 2005, what is the average length in characters of the Recipient names?',
  'Include both 2000 and 2005. Count every character of the name, spaces included; round to 2 decimal places.',
  '@mean_name_length[length] where "length" is a number rounded to two decimal places.',
  [['mean_name_length', f2(span['Recipient'].str.len().mean())]])
q(F, 'In which year did a recipient from Israel first receive the award?',
  'Use the smallest Year among the rows whose Nationality is "Israel".',
  '@first_israel_year[year] where "year" is an integer.',
  [['first_israel_year', str(int(d.loc[d['Nationality'] == 'Israel', 'Year'].astype(int).min()))]])

# A club's kit manufacturers and sponsors by season span (17 rows).
F = W + '203-csv/329.csv'
d = load(F)
km = d.loc[d['Kit Manufacturer'] != '', 'Kit Manufacturer'].value_counts()
q(F, 'Which kit manufacturer is listed in the largest number of rows, and in how many?',
  'Ignore the rows without a kit manufacturer.',
  '@top_maker[name], @top_maker_rows[count] where "name" is a string and "count" is an integer.',
  [['top_maker', top(km)[0]], ['top_maker_rows', top(km)[1]]])
q(F, 'How many rows have no kit manufacturer recorded?',
  'A row counts when its Kit Manufacturer cell is empty.',
  '@no_maker_rows[count] where "count" is an integer.',
  [['no_maker_rows', str(int((d['Kit Manufacturer'] == '').sum()))]])
q(F, 'How many distinct shirt sponsors does the table list?',
  'Count the different non-empty values of Shirt Sponsor.',
  '@shirt_sponsors[count] where "count" is an integer.',
  [['shirt_sponsors', str(int(d.loc[d['Shirt Sponsor'] != '', 'Shirt Sponsor'].nunique()))]])

# A navy's captured vessels (six rows).
F = W + '202-csv/186.csv'
d = load(F)
cap = d['Captor'].value_counts()
q(F, 'Which captor took the most vessels, and how many did it take?',
  'Count the rows per Captor.',
  '@top_captor[name], @captures[count] where "name" is a string and "count" is an integer.',
  [['top_captor', top(cap)[0]], ['captures', top(cap)[1]]])
q(F, 'How many vessels were captured in 1848?',
  'The year is the last four digits of the Date column.',
  '@captured_1848[count] where "count" is an integer.',
  [['captured_1848', str(int((d['Date'].map(year_of) == 1848).sum()))]])

for item in Q:
    print(json.dumps(item, ensure_ascii=False))
