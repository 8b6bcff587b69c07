# Batch 31 (held out): headers over several rows and headers that glue a block title to its unit, in the
# DABench form. The income-tax workbook's blocks that no other batch uses: the modified-rate sheet (its
# first column's header reads 'MODIFIED RATE PRSI' over '€'), and the married blocks of every sheet, whose
# income column stands alone left of an empty column, whose rates sit under a block title ('MARRIED ONE
# INCOME') over a row of years, and whose first income row is followed by a repeated header row; and the
# child-support schedule's obligation columns, whose headers are written over two rows ('TWO' over
# 'CHILDREN') beside an income header written over four ('COMBINED', 'ADJUSTED', 'GROSS', 'INCOME'), with an
# empty column between them.
# Questions name a block by its title, a column by its unit (euros, dollars) or by its header words.
# Answers are computed with pandas and scipy from the sheet's cells (rows and columns picked out below and
# checked by reading the sheet); the questions were written from the files before the engine ran on them.
# Run from anywhere: python3 bench/data/dabench-own-batch31.py prints the batch's JSON lines.
import json

import pandas as pd
from scipy import stats
from dabench_own_common import C, f2, recorder

Q = []
q = recorder(31, Q)
F = 'office/xlsx/poi_AverageTaxRates.xlsx'
YEARS = [str(y) for y in range(1997, 2008)]


def block(sheet, title_row):
    """The income rows under a block title (0-based sheet row): € income, then a rate per year (fractions)."""
    raw = pd.read_excel(C + F, sheet_name=sheet, header=None)
    rows = []
    r = title_row + 2
    while r < len(raw) and isinstance(raw.iat[r, 0], (int, float)) and not pd.isna(raw.iat[r, 0]):
        rows.append(r)
        r += 1
        if r < len(raw) and raw.iat[r, 0] == '€':
            r += 1  # a header row repeated under the first income row
    d = raw.iloc[rows, [0] + list(range(2, 13))].reset_index(drop=True)
    d.columns = ['eur'] + YEARS
    return d.astype(float)


# The modified-rate sheet, first block (single person): title row 3, header '€' '£' 1997 … 2007 on row 4.
m1 = block('Avgtxmod', 3)
r2005 = (m1['2005'] * 100).dropna()
q(F, 'Under modified rate PRSI, what was the mean average tax rate of a single person in 2005?',
  'Use the SINGLE 2005 column in percent (a cell shown as 5.1% is 5.1); leave out income levels with no 2005 rate. Round to two decimal places.',
  '@mean_2005[mean] where "mean" is a percentage rounded to two decimal places.',
  [['mean_2005', f2(r2005.mean())]], 'Avgtxmod')
ok = m1['2003'].notna()
r = stats.pearsonr(m1['eur'][ok], m1['2003'][ok])
q(F, 'How strongly is the income in euros correlated with the 2003 single rate under modified rate PRSI?',
  'Use the Pearson correlation between the € income column and SINGLE 2003 over the income levels with a 2003 rate. Round r to four decimal places.',
  '@r_value[r] where "r" is rounded to four decimal places.',
  [['r_value', f'{r.statistic:.4f}']], 'Avgtxmod')

# Its second block: a married couple with one income (title row 17).
m2 = block('Avgtxmod', 17)
q(F, 'Under modified rate PRSI, what was the mean 2007 rate of a married couple with one income?',
  'Use the MARRIED ONE INCOME 2007 column in percent; leave out income levels with no 2007 rate. Round to two decimal places.',
  '@mean_2007[mean] where "mean" is a percentage rounded to two decimal places.',
  [['mean_2007', f2((m2['2007'] * 100).dropna().mean())]], 'Avgtxmod (2)')
