# Batch 24 (held out): data preparation and feature engineering in the DABench style over seven corpus
# tables no other batch uses: scores written "2-0" split into two numbers, a venue taken out of a text
# column, one-hot and label encoding, duplicates over chosen columns, a placeholder made missing and a
# median fill, dates parsed and the gaps between consecutive dates, text cleaned (quotes stripped, a
# suffix removed, a prefix split off), numbers taken from codes and ordinals, ranges of numbers
# replaced by their midpoint, binning into stated groups, filters on several conditions, and chains of
# these before a statistic.
# Answers are computed with pandas (cells read as text, every conversion written out as the
# constraints state it); the questions were written from the files before the engine ran on them.
# Run from anywhere: python3 bench/data/dabench-own-batch24.py prints the batch's JSON lines.
import json, os, re
import pandas as pd

C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus') + '/'
W = 'tables/wikitablequestions/csv/'
Q = []


def q(file, question, constraints, fmt, answers):
    Q.append(dict(id=2401 + len(Q), question=question, constraints=constraints, format=fmt, file=file,
                  answers=answers, batch=24))


def load(f):
    frame = pd.read_csv(C + f, dtype=str, keep_default_na=False, escapechar='\\')
    frame.columns = [c.replace('\n', ' ') for c in frame.columns]
    return frame


def f2(x): return f'{x:.2f}'


# European matches of several clubs in one season: date without a year, leg and venue in one cell,
# score written "2-0" (the club's goals first).
F = W + '203-csv/582.csv'
d = load(F)
goals = d['Score'].str.split('-', expand=True).astype(int)
gf, ga = goals[0], goals[1]
split_rule = "Split Score on the dash into goals scored (the number before it) and goals conceded (the number after it). "
q(F, 'What is the mean number of goals per match, counting both sides?',
  split_rule + 'The total goals of a match are goals scored plus goals conceded. Round to two decimal places.',
  '@mean_total_goals[mean] where "mean" is a number rounded to two decimal places.', [['mean_total_goals', f2((gf + ga).mean())]])
q(F, 'How many matches did the clubs win, and what percentage of all matches is that?',
  split_rule + 'A match is won when goals scored is greater than goals conceded. Round the percentage to two decimal places.',
  '@matches_won[count], @won_percent[percent] where "count" is an integer and "percent" is rounded to two decimal places.',
  [['matches_won', str(int((gf > ga).sum()))], ['won_percent', f2((gf > ga).mean() * 100)]])
venue = d['Leg'].str.split(', ').str[1]
q(F, 'What is the mean number of goals scored in home matches?',
  split_rule + "The venue is the word after the comma in Leg ('Leg 1, Home' is Home). Keep the rows whose venue is Home. Round to two decimal places.",
  '@mean_home_goals[mean] where "mean" is rounded to two decimal places.', [['mean_home_goals', f2(gf[venue == 'Home'].mean())]])
onehot = pd.get_dummies(d['Competition'])
q(F, 'How many columns does one-hot encoding of Competition create, and how many rows have a 1 in the UEFA Cup column?',
  'One-hot encode Competition with pandas.get_dummies, one column per distinct value.',
  '@onehot_columns[count], @uefa_cup_rows[count] where both are integers.',
  [['onehot_columns', str(onehot.shape[1])], ['uefa_cup_rows', str(int(onehot['UEFA Cup'].sum()))]])
q(F, 'How many rows remain after removing duplicate rows over the Team and Opponent columns?',
  'Keep the first row of each pair of Team and Opponent (pandas drop_duplicates with subset Team and Opponent).',
  '@remaining_rows[count] where "count" is an integer.', [['remaining_rows', str(len(d.drop_duplicates(subset=['Team', 'Opponent'])))]])
team_code = d['Team'].astype('category').cat.codes
q(F, 'After label encoding Team, what is the mean of the codes?',
  'Label encode Team with codes 0, 1, 2 ... given to the distinct values in alphabetical order (as sklearn LabelEncoder does). Round to four decimal places.',
  '@mean_team_code[mean] where "mean" is rounded to four decimal places.', [['mean_team_code', f'{team_code.mean():.4f}']])

# A TV season: titles in double quotes, air dates, a production code '–' for the pilot.
F = W + '203-csv/542.csv'
d = load(F)
code = pd.to_numeric(d['Production code'].replace('–', pd.NA))
q(F, 'What is the mean Production code after filling the missing code with the median?',
  "A Production code '–' is missing. Convert the rest to integers, fill the missing value with the median of the others, then take the mean of all episodes. Round to two decimal places.",
  '@mean_production_code[mean] where "mean" is rounded to two decimal places.', [['mean_production_code', f2(code.fillna(code.median()).mean())]])
