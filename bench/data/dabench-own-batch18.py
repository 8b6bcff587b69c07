# Batch 18 (held out): durations written m:ss, m:ss.hh or ss.hh, amounts bounded in words ("€50,000 or
# more", "under 41 seconds", "at least 40", "fewer than 3"), counts of rows where a value rose or fell from
# the row before, slot names with words of their own, lookups of cells such as "1 (by definition)" and
# "25,000 (b)", and answers rounded as the format asks. Answers are computed straight from the files with
# the standard library (csv, zipfile, xml) only.
# Run from anywhere: python3 bench/data/dabench-own-batch18.py prints the batch's JSON lines.
import csv, json, os, re, statistics as st, zipfile, xml.etree.ElementTree as ET
C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus') + '/'
W = 'tables/wikitablequestions/csv/'


def load(f):
    rows = list(csv.reader(open(C + f, encoding='utf-8'), escapechar='\\'))
    h = [x.replace('\n', ' ') for x in rows[0]]
    return [dict(zip(h, r)) for r in rows[1:]]


NS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
REL = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id'


def grid(f, sheet):
    """Cells of one worksheet by (row, column letters); numbers as floats, text as strings."""
    z = zipfile.ZipFile(C + f)
    shared = [''.join(t.text or '' for t in si.iter(NS + 't'))
              for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(NS + 'si')]
    rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
    target = next(rels[s.get(REL)] for s in ET.fromstring(z.read('xl/workbook.xml')).find(NS + 'sheets') if s.get('name') == sheet)
    cells = {}
    for c in ET.fromstring(z.read('xl/' + target)).iter(NS + 'c'):
        v = c.find(NS + 'v')
        if v is None: continue
        m = re.match(r'([A-Z]+)(\d+)', c.get('r'))
        cells[(int(m.group(2)), m.group(1))] = shared[int(v.text)] if c.get('t') == 's' else (v.text if c.get('t') else float(v.text))
    return cells


def seconds(x):
    """'4:24' -> 264, '1:03.49' -> 63.49, '38.77' -> 38.77, '1:02:03' -> 3723."""
    parts = x.strip().split(':')
    if not all(re.fullmatch(r'\d+(\.\d+)?', p) for p in parts): return None
    total = 0.0
    for p in parts: total = total * 60 + float(p)
    return total


def num(x):
    x = str(x).replace(',', '').strip()
    try: return float(x)
    except ValueError: return None


def changes(values, sign):
    return sum(1 for a, b in zip(values, values[1:]) if a is not None and b is not None and (b - a) * sign > 0)


Q = []


def q(file, question, constraints, fmt, answers, table=None):
    item = dict(id=1801 + len(Q), question=question, constraints=constraints, format=fmt, file=file, answers=answers, batch=18)
    if table: item['table'] = table
    Q.append(item)


# An album's track list with times written minutes:seconds.
F = W + '203-csv/49.csv'
rows = load(F)
t = [seconds(r['Time']) for r in rows]
q(F, 'What is the total running time of all tracks, in seconds?', 'Read each Time (minutes:seconds) as a number of seconds and add them up.', '@runtime_seconds[total] where "total" is an integer.', [['runtime_seconds', str(int(sum(t)))]])
q(F, 'What is the mean track Time in seconds?', 'Read each Time (minutes:seconds) as seconds. Round to two decimal places.', '@track_mean_seconds[mean] where "mean" is a floating-point number rounded to two decimal places.', [['track_mean_seconds', f'{st.mean(t):.2f}']])
q(F, 'How many tracks are at least 4:00 long?', 'Compare the Time of each track (minutes:seconds) with four minutes; a track of exactly 4:00 counts.', '@long_track_count[count] where "count" is an integer.', [['long_track_count', str(sum(1 for x in t if x >= 240))]])
q(F, 'How many tracks produced by Battlecat are under 4 minutes long?', "Keep the rows whose Producer(s) is 'Battlecat' and whose Time is below 4:00.", '@short_battlecat_count[count] where "count" is an integer.', [['short_battlecat_count', str(sum(1 for r, x in zip(rows, t) if r['Producer(s)'] == 'Battlecat' and x < 240))]])
q(F, 'What is the standard deviation of the track Time in seconds?', 'Read each Time as seconds; use the sample standard deviation. Round to two decimal places.', '@time_spread[std] where "std" is a floating-point number rounded to two decimal places.', [['time_spread', f'{st.stdev(t):.2f}']])

