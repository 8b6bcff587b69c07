# Batch 19 (held out): data preparation in the DABench style: dates parsed and their year, month and
# weekday taken, differences of dates in days, numbers read out of text cells ("2nd", "6th (t)", "6'4\"",
# "68-86", "2–1"), new columns from arithmetic, missing values written '—' or left blank, duplicate rows
# over chosen columns, z-score and IQR outliers, binning into stated ranges, filters from several
# conditions. pandas is not installed where this batch was written, so the answers are computed with the
# standard library only (csv, datetime, statistics), the way the constraints state each step.
# Run from anywhere: python3 bench/data/dabench-own-batch19.py prints the batch's JSON lines.
import csv, json, os, re, statistics as st
from datetime import datetime
C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus') + '/'
W = 'tables/wikitablequestions/csv/'


def load(f):
    rows = list(csv.reader(open(C + f, encoding='utf-8'), escapechar='\\'))
    h = [x.replace('\n', ' ') for x in rows[0]]
    return [dict(zip(h, r)) for r in rows[1:]]


def first_int(x):
    m = re.search(r'\d+', x)
    return int(m.group(0)) if m else None


def pair(x):
    """'68-86' or '2–1' -> (68, 86)."""
    a, b = re.split(r'[-–]', x.strip())
    return int(a), int(b)


def zscores(values):
    m, s = st.mean(values), st.pstdev(values)
    return [(v - m) / s for v in values]


Q = []


def q(file, question, constraints, fmt, answers, table=None):
    item = dict(id=1901 + len(Q), question=question, constraints=constraints, format=fmt, file=file, answers=answers, batch=19)
    if table: item['table'] = table
    Q.append(item)


# A television season's episodes with their first air dates.
F = W + '203-csv/315.csv'
rows = load(F)
d = [datetime.strptime(r['Original air date'], '%B %d, %Y') for r in rows]
q(F, 'How many episodes originally aired in 1966?', 'Parse the Original air date column as dates and take the year of each.', '@episodes_1966[count] where "count" is an integer.', [['episodes_1966', str(sum(1 for x in d if x.year == 1966))]])
q(F, 'How many days passed between the earliest and the latest Original air date?', 'Parse the Original air date column as dates; give the difference between the latest and the earliest date in days.', '@season_span_days[days] where "days" is an integer.', [['season_span_days', str((max(d) - min(d)).days)]])
q(F, 'How many episodes aired in November 1965?', 'Parse the Original air date column as dates and keep the rows of November 1965.', '@november_episodes[count] where "count" is an integer.', [['november_episodes', str(sum(1 for x in d if x.year == 1965 and x.month == 11))]])
q(F, 'On which day of the week did most episodes originally air?', 'Parse the Original air date column as dates and take the weekday name of each date; give the most frequent one.', '@air_weekday[day] where "day" is the full name of a weekday, such as "Monday".', [['air_weekday', st.mode(x.strftime('%A') for x in d)]])
gaps = [(b - a).days for a, b in zip(sorted(d), sorted(d)[1:])]
q(F, 'What is the mean number of days between one episode and the next?', 'Parse the Original air date column as dates, sort them, take the difference in days between each date and the one before it, and average these differences. Round to two decimal places.', '@mean_gap_days[mean] where "mean" is a floating-point number rounded to two decimal places.', [['mean_gap_days', f'{st.mean(gaps):.2f}']])

# A skier's World Cup podiums, placings written as ordinals.
F = W + '204-csv/921.csv'
rows = load(F)
d = [datetime.strptime(r['Date'], '%d %b %Y') for r in rows]
p = [first_int(r['Place']) for r in rows]
q(F, 'What is the mean Place of the podiums?', "Convert Place to a number ('2nd' is 2). Round to two decimal places.", '@mean_place[mean] where "mean" is a floating-point number rounded to two decimal places.', [['mean_place', f'{st.mean(p):.2f}']])
q(F, 'How many podiums were reached in December?', 'Parse the Date column as dates and take the month of each; count the rows of December, any year.', '@december_podiums[count] where "count" is an integer.', [['december_podiums', str(sum(1 for x in d if x.month == 12))]])
q(F, 'How many Downhill podiums were 2nd place or better?', "Convert Place to a number ('3rd' is 3) and keep the rows whose Discipline is 'Downhill' and whose Place is 2 or less.", '@downhill_top2[count] where "count" is an integer.', [['downhill_top2', str(sum(1 for r, x in zip(rows, p) if r['Discipline'] == 'Downhill' and x <= 2))]])
q(F, 'How many podiums took place in the calendar year 2013?', 'Parse the Date column as dates and use the year of the date, not the Season column.', '@podiums_2013[count] where "count" is an integer.', [['podiums_2013', str(sum(1 for x in d if x.year == 2013))]])

# A minor-league club's seasons: records written wins-losses, finishes as ordinals.
F = W + '203-csv/822.csv'
rows = load(F)
wl = [pair(r['Record']) for r in rows]
pct = [w / (w + l) for w, l in wl]
q(F, 'How many games did the club win in all seasons together?', "Split Record on the dash into wins and losses ('68-86' is 68 wins and 86 losses) and add up the wins.", '@total_wins[wins] where "wins" is an integer.', [['total_wins', str(sum(w for w, _ in wl))]])
q(F, 'In how many seasons was the winning percentage above 0.5?', 'Split Record into wins and losses; the winning percentage is wins / (wins + losses).', '@winning_seasons[count] where "count" is an integer.', [['winning_seasons', str(sum(1 for x in pct if x > 0.5))]])
q(F, 'What is the highest winning percentage of any season?', 'Split Record into wins and losses; the winning percentage is wins / (wins + losses). Round to three decimal places.', '@best_win_pct[pct] where "pct" is a floating-point number rounded to three decimal places.', [['best_win_pct', f'{max(pct):.3f}']])
q(F, 'How many seasons have a missing Playoffs value?', "Empty Playoffs cells are missing; 'none' is a value.", '@missing_playoffs[count] where "count" is an integer.', [['missing_playoffs', str(sum(1 for r in rows if r['Playoffs'].strip() == ''))]])
q(F, 'What is the mean Finish of the club?', "Convert Finish to a number by taking its leading number ('6th (t)' is 6). Round to two decimal places.", '@mean_finish[mean] where "mean" is a floating-point number rounded to two decimal places.', [['mean_finish', f"{st.mean(first_int(r['Finish']) for r in rows):.2f}"]])

