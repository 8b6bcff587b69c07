# Batch 16 (held out): filters by month, year and date range, amounts and durations written with
# units, date differences, stated bins with named labels, a repeated header pandas names "X.1", an age
# bound with no column word and rises from the previous row. Answers are computed straight from the
# files with the standard library (csv, zipfile, xml) only.
# Run from anywhere: python3 bench/data/dabench-own-batch16.py prints the batch's JSON lines.
import csv, json, os, re, statistics as st, zipfile, xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime, timedelta
C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus') + '/'


def load(f):
    rows = list(csv.reader(open(C + f, encoding='utf-8')))
    h = [x.replace('\n', ' ') for x in rows[0]]
    seen = Counter(); names = []
    for x in h:
        seen[x] += 1; names.append(x if seen[x] == 1 else f'{x}.{seen[x]-1}')
    return [dict(zip(names, r)) for r in rows[1:]]


NS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
REL = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id'


def load_sheet(f, sheet, header_row):
    """Rows of one worksheet below its header row, as dicts; Excel dates stay serial numbers."""
    z = zipfile.ZipFile(C + f)
    shared = [''.join(t.text or '' for t in si.iter(NS + 't'))
              for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(NS + 'si')]
    rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
    target = next(rels[s.get(REL)] for s in ET.fromstring(z.read('xl/workbook.xml')).find(NS + 'sheets') if s.get('name') == sheet)
    grid = {}
    for c in ET.fromstring(z.read('xl/' + target)).iter(NS + 'c'):
        v = c.find(NS + 'v')
        if v is None: continue
        m = re.match(r'([A-Z]+)(\d+)', c.get('r'))
        col = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(m.group(1))))
        grid[(int(m.group(2)), col)] = shared[int(v.text)] if c.get('t') == 's' else (v.text if c.get('t') else float(v.text))
    cols = sorted({c for r, c in grid if r == header_row})
    rows = sorted({r for r, _ in grid if r > header_row})
    return [{grid[(header_row, c)]: grid.get((r, c), '') for c in cols} for r in rows]


def excel_date(serial):
    return date(1899, 12, 30) + timedelta(days=int(serial))


def parse_date(x):
    x = x.strip()
    for fmt in ('%B %d, %Y', '%d %B %Y', '%Y'):
        try: return datetime.strptime(x, fmt).date()
        except ValueError: pass
    return None


def num(x):
    x = str(x).replace('$', '').replace('£', '').replace(',', '').replace('%', '').replace('km/h', '').replace('km', '').strip()
    try: return float(x)
    except ValueError: return None


def rises(values):
    return sum(1 for a, b in zip(values, values[1:]) if a is not None and b is not None and b > a)


Q = []


def q(file, question, constraints, fmt, answers, table=None):
    item = dict(question=question, constraints=constraints, format=fmt, file=file, answers=answers, batch=16)
    if table: item['table'] = table
    Q.append(item)


# A workbook of formatting samples: dated product sales with a total row per region, and a book tour.
CF = 'office/xlsx/poi_ConditionalFormattingSamples.xlsx'
sales = [r for r in load_sheet(CF, 'Products1', 2) if r['Date'] != '']
july = [r['Amount'] for r in sales if excel_date(r['Date']).year == 2007 and excel_date(r['Date']).month == 7]
q(CF, 'What is the total Amount of the sales made in July 2007?', "Use the product rows only (leave out the region total rows) whose Date falls in July 2007. Round to two decimal places.", '@july_total[total] where "total" is a floating-point number rounded to two decimal places.', [['july_total', f'{sum(july):.2f}']], 'Products1')
h2 = [r for r in sales if date(2007, 7, 1) <= excel_date(r['Date']) <= date(2007, 12, 31)]
q(CF, 'How many sales were made between July 1, 2007 and December 31, 2007?', 'Count the product rows (not the region total rows) whose Date is in that range, both ends included.', '@second_half_sales[count] where "count" is an integer.', [['second_half_sales', str(len(h2))]], 'Products1')
grain = [r['Amount'] for r in sales if r['Product'] == 'Grain' and excel_date(r['Date']).year == 2007]
q(CF, 'What is the mean Amount of the Grain sales in 2007?', "Keep the rows whose Product is 'Grain' and whose Date is in the year 2007. Round to two decimal places.", '@grain_mean[mean] where "mean" is a floating-point number rounded to two decimal places.', [['grain_mean', f'{st.mean(grain):.2f}']], 'Products1')