# A swimming heat: times under a minute written as seconds, one over a minute written m:ss.hh.
F = W + '204-csv/65.csv'
rows = load(F)
t = [seconds(r['Time']) for r in rows]
q(F, 'What is the mean Time of the swimmers in seconds?', "Read '1:03.49' as 63.49 seconds. Round to two decimal places.", '@heat_mean_seconds[mean] where "mean" is a floating-point number rounded to two decimal places.', [['heat_mean_seconds', f'{st.mean(t):.2f}']])
q(F, 'How many swimmers finished in under 41 seconds?', 'Count the rows whose Time, read as seconds, is below 41.', '@sub41_count[count] where "count" is an integer.', [['sub41_count', str(sum(1 for x in t if x < 41))]])
q(F, 'What is the slowest Time in the heat, in seconds?', 'Read each Time as seconds. Round to two decimal places.', '@slowest_seconds[time] where "time" is a floating-point number rounded to two decimal places.', [['slowest_seconds', f'{max(t):.2f}']])

# A team pursuit final with times written m:ss.hh.
F = W + '204-csv/934.csv'
rows = load(F)
t = [seconds(r['Time']) for r in rows]
q(F, 'What is the mean Time of the teams in seconds?', 'Read each Time (minutes:seconds.hundredths) as seconds. Round to two decimal places.', '@pursuit_mean[mean] where "mean" is a floating-point number rounded to two decimal places.', [['pursuit_mean', f'{st.mean(t):.2f}']])
q(F, 'How many teams finished in 3:45.00 or less?', 'Compare each Time with 3 minutes 45 seconds.', '@fast_team_count[count] where "count" is an integer.', [['fast_team_count', str(sum(1 for x in t if x <= 225))]])

# A series' seasons with their episode counts.
F = W + '203-csv/714.csv'
rows = load(F)
e = [num(r['Episodes']) for r in rows]
q(F, 'In how many seasons did the number of Episodes fall from the previous season?', 'Compare each row with the row before it, in table order.', '@episode_drops[count] where "count" is an integer.', [['episode_drops', str(changes(e, -1))]])
q(F, 'What is the mean number of Episodes of the seasons with at least 40 episodes?', 'Keep the seasons whose Episodes is 40 or more. Round to two decimal places.', '@big_season_mean[mean] where "mean" is a floating-point number rounded to two decimal places.', [['big_season_mean', f'{st.mean(x for x in e if x >= 40):.2f}']])

# A yearly convention's attendance.
F = W + '203-csv/575.csv'
rows = load(F)
a = [num(r['Attendance']) for r in rows]
q(F, 'How many times did the Attendance rise from the previous iteration?', "Compare each row with the row before it, in table order; a row whose Attendance is not a number ('tba') is left out.", '@attendance_rises[count] where "count" is an integer.', [['attendance_rises', str(changes([x for x in a if x is not None], 1))]])
q(F, 'What is the highest Attendance of the conventions held at the Hilton?', "Keep the rows whose Location contains 'Hilton'.", '@hilton_peak_crowd[attendance] where "attendance" is an integer.', [['hilton_peak_crowd', str(int(max(x for r, x in zip(rows, a) if 'Hilton' in r['Location'] and x is not None)))]])

# Refractive indices, one written "1 (by definition)".
F = W + '202-csv/128.csv'
rows = load(F)
q(F, 'What is the refractive index n of Vacuum?', "Give the number of the cell only.", '@vacuum_index[n] where "n" is a number.', [['vacuum_index', re.match(r'[\d.]+', next(r['n'] for r in rows if r['Material'] == 'Vacuum')).group(0)]])
n = [num(r['n']) for r in rows]
q(F, 'How many materials have a refractive index n of at least 1.5?', "Only cells that are one plain number count; ranges ('1.336-1.582') and lists are left out.", '@dense_material_count[count] where "count" is an integer.', [['dense_material_count', str(sum(1 for x in n if x is not None and x >= 1.5))]])