aired = pd.to_datetime(d['Original air date'], format='%B %d, %Y')
gaps = aired.sort_values().diff().dt.days.dropna()
q(F, 'How many gaps between consecutive air dates are longer than 7 days, and what is the longest gap in days?',
  'Parse Original air date as dates and sort them. Each gap is a date minus the date before it in days; the first date has no gap.',
  '@long_gaps[count], @max_gap_days[days] where both are integers.',
  [['long_gaps', str(int((gaps > 7).sum()))], ['max_gap_days', str(int(gaps.max()))]])
q(F, 'How many episodes aired in 1991?', 'Parse Original air date as dates and take the year of each.',
  '@episodes_1991[count] where "count" is an integer.', [['episodes_1991', str(int((aired.dt.year == 1991).sum()))]])
title_len = d['Title'].str.replace('"', '', regex=False).str.len()
q(F, 'What is the mean length of the episode titles in characters, once the double quotes are removed?',
  'Remove every double quote from Title; the length counts every remaining character, spaces included. Round to two decimal places.',
  '@mean_title_length[mean] where "mean" is rounded to two decimal places.', [['mean_title_length', f2(title_len.mean())]])
q(F, 'How many episodes were written by more than one writer, and how many distinct writers wrote the other episodes?',
  "An episode has more than one writer when Written by contains ' & '. Count the distinct Written by values among the episodes with a single writer.",
  '@shared_episodes[count], @single_writers[count] where both are integers.',
  [['shared_episodes', str(int(d['Written by'].str.contains(' & ').sum()))],
   ['single_writers', str(int(d['Written by'][~d['Written by'].str.contains(' & ')].nunique()))]])

# A class of fleet oilers: hull number 'T-AO-187', status text, years active written in several forms.
F = W + '204-csv/559.csv'
d = load(F)
hull = d['Hull No.'].str.split('-').str[-1].astype(int)
active = d['Status'] == 'Active'
q(F, 'What is the mean hull number of the ships whose Status is exactly "Active"?',
  "The hull number is the integer after the last dash in Hull No. ('T-AO-187' is 187). Keep the rows whose Status is 'Active'. Round to two decimal places.",
  '@mean_active_hull[mean] where "mean" is rounded to two decimal places.', [['mean_active_hull', f2(hull[active].mean())]])
first_year = d['Years Active'].str.extract(r'(\d{4})')[0].astype(int)
decade = pd.cut(first_year, bins=[1980, 1990, 2000], right=False, labels=['1980s', '1990s'])
q(F, 'How many ships began in the 1980s and how many in the 1990s?',
  "The first year is the first four-digit number in Years Active. Bin it into '1980s' for 1980 to 1989 and '1990s' for 1990 to 1999.",
  '@began_1980s[count], @began_1990s[count] where both are integers.',
  [['began_1980s', str(int((decade == '1980s').sum()))], ['began_1990s', str(int((decade == '1990s').sum()))]])
q(F, 'What percentage of the ships have a Status that begins with "Active"?',
  "Map Status to 'Active' when it begins with the word Active and to 'Inactive' otherwise. Round to two decimal places.",
  '@active_percent[percent] where "percent" is rounded to two decimal places.', [['active_percent', f2(d['Status'].str.startswith('Active').mean() * 100)]])

# A tennis player's finals: outcome, date, tournament with city and country, surface with '(i)' for indoor, sets.
F = W + '204-csv/285.csv'
d = load(F)
date = pd.to_datetime(d['Date'], format='%d %B %Y')
surface = d['Surface'].str.replace(' (i)', '', regex=False)
q(F, 'How many finals did the player win on clay from 2006 on?',
  "Parse Date as dates. Keep the rows whose Outcome is 'Winner', whose Surface is 'Clay' and whose year is 2006 or later.",
  '@clay_wins_since_2006[count] where "count" is an integer.',
  [['clay_wins_since_2006', str(int(((d['Outcome'] == 'Winner') & (d['Surface'] == 'Clay') & (date.dt.year >= 2006)).sum()))]])
sets = d['Score'].str.split(', ').str.len()
q(F, 'What is the mean number of sets in the finals the player won?',
  "The number of sets is the number of parts of Score separated by ', '. Keep the rows whose Outcome is 'Winner'. Round to two decimal places.",
  '@mean_sets_won_finals[mean] where "mean" is rounded to two decimal places.', [['mean_sets_won_finals', f2(sets[d['Outcome'] == 'Winner'].mean())]])
q(F, 'After cleaning Surface, how many finals were played on hard courts, and how many distinct surfaces are there?',
  "Remove the indoor mark ' (i)' from Surface, so 'Hard (i)' becomes 'Hard'.",
  '@hard_finals[count], @distinct_surfaces[count] where both are integers.',
  [['hard_finals', str(int((surface == 'Hard').sum()))], ['distinct_surfaces', str(int(surface.nunique()))]])
