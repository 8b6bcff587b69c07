# Batch 30 (held out): reading messy tables in the DABench form, over corpus tables no other batch uses:
# an income-tax workbook whose header spreads over two rows, whose rates are percent cells, whose incomes
# carry thousands separators, whose first income row has blank years and a header row repeated under it,
# and whose £ column is blank for the top incomes; a child-support schedule whose income header spans four
# rows over currency cells; award nominations (the most frequent value with its count, a count nested in a
# filter, a share, a negation); an award list whose blanks are written '–' and 'N/A'; inventions dated in
# years with thousands separators and 'B.C.'; finishing places written '2nd', '3rd'; dates written
# 'September 13, 2010' and '9 June 2007' (the busiest year, days between two date columns); an election
# table's year column used as a measure.
# Questions are phrased the way different people ask (terse, wordy, with or without the statistic's name).
# Answers are computed with pandas and scipy (cells read as text, every conversion written out as the
# constraints state it); the questions were written from the files before the engine ran on them.
# Run from anywhere: python3 bench/data/dabench-own-batch30.py prints the batch's JSON lines.
import json
import re

import pandas as pd
from scipy import stats
from dabench_own_common import C, W, f2, load, recorder

Q = []
q = recorder(30, Q)

# Average income-tax rates of a single person (the workbook's first sheet, its first block): the income in €
# and £, then one rate column per year 1997-2007, rates stored as fractions and shown as percents; the
# €6,000 row has no rate after 2002 and is followed by a repeated header row; £ is blank for the two top
# incomes. Nine income rows.
F = 'office/xlsx/poi_AverageTaxRates.xlsx'
T = 'Avgtxfull'
raw = pd.read_excel(C + F, sheet_name=T, header=None)
d = raw.iloc[[4, 6, 7, 8, 9, 10, 11, 12, 13]].reset_index(drop=True)
d.columns = ['eur', 'gbp'] + [str(y) for y in range(1997, 2008)]
eur = d['eur'].astype(float)
rate = lambda y: d[str(y)].astype(float) * 100
r2007 = rate(2007).dropna()
q(F, 'What was the mean average tax rate of a single person in 2007?',
  'Use the SINGLE 2007 column, in percent (a cell shown as 5.1% is 5.1). Leave out the income levels with no 2007 rate. Round to two decimal places.',
  '@mean_rate_2007[mean] where "mean" is a percentage rounded to two decimal places.',
  [['mean_rate_2007', f2(r2007.mean())]], T)
r = stats.pearsonr(eur, rate(1997))
q(F, 'Is the 1997 average tax rate of a single person correlated with income in euros?',
  'Use the Pearson correlation between the € income column and SINGLE 1997 over all income levels. Round r and the p-value to four decimal places.',
  '@r_value[r], @p_value[p] where "r" and "p" are rounded to four decimal places.',
  [['r_value', f'{r.statistic:.4f}'], ['p_value', f'{r.pvalue:.4f}']], T)
drop = rate(1997) - rate(2007)
best = drop.idxmax()
q(F, "Create a column with the fall in a single person's average tax rate from 1997 to 2007. At which income in euros was the fall largest, and how large was it?",
  'Fall = SINGLE 1997 - SINGLE 2007, in percentage points; leave out income levels with no 2007 rate. Round the fall to two decimal places.',
  '@income[income], @fall[fall] where "income" is the € income as an integer and "fall" is rounded to two decimal places.',
  [['income', str(int(eur[best]))], ['fall', f2(drop[best])]], T)
q(F, 'How many income levels have no £ amount?',
  'Count the rows whose £ cell is empty.',
  '@no_pounds[count] where "count" is an integer.',
  [['no_pounds', str(int(d['gbp'].isna().sum()))]], T)
q(F, 'Put the income levels into three bands by their € income and count each band.',
  'Bands: under 20,000; from 20,000 up to but not including 50,000; 50,000 and over.',
  '@low[count], @middle[count], @high[count] where each "count" is an integer.',
  [['low', str(int((eur < 20000).sum()))], ['middle', str(int(((eur >= 20000) & (eur < 50000)).sum()))],
   ['high', str(int((eur >= 50000).sum()))]], T)
r2002 = rate(2002)
q(F, 'What is the median single-person rate for 2002, and how many income levels are above the 2002 mean?',
  'Use SINGLE 2002 in percent over all income levels. Round the median to two decimal places.',
  '@median_2002[median], @above_mean[count] where "median" is rounded to two decimal places and "count" is an integer.',
  [['median_2002', f2(r2002.median())], ['above_mean', str(int((r2002 > r2002.mean()).sum()))]], T)
