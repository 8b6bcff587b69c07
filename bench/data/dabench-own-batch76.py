# Batch 76 (held out): DABench-form questions over the four WikiTableQuestions lists that no earlier question uses
# (a county's private schools, a yearly reading cycle, a calendar of dated cycles laid out in columns, a
# politician's succession boxes, whose first row is a record and not a header) and, for the rest of the mix, lists
# that own batches have asked about only once or twice, asked here another way (a minority's population estimates,
# a football federation's members, captured vessels, a racing club's stakes, a soccer club's seasons, a children's
# series' inventions, a tennis player's doubles finals, a pilot's victories, a bridge's tolls, a cartoon's seasons, a
# medal table with its total row). The mix follows DABench's: missing values counted, value counts and the most
# frequent value, date parts (year, month), derived columns, group means and sums, filtered counts, standard
# deviation, a percentile, a Pearson correlation, Z-score and IQR outliers. Two- and three-slot questions, with the
# condition first or last. Written before the engine ran on it. Answers are computed with pandas as the constraints
# say; every most-often or largest answer is checked to have no tie.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch76.py prints the
# lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import W, f2, f3, load, num, only_mode, recorder

Q = []
q = recorder(76, Q)


def blank(col):
    """The cells of a text column that hold nothing but spaces."""
    return col.str.strip() == ''


def year(col):
    """The first four-digit year written in a text column, as a number (missing where there is none)."""
    return pd.to_numeric(col.str.extract(r'(\d{4})')[0], errors='coerce')


# A county's private schools.
F = W + '200-csv/8.csv'
d = load(F)
diocese = d['Communities served'].str.contains('Roman Catholic Diocese of Cleveland', regex=False)
q(F, 'How many schools serve the Roman Catholic Diocese of Cleveland, and what percentage of all the schools is '
     'that?',
  '{\nCount the rows whose "Communities served" contains "Roman Catholic Diocese of Cleveland", and calculate that '
  'count as a percentage of all the rows.\nRound the percentage to two decimal places.\n}',
  '{\n@diocese_schools[count]\n@diocese_percentage[percentage]\nwhere "count" is an integer and "percentage" is '
  'rounded to two decimal places.\n}',
  [['diocese_schools', str(int(diocese.sum()))], ['diocese_percentage', f2(diocese.mean() * 100)]])

township = d.Location.str.contains('Township', regex=False)
length = d.District.str.len()
q(F, 'Create a new column "name_length" as the number of characters in District. What is the mean name_length of '
     'the schools whose Location contains "Township"?',
  '{\n"name_length" is the number of characters of "District", spaces and punctuation included. Keep the rows '
  'whose "Location" contains "Township", count them and calculate the mean "name_length" over them.\nRound the '
  'mean to two decimal places.\n}',
  '{\n@township_schools[count]\n@mean_name_length[mean]\nwhere "count" is an integer and "mean" is rounded to two '
  'decimal places.\n}',
  [['township_schools', str(int(township.sum()))], ['mean_name_length', f2(length[township].mean())]])

# A yearly reading cycle.
F = W + '202-csv/268.csv'
d = load(F)
third = [c for c in d.columns if c.startswith('Year 3')][0]
chapter = d[third].str.extract(r'^(\d+):')[0]
top, count = only_mode(chapter.value_counts())
q(F, 'In the Year 3 column, the chapter of a reading is the number before the first colon. Which chapter holds the '
     'most readings, and how many?',
  '{\nThe "Year 3" column is the one whose name begins with "Year 3". The chapter of a cell is the number before '
  'its first colon (for example "8:16–23" is chapter 8). Count the rows of each chapter and report the chapter with '
  'the most rows and that count.\n}',
  '{\n@chapter[number]\n@readings[count]\nwhere "number" and "count" are integers.\n}',
  [['chapter', top], ['readings', str(count)]])

# A calendar of dated cycles laid out in columns.
F = W + '204-csv/182.csv'
d = load(F)
first = d[d.columns[0]]
dated = first.str.match(r'^[A-Z][a-z]+ \d+, \d{4}$')
q(F, 'In the first column, how many cells are full dates, and what is the mean year of those dates?',
  '{\nThe first column is the one named "May 20-21 118". A full date is a cell written as a month name, a day, a '
  'comma and a four-digit year (for example "May 21, 1993"). Count those cells and calculate the mean of their '
  'years.\nRound the mean to two decimal places.\n}',
  '{\n@dated_cells[count]\n@mean_year[mean]\nwhere "count" is an integer and "mean" is rounded to two decimal '
  'places.\n}',
  [['dated_cells', str(int(dated.sum()))], ['mean_year', f2(year(first[dated]).mean())]])