tour = load_sheet(CF, 'Book tour', 3)
march = [r for r in tour if excel_date(r['Date']).month == 3]
q(CF, 'How many book tour stops took place in March?', 'Count the rows whose Date falls in March.', '@march_stops[count] where "count" is an integer.', [['march_stops', str(len(march))]], 'Table1')
span = [r['Attendance'] for r in tour if date(1997, 2, 10) <= excel_date(r['Date']) <= date(1997, 3, 10)]
q(CF, 'What is the mean Attendance of the stops held from February 10, 1997 to March 10, 1997?', 'Keep the rows whose Date is in that range, both ends included. Round to two decimal places.', '@mean_attendance[mean] where "mean" is a floating-point number rounded to two decimal places.', [['mean_attendance', f'{st.mean(span):.2f}']], 'Table1')
bins = Counter('small' if r['Attendance'] < 100 else 'medium' if r['Attendance'] < 300 else 'large' for r in tour)
q(CF, "Bin the stops by Attendance into 'small', 'medium' and 'large'. How many stops are in each bin?", "'small' is an Attendance below 100, 'medium' from 100 to 299 and 'large' 300 or more.", '@small[count], @medium[count], @large[count] where each "count" is an integer.', [['small', str(bins['small'])], ['medium', str(bins['medium'])], ['large', str(bins['large'])]], 'Table1')

# Lieutenant governors of a state: when each took and left office.
LG = 'tables/wikitablequestions/csv/203-csv/194.csv'
t = load(LG)
days = [(parse_date(r['Left office']) - parse_date(r['Took office'])).days for r in t if parse_date(r['Took office']) and parse_date(r['Left office'])]
q(LG, 'What is the mean number of days between Took office and Left office?', 'Parse both columns as dates and take Left office minus Took office in days, dropping the rows where either value is not a date. Round to two decimal places.', '@mean_term_days[mean] where "mean" is a floating-point number rounded to two decimal places.', [['mean_term_days', f'{st.mean(days):.2f}']])
began = [r for r in t if parse_date(r['Took office']) and date(1840, 1, 1) <= parse_date(r['Took office']) <= date(1859, 12, 31)]
q(LG, 'How many lieutenant governors took office between 1840 and 1859?', 'Parse Took office as a date and count the rows from January 1, 1840 to December 31, 1859, both ends included.', '@took_office_count[count] where "count" is an integer.', [['took_office_count', str(len(began))]])
labels = Counter('short' if d < 1000 else 'medium' if d < 1500 else 'long' for d in days)
q(LG, "Label each term 'short', 'medium' or 'long' by its length in days. How many terms are 'long'?", "The length is Left office minus Took office in days (rows where either is not a date are dropped). 'short' is under 1,000 days, 'medium' 1,000 to 1,499 days and 'long' 1,500 days or more.", '@long_terms[count] where "count" is an integer.', [['long_terms', str(labels['long'])]])

# A football season: one game a week.
NFL = 'tables/wikitablequestions/csv/204-csv/404.csv'
t = load(NFL)
q(NFL, 'How many games were played in November?', 'Count the rows whose Date falls in November.', '@november_games[count] where "count" is an integer.', [['november_games', str(sum(r['Date'].startswith('November') for r in t))]])
q(NFL, 'In how many games did the Attendance rise from the previous game?', 'Compare each row with the row before it, in table order, and count the rows whose Attendance is higher. The first game has no previous game.', '@attendance_rises[count] where "count" is an integer.', [['attendance_rises', str(rises([num(r['Attendance']) for r in t]))]])
octo = [num(r['Attendance']) for r in t if r['Date'].startswith('October')]
q(NFL, 'What is the mean Attendance of the games played in October?', 'Keep the rows whose Date falls in October. Round to two decimal places.', '@october_attendance[mean] where "mean" is a floating-point number rounded to two decimal places.', [['october_attendance', f'{st.mean(octo):.2f}']])

# A basketball team's games in January.
NBA = 'tables/wikitablequestions/csv/203-csv/227.csv'
t = load(NBA)
mid = [r for r in t if 10 <= int(r['Date'].split()[1]) <= 20]
q(NBA, 'How many games were played from January 10 to January 20?', 'Count the rows whose Date is in that range, both ends included.', '@mid_january_games[count] where "count" is an integer.', [['mid_january_games', str(len(mid))]])

# Matches between two football clubs over three decades.
CL = 'tables/wikitablequestions/csv/203-csv/472.csv'
t = load(CL)
ds = [parse_date(r['Date']) for r in t]
q(CL, 'How many matches were played in 1984?', 'Parse Date as a date and count the rows whose year is 1984.', '@matches_1984[count] where "count" is an integer.', [['matches_1984', str(sum(d.year == 1984 for d in ds if d))]])
q(CL, 'How many matches were played in December?', 'Parse Date as a date and count the rows whose month is December, in any year.', '@december_matches[count] where "count" is an integer.', [['december_matches', str(sum(d.month == 12 for d in ds if d))]])
home = sum(1 for r, d in zip(t, ds) if r['Home Team'] == 'Chivas' and d and 2000 <= d.year <= 2009)
q(CL, 'How many matches did Chivas play as the Home Team from 2000 to 2009?', "Count the rows whose Home Team is 'Chivas' and whose Date falls in the years 2000 to 2009, both included.", '@chivas_home[count] where "count" is an integer.', [['chivas_home', str(home)]])

