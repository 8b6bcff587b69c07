# Batch 26 (held out): data preparation and feature engineering in the DABench style over eight corpus
# tables no other batch uses: numbers taken out of codes ('U+0022 (34)', 'IA0502'), scores written
# '3–2' split into two numbers (with a penalty note to drop), times of day made minutes, sets counted
# from a list, the country taken from the end of a place, a blank made a stated category, one-hot and
# label encoding, duplicates over chosen columns, dates parsed and the gaps between consecutive dates,
# binning into stated groups, two columns stacked before counting, and chains of these before a
# statistic.
# Answers are computed with pandas (cells read as text, every conversion written out as the
# constraints state it); the questions were written from the files before the engine ran on them.
# Run from anywhere: python3 bench/data/dabench-own-batch26.py prints the batch's JSON lines.
import json, os
import pandas as pd

C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus') + '/'
W = 'tables/wikitablequestions/csv/'
Q = []


def q(file, question, constraints, fmt, answers):
    Q.append(dict(id=2601 + len(Q), question=question, constraints=constraints, format=fmt, file=file,
                  answers=answers, batch=26))


def load(f):
    frame = pd.read_csv(C + f, dtype=str, keep_default_na=False, escapechar='\\')
    frame.columns = [c.replace('\n', ' ') for c in frame.columns]
    return frame


def f2(x): return f'{x:.2f}'


def pair(column, separator='–'):
    """The two integers of a score such as '3–2', a trailing note in parentheses dropped."""
    parts = column.str.replace(r'\s*\(.*\)$', '', regex=True).str.split(separator, expand=True)
    return parts[0].astype(int), parts[1].astype(int)


# Character entities of a markup language: name, the code point written 'U+0022 (34)', the standard
# that introduced it, the entity set (DTD) and an older subset name (blank for some).
F = W + '203-csv/45.csv'
d = load(F)
point = d['Unicode code point (decimal)'].str.extract(r'\((\d+)\)')[0].astype(int)
point_rule = "The code point is the decimal number in parentheses in Unicode code point (decimal) ('U+0022 (34)' is 34). "
q(F, 'What is the mean decimal code point of the entities, and how many entities have a code point above 1000?',
  point_rule + 'Round the mean to two decimal places.',
  '@mean_code_point[mean], @above_1000[count] where "mean" is rounded to two decimal places and "count" is an integer.',
  [['mean_code_point', f2(point.mean())], ['above_1000', str(int((point > 1000).sum()))]])
onehot = pd.get_dummies(d['DTD'])
q(F, 'How many columns does one-hot encoding of DTD create, and how many rows have a 1 in the HTMLsymbol column?',
  'One-hot encode DTD with pandas.get_dummies, one column per distinct value.',
  '@onehot_columns[count], @htmlsymbol_rows[count] where both are integers.',
  [['onehot_columns', str(onehot.shape[1])], ['htmlsymbol_rows', str(int(onehot['HTMLsymbol'].sum()))]])
q(F, 'What is the mean decimal code point of the entities introduced in HTML 4.0?',
  point_rule + "Keep the rows whose Standard is 'HTML 4.0'. Round to two decimal places.",
  '@mean_html4_code_point[mean] where "mean" is rounded to two decimal places.',
  [['mean_html4_code_point', f2(point[d['Standard'] == 'HTML 4.0'].mean())]])
subset = d['Old ISO subset'].replace('', 'None')
q(F, 'After filling the blank Old ISO subset values with "None", how many rows have "None", and how many distinct subsets are there?',
  "A blank Old ISO subset becomes the text 'None'; count distinct values after the fill, 'None' included.",
  '@none_rows[count], @distinct_subsets[count] where both are integers.',
  [['none_rows', str(int((subset == 'None').sum()))], ['distinct_subsets', str(int(subset.nunique()))]])
band = pd.cut(point, bins=[0, 256, 1024, 100000], right=False, labels=['Latin-1', 'Low', 'High'])
q(F, 'How many entities fall in each code point band: below 256, from 256 to 1023, and 1024 or more?',
  point_rule + "Bin the code point into 'Latin-1' (below 256), 'Low' (256 to 1023) and 'High' (1024 and above).",
  '@latin1_entities[count], @low_entities[count], @high_entities[count] where all are integers.',
  [['latin1_entities', str(int((band == 'Latin-1').sum()))], ['low_entities', str(int((band == 'Low').sum()))],
   ['high_entities', str(int((band == 'High').sum()))]])
name_length = d['Name'].str.len()
q(F, 'What is the mean length of the entity names in characters?',
  'The length of Name counts its characters. Round to two decimal places.',
  '@mean_name_length[mean] where "mean" is rounded to two decimal places.', [['mean_name_length', f2(name_length.mean())]])