# A politician's succession boxes (the first row is a record, read as the header).
F = W + '200-csv/37.csv'
d = load(F)
before = d['Preceded by Alfred Scott']
q(F, 'How many offices were new offices, and how many were new creations?',
  '{\nUse the column "Preceded by Alfred Scott". Count the rows whose value is "New office" and the rows whose value '
  'is "New creation".\n}',
  '{\n@new_offices[count]\n@new_creations[count]\nwhere "count" is an integer.\n}',
  [['new_offices', str(int((before == 'New office').sum()))],
   ['new_creations', str(int((before == 'New creation').sum()))]])

start = year(d['Member of Parliament for Ashton-under-Lyne 1910–1916'])
q(F, 'Extract the first year from the office column. What is the median start year, and how many offices started '
     'in 1940 or later?',
  '{\nThe office column is "Member of Parliament for Ashton-under-Lyne 1910–1916"; the start year of a row is the '
  'first four-digit year in it (for example "Lord Privy Seal 1943–1945" is 1943). Calculate the median start year '
  'and count the rows whose start year is 1940 or later.\n}',
  '{\n@median_start_year[median]\n@offices_from_1940[count]\nwhere "median" is a year, a number with at most one '
  'decimal place, and "count" is an integer.\n}',
  [['median_start_year', f'{start.median():g}'], ['offices_from_1940', str(int((start >= 1940).sum()))]])

# A minority's population estimates.
F = W + '202-csv/223.csv'
d = load(F)
single = d['Population Romania'].str.match(r'^[\d,]+$')
romania = num(d['Population Romania'][single])
q(F, 'Over the estimates whose Population Romania is a single figure, what are the mean and the largest '
     'population?',
  '{\nKeep the rows whose "Population Romania" is a single figure written with thousands commas (leave out the '
  'ranges such as "1,000–2,000" and the empty cells). Calculate the mean and the maximum of the figure over those '
  'rows.\nRound the mean to two decimal places.\n}',
  '{\n@mean_romania[mean]\n@max_romania[max]\nwhere "mean" is rounded to two decimal places and "max" is an '
  'integer.\n}',
  [['mean_romania', f2(romania.mean())], ['max_romania', str(int(romania.max()))]])

top, count = only_mode(d.Source.value_counts())
q(F, 'How many estimates have no Population Serbia, and which Source gives the most estimates?',
  '{\nAn empty cell is a missing value. Count the rows whose "Population Serbia" is missing. Count the rows of each '
  '"Source" and report the source with the most rows.\n}',
  '{\n@missing_serbia[count]\n@top_source[name]\nwhere "count" is an integer and "name" is written as in '
  '"Source".\n}',
  [['missing_serbia', str(int(blank(d['Population Serbia']).sum()))], ['top_source', top]])

# A football federation's members.
F = W + '203-csv/495.csv'
d = load(F)
top, count = only_mode(d['Joining year'].value_counts())
q(F, 'Which Joining year is the most common and how many associations joined then? In how many rows is the Men\'s '
     'team the same as the Association?',
  '{\nCount the rows of each value of "Joining year" and report the value with the most rows and that count. Count '
  'the rows whose "Men\'s team" equals "Association".\n}',
  '{\n@joining_year[year]\n@associations[count]\n@same_name[count]\nwhere "year" is written as in "Joining year" '
  'and "count" is an integer.\n}',
  [['joining_year', top], ['associations', str(count)],
   ['same_name', str(int((d["Men's team"] == d.Association).sum()))]])

# Captured vessels.
F = W + '202-csv/186.csv'
d = load(F)
top, count = only_mode(d.Captor.value_counts())
q(F, 'Which Captor took the most vessels, and how many vessels were taken at Rio de Janeiro?',
  '{\nCount the rows of each "Captor" and report the captor with the most rows. Count the rows whose "Location" is '
  '"Rio de Janeiro".\n}',
  '{\n@top_captor[name]\n@rio_captures[count]\nwhere "name" is written as in "Captor" and "count" is an integer.\n}',
  [['top_captor', top], ['rio_captures', str(int((d.Location == 'Rio de Janeiro').sum()))]])