# A basketball roster with heights written feet'inches".
F = W + '204-csv/83.csv'
rows = load(F)
inch = [int(a) * 12 + int(b) for a, b in (re.match(r"(\d+)'(\d+)", r['Height']).groups() for r in rows)]
wt = [int(r['Weight (lbs.)']) for r in rows]
q(F, 'What is the mean Height of the players in inches?', "Convert Height from feet and inches to inches (6'4\" is 76). Round to two decimal places.", '@mean_height_inches[mean] where "mean" is a floating-point number rounded to two decimal places.', [['mean_height_inches', f'{st.mean(inch):.2f}']])
q(F, 'How many forwards weigh at least 210 lbs?', "Keep the rows whose Position is 'F' and whose Weight (lbs.) is 210 or more.", '@heavy_forwards[count] where "count" is an integer.', [['heavy_forwards', str(sum(1 for r, w in zip(rows, wt) if r['Position'] == 'F' and w >= 210))]])
q(F, 'How many players are outliers in Weight by z-score?', 'Compute the z-score of Weight (lbs.) with the population standard deviation; a player is an outlier when the absolute z-score is above 1.2.', '@weight_outliers[count] where "count" is an integer.', [['weight_outliers', str(sum(1 for z in zscores(wt) if abs(z) > 1.2))]])

# A singer's singles with chart positions, '—' where a single did not chart.
F = W + '203-csv/619.csv'
rows = load(F)
us = [None if r['Chart Positions US'] == '—' else int(r['Chart Positions US']) for r in rows]
cc = [None if r['Chart Positions US Country'] == '—' else int(r['Chart Positions US Country']) for r in rows]
q(F, 'What is the mean US chart position of the singles that charted in the US?', "Treat '—' as a missing value and leave those rows out. Round to two decimal places.", '@mean_us_position[mean] where "mean" is a floating-point number rounded to two decimal places.', [['mean_us_position', f'{st.mean(x for x in us if x is not None):.2f}']])
q(F, 'How many singles charted on neither the US chart nor the US Country chart?', "Treat '—' as a missing value; count the rows missing in both chart columns.", '@uncharted_singles[count] where "count" is an integer.', [['uncharted_singles', str(sum(1 for a, b in zip(us, cc) if a is None and b is None))]])
q(F, 'How many rows remain after dropping the rows with a missing US Country chart position?', "Treat '—' as a missing value in Chart Positions US Country and drop those rows.", '@rows_with_country_position[count] where "count" is an integer.', [['rows_with_country_position', str(sum(1 for b in cc if b is not None))]])

# Track cycling World Cup results, one row per rider, so team events repeat.
F = W + '204-csv/272.csv'
rows = load(F)
d = [datetime.strptime(r['Date'], '%d %B %Y') for r in rows]
q(F, 'How many rows remain after removing duplicates over the Date and Event columns?', 'Keep the first row of each Date and Event pair.', '@distinct_races[count] where "count" is an integer.', [['distinct_races', str(len({(r['Date'], r['Event']) for r in rows}))]])
q(F, 'How many first places did Victoria Pendleton take in 2009?', "Parse the Date column as dates; keep the rows of 2009 whose Rider is 'Victoria Pendleton' and whose Placing is 1.", '@pendleton_wins_2009[count] where "count" is an integer.', [['pendleton_wins_2009', str(sum(1 for r, x in zip(rows, d) if x.year == 2009 and r['Rider'] == 'Victoria Pendleton' and r['Placing'] == '1'))]])

# A football club's league season with scores written '2–1'.
F = W + '203-csv/736.csv'
rows = load(F)
d = [datetime.strptime(r['Date'], '%B %d, %Y') for r in rows]
goals = [sum(pair(r['Score'])) for r in rows]
q(F, 'What is the mean number of goals per match?', "Split Score on the dash into two numbers and add them to get the total goals of each match. Round to two decimal places.", '@mean_match_goals[mean] where "mean" is a floating-point number rounded to two decimal places.', [['mean_match_goals', f'{st.mean(goals):.2f}']])
q(F, 'How many Home matches were played in 2009?', "Parse the Date column as dates; keep the rows of 2009 whose Home/Away is 'Home'.", '@home_matches_2009[count] where "count" is an integer.', [['home_matches_2009', str(sum(1 for r, x in zip(rows, d) if x.year == 2009 and r['Home/Away'] == 'Home'))]])
q(F, "How many matches fall in the 'high' bin of total goals?", "Total goals is the sum of the two numbers in Score. Bin it: 'low' is 0 to 1 goals, 'medium' 2 to 3 and 'high' 4 or more.", '@high_scoring_matches[count] where "count" is an integer.', [['high_scoring_matches', str(sum(1 for g in goals if g >= 4))]])

for item in Q: print(json.dumps(item, ensure_ascii=False))
