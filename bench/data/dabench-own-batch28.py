# Batch 28 (held out): numbers written with a unit or a note ('6.574 million', '4.2 (4.9 cable)',
# '59.51 m', '2008 1', '29+5(variables)'), comparisons of two columns row by row, growth between two
# rows and compound growth, t-test and one-way ANOVA across columns, group means, a column made from
# two others, and marks ('—') that mean no value, over ten corpus tables no other batch uses: a TV
# broadcast's ratings and viewers by year, a bowling match's scores '217 - 279', a discus and shot-put
# record, law clerks' start and finish years with 'School (year)', a singer's chart positions in nine
# countries, horse races with their group and distance, a workbook of three animals counted by month,
# football transfer fees, representatives by party and football associations by joining year.
# Questions are phrased the way different people ask (terse, wordy, with or without the statistic's
# name).
# Answers are computed with pandas and scipy (cells read as text, every conversion written out as the
# constraints state it); the questions were written from the files before the engine ran on them.
# Run from anywhere: python3 bench/data/dabench-own-batch28.py prints the batch's JSON lines.
import json

import pandas as pd
from scipy import stats
from dabench_own_common import C, W, f2, load, recorder

Q = []
q = recorder(28, Q)


def leading_number(column):
    """The number a cell starts with ('4.2 (4.9 cable)' is 4.2, '6.574 million' is 6.574); NaN when none."""
    return column.str.extract(r'^(\d+(?:\.\d+)?)')[0].astype(float)


# A TV broadcast by year: network, commentators, ratings '4.2 (4.9 cable)' and viewers '6.574 million'
# (the 2014 row is blank past the network).
F = W + '203-csv/122.csv'
d = load(F)
viewers = leading_number(d['Viewers'])
rating = leading_number(d['Ratings'])
viewers_rule = "Viewers is the number before ' million' ('6.574 million' is 6.574); rows with a blank Viewers are left out. "
q(F, 'What was the average number of viewers, in millions?',
  viewers_rule + 'Round to three decimal places.',
  '@mean_viewers[millions] where "millions" is rounded to three decimal places.',
  [['mean_viewers', f'{viewers.mean():.3f}']])
v2007 = viewers[d['Year'] == '2007'].iloc[0]
v2013 = viewers[d['Year'] == '2013'].iloc[0]
q(F, 'By what percentage did the viewership change from 2007 to 2013?',
  viewers_rule + 'The change is (viewers in 2013 - viewers in 2007) / viewers in 2007 * 100. Round to two decimal places.',
  '@viewer_change_percent[percent] where "percent" is rounded to two decimal places.',
  [['viewer_change_percent', f2((v2013 - v2007) / v2007 * 100)]])
both = pd.DataFrame({'rating': rating, 'viewers': viewers}).dropna()
q(F, 'Calculate the Pearson correlation coefficient between the rating and the number of viewers.',
  "The rating is the first number in Ratings ('4.2 (4.9 cable)' is 4.2). " + viewers_rule + 'Round to two decimal places.',
  '@rating_viewers_correlation[r] where "r" is rounded to two decimal places.',
  [['rating_viewers_correlation', f2(both['rating'].corr(both['viewers']))]])
q(F, 'Which year had the most viewers?',
  viewers_rule,
  '@most_watched_year[year] where "year" is an integer.',
  [['most_watched_year', d['Year'][viewers.idxmax()]]])

# A bowling match: match number, type, a European bowler, the score 'Europe - USA', an American bowler
# and the running total.
F = W + '203-csv/380.csv'
d = load(F)
europe = d['Score'].str.split(' - ').str[0].astype(int)
usa = d['Score'].str.split(' - ').str[1].astype(int)
score_rule = "A score such as '217 - 279' is Team Europe's pins, then Team USA's pins. "
q(F, 'In how many matches did Team Europe knock down more pins than Team USA?',
  score_rule + "Count the rows where Europe's pins are greater than USA's.",
  '@europe_wins[count] where "count" is an integer.', [['europe_wins', str(int((europe > usa).sum()))]])
q(F, "What was Team USA's average score per match?",
  score_rule + 'Round to one decimal place.',
  '@mean_usa_score[mean] where "mean" is rounded to one decimal place.', [['mean_usa_score', f'{usa.mean():.1f}']])

