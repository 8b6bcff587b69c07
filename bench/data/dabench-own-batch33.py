# Batch 33 (held out): DABench-form questions over the corpus's DABench CSVs no earlier own batch used
# (a stock's daily prices, end-of-day prices of several markets, unemployment by industry, a city's
# departments, women's share of bachelor's degrees by field, a basketball game's play-by-play, a call
# centre's 15-minute statistics), worded the way other people word them: "average value", "arithmetic
# mean", "considering only", "for the records where", "after removing rows with missing values", the
# proportion of rows, the column with the highest figure, date parts (year, month, weekday), string
# lengths, ranks, cumulative sums, first-to-last change, rounding said in several ways, the constraint
# placed in the question or in the constraints.
# They were written from the files before the engine ran on them; answers are computed with pandas and
# scipy (pandas.read_csv's default reading of these CSVs) and checked by reading the rows they name.
# Run from anywhere: python3 bench/data/dabench-own-batch33.py prints the batch's JSON lines.
import json

import pandas as pd
from scipy import stats
from dabench_own_common import C, f2, recorder

Q = []
q = recorder(33, Q)
D = 'tables/dabench/tables/'


def f3(x): return f'{x:.3f}'


def f4(x): return f'{x:.4f}'


def read(name): return pd.read_csv(C + D + name)


# Microsoft daily prices (251 trading days, 2017-01-23 to 2018-01-19; dates written 19-Jan-18).
F = D + 'microsoft.csv'
m = read('microsoft.csv')
m['when'] = pd.to_datetime(m['Date'], format='%d-%b-%y')
up = m[m['Close'] > m['Open']]
q(F, 'Considering only the days on which the stock closed above its opening price, what is the average value of the traded Volume?',
  'A day counts when Close is strictly greater than Open. Use the arithmetic mean and round it to the nearest whole number.',
  '@avg_volume_up_days[volume] where "volume" is an integer.',
  [['avg_volume_up_days', str(int(round(up['Volume'].mean())))]])
q(F, 'How many trading days in the data fall in the year 2017?',
  'Parse the Date column as dates (day-month-two-digit year) and count the rows whose year is 2017.',
  '@days_2017[count] where "count" is an integer.',
  [['days_2017', str(int((m['when'].dt.year == 2017).sum()))]])
spread = m['High'] - m['Low']
q(F, 'Calculate the proportion of trading days on which the gap between the High and the Low price was more than 1.5.',
  'Work out High minus Low for every row; the proportion is the number of rows where it exceeds 1.5 divided by the total number of rows, expressed as a percentage and rounded to 2 decimals.',
  '@wide_day_pct[percentage] where "percentage" is a number rounded to two decimal places.',
  [['wide_day_pct', f2((spread > 1.5).mean() * 100)]])
ranked = m.sort_values('Volume', ascending=False).reset_index(drop=True)
q(F, 'Rank the trading days by Volume from highest to lowest. What was the closing price on the day ranked third?',
  'Rank 1 is the day with the largest Volume.',
  '@third_close[price] where "price" is a number rounded to two decimal places.',
  [['third_close', f2(ranked.loc[2, 'Close'])]])
wd = m.groupby(m['when'].dt.day_name())['Volume'].mean()
q(F, 'On which weekday is the mean trading volume the largest?',
  'Get the day of the week from the Date column, group the rows by it and compare the mean Volume of each weekday.',
  '@busiest_weekday[weekday] where "weekday" is the English name of the day, such as "Monday".',
  [['busiest_weekday', wd.idxmax()]])

# End-of-day prices of several markets (2216 rows, 2010-01-01 to 2018-06-29; 78 rows without stock prices).
F = D + 'tr_eikon_eod_data.csv'
e = read('tr_eikon_eod_data.csv')
full = e.dropna()
s = stats.spearmanr(full['XAU='], full['GLD'])
q(F, "After removing rows with missing values, compute Spearman's rank correlation between the gold price XAU= and the GLD fund.",
  'Drop every row that has a missing value in any column. Use scipy.stats.spearmanr and give the coefficient with 4 decimal places.',
  '@spearman_gold[rho] where "rho" is a number rounded to four decimal places.',
  [['spearman_gold', f4(s.statistic)]])
hi = e[e['.VIX'] > 30]
q(F, 'For the records where the volatility index .VIX is above 30, what is the mean closing value of .SPX?',
  'Keep the rows whose .VIX value is greater than 30. Round the mean to two decimal places.',
  '@mean_spx_high_vix[mean] where "mean" is a number rounded to two decimal places.',
  [['mean_spx_high_vix', f2(hi['.SPX'].mean())]])
