# Batch 22 (held out): data preparation and feature engineering in the DABench style over five corpus
# tables and one workbook no other batch uses: dates parsed with a stated format and the cells that do
# not parse made missing, differences of dates in days, gaps between consecutive dates, years and months
# taken from dates, text cleaned (quotes stripped, a placeholder word made missing, a unit converted),
# values mapped to a common form before counting, label and one-hot encoding, missing values filled
# with the median, binning into stated groups, filters on several conditions, and chains of several
# such steps before a statistic.
# Answers are computed with pandas (cells read as text, every conversion written out as the
# constraints state it).
# Run from anywhere: python3 bench/data/dabench-own-batch22.py prints the batch's JSON lines.
import json, os, re
import pandas as pd

C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus') + '/'
W = 'tables/wikitablequestions/csv/'
Q = []


def q(file, question, constraints, fmt, answers, table=None):
    item = dict(id=2201 + len(Q), question=question, constraints=constraints, format=fmt, file=file,
                answers=answers, batch=22)
    if table: item['table'] = table
    Q.append(item)


def load(f):
    frame = pd.read_csv(C + f, dtype=str, keep_default_na=False, escapechar='\\')
    frame.columns = [c.replace('\n', ' ') for c in frame.columns]
    return frame


def f2(x): return f'{x:.2f}'


# Envoys of one country to another: titles, dates from and until (some only a month and year, a year,
# 'Present', or a day the month does not have).
F = W + '203-csv/840.csv'
d = load(F)
start = pd.to_datetime(d['Date from'], format='%d %B %Y', errors='coerce')
end = pd.to_datetime(d['Date until'], format='%d %B %Y', errors='coerce')
full = start.notna() & end.notna()
tenure = (end - start).dt.days[full]
parse_rule = ("Parse Date from and Date until as dates written day, month name, year (such as '3 March 1950'); a cell "
              "in any other form (a month and year only, a year only, 'Present', a day the month does not have) is missing. ")
q(F, 'What is the mean tenure in days of the envoys whose Date from and Date until are both full dates?',
  parse_rule + 'Drop the rows where either date is missing. The tenure is Date until minus Date from in days. Round to two decimal places.',
  '@mean_tenure_days[mean] where "mean" is a number rounded to two decimal places.', [['mean_tenure_days', f2(tenure.mean())]])
longest = d.loc[tenure.idxmax(), 'Name']
q(F, 'Which envoy had the longest tenure, and how many days was it?',
  parse_rule + 'Drop the rows where either date is missing. The tenure is Date until minus Date from in days.',
  '@longest_envoy[name], @longest_days[days] where "name" is the Name as written and "days" is an integer.',
  [['longest_envoy', longest], ['longest_days', str(int(tenure.max()))]])
onehot = pd.get_dummies(d['Russian state'])
q(F, 'How many indicator columns does one-hot encoding of the Russian state column make, and how many rows have the most common value?',
  'One-hot encode Russian state with one column per distinct value as written (a value joining two states with "/" is a value of its own).',
  '@onehot_columns[count], @most_common_rows[count] where both are integers.',
  [['onehot_columns', str(onehot.shape[1])], ['most_common_rows', str(int(onehot.sum().max()))]])
start_year = d['Date from'].str[-4:].astype(int)
century = pd.cut(start_year, bins=[1700, 1800, 1900, 2000, 2100], right=False, labels=['18th', '19th', '20th', '21st'])
q(F, 'How many envoys started in the 19th century and how many in the 20th century?',
  'The start year is the last four digits of Date from. Bin it into centuries: 18th is 1700 to 1799, 19th 1800 to 1899, 20th 1900 to 1999 and 21st 2000 to 2099.',
  '@nineteenth[count], @twentieth[count] where both are integers.',
  [['nineteenth', str(int((century == '19th').sum()))], ['twentieth', str(int((century == '20th').sum()))]])
pleni = d['Title'].str.contains('Plenipotentiary')
q(F, 'What is the median start year of the envoys whose Title contains the word "Plenipotentiary"?',
  'The start year is the last four digits of Date from. Keep the rows whose Title contains "Plenipotentiary" anywhere in it.',
  '@median_start_year[year] where "year" is a number rounded to one decimal place.', [['median_start_year', f'{start_year[pleni].median():.1f}']])

# A season of television episodes with Canadian and US air dates; two titles are 'TBA'.
F = W + '204-csv/674.csv'
d = load(F)
us = pd.to_datetime(d['US airdate'], format='%B %d, %Y')
q(F, 'How many episodes had their US airdate in 2014, and how many of those aired in the first half of that year?',
  'Parse US airdate as dates. The first half of the year is January to June.',
  '@episodes_2014[count], @first_half_2014[count] where both are integers.',
  [['episodes_2014', str(int((us.dt.year == 2014).sum()))], ['first_half_2014', str(int(((us.dt.year == 2014) & (us.dt.month <= 6)).sum()))]])