# A thrower's record: year, competition, venue, place '2nd', event (discus or shot put), distance '59.51 m'.
F = W + '204-csv/483.csv'
d = load(F)
distance = pd.to_numeric(d['Notes'].str.replace(' m', '', regex=False), errors='coerce')
distance_rule = "The distance is the number in Notes without its ' m' ('59.51 m' is 59.51). "
q(F, 'What is the mean discus throw distance?',
  distance_rule + "Keep the rows whose Event is 'Discus throw'. Round to two decimal places.",
  '@mean_discus_distance[mean] where "mean" is rounded to two decimal places.',
  [['mean_discus_distance', f2(distance[d['Event'] == 'Discus throw'].mean())]])
q(F, 'What was the best shot put result?',
  "Keep the rows whose Event is 'Shot put'; the best result is the longest distance. Give it as written in Notes, with its unit.",
  '@best_shot_put[distance] where "distance" is a string such as "10.00 m".',
  [['best_shot_put', d['Notes'][distance[d['Event'] == 'Shot put'].idxmax()]]])
place = d['Position'].str.extract(r'^(\d+)')[0].astype(int)
q(F, 'How many podium finishes (top three) are there, and what is the average finishing place?',
  "The place is the number at the start of Position ('2nd' is 2). Round the mean to two decimal places.",
  '@podium_finishes[count], @mean_place[mean] where "count" is an integer and "mean" is rounded to two decimal places.',
  [['podium_finishes', str(int((place <= 3).sum()))], ['mean_place', f2(place.mean())]])

# Law clerks: name, year started, year finished, 'School (year)' of graduation, previous clerkship.
F = W + '204-csv/619.csv'
d = load(F)
started = d['Started'].astype(int)
finished = d['Finished'].astype(int)
q(F, 'Create a new column for the length of each clerkship (Finished minus Started). What is its mean?',
  'Length = Finished - Started, in years. Round to two decimal places.',
  '@mean_clerkship_length[mean] where "mean" is rounded to two decimal places.',
  [['mean_clerkship_length', f2((finished - started).mean())]])
graduated = d['School (year)'].str.extract(r'\((\d{4})\)')[0].astype(int)
q(F, 'On average, how many years passed between a clerk graduating and starting the clerkship?',
  "The graduation year is the year in parentheses in 'School (year)' ('Chicago (1957)' is 1957). The gap is Started minus the graduation year. Round to two decimal places.",
  '@mean_years_to_clerkship[mean] where "mean" is rounded to two decimal places.',
  [['mean_years_to_clerkship', f2((started - graduated).mean())]])

# A singer's singles: year, title, and chart positions in nine charts ('—' when the single did not chart).
F = W + '201-csv/30.csv'
d = load(F)
charts = d.columns[2:]
position = d[charts].replace('—', float('nan')).astype(float)
au, uk, ie = position['Chart positions AU'], position['Chart positions UK'], position['Chart positions IE']
dash_rule = "A '—' means the single did not chart there; such rows are left out. "
q(F, 'For how many singles was the Australian chart position better than the UK one?',
  dash_rule + 'A better position is a smaller number.',
  '@better_in_australia[count] where "count" is an integer.',
  [['better_in_australia', str(int((au < uk).sum()))]])
q(F, 'What is the mean UK chart position of the singles?',
  dash_rule + 'Round to two decimal places.',
  '@mean_uk_position[mean] where "mean" is rounded to two decimal places.', [['mean_uk_position', f2(uk.mean())]])
q(F, 'How many of the singles charted in Ireland?',
  "A single charted in Ireland when Chart positions IE holds a number rather than '—'.",
  '@charted_in_ireland[count] where "count" is an integer.', [['charted_in_ireland', str(int(ie.notna().sum()))]])

# Horse races: group 2 or 3, race name, age, sex, weight, distance in metres, month.
F = W + '202-csv/58.csv'
d = load(F)
race_distance = d['Distance'].astype(int)
by_group = race_distance.groupby(d['Grp']).mean()
q(F, 'What is the average race distance for each group? Report group 2 and group 3.',
  'Group by Grp and take the mean of Distance. Round to two decimal places.',
  '@group2_mean_distance[mean], @group3_mean_distance[mean] where both are rounded to two decimal places.',
  [['group2_mean_distance', f2(by_group['2'])], ['group3_mean_distance', f2(by_group['3'])]])
q(F, 'How many races are run in August, and what is their total distance?',
  "Keep the rows whose Date is 'August'.",
  '@august_races[count], @august_total_distance[sum] where both are integers.',
  [['august_races', str(int((d['Date'] == 'August').sum()))],
   ['august_total_distance', str(int(race_distance[d['Date'] == 'August'].sum()))]])