p = stats.shapiro(rate(2000)).pvalue
q(F, 'Test whether the 2000 rates are normally distributed.',
  'Apply the Shapiro-Wilk test to SINGLE 2000 over all income levels. The rates are normal when the p-value is 0.05 or more. Round the p-value to four decimal places.',
  '@p_value[p], @normal[answer] where "p" is rounded to four decimal places and "answer" is "yes" or "no".',
  [['p_value', f'{p:.4f}'], ['normal', 'yes' if p >= 0.05 else 'no']], T)

# The same workbook's self-employed sheet (header one row lower; the same layout).
T = 'Avgselemp'
raw = pd.read_excel(C + F, sheet_name=T, header=None)
s = raw.iloc[5:14].reset_index(drop=True)
s.columns = ['eur', 'gbp'] + [str(y) for y in range(1997, 2008)]
gbp = s['gbp'].dropna().astype(float)
q(F, 'What is the average £ income of the self-employed table?',
  'Use the £ column; leave out the rows where it is blank. Round to two decimal places.',
  '@mean_pounds[mean] where "mean" is rounded to two decimal places.',
  [['mean_pounds', f2(gbp.mean())]], T)
x = s['1997'].astype(float) * 100
z = (x - x.mean()) / x.std()
q(F, 'Are any of the 1997 single rates of the self-employed outliers?',
  'Compute the z-score of each SINGLE 1997 rate with the mean and the sample standard deviation; an outlier has an absolute z-score above 2. Also give the lowest rate in percent, rounded to two decimal places.',
  '@outliers[count], @lowest_rate[rate] where "count" is an integer and "rate" is rounded to two decimal places.',
  [['outliers', str(int((z.abs() > 2).sum()))], ['lowest_rate', f2(x.min())]], T)

# A schedule of basic child-support obligations: combined adjusted gross income in dollars, every $50,
# under a header written over four rows ('COMBINED', 'ADJUSTED', 'GROSS', 'INCOME'), first row 0.
F = 'office/xlsx/poi_stress002.xlsx'
raw = pd.read_excel(C + F, sheet_name='BCSO', header=None)
inc = raw.iloc[8:, 0].astype(float)
q(F, 'How many income rows of the schedule are above $20,000?',
  'Use the combined adjusted gross income column (in dollars); count the rows strictly above 20,000.',
  '@rows_above[count] where "count" is an integer.',
  [['rows_above', str(int((inc > 20000).sum()))]], 'BCSO')

# Award nominations of one film (Award holds the body and the year, Result is 'Won' or 'Nominated').
F = W + '200-csv/11.csv'
d = load(F)
counts = d['Award'].value_counts()
q(F, 'Which award gave the film the most nominations, and how many?',
  'Count the rows of each Award value as written (body and year together).',
  '@award[name], @nominations[count] where "name" is the Award value and "count" is an integer.',
  [['award', counts.index[0]], ['nominations', str(int(counts.iloc[0]))]])
hack = d['Nominee'] == 'Gene Hackman'
q(F, 'How many nominations did Gene Hackman get, and how many of those were won?',
  "A nomination is Gene Hackman's when Nominee is 'Gene Hackman'; it was won when Result is 'Won'.",
  '@hackman[count], @hackman_won[count] where each "count" is an integer.',
  [['hackman', str(int(hack.sum()))], ['hackman_won', str(int((hack & (d['Result'] == 'Won')).sum()))]])
q(F, 'What percentage of the nominations were won?',
  "A nomination was won when Result is 'Won'. Use all rows. Round to two decimal places.",
  '@won_share[percent] where "percent" is rounded to two decimal places.',
  [['won_share', f2((d['Result'] == 'Won').mean() * 100)]])
q(F, 'How many of the BAFTA, 1972 nominations did not win?',
  "Keep the rows whose Award is 'BAFTA, 1972' and whose Result is not 'Won'.",
  '@bafta_lost[count] where "count" is an integer.',
  [['bafta_lost', str(int(((d['Award'] == 'BAFTA, 1972') & (d['Result'] != 'Won')).sum()))]])

# A club's season awards by year; '–' marks an award not yet given, 'N/A' a year with no MVP named.
F = W + '203-csv/304.csv'
d = load(F)
mvp = d['MVP'][d['MVP'] != 'N/A'].value_counts()
q(F, 'Who was named MVP most often, and how many times?',
  "Count the years of each MVP; 'N/A' is not a player.",
  '@player[name], @times[count] where "count" is an integer.',
  [['player', mvp.index[0]], ['times', str(int(mvp.iloc[0]))]])
q(F, 'In how many years was there no Defensive Player of the Year?',
  "A cell written '–' means the award was not given that year.",
  '@no_award_years[count] where "count" is an integer.',
  [['no_award_years', str(int((d['Defensive Player of the Year'] == '–').sum()))]])