years = year(d.Date)
top, count = only_mode(years.value_counts())
q(F, 'Extract the year from Date. In which year were the most vessels captured, and what is the mean year?',
  '{\nThe year of a row is the four-digit year in "Date" (for example "June 1845" is 1845). Count the rows of each '
  'year and report the year with the most rows, and calculate the mean year over all the rows.\nRound the mean to '
  'two decimal places.\n}',
  '{\n@busiest_year[year]\n@mean_year[mean]\nwhere "year" is an integer and "mean" is rounded to two decimal '
  'places.\n}',
  [['busiest_year', str(int(top))], ['mean_year', f2(years.mean())]])

# A racing club's stakes.
F = W + '202-csv/58.csv'
d = load(F)
by_group = pd.to_numeric(d.Distance).groupby(d.Grp).mean()
q(F, 'What is the mean Distance of the races in each Grp?',
  '{\nGroup the rows by "Grp" (2 or 3) and calculate the mean of "Distance" in each group.\nRound the means to two '
  'decimal places.\n}',
  '{\n@mean_distance_grp2[mean]\n@mean_distance_grp3[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_distance_grp2', f2(by_group['2'])], ['mean_distance_grp3', f2(by_group['3'])]])

# A soccer club's seasons.
F = W + '203-csv/284.csv'
d = load(F)
q(F, 'How many seasons had "No playoff", and what percentage of the seasons is that?',
  '{\nCount the rows whose "Playoffs" is "No playoff" and calculate that count as a percentage of all the rows.\n'
  'Round the percentage to two decimal places.\n}',
  '{\n@no_playoff_seasons[count]\n@no_playoff_percentage[percentage]\nwhere "count" is an integer and "percentage" '
  'is rounded to two decimal places.\n}',
  [['no_playoff_seasons', str(int((d.Playoffs == 'No playoff').sum()))],
   ['no_playoff_percentage', f2((d.Playoffs == 'No playoff').mean() * 100)]])

place = pd.to_numeric(d['Reg. Season'].str.extract(r'^(\d+)(?:st|nd|rd|th)')[0])
top, count = only_mode(place.value_counts())
q(F, 'Create a new column "place" from the leading number of Reg. Season. What is the mean place, and which place '
     'is the most common?',
  '{\n"place" is the number at the start of "Reg. Season" (for example "2nd, American" is 2); leave out the rows '
  'that do not start with a number. Calculate the mean "place" and report the most common "place".\nRound the '
  'mean to two decimal places.\n}',
  '{\n@mean_place[mean]\n@most_common_place[place]\nwhere "mean" is rounded to two decimal places and "place" is an '
  'integer.\n}',
  [['mean_place', f2(place.mean())], ['most_common_place', str(int(top))]])

# A children's series' inventions.
F = W + '203-csv/87.csv'
d = load(F)
top, count = only_mode(d['Where?'].value_counts())
q(F, 'Which value of "Where?" is the most common, and how many subjects have a "When?" before the common era?',
  '{\nCount the rows of each value of "Where?" and report the value with the most rows. A "When?" is before the '
  'common era when it contains "B.C."; count those rows.\n}',
  '{\n@top_place[name]\n@bc_subjects[count]\nwhere "name" is written as in "Where?" and "count" is an integer.\n}',
  [['top_place', top], ['bc_subjects', str(int(d['When?'].str.contains('B.C.', regex=False).sum()))]])

# A tennis player's doubles finals.
F = W + '204-csv/447.csv'
d = load(F)
top, count = only_mode(d.Partnering.value_counts())
q(F, 'Who is the most frequent Partnering player and in how many finals? How many finals were on Clay?',
  '{\nCount the rows of each "Partnering" and report the partner with the most rows and that count. Count the rows '
  'whose "Surface" is "Clay".\n}',
  '{\n@top_partner[name]\n@finals_with_partner[count]\n@clay_finals[count]\nwhere "name" is written as in '
  '"Partnering" and "count" is an integer.\n}',
  [['top_partner', top], ['finals_with_partner', str(count)], ['clay_finals', str(int((d.Surface == 'Clay').sum()))]])

dates = pd.to_datetime(d.Date, format='%B %d, %Y')
top, count = only_mode(dates.dt.year.value_counts())
q(F, 'Extract the year from Date. Which year has the most finals, and how many finals are in it?',
  '{\nParse "Date" as a date and take its year. Count the rows of each year and report the year with the most rows '
  'and that count.\n}',
  '{\n@busiest_year[year]\n@finals[count]\nwhere "year" and "count" are integers.\n}',
  [['busiest_year', str(int(top))], ['finals', str(count)]])