gap = date.sort_values().diff().dt.days.dropna()
q(F, 'What is the mean number of days between consecutive finals?',
  'Parse Date as dates and sort them; each gap is a date minus the date before it in days. Round to two decimal places.',
  '@mean_days_between_finals[mean] where "mean" is rounded to two decimal places.', [['mean_days_between_finals', f2(gap.mean())]])
country = d['Tournament'].str.split(', ').str[-1].str.replace(' (2)', '', regex=False)
top = country.value_counts()
q(F, 'Which country hosted the most finals, and how many?',
  "The country is the text after the last comma in Tournament, with a trailing ' (2)' removed.",
  '@top_country[country], @top_country_finals[count] where "country" is the name as written and "count" is an integer.',
  [['top_country', ', '.join(sorted(top[top == top.max()].index))], ['top_country_finals', str(int(top.max()))]])

# A soccer club's seasons: league place written as an ordinal with notes ('6th (Fall)', '5th?', '3rd(t), National'), '?' unknown.
F = W + '203-csv/435.csv'
d = load(F)
place = pd.to_numeric(d['Reg. Season'].str.extract(r'^(\d+)')[0])
q(F, 'What is the mean regular-season place, and for how many seasons is it unknown?',
  "Convert Reg. Season to a number by keeping its leading digits ('6th (Fall)' is 6, '3rd(t), National' is 3); a '?' is missing and is left out of the mean. Round to two decimal places.",
  '@mean_place[mean], @unknown_places[count] where "mean" is rounded to two decimal places and "count" is an integer.',
  [['mean_place', f2(place.mean())], ['unknown_places', str(int(place.isna().sum()))]])
cup = d['National Cup'].replace({'?': pd.NA, 'N/A': pd.NA})
q(F, 'In how many seasons is the National Cup result known?',
  "A National Cup of '?' or 'N/A' is missing.",
  '@known_cup_results[count] where "count" is an integer.', [['known_cup_results', str(int(cup.notna().sum()))]])
start = d['Year'].str.extract(r'(\d{4})')[0].astype(int)
q(F, 'How many seasons starting in 1940 or later ended in the top three of the regular season?',
  "The starting year is the first four digits in Year. Convert Reg. Season to a number by keeping its leading digits ('?' is missing). Keep the seasons starting in 1940 or later whose place is 3 or better (3 or less).",
  '@top_three_since_1940[count] where "count" is an integer.', [['top_three_since_1940', str(int(((start >= 1940) & (place <= 3)).sum()))]])

# A football team's season: opponents written 'at X' (away) or 'vs. X' (home), scores 'W–L' with the winner's points first.
F = W + '204-csv/993.csv'
d = load(F)
home = d['Opponent'].str.startswith('vs.')
opponent = d['Opponent'].str.replace(r'^(at|vs\.) ', '', regex=True)
q(F, 'How many games were played at home, and how many distinct opponents did the team face?',
  "An Opponent starting with 'vs.' is a home game and one starting with 'at' an away game; the opponent's name is the text after that word.",
  '@home_games[count], @distinct_opponents[count] where both are integers.',
  [['home_games', str(int(home.sum()))], ['distinct_opponents', str(int(opponent.nunique()))]])
pts = d['Score'].str.split('–', expand=True).astype(int)
margin = pts[0] - pts[1]
q(F, 'What is the mean total of points per game, and what is the largest winning margin of any game?',
  'Split Score on the dash into two numbers; the total is their sum and the margin the first minus the second. Round the mean to two decimal places.',
  '@mean_total_points[mean], @max_margin[max] where "mean" is rounded to two decimal places and "max" is an integer.',
  [['mean_total_points', f2((pts[0] + pts[1]).mean())], ['max_margin', str(int(margin.max()))]])

# Population estimates of a small people in two countries: figures with thousands commas, ranges '30,000–35,000', 'up to N', blanks.
F = W + '202-csv/223.csv'
d = load(F)


def population(cell):
    cell = cell.replace(',', '')
    m = re.fullmatch(r'(\d+)–(\d+)', cell)
    if m: return (int(m.group(1)) + int(m.group(2))) / 2
    return float(cell) if re.fullmatch(r'\d+', cell) else None


ro = d['Population Romania'].map(population)
year_rows = d['Date'].str.fullmatch(r'\d{4}')
q(F, 'What is the mean Population Romania over the rows whose Date is a single year?',
  "Remove the thousands commas from Population Romania; a range 'A–B' is its midpoint (A + B) / 2 and a blank is missing. Keep the rows whose Date is a four-digit year. Round to two decimal places.",
  '@mean_population_romania[mean] where "mean" is rounded to two decimal places.',
  [['mean_population_romania', f2(ro[year_rows].mean())]])

for item in Q: print(json.dumps(item, ensure_ascii=False))