gaps = us.sort_values().diff().dt.days.dropna()
q(F, 'What is the mean gap in days between consecutive US airdates, and what is the longest gap?',
  'Parse US airdate as dates and sort them. Each gap is a date minus the date before it in days (the first date has no gap and is left out); two episodes on the same date give a gap of 0.',
  '@mean_gap_days[mean], @max_gap_days[max] where "mean" is rounded to two decimal places and "max" is an integer.',
  [['mean_gap_days', f2(gaps.mean())], ['max_gap_days', str(int(gaps.max()))]])
title = d['Title'].str.replace('"', '', regex=False).str.strip().replace('TBA', pd.NA)
q(F, 'After cleaning Title, how many titles are missing and how many distinct titles are left?',
  "Remove every double quote from Title and strip the surrounding spaces; a title 'TBA' is missing. Count distinct values among the titles that are not missing.",
  '@missing_titles[count], @distinct_titles[count] where both are integers.',
  [['missing_titles', str(int(title.isna().sum()))], ['distinct_titles', str(int(title.dropna().nunique()))]])
month_counts = us.dt.month_name().value_counts()
top_months = sorted(month_counts[month_counts == month_counts.max()].index)
q(F, 'Which month name has the most US airdates across the whole table, and how many episodes aired in it?',
  'Parse US airdate as dates and take the month name of each (months of different years count together).',
  '@busiest_month[month], @busiest_month_episodes[count] where "month" is a full month name such as "March" and "count" is an integer.',
  [['busiest_month', ', '.join(top_months)], ['busiest_month_episodes', str(int(month_counts.max()))]])
single = d['Production code'][~d['Production code'].str.contains('&')].astype(int)
q(F, 'What is the mean Production code of the episodes that have a single production code?',
  "Some Production code cells hold two codes joined by ' & '; drop those rows. Convert the rest to integers. Round to two decimal places.",
  '@mean_production_code[mean] where "mean" is a number rounded to two decimal places.', [['mean_production_code', f2(single.mean())]])

# Underground tests: date and time, purpose, yield written with a unit ('21 kt', '600 t', 'less than 5 kt'),
# a venting note that is blank where none was detected.
F = W + '203-csv/625.csv'
d = load(F)


def kilotons(cell):
    m = re.fullmatch(r'([\d.]+) (kt|t)', cell)
    if not m: return None
    return float(m.group(1)) / (1000 if m.group(2) == 't' else 1)


kt = d['Yield'].map(kilotons)
yield_rule = ("Convert Yield to kilotons: 'N kt' is N and 'N t' is N / 1000; drop the rows whose Yield begins with 'less than'. ")
q(F, 'What is the mean and the median yield in kilotons?', yield_rule + 'Round both to three decimal places.',
  '@mean_yield_kt[mean], @median_yield_kt[median] where both are rounded to three decimal places.',
  [['mean_yield_kt', f'{kt.dropna().mean():.3f}'], ['median_yield_kt', f'{kt.dropna().median():.3f}']])
dev = d['Purpose'] == 'weapons development'
q(F, 'What is the mean yield in kilotons of the tests whose Purpose is "weapons development"?',
  yield_rule + 'Keep the rows whose Purpose is "weapons development". Round to three decimal places.',
  '@mean_dev_yield_kt[mean] where "mean" is rounded to three decimal places.', [['mean_dev_yield_kt', f'{kt[dev].dropna().mean():.3f}']])
vent = d['Venting'].str.strip() != ''
q(F, 'How many tests detected venting, and what percentage of all tests is that?',
  'A blank Venting cell means no venting was detected; any other text means venting was detected. Round the percentage to two decimal places.',
  '@vented_tests[count], @vented_percent[percent] where "count" is an integer and "percent" is rounded to two decimal places.',
  [['vented_tests', str(int(vent.sum()))], ['vented_percent', f2(vent.mean() * 100)]])
when = pd.to_datetime(d['Date time (UT)'], format='%d %B %Y %H:%M:%S.%f')
q(F, 'How many tests took place in 1973 at 16:00 UT or later?',
  'Parse Date time (UT) as a date and time (day, month name, year, then hours:minutes:seconds with fractions). Keep the rows of the year 1973 whose hour is 16 or more.',
  '@late_1973_tests[count] where "count" is an integer.', [['late_1973_tests', str(int(((when.dt.year == 1973) & (when.dt.hour >= 16)).sum()))]])
purpose_code = d['Purpose'].astype('category').cat.codes
q(F, 'After label encoding Purpose, what is the mean of the codes?',
  'Label encode Purpose with codes 0, 1, 2 ... given to the distinct values in alphabetical order (as sklearn LabelEncoder does). Round to four decimal places.',
  '@mean_purpose_code[mean] where "mean" is rounded to four decimal places.', [['mean_purpose_code', f'{purpose_code.mean():.4f}']])

# A basketball club's seasons: league position (blank in the last season), postseason, cup results ('–' for none).
F = W + '203-csv/725.csv'
d = load(F)
pos = pd.to_numeric(d['Pos.'].replace('', pd.NA))
filled = pos.fillna(pos.median())
q(F, 'What is the mean league position after filling the missing Pos. with the median?',
  'A blank Pos. is missing; fill it with the median of the other positions, then take the mean of all seasons. Round to two decimal places.',
  '@mean_position[mean] where "mean" is rounded to two decimal places.', [['mean_position', f2(filled.mean())]])