# A pilot's victories.
F = W + '204-csv/434.csv'
d = load(F)
number = pd.to_numeric(d.Number)
totals = number.groupby(d.Type).sum()
top = totals[totals == totals.max()]
assert len(top) == 1
q(F, 'Which Type has the largest total Number, and what is that total?',
  '{\nGroup the rows by "Type", sum "Number" in each group, and report the type with the largest sum and the sum.\n}',
  '{\n@top_type[name]\n@total_number[sum]\nwhere "name" is written as in "Type" and "sum" is a number with at most '
  'one decimal place.\n}',
  [['top_type', top.index[0]], ['total_number', f'{top.iloc[0]:g}']])

z = (number - number.mean()) / number.std(ddof=0)
q(F, 'Using the Z-score method on Number, how many rows are outliers, and what is the standard deviation of '
     'Number?',
  '{\nCalculate the Z-score of each "Number" with the mean and the population standard deviation (ddof=0); a row is '
  'an outlier when the absolute Z-score is greater than 2. Count the outliers, and report the sample standard '
  'deviation of "Number" (ddof=1).\nRound the standard deviation to three decimal places.\n}',
  '{\n@outliers[count]\n@number_std[std]\nwhere "count" is an integer and "std" is rounded to three decimal '
  'places.\n}',
  [['outliers', str(int((z.abs() > 2).sum()))], ['number_std', f3(number.std())]])

# A bridge's tolls.
F = W + '203-csv/389.csv'
d = load(F)
motorbike = pd.to_numeric(d['Class 1 (e.g. Motorbike)'].str.lstrip('£'))
hgv = pd.to_numeric(d['Class 5 (e.g. HGV)'].str.lstrip('£'))
r, p = stats.pearsonr(motorbike, hgv)
q(F, 'Calculate the Pearson correlation coefficient between the Class 1 and the Class 5 tolls.',
  '{\nThe tolls are written in pounds with a "£" sign (for example "£2.50" is 2.5). Calculate the Pearson '
  'correlation coefficient between "Class 1 (e.g. Motorbike)" and "Class 5 (e.g. HGV)" over all the rows.\nRound '
  'the coefficient to three decimal places.\n}',
  '{\n@correlation_coefficient[r_value]\nwhere "r_value" is a number between -1 and 1 rounded to three decimal '
  'places.\n}',
  [['correlation_coefficient', f3(r)]])

# A cartoon's seasons.
F = W + '203-csv/714.csv'
d = load(F)
episodes = pd.to_numeric(d.Episodes)
premiere = pd.to_datetime(d['Season Premiere'], format='%B %d, %Y')
top, count = only_mode(premiere.dt.month_name().value_counts())
q(F, 'What is the 75th percentile of Episodes, and in which month did the most seasons premiere?',
  '{\nCalculate the 75th percentile of "Episodes" (pandas quantile, linear interpolation). Parse "Season Premiere" '
  'as a date, count the rows of each month and report the month with the most rows (its full English name).\n'
  'Round the percentile to two decimal places.\n}',
  '{\n@episodes_p75[percentile]\n@premiere_month[name]\nwhere "percentile" is rounded to two decimal places and '
  '"name" is a full month name such as "March".\n}',
  [['episodes_p75', f2(episodes.quantile(0.75))], ['premiere_month', top]])

# A medal table with its total row.
F = W + '204-csv/216.csv'
d = load(F)
nations = d[d.Nation != 'Total']
gold = pd.to_numeric(nations.Gold)
total = pd.to_numeric(nations.Total)
q1, q3 = total.quantile(0.25), total.quantile(0.75)
iqr = q3 - q1
out = int(((total < q1 - 1.5 * iqr) | (total > q3 + 1.5 * iqr)).sum())
q(F, 'Leaving out the Total row, what is the mean Gold per nation, and how many nations are IQR outliers in Total?',
  '{\nLeave out the row whose "Nation" is "Total". Calculate the mean of "Gold" over the nations. Calculate the '
  'first and third quartiles of "Total" (pandas quantile, linear interpolation) and IQR = Q3 - Q1; a nation is an '
  'outlier when "Total" is below Q1 - 1.5*IQR or above Q3 + 1.5*IQR. Count the outliers.\nRound the mean to two '
  'decimal places.\n}',
  '{\n@mean_gold[mean]\n@total_outliers[count]\nwhere "mean" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['mean_gold', f2(gold.mean())], ['total_outliers', str(out)]])

for item in Q:
    print(json.dumps(item))