# A title's reigns: some dates give only a year.
TT = 'tables/wikitablequestions/csv/204-csv/818.csv'
t = load(TT)
q(TT, 'How many title changes happened in 1995?', "Count the rows whose Date: value falls in 1995; a Date: written as a year alone counts for that year.", '@changes_1995[count] where "count" is an integer.', [['changes_1995', str(sum(1 for r in t if parse_date(r['Date:']) and parse_date(r['Date:']).year == 1995))]])

# A rally: stage lengths in km, average speeds in km/h, and two columns both headed Time.
RL = 'tables/wikitablequestions/csv/203-csv/236.csv'
t = load(RL)
q(RL, 'What is the total Length of the stages in kilometres?', "Read Length as a number of kilometres (the values are written like '12.34 km') and sum it. Round to two decimal places.", '@total_length[total] where "total" is a floating-point number rounded to two decimal places.', [['total_length', f"{sum(num(r['Length']) for r in t):.2f}"]])
q(RL, 'What is the mean Avg. spd. of the stages?', "Read Avg. spd. as a number of km/h (written like '99.99 km/h'). Round to two decimal places.", '@mean_speed[mean] where "mean" is a floating-point number rounded to two decimal places.', [['mean_speed', f"{st.mean(num(r['Avg. spd.']) for r in t):.2f}"]])


def seconds(x):
    m, s = x.split(':'); return int(m) * 60 + float(s)


q(RL, "What is the longest time in the 'Time.1' column, in seconds?", "'Time.1' is the second column headed Time, the winner's stage time written minutes:seconds. Convert each value to seconds and report the maximum. Round to one decimal place.", '@longest_stage[seconds] where "seconds" is a floating-point number rounded to one decimal place.', [['longest_stage', f"{max(seconds(r['Time.1']) for r in t):.1f}"]])

# Bridge tolls in pounds by vehicle class.
TL = 'tables/wikitablequestions/csv/203-csv/389.csv'
t = load(TL)
q(TL, 'What is the mean Class 2 (e.g. Car) toll?', "Read the tolls as amounts in pounds (written like '£1.00'). Round to two decimal places.", '@mean_car_toll[mean] where "mean" is a floating-point number rounded to two decimal places.', [['mean_car_toll', f"{st.mean(num(r['Class 2 (e.g. Car)']) for r in t):.2f}"]])
q(TL, 'How many times did the Class 5 (e.g. HGV) toll rise from the previous row?', 'Compare each row with the row before it, in table order, and count the rows whose Class 5 (e.g. HGV) toll is higher.', '@hgv_rises[count] where "count" is an integer.', [['hgv_rises', str(rises([num(r['Class 5 (e.g. HGV)']) for r in t]))]])

# A skier's seasons: her Age each season.
SK = 'tables/wikitablequestions/csv/203-csv/779.csv'
t = load(SK)
q(SK, 'In how many seasons was she under 23?', 'Use the rows with a numeric Age.', '@young_seasons[count] where "count" is an integer.', [['young_seasons', str(sum(1 for r in t if num(r['Age']) is not None and num(r['Age']) < 23))]])

# A doubles player's finals: the Category is the prize money written in dollars.
TN = 'tables/wikitablequestions/csv/203-csv/596.csv'
t = load(TN)
q(TN, 'How many finals were played at tournaments worth $150,000 or more?', "Read Category as a dollar amount (written like '$10,000'); rows whose Category is not an amount are left out.", '@big_finals[count] where "count" is an integer.', [['big_finals', str(sum(1 for r in t if num(r['Category']) is not None and num(r['Category']) >= 150000))]])
won = [num(r['Category']) for r in t if r['Result'] == 'Winner' and num(r['Category']) is not None]
q(TN, 'What is the mean Category of the finals she won?', "Keep the rows whose Result is 'Winner' and whose Category is a dollar amount. Round to two decimal places.", '@mean_won_category[mean] where "mean" is a floating-point number rounded to two decimal places.', [['mean_won_category', f'{st.mean(won):.2f}']])

# Speakers of languages at two censuses; the 1991 header is repeated over two columns.
LN = 'tables/wikitablequestions/csv/203-csv/167.csv'
t = load(LN)
col = '1991 censusIndian Census [2] (total population 838.14 million).1'
pct = [num(r[col]) for r in t if r[col].strip().endswith('%')]
q(LN, f"How many languages have a value above 5% in the column '{col}'?", 'Only values written as a percentage count.', '@over_five_percent[count] where "count" is an integer.', [['over_five_percent', str(sum(1 for v in pct if v > 5))]])

for index, item in enumerate(Q):
    print(json.dumps({'id': 1601 + index, **item}, ensure_ascii=False))