# A workbook counting three animals month by month (Jan to Jun).
F = 'office/xlsx/phpspreadsheet_ChartSheet.xlsx'
d = pd.read_excel(C + F, sheet_name='Sheet1')
q(F, 'In how many months were there more bears than whales?',
  'Compare Bears with Whales in each row.',
  '@months_more_bears[count] where "count" is an integer.',
  [['months_more_bears', str(int((d['Bears'] > d['Whales']).sum()))]], 'Sheet1')
first, last = d['Bears'].iloc[0], d['Bears'].iloc[-1]
periods = len(d) - 1
q(F, 'What is the compound monthly growth rate of Bears from January to June?',
  'CAGR = (June value / January value) ** (1 / number of months between them) - 1, with 5 months between January and June. Give it as a percentage rounded to two decimal places.',
  '@bears_monthly_growth[percent] where "percent" is rounded to two decimal places.',
  [['bears_monthly_growth', f2(((last / first) ** (1 / periods) - 1) * 100)]], 'Sheet1')
q(F, 'By how many percent did the number of dolphins change between January and June?',
  "Percentage change = (June - January) / January * 100. Round to two decimal places.",
  '@dolphin_change_percent[percent] where "percent" is rounded to two decimal places.',
  [['dolphin_change_percent', f2((d['Dolphins'].iloc[-1] - d['Dolphins'].iloc[0]) / d['Dolphins'].iloc[0] * 100)]], 'Sheet1')
t, p = stats.ttest_ind(d['Bears'], d['Dolphins'])
q(F, 'Is there a significant difference between the monthly counts of bears and dolphins? Run an independent two-sample t-test.',
  'Use scipy.stats.ttest_ind with equal variances assumed. Round the t statistic and the p-value to four decimal places.',
  '@t_statistic[t], @p_value[p] where both are rounded to four decimal places.',
  [['t_statistic', f'{t:.4f}'], ['p_value', f'{p:.4f}']], 'Sheet1')
f, p = stats.f_oneway(d['Bears'], d['Dolphins'], d['Whales'])
q(F, 'Do the three animal counts differ on average? Perform a one-way ANOVA across the Bears, Dolphins and Whales columns.',
  'Use scipy.stats.f_oneway with each column as one group. Round the F statistic and the p-value to four decimal places.',
  '@f_statistic[F], @p_value[p] where both are rounded to four decimal places.',
  [['f_statistic', f'{f:.4f}'], ['p_value', f'{p:.4f}']], 'Sheet1')

# Football transfers: rank '1.', player, former club, fee in € millions ('86.0', or '29+5(variables)'
# with add-ons), year.
F = W + '203-csv/748.csv'
d = load(F)
fee_column = 'Transfer Fee (€ millions)'
plain = d[fee_column].str.fullmatch(r'\d+(\.\d+)?')
fee = pd.to_numeric(d[fee_column].where(plain), errors='coerce')
q(F, 'Leaving out the fees with add-ons, what is the mean transfer fee in millions of euros?',
  "A fee with add-ons is written with a '+' ('29+5(variables)'); leave those rows out. Round to two decimal places.",
  '@mean_fee[mean] where "mean" is rounded to two decimal places.', [['mean_fee', f2(fee.mean())]])
q(F, 'How much was spent on transfers in 2012, in millions of euros?',
  "Keep the rows whose Year is 2012 and sum Transfer Fee (€ millions). Round to one decimal place.",
  '@spent_2012[sum] where "sum" is rounded to one decimal place.',
  [['spent_2012', f'{fee[d["Year"] == "2012"].sum():.1f}']])

# State representatives of one city: name, party 'D' or 'R', home town, district number.
F = W + '203-csv/155.csv'
d = load(F)
q(F, 'What percentage of the representatives are Democrats?',
  "A Democrat has Party 'D'. Round to two decimal places.",
  '@democrat_percent[percent] where "percent" is rounded to two decimal places.',
  [['democrat_percent', f2((d['Party'] == 'D').mean() * 100)]])

# Football associations: association, joining year ('2008 1' carries a footnote mark), teams, league.
F = W + '203-csv/495.csv'
d = load(F)
joined = d['Joining year'].str[:4].astype(int)
q(F, 'What is the average joining year, and how many associations joined in 2002?',
  "The joining year is the first four digits of Joining year ('2008 1' is 2008, the 1 a footnote mark). Round the mean to one decimal place.",
  '@mean_joining_year[mean], @joined_2002[count] where "mean" is rounded to one decimal place and "count" is an integer.',
  [['mean_joining_year', f'{joined.mean():.1f}'], ['joined_2002', str(int((joined == 2002).sum()))]])

for item in Q:
    print(json.dumps(item, ensure_ascii=False))