sds = e[['AAPL.O', 'MSFT.O', 'INTC.O', 'AMZN.O', 'GS.N']].std()
q(F, 'Among the stock columns AAPL.O, MSFT.O, INTC.O, AMZN.O and GS.N, identify the column with the highest standard deviation and give that standard deviation.',
  'Ignore missing values. Use the sample standard deviation; round it to two decimal places.',
  '@most_volatile[column], @its_std[std] where "column" is a column name and "std" is a number rounded to two decimal places.',
  [['most_volatile', sds.idxmax()], ['its_std', f2(sds.max())]])
e['year'] = pd.to_datetime(e['Date']).dt.year
q(F, 'What was the average EUR= exchange rate during 2015?',
  'Take the year from the Date column and average EUR= over the rows of 2015. Round to four decimal places.',
  '@eur_2015[rate] where "rate" is a number rounded to four decimal places.',
  [['eur_2015', f4(e.loc[e['year'] == 2015, 'EUR='].mean())]])
ym = e.groupby('year')['AMZN.O'].max()
q(F, 'Find the year in which AMZN.O reached its highest price, and that price.',
  'Missing prices are ignored.',
  '@peak_year[year], @peak_price[price] where "year" is an integer and "price" is a number rounded to two decimal places.',
  [['peak_year', str(int(ym.idxmax()))], ['peak_price', f2(ym.max())]])

# Unemployment by industry and class of worker, March 2019 and March 2020 (68 rows, the last empty).
F = D + 'unemployement_industry.csv'
u = read('unemployement_industry.csv')
uc = u.dropna()
q(F, 'What is the median of the Mar.2020 column once the rows with missing values are removed?',
  'Drop the rows that contain missing values, then take the median of Mar.2020. Give it with one decimal place.',
  '@median_mar_2020[median] where "median" is a number rounded to one decimal place.',
  [['median_mar_2020', f'{uc["Mar.2020"].median():.1f}']])
q(F, 'In how many rows is the Mar.2020 figure higher than the Mar.2019 figure?',
  'Compare the two columns row by row; ignore the row with missing values.',
  '@rows_increased[count] where "count" is an integer.',
  [['rows_increased', str(int((uc['Mar.2020'] > uc['Mar.2019']).sum()))]])
lengths = uc['Industry and class of worker'].str.len()
q(F, "What is the average length, in characters, of the names in the 'Industry and class of worker' column?",
  'Count every character of each name, spaces and punctuation included; skip the empty row. Round the mean to 2 decimal places.',
  '@avg_name_length[length] where "length" is a number rounded to two decimal places.',
  [['avg_name_length', f2(lengths.mean())]])
r = stats.pearsonr(uc['Mar.2019'], uc['Mar.2020'])
q(F, 'How strongly are the Mar.2019 and the Mar.2020 figures linearly related?',
  'Compute the Pearson correlation coefficient and its two-sided p-value after listwise deletion of missing values. Round the coefficient to three decimal places.',
  '@pearson_r[r] where "r" is a number rounded to three decimal places.',
  [['pearson_r', f3(r.statistic)]])

# City departments in the current budget (38 departments, each with a group and budget year dates).
F = D + 'city_departments_in_current_budget.csv'
d = read('city_departments_in_current_budget.csv')
dg = d['dept_group'].value_counts()
q(F, 'Which dept_group holds the largest number of departments, and how many does it hold?',
  'Count the rows of each value of dept_group.',
  '@biggest_group[group], @group_size[count] where "group" is a string and "count" is an integer.',
  [['biggest_group', dg.index[0]], ['group_size', str(int(dg.iloc[0]))]])
names = d['Department Name'].str.len()
q(F, 'Which department has the longest name?',
  'Measure the length of each Department Name in characters, spaces included.',
  '@longest_department[name] where "name" is a string.',
  [['longest_department', d.loc[names.idxmax(), 'Department Name']]])
q(F, 'How many departments have a coa_dept_id greater than 50?',
  '',
  '@high_id_departments[count] where "count" is an integer.',
  [['high_id_departments', str(int((d['coa_dept_id'] > 50).sum()))]])

# Percentage of bachelor's degrees earned by women, by field, 1970 to 2011.
F = D + 'percent-bachelors-degrees-women-usa.csv'
p = read('percent-bachelors-degrees-women-usa.csv')
q(F, 'What was the arithmetic mean of the Biology percentage over the 1980s?',
  'Use the years 1980 to 1989 inclusive. Round the result to two decimal places.',
  '@biology_1980s[mean] where "mean" is a number rounded to two decimal places.',
  [['biology_1980s', f2(p.loc[p['Year'].between(1980, 1989), 'Biology'].mean())]])