# Two-legged cup ties: aggregate score '1–3' (team 1's goals first), one tie level on aggregate with the
# penalty shoot-out in parentheses '5–5 (3–4 p)', and the score of each leg.
F = W + '204-csv/702.csv'
d = load(F)
home, away = pair(d['Agg.'])
agg_rule = "Split Agg. on the dash into Team 1's goals (before it) and Team 2's goals (after it), dropping any note in parentheses ('5–5 (3–4 p)' is 5 and 5). "
q(F, 'What is the mean number of aggregate goals per tie, counting both teams?',
  agg_rule + 'The total of a tie is the sum of the two. Round to two decimal places.',
  '@mean_aggregate_goals[mean] where "mean" is rounded to two decimal places.', [['mean_aggregate_goals', f2((home + away).mean())]])
q(F, 'In how many ties did Team 1 score more aggregate goals than Team 2, and what percentage of all ties is that?',
  agg_rule + 'Round the percentage to two decimal places.',
  '@team1_ahead[count], @team1_ahead_percent[percent] where "count" is an integer and "percent" is rounded to two decimal places.',
  [['team1_ahead', str(int((home > away).sum()))], ['team1_ahead_percent', f2((home > away).mean() * 100)]])
second_home, second_away = pair(d['2nd leg'])
q(F, 'What is the mean number of goals Team 2 scored in the second leg?',
  "Split 2nd leg on the dash; Team 2's goals are the number after it. Round to two decimal places.",
  '@mean_team2_second_leg[mean] where "mean" is rounded to two decimal places.', [['mean_team2_second_leg', f2(second_away.mean())]])
margin = (home - away).abs()
q(F, 'How many ties were decided by a margin of four goals or more on aggregate?',
  agg_rule + 'The margin is the absolute difference of the two numbers; count the ties whose margin is 4 or more.',
  '@wide_margin_ties[count] where "count" is an integer.', [['wide_margin_ties', str(int((margin >= 4).sum()))]])

# A volleyball round robin: date, start time '14:00', sets won '3–0', the points of each set and in total '76–66'.
F = W + '203-csv/68.csv'
d = load(F)
sets_a, sets_b = pair(d['Score'])
q(F, 'What is the mean number of sets played per match?',
  'Split Score on the dash into the sets won by each side; the sets played are their sum. Round to two decimal places.',
  '@mean_sets_played[mean] where "mean" is rounded to two decimal places.', [['mean_sets_played', f2((sets_a + sets_b).mean())]])
points_a, points_b = pair(d['Total'])
q(F, 'What is the mean number of points per match, counting both sides, and what is the largest total?',
  'Split Total on the dash into the points of each side; the points of a match are their sum. Round the mean to two decimal places.',
  '@mean_match_points[mean], @max_match_points[points] where "mean" is rounded to two decimal places and "points" is an integer.',
  [['mean_match_points', f2((points_a + points_b).mean())], ['max_match_points', str(int((points_a + points_b).max()))]])
minutes = d['Time'].str.split(':', expand=True).astype(int)
start_minute = minutes[0] * 60 + minutes[1]
q(F, 'Converting Time to minutes after midnight, what is the mean start time in minutes, and how many matches started at 16:00 or later?',
  "Time '14:00' is 14 * 60 + 0 = 840 minutes. Round the mean to two decimal places.",
  '@mean_start_minutes[mean], @late_matches[count] where "mean" is rounded to two decimal places and "count" is an integer.',
  [['mean_start_minutes', f2(start_minute.mean())], ['late_matches', str(int((start_minute >= 960).sum()))]])
set1_a, set1_b = pair(d['Set 1'])
q(F, 'In how many matches did the side named first win the first set?',
  'Split Set 1 on the dash; the side named first won it when the number before the dash is greater.',
  '@first_set_wins[count] where "count" is an integer.', [['first_set_wins', str(int((set1_a > set1_b).sum()))]])

# A tennis player's finals: outcome, number '1.', date, tournament 'City, Country', surface with '(i)' for indoor, sets.
F = W + '203-csv/342.csv'
d = load(F)
country = d['Tournament'].str.split(', ').str[-1]
q(F, 'How many finals were played in Italy, and in how many distinct countries were finals played?',
  'The country is the text after the last comma and space in Tournament.',
  '@finals_in_italy[count], @distinct_countries[count] where both are integers.',
  [['finals_in_italy', str(int((country == 'Italy').sum()))], ['distinct_countries', str(int(country.nunique()))]])
sets = d['Score'].str.split(', ').str.len()
q(F, 'How many finals went to three sets?',
  "The number of sets is the number of parts of Score separated by ', '.",
  '@three_set_finals[count] where "count" is an integer.', [['three_set_finals', str(int((sets == 3).sum()))]])