cup = d['German Cup'].replace('–', pd.NA)
q(F, 'In how many seasons did the club have a German Cup result, and in how many of those was it "Champion"?',
  "A German Cup cell '–' means no result and is missing.",
  '@cup_seasons[count], @cup_titles[count] where both are integers.',
  [['cup_seasons', str(int(cup.notna().sum()))], ['cup_titles', str(int((cup == 'Champion').sum()))]])
first_year = d['Season'].str[:4].astype(int)
recent = first_year >= 2000
champ = d['Postseason'] == 'Champion'
q(F, 'What percentage of the seasons starting in 2000 or later ended with a Postseason "Champion"?',
  'The starting year of a season is the four digits before the dash in Season. Keep the seasons starting in 2000 or later; a blank Postseason counts as not "Champion". Round to two decimal places.',
  '@champion_percent[percent] where "percent" is rounded to two decimal places.', [['champion_percent', f2(champ[recent].mean() * 100)]])
known = pos.dropna()
bands = pd.cut(known, bins=[0, 2, 6, 100], labels=['top', 'middle', 'low'])
q(F, 'How many seasons fall in each position band?',
  "Drop the season whose Pos. is blank. Bin Pos. into 'top' for 1 to 2, 'middle' for 3 to 6 and 'low' for 7 or worse.",
  '@top[count], @middle[count], @low[count] where each is an integer.',
  [['top', str(int((bands == 'top').sum()))], ['middle', str(int((bands == 'middle').sum()))], ['low', str(int((bands == 'low').sum()))]])

# A class of locomotives: name ('-' for none), entered service written 'May 94' (month, two-digit year), livery.
F = W + '203-csv/658.csv'
d = load(F)
entered = pd.to_datetime(d['Entered Service'], format='%b %y')
q(F, 'How many locomotives entered service in July 1994?',
  "Parse Entered Service as a month and a two-digit year ('Jul 94' is July 1994, '05' is 2005). Keep the rows of July 1994.",
  '@july_1994[count] where "count" is an integer.', [['july_1994', str(int(((entered.dt.year == 1994) & (entered.dt.month == 7)).sum()))]])
name = d['Name'].replace('-', pd.NA)
q(F, 'How many locomotives have no name, and how many of the named ones are named after several people?',
  "A Name '-' is missing. A name of several people joins them with '/'.",
  '@unnamed[count], @group_names[count] where both are integers.',
  [['unnamed', str(int(name.isna().sum()))], ['group_names', str(int(name.dropna().str.contains('/').sum()))]])
q(F, 'How many unnamed locomotives have the Livery "FreightCorp"?',
  "A Name '-' is missing. Keep the rows whose Name is missing and whose Livery is FreightCorp.",
  '@unnamed_freightcorp[count] where "count" is an integer.', [['unnamed_freightcorp', str(int((name.isna() & (d['Livery'] == 'FreightCorp')).sum()))]])
months_between = (entered.max().year - entered.min().year) * 12 + entered.max().month - entered.min().month
q(F, 'How many months passed between the first and the last Entered Service date?',
  "Parse Entered Service as a month and a two-digit year ('Jul 94' is July 1994, '05' is 2005); count whole calendar months from the earliest to the latest.",
  '@service_span_months[months] where "months" is an integer.', [['service_span_months', str(months_between)]])

# A short task list: status, priority, who it is assigned to, and a Complete? column written 1/0, Y/N or YES/NO.
F = 'office/xlsx/poi_48962.xlsx'
x = pd.read_excel(C + F, dtype=str).iloc[:11]  # the eleven numbered tasks; the rows below them are stray cells
x.columns = [c.strip() for c in x.columns]
done = x['Complete?'].str.strip().str.upper().map({'1': 'yes', 'Y': 'yes', 'YES': 'yes', '0': 'no', 'N': 'no', 'NO': 'no'})
q(F, 'How many tasks are complete according to the Complete? column, and how many are not?',
  "Normalise Complete?: '1', 'Y' and 'YES' (any case) mean yes, '0', 'N' and 'NO' mean no; a blank cell is missing and counts as neither.",
  '@complete_yes[count], @complete_no[count] where both are integers.',
  [['complete_yes', str(int((done == 'yes').sum()))], ['complete_no', str(int((done == 'no').sum()))]], table='Sheet1')
q(F, 'How many tasks assigned to Mark have the Status "Complete" and the Priority "High"?',
  'Keep the rows whose Assigned To is Mark, whose Status is Complete and whose Priority is High.',
  '@mark_complete_high[count] where "count" is an integer.',
  [['mark_complete_high', str(int(((x['Assigned To'] == 'Mark') & (x['Status'] == 'Complete') & (x['Priority'] == 'High')).sum()))]], table='Sheet1')

for item in Q: print(json.dumps(item, ensure_ascii=False))