top = m2['1997'].idxmax()
q(F, 'For a married couple with one income under modified rate PRSI, at which € income was the 1997 rate highest, and what was it?',
  'Use the MARRIED ONE INCOME 1997 column in percent. Round the rate to two decimal places.',
  '@income[income], @rate[rate] where "income" is the € income as an integer and "rate" is rounded to two decimal places.',
  [['income', str(int(m2['eur'][top]))], ['rate', f2(m2['1997'][top] * 100)]], 'Avgtxmod (2)')

# The full-rate sheet's married blocks (titles on rows 16 and 31).
f2b = block('Avgtxfull', 16)
q(F, 'At full rate PRSI, how many income levels of a married couple with one income paid no tax in 2001?',
  'Count the income levels whose MARRIED ONE INCOME 2001 rate is 0.',
  '@zero_2001[count] where "count" is an integer.',
  [['zero_2001', str(int((f2b['2001'] == 0).sum()))]], 'Avgtxfull (2)')
f3 = block('Avgtxfull', 31)
q(F, 'What is the median 2004 rate of a married couple with two incomes at full rate PRSI?',
  'Use the MARRIED 2 INCOMES 2004 column in percent; leave out income levels with no 2004 rate. Round to two decimal places.',
  '@median_2004[median] where "median" is a percentage rounded to two decimal places.',
  [['median_2004', f2((f3['2004'] * 100).dropna().median())]], 'Avgtxfull (3)')

# The self-employed sheet's married one-income block (title row 18).
s2 = block('Avgselemp', 18)
q(F, 'What is the standard deviation of the self-employed married one-income rates for 1999?',
  'Use the MARRIED ONE INCOME 1999 column in percent over all income levels, with the sample standard deviation. Round to two decimal places.',
  '@std_1999[std] where "std" is rounded to two decimal places.',
  [['std_1999', f2((s2['1999'] * 100).std())]], 'Avgselemp (2)')
rich = s2['eur'] >= 30000
q(F, 'How many self-employed married one-income levels are at €30,000 or more, and what is their mean 2006 rate?',
  'Keep the income levels whose € income is 30,000 or more; use MARRIED ONE INCOME 2006 in percent. Round the mean to two decimal places.',
  '@levels[count], @mean_2006[mean] where "count" is an integer and "mean" is rounded to two decimal places.',
  [['levels', str(int(rich.sum()))], ['mean_2006', f2((s2['2006'][rich] * 100).mean())]], 'Avgselemp (2)')

# The child-support schedule: combined adjusted gross income every $50 from row 8, then the basic
# obligation for one to six children in columns C to H (column B empty).
G = 'office/xlsx/poi_stress002.xlsx'
raw = pd.read_excel(C + G, sheet_name='BCSO', header=None)
bc = raw.iloc[8:, [0, 2, 3, 4, 5, 6, 7]].astype(float).reset_index(drop=True)
bc.columns = ['income', 'one', 'two', 'three', 'four', 'five', 'six']
q(G, 'What is the mean basic obligation for three children over the whole schedule?',
  'Use the THREE CHILDREN column over all income rows. Round to two decimal places.',
  '@mean_three[mean] where "mean" is rounded to two decimal places.',
  [['mean_three', f2(bc['three'].mean())]], 'BCSO')
q(G, 'At a combined adjusted gross income of $5,000, what is the obligation for two children?',
  'Find the row whose combined adjusted gross income is 5000 and read its TWO CHILDREN cell.',
  '@two_children[amount] where "amount" is an integer.',
  [['two_children', str(int(bc.loc[bc['income'] == 5000, 'two'].iloc[0]))]], 'BCSO')
r = stats.pearsonr(bc['income'], bc['one'])
q(G, 'Is the obligation for one child correlated with the combined adjusted gross income?',
  'Use the Pearson correlation between the combined adjusted gross income and the ONE CHILD column over all income rows. Round r to four decimal places.',
  '@r_value[r] where "r" is rounded to four decimal places.',
  [['r_value', f'{r.statistic:.4f}']], 'BCSO')

for item in Q:
    print(json.dumps(item, ensure_ascii=False))