year = pd.to_datetime(d['Date'], format='%d %B %Y').dt.year
by_year = year.value_counts()
q(F, 'In which year did the player reach the most finals, and how many?',
  'Parse Date as dates and take the year of each; count the finals per year.',
  '@top_year[year], @top_year_finals[count] where both are integers.',
  [['top_year', ', '.join(str(y) for y in sorted(by_year[by_year == by_year.max()].index))], ['top_year_finals', str(int(by_year.max()))]])
surface = d['Surface'].str.replace(' (i)', '', regex=False)
q(F, 'After removing the indoor mark from Surface, what percentage of the finals were on clay?',
  "Remove ' (i)' from Surface, so 'Clay (i)' becomes 'Clay'. Round to two decimal places.",
  '@clay_percent[percent] where "percent" is rounded to two decimal places.', [['clay_percent', f2((surface == 'Clay').mean() * 100)]])

# A snooker season: tournaments with a rank mark 'WR' or blank, winner, runner-up and the final score '9–8'.
F = W + '203-csv/140.csv'
d = load(F)
won, lost = pair(d['Score'])
q(F, 'What is the mean winning margin in frames of the finals?',
  "Split Score on the dash into the winner's frames (before it) and the runner-up's frames (after it); the margin is their difference. Round to two decimal places.",
  '@mean_frame_margin[mean] where "mean" is rounded to two decimal places.', [['mean_frame_margin', f2((won - lost).mean())]])
rank = d['Rank'].replace('', 'Non-ranking')
q(F, 'After filling the blank Rank values with "Non-ranking", how many tournaments are non-ranking?',
  "A blank Rank becomes 'Non-ranking'.",
  '@non_ranking_events[count] where "count" is an integer.', [['non_ranking_events', str(int((rank == 'Non-ranking').sum()))]])
finalists = pd.concat([d['Winner'], d['Runner-up']]).value_counts()
q(F, 'Which player appears most often in the finals, as winner or runner-up, and how many times?',
  'Stack the Winner and Runner-up columns into one list of names and count each name.',
  '@top_finalist[name], @top_finalist_finals[count] where "name" is written as in the table and "count" is an integer.',
  [['top_finalist', ', '.join(sorted(finalists[finalists == finalists.max()].index))], ['top_finalist_finals', str(int(finalists.max()))]])

# A pilot's aerial victories: date, place 'Near X, Germany', a shared victory counted as 0.5, aircraft type, status.
F = W + '204-csv/434.csv'
d = load(F)
number = d['Number'].astype(float)
place_country = d['Location'].str.split(', ').str[-1]
q(F, 'What is the total Number of aircraft credited in Germany?',
  "The country is the text after the last comma and space in Location (a Location without a comma is the country itself). Sum Number over the rows whose country is Germany. Round to one decimal place.",
  '@germany_total[total] where "total" is rounded to one decimal place.', [['germany_total', f'{number[place_country == "Germany"].sum():.1f}']])
q(F, 'How many rows remain after removing duplicate rows over the Date and Location columns?',
  'Keep the first row of each pair of Date and Location (pandas drop_duplicates with subset Date and Location).',
  '@remaining_rows[count] where "count" is an integer.', [['remaining_rows', str(len(d.drop_duplicates(subset=['Date', 'Location'])))]])

# Cooking contests: a show code 'IA0502' (special shows 'IASP07'), the winner, the final score '44-35' (winner first).
F = W + '204-csv/86.csv'
d = load(F)
high, low = pair(d['Final score'], '-')
q(F, 'What is the mean winning margin, and in how many episodes did the Iron Chef win?',
  "Split Final score on the dash; the margin is the number before it minus the number after it. The Iron Chef won when Winner equals Iron Chef. Round the mean to two decimal places.",
  '@mean_margin[mean], @iron_chef_wins[count] where "mean" is rounded to two decimal places and "count" is an integer.',
  [['mean_margin', f2((high - low).mean())], ['iron_chef_wins', str(int((d['Winner'] == d['Iron Chef']).sum()))]])

# A children's series: episode numbers, premiere dates written 'October 25, 1998'.
F = W + '203-csv/768.csv'
d = load(F)
premiere = pd.to_datetime(d['Premiere Date'], format='%B %d, %Y')
gaps = premiere.sort_values().diff().dt.days.dropna()
q(F, 'How many gaps between consecutive premiere dates are longer than 7 days, and what is the longest gap in days?',
  'Parse Premiere Date as dates and sort them. Each gap is a date minus the date before it in days; the first date has no gap.',
  '@long_gaps[count], @max_gap_days[days] where both are integers.',
  [['long_gaps', str(int((gaps > 7).sum()))], ['max_gap_days', str(int(gaps.max()))]])

for item in Q:
    print(json.dumps(item, ensure_ascii=False))