q(F, 'How many years had an MVP, and what is the first year with a Newcomer of the Year?',
  "'N/A' in MVP means no MVP was named; '–' in Newcomer of the Year means none was named.",
  '@mvp_years[count], @first_newcomer[year] where "count" and "year" are integers.',
  [['mvp_years', str(int((d['MVP'] != 'N/A').sum()))],
   ['first_newcomer', str(int(d.loc[d['Newcomer of the Year'] != '–', 'Year'].astype(int).min()))]])

# Inventions and discoveries with the year they date from ('When?'): '1531', '776 B.C.', '35,000 B.C.',
# '40,000 years ago'.
F = W + '203-csv/87.csv'
d = load(F)
when = d['When?']
bc = when.str.contains('B.C.', regex=False)
q(F, 'How many of the subjects date from before the common era?',
  "A subject dates from before the common era when its When? value ends in 'B.C.'.",
  '@bc_count[count] where "count" is an integer.',
  [['bc_count', str(int(bc.sum()))]])
ad = when[when.str.fullmatch(r'\d+')].astype(int)
q(F, 'What is the median year of the subjects dated in the common era, and how many are there?',
  "Use the When? values written as a plain year (digits only, no 'B.C.'). Round the median to one decimal place.",
  '@median_year[median], @ad_count[count] where "median" is rounded to one decimal place and "count" is an integer.',
  [['median_year', f'{ad.median():.1f}'], ['ad_count', str(int(len(ad)))]])

# A skier's podium finishes; Place is written '1st', '2nd', '3rd'.
F = W + '204-csv/112.csv'
d = load(F)
place = d['Place'].str.extract(r'(\d+)')[0].astype(int)
q(F, 'What is the average finishing place?',
  "Read Place as a number ('2nd' is 2). Round to two decimal places.",
  '@mean_place[mean] where "mean" is rounded to two decimal places.',
  [['mean_place', f2(place.mean())]])
dh = d['Discipline'] == 'Downhill'
q(F, 'How many of the finishes were in the Downhill, and what was their best place?',
  "Keep the rows whose Discipline is 'Downhill'; read Place as a number ('2nd' is 2); the best place is the smallest.",
  '@downhill[count], @best_place[place] where both are integers.',
  [['downhill', str(int(dh.sum()))], ['best_place', str(int(place[dh].min()))]])

# A tennis player's doubles titles; Date is written 'September 13, 2010'.
F = W + '204-csv/447.csv'
d = load(F)
year = pd.to_datetime(d['Date'], format='%B %d, %Y').dt.year
busiest = year.value_counts()
q(F, 'What was the busiest year for titles, and how many were won that year?',
  "Take the year from Date; the busiest year is the one with the most rows.",
  '@year[year], @titles[count] where both are integers.',
  [['year', str(int(busiest.index[0]))], ['titles', str(int(busiest.iloc[0]))]])
in2012 = year == 2012
q(F, 'How many titles came in 2012, and how many of those were on clay?',
  "A title came in 2012 when its Date falls in 2012; it was on clay when Surface is 'Clay'.",
  '@titles_2012[count], @clay_2012[count] where each "count" is an integer.',
  [['titles_2012', str(int(in2012.sum()))], ['clay_2012', str(int((in2012 & (d['Surface'] == 'Clay')).sum()))]])

# A talent show's series; Premiere and Finale are written '9 June 2007', the last series only '2015'.
F = W + '203-csv/178.csv'
d = load(F)
full = d['Premiere'].str.fullmatch(r'\d{1,2} \w+ \d{4}') & d['Finale'].str.fullmatch(r'\d{1,2} \w+ \d{4}')
days = (pd.to_datetime(d.loc[full, 'Finale'], format='%d %B %Y') - pd.to_datetime(d.loc[full, 'Premiere'], format='%d %B %Y')).dt.days
q(F, 'On average, how many days passed between a series premiere and its finale?',
  'Days = Finale - Premiere. Leave out series whose dates give only a year. Round to two decimal places.',
  '@mean_days[mean] where "mean" is rounded to two decimal places.',
  [['mean_days', f2(days.mean())]])

# A state's House elections of one year; First elected is a year.
F = W + '203-csv/423.csv'
d = load(F)
first = d['First\nelected'].astype(int) if 'First\nelected' in d else d['First elected'].astype(int)
q(F, 'What is the mean First elected year of the Republican incumbents, and how many incumbents first elected before 1990 were re-elected?',
  "Republican incumbents have Party 'Republican'. Re-elected means Result is 'Re-elected'. Round the mean to two decimal places.",
  '@mean_first_elected[mean], @old_reelected[count] where "mean" is rounded to two decimal places and "count" is an integer.',
  [['mean_first_elected', f2(first[d['Party'] == 'Republican'].mean())],
   ['old_reelected', str(int(((first < 1990) & (d['Result'] == 'Re-elected')).sum()))]])

for item in Q:
    print(json.dumps(item, ensure_ascii=False))