# A parliamentary council's member states.
F = W + '201-csv/20.csv'
rows = load(F)
m = [num(r['Members']) for r in rows]
q(F, 'How many states have at least 10 Members?', 'Rows with no Members value are left out.', '@big_delegation_count[count] where "count" is an integer.', [['big_delegation_count', str(sum(1 for x in m if x is not None and x >= 10))]])
q(F, 'What share of all Members do the Full members hold, as a percentage?', "Sum Members over the rows whose Membership is 'Full' and divide by the sum over all rows. Round to two decimal places.", '@big_state_share[percent] where "percent" is a floating-point number rounded to two decimal places.', [['big_state_share', f"{100 * sum(x for r, x in zip(rows, m) if r['Membership'] == 'Full') / sum(x for x in m if x is not None):.2f}"]])

# A medal table with a Total row at the bottom.
F = W + '204-csv/216.csv'
rows = [r for r in load(F) if r['Nation'] != 'Total']
q(F, 'How many nations won fewer than 3 gold medals?', 'The Total row is not a nation.', '@few_gold_count[count] where "count" is an integer.', [['few_gold_count', str(sum(1 for r in rows if int(r['Gold']) < 3))]])

# Ski jumping with jump lengths in metres.
F = W + '203-csv/503.csv'
rows = load(F)
q(F, 'What is the mean Points of the jumpers whose first jump was at least 128 m?', "Keep the rows whose '1st (m)' is 128 or more. Round to two decimal places.", '@long_jump_points[mean] where "mean" is a floating-point number rounded to two decimal places.', [['long_jump_points', f"{st.mean(float(r['Points']) for r in rows if float(r['1st (m)']) >= 128):.2f}"]])

# A workbook table of names and ages.
F = 'office/xlsx/poi_ExcelTables.xlsx'
g = grid(F, 'ExcelTable')
ages = [g[(r, 'H')] for r in range(2, 5)]
q(F, 'What is the age of the youngest person in the table?', 'Use the Age column of the defined table TableName.', '@youngest_age[age] where "age" is an integer.', [['youngest_age', str(int(min(ages)))]], 'TableName')
q(F, 'What is the mean Age, rounded to one decimal place?', 'Use the Age column of the defined table TableName.', '@mean_member_age[mean] where "mean" is a floating-point number rounded to one decimal place.', [['mean_member_age', f'{st.mean(ages):.1f}']], 'TableName')

# A budget paper's worked example: gross incomes in euros (one written '25,000 (b)' with a note), the
# liabilities before and after, and the gain; two header rows, a units row and notes below.
F = 'office/xlsx/poi_Tables.xlsx'
g = grid(F, 'Exp1')
body = range(11, 23)
income = {r: num(re.sub(r'\s*\(\w\)$', '', str(g[(r, 'A')]))) for r in body}
q(F, 'How many of the example gross incomes are €50,000 or more?', "Read the GROSS INCOME column as euro amounts; '25,000 (b)' is 25,000.", '@high_income_count[count] where "count" is an integer.', [['high_income_count', str(sum(1 for r in body if income[r] >= 50000))]], 'Exp1')
q(F, 'What is the mean weekly Total Gain for gross incomes under €40,000?', "Use the Total Gain (Per Week) column; read '25,000 (b)' as 25,000. Round to two decimal places.", '@low_income_weekly_gain[mean] where "mean" is a floating-point number rounded to two decimal places.', [['low_income_weekly_gain', f"{st.mean(float(g[(r, 'I')]) for r in body if income[r] < 40000):.2f}"]], 'Exp1')
q(F, 'In how many rows does the Gain as % of Net Income rise from the previous row?', 'Compare each income row with the one above it, in table order.', '@gain_share_rises[count] where "count" is an integer.', [['gain_share_rises', str(changes([float(g[(r, 'J')]) for r in body], 1))]], 'Exp1')
q(F, 'What is the proposed Tax Liability for a gross income of €25,000?', "The GROSS INCOME cell reads '25,000 (b)'.", '@tax_at_25k[amount] where "amount" is an integer.', [['tax_at_25k', str(int(next(float(g[(r, 'G')]) for r in body if income[r] == 25000)))]], 'Exp1')

for item in Q: print(json.dumps(item, ensure_ascii=False))