q(F, 'In what year did the share of women among Computer Science graduates peak, and what was it?',
  'If several years share the peak, give the earliest. Round the percentage to one decimal place.',
  '@cs_peak_year[year], @cs_peak_pct[percentage] where "year" is an integer and "percentage" is rounded to one decimal place.',
  [['cs_peak_year', str(int(p.loc[p['Computer Science'].idxmax(), 'Year']))],
   ['cs_peak_pct', f'{p["Computer Science"].max():.1f}']])
pe = stats.pearsonr(p['Engineering'], p['Physical Sciences'])
q(F, 'Is there a significant linear correlation between the Engineering and the Physical Sciences percentages?',
  'Use the Pearson correlation coefficient with a two-tailed test at the 0.05 significance level. Report r to two decimal places and the p-value to four decimal places; the relationship is significant if the p-value is below 0.05.',
  '@r_value[r], @p_value[p], @significant[answer] where "r" is rounded to two decimal places, "p" to four decimal places and "answer" is "yes" or "no".',
  [['r_value', f2(pe.statistic)], ['p_value', f4(pe.pvalue)], ['significant', 'yes' if pe.pvalue < 0.05 else 'no']])
first, last = p.iloc[0], p.iloc[-1]
q(F, 'By how many percentage points did the Education share change from the first year in the data to the last year?',
  'Subtract the value of the first year from the value of the last year. Round to two decimal places.',
  '@education_change[points] where "points" is a number rounded to two decimal places.',
  [['education_change', f2(last['Education'] - first['Education'])]])
cum = p['Agriculture'].cumsum()
q(F, 'Compute the cumulative sum of the Agriculture column in year order. What is the cumulative total at the year 1990?',
  'Sort by Year ascending and add up Agriculture from 1970 up to and including 1990. Round to two decimal places.',
  '@agri_cumulative_1990[total] where "total" is a number rounded to two decimal places.',
  [['agri_cumulative_1990', f2(cum[p['Year'] == 1990].iloc[0])]])

# A basketball game's play-by-play (448 events).
F = D + '0020200722.csv'
g = read('0020200722.csv')
per = g['PERIOD'].value_counts()
q(F, 'Which PERIOD has the most events recorded, and how many events does it have?',
  'Each row is one event.',
  '@busiest_period[period], @period_events[count] where "period" and "count" are integers.',
  [['busiest_period', str(int(per.index[0]))], ['period_events', str(int(per.iloc[0]))]])
q(F, 'What share of the events have a recorded SCORE?',
  'An event has a recorded score when SCORE is not missing. Give the share as a percentage rounded to two decimal places.',
  '@scored_share[percent] where "percent" is a number rounded to two decimal places.',
  [['scored_share', f2(g['SCORE'].notna().mean() * 100)]])
mt = g['EVENTMSGTYPE'].value_counts()
q(F, 'Determine the most frequent value of EVENTMSGTYPE and how often it occurs.',
  '',
  '@top_msg_type[value], @top_msg_count[count] where "value" and "count" are integers.',
  [['top_msg_type', str(int(mt.index[0]))], ['top_msg_count', str(int(mt.iloc[0]))]])

# A call centre's statistics per 15-minute interval over one day (96 rows).
F = D + '20170413_000000_group_statistics.csv'
c = read('20170413_000000_group_statistics.csv')
c.columns = [name.strip() for name in c.columns]  # some names end in a space in the file
answered = c['num. calls answered']
q(F, 'What is the largest number of calls answered in a single interval, and at which timestamp did it happen?',
  'Use the num. calls answered column; the timestamp is written as in the file.',
  '@max_answered[count], @max_time[timestamp] where "count" is an integer and "timestamp" is a string.',
  [['max_answered', str(int(answered.max()))], ['max_time', c.loc[answered.idxmax(), 'timestamp']]])
busy = c[answered > 0]
q(F, 'Considering only the intervals in which at least one call was answered, calculate the average of avg. num. agents talking.',
  'Keep the rows where num. calls answered is greater than zero. Round to three decimal places.',
  '@mean_talking[mean] where "mean" is a number rounded to three decimal places.',
  [['mean_talking', f3(busy['avg. num. agents talking'].mean())]])

for item in Q:
    print(json.dumps(item, ensure_ascii=False))
