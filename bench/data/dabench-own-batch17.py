# Batch 17 (held out): paired and one-sided tests, one group against all the others, named bins with
# stated edges, chi-square over stated categories, regression over a stated subset and outliers after a
# stated cleaning step. Answers are computed straight from the files with csv and scipy.stats.
# Run from anywhere: python3 bench/data/dabench-own-batch17.py prints the batch's JSON lines.
import csv, json, os
from collections import Counter
import numpy as np
from scipy import stats
C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus') + '/'


def load(f):
    rows = list(csv.reader(open(C + f, encoding='utf-8')))
    h = [x.replace('\n', ' ') for x in rows[0]]
    return [dict(zip(h, r)) for r in rows[1:]]


def num(x):
    x = str(x).replace('$', '').replace(',', '').strip()
    try: return float(x)
    except ValueError: return None


def f4(x): return f'{x:.4f}'
def f2(x): return f'{x:.2f}'
def sig(p): return 'significant' if p < 0.05 else 'not significant'


def iqr_outliers(values):
    q1, q3 = np.percentile(values, [25, 75])
    lo, hi = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
    return [v for v in values if v < lo or v > hi]


Q = []


def q(file, question, constraints, fmt, answers):
    Q.append(dict(question=question, constraints=constraints, format=fmt, file=file, answers=answers, batch=17))


# A college football team's seasons: wins, losses and conference records, with rows for the war years
# without a team, an unplayed season and a totals row at the bottom.
S = 'tables/wikitablequestions/csv/204-csv/8.csv'
t = [r for r in load(S) if num(r['Total Wins']) is not None and num(r['Total Losses']) is not None]
wins = [num(r['Total Wins']) for r in t]
losses = [num(r['Total Losses']) for r in t]
r = stats.ttest_rel(wins, losses)
q(S, 'Is there a significant difference between Total Wins and Total Losses of the same season?',
  'Use only the rows whose Total Wins and Total Losses are both numbers. Perform a paired t-test (scipy.stats.ttest_rel) with a significance level (alpha) of 0.05. Round the t-statistic and the p-value to four decimal places.',
  '@t_statistic[t_value], @p_value[p_value], @result[result] where "t_value" and "p_value" are numbers rounded to four decimal places and "result" is "significant" or "not significant".',
  [['t_statistic', f4(r.statistic)], ['p_value', f4(r.pvalue)], ['result', sig(r.pvalue)]])
r = stats.ttest_1samp(wins, 5, alternative='greater')
q(S, 'Is the mean Total Wins per season greater than 5?',
  'Use only the rows whose Total Wins is a number. Perform a one-sided one-sample t-test against 5 (alternative: the mean is greater). Round the t-statistic and the p-value to four decimal places.',
  '@t_statistic[t_value], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['t_statistic', f4(r.statistic)], ['p_value', f4(r.pvalue)]])
grp = [num(x['Total Wins']) for x in t if x['Conference'] == 'Southern Intercollegiate']
rest = [num(x['Total Wins']) for x in t if x['Conference'] != 'Southern Intercollegiate']
r = stats.ttest_ind(grp, rest)
q(S, "Is the mean Total Wins of the seasons in the 'Southern Intercollegiate' conference different from that of all other seasons combined?",
  "Use only the rows whose Total Wins is a number. Compare the rows whose Conference is 'Southern Intercollegiate' with all the other rows using an independent two-sample t-test assuming equal variances. Round the p-value to four decimal places.",
  '@p_value[p_value], @result[result] where "p_value" is a number rounded to four decimal places and "result" is "significant" or "not significant" at alpha 0.05.',
  [['p_value', f4(r.pvalue)], ['result', sig(r.pvalue)]])
b = Counter('losing' if w <= 3 else 'average' if w <= 6 else 'winning' for w in wins)
q(S, "Bin the seasons by Total Wins into 'losing', 'average' and 'winning'. How many seasons fall in each bin?",
  "Use only the rows whose Total Wins is a number. 'losing' is 0 to 3 wins, 'average' 4 to 6 wins and 'winning' 7 or more wins.",
  '@losing[count], @average[count], @winning[count] where each "count" is an integer.',
  [['losing', str(b['losing'])], ['average', str(b['average'])], ['winning', str(b['winning'])]])
sub = [x for x in t if x['Conference'] in ('Southern', 'Southern Intercollegiate')]
table = [[sum(1 for x in sub if x['Conference'] == c and (num(x['Total Wins']) > num(x['Total Losses'])) == flag) for flag in (True, False)] for c in ('Southern', 'Southern Intercollegiate')]
chi2, p, _, _ = stats.chi2_contingency(table)
q(S, 'Is having more wins than losses associated with the Conference?',
  "Keep the rows whose Conference is 'Southern' or 'Southern Intercollegiate' and whose Total Wins and Total Losses are numbers. Mark each season as a winning record when Total Wins is greater than Total Losses. Perform a chi-square test of independence between Conference and the winning-record flag (scipy.stats.chi2_contingency with its default continuity correction). Round the statistic and the p-value to four decimal places.",
  '@chi2_statistic[chi2], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['chi2_statistic', f4(chi2)], ['p_value', f4(p)]])
late = [x for x in t if num(x['Season']) is not None and num(x['Season']) >= 1980]
lr = stats.linregress([num(x['Season']) for x in late], [num(x['Total Wins']) for x in late])
q(S, 'For the seasons from 1980 onwards, what is the linear relationship between Season and Total Wins?',
  'Keep the rows whose Season is 1980 or later and whose Total Wins is a number. Fit a simple linear regression with Season as the predictor and Total Wins as the response. Round the slope, the intercept and the R-squared to four decimal places.',
  '@slope[slope], @intercept[intercept], @r_squared[r_squared] where each is a number rounded to four decimal places.',
  [['slope', f4(lr.slope)], ['intercept', f4(lr.intercept)], ['r_squared', f4(lr.rvalue ** 2)]])
cw = [num(x['Conference Wins']) for x in load(S) if num(x['Conference Wins']) is not None]
q(S, 'How many seasons are outliers in Conference Wins by the IQR method?',
  'First drop the rows whose Conference Wins is not a number. An outlier is below Q1 - 1.5*IQR or above Q3 + 1.5*IQR (quartiles as numpy.percentile computes them).',
  '@outlier_count[count] where "count" is an integer.',
  [['outlier_count', str(len(iqr_outliers(cw)))]])
pairs = [(num(x['Conference Wins']), num(x['Conference Losses'])) for x in load(S) if num(x['Conference Wins']) is not None and num(x['Conference Losses']) is not None]
r = stats.wilcoxon([a for a, _ in pairs], [b for _, b in pairs])
q(S, 'Do Conference Wins and Conference Losses of the same season differ significantly?',
  'Use only the rows whose Conference Wins and Conference Losses are both numbers. Perform a Wilcoxon signed-rank test (scipy.stats.wilcoxon with its defaults). Round the statistic and the p-value to four decimal places.',
  '@w_statistic[w], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['w_statistic', f4(r.statistic)], ['p_value', f4(r.pvalue)]])

# A football rivalry: every game's score for each side, with a totals row at the bottom.
R = 'tables/wikitablequestions/csv/204-csv/166.csv'
g = [x for x in load(R) if x['#'].strip() != '']
jsu = [num(x['Score JSU']) for x in g]
tu = [num(x['Score TU']) for x in g]
r = stats.ttest_rel(jsu, tu)
q(R, 'Is there a significant difference between Score JSU and Score TU in the same game?',
  'Leave out the totals row (the row without a game number). Perform a paired t-test with a significance level of 0.05. Round the t-statistic and the p-value to four decimal places.',
  '@t_statistic[t_value], @p_value[p_value], @result[result] where "t_value" and "p_value" are numbers rounded to four decimal places and "result" is "significant" or "not significant".',
  [['t_statistic', f4(r.statistic)], ['p_value', f4(r.pvalue)], ['result', sig(r.pvalue)]])
r = stats.ttest_rel(tu, jsu, alternative='greater')
q(R, 'Is Score TU greater than Score JSU on average in the same game?',
  'Leave out the totals row (the row without a game number). Perform a one-sided paired t-test with the alternative that Score TU is greater than Score JSU. Round the p-value to four decimal places.',
  '@p_value[p_value] where "p_value" is a number rounded to four decimal places.',
  [['p_value', f4(r.pvalue)]])
home = [num(x['Score JSU']) for x in g if x['Location'] == 'Jacksonville, AL']
other = [num(x['Score JSU']) for x in g if x['Location'] != 'Jacksonville, AL']
r = stats.ttest_ind(home, other, equal_var=False)
q(R, "Is the mean Score JSU of the games played at 'Jacksonville, AL' different from the games played at all other locations combined?",
  "Leave out the totals row (the row without a game number). Compare the games whose Location is 'Jacksonville, AL' with all the other games using Welch's t-test (unequal variances). Round the t-statistic and the p-value to four decimal places.",
  '@t_statistic[t_value], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['t_statistic', f4(r.statistic)], ['p_value', f4(r.pvalue)]])
kept = [x for x in g if x['Winner'] in ('Jacksonville State', 'Troy State')]
table = [[sum(1 for x in kept if (x['Location'] == 'Jacksonville, AL') == h and x['Winner'] == w) for w in ('Jacksonville State', 'Troy State')] for h in (True, False)]
chi2, p, _, _ = stats.chi2_contingency(table)
q(R, 'Is the Winner associated with whether the game was played at Jacksonville, AL?',
  "Keep the games whose Winner is 'Jacksonville State' or 'Troy State'. Group Location into 'Jacksonville, AL' and all other locations. Perform a chi-square test of independence between this grouping and Winner (scipy.stats.chi2_contingency, default correction). Round the statistic and the p-value to four decimal places.",
  '@chi2_statistic[chi2], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['chi2_statistic', f4(chi2)], ['p_value', f4(p)]])
total = np.array(jsu) + np.array(tu)
z = stats.zscore(total)
q(R, 'How many games are outliers in the total points scored by both teams?',
  'Leave out the totals row (the row without a game number). Create a column total_points as Score JSU plus Score TU, compute its z-scores (scipy.stats.zscore) and count the games whose absolute z-score is greater than 2.',
  '@outlier_count[count] where "count" is an integer.',
  [['outlier_count', str(int(np.sum(np.abs(z) > 2)))]])
b = Counter('close' if m <= 7 else 'clear' if m <= 20 else 'rout' for m in (abs(a - c) for a, c in zip(jsu, tu)))
q(R, "Bin the games by the winning margin into 'close', 'clear' and 'rout'. How many games fall in each bin?",
  "Leave out the totals row (the row without a game number). The margin is the absolute difference between Score JSU and Score TU. 'close' is a margin of 0 to 7 points, 'clear' 8 to 20 points and 'rout' 21 points or more.",
  '@close[count], @clear[count], @rout[count] where each "count" is an integer.',
  [['close', str(b['close'])], ['clear', str(b['clear'])], ['rout', str(b['rout'])]])
troy = [num(x['Score TU']) for x in g if x['Location'] == 'Troy, AL']
away = [num(x['Score TU']) for x in g if x['Location'] != 'Troy, AL']
r = stats.mannwhitneyu(troy, away, alternative='greater')
q(R, "Is Score TU higher in the games played at 'Troy, AL' than in all the other games?",
  "Leave out the totals row (the row without a game number). Perform a one-sided Mann-Whitney U test (alternative: the games at 'Troy, AL' score higher). Round the U statistic to one decimal place and the p-value to four decimal places.",
  '@u_statistic[u], @p_value[p_value] where "u" is rounded to one decimal place and "p_value" to four decimal places.',
  [['u_statistic', f'{r.statistic:.1f}'], ['p_value', f4(r.pvalue)]])

# A Scottish football club's league season: attendance of home and away matches.
A = 'tables/wikitablequestions/csv/204-csv/908.csv'
m = load(A)
hom = [num(x['Attendance']) for x in m if x['H/A'] == 'H']
awy = [num(x['Attendance']) for x in m if x['H/A'] == 'A']
r = stats.ttest_ind(hom, awy, alternative='greater')
q(A, 'Is the mean Attendance of home matches greater than that of away matches?',
  "Home matches have H/A equal to 'H' and away matches 'A'. Perform a one-sided independent two-sample t-test assuming equal variances (alternative: home is greater). Round the t-statistic and the p-value to four decimal places.",
  '@t_statistic[t_value], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['t_statistic', f4(r.statistic)], ['p_value', f4(r.pvalue)]])
att = [num(x['Attendance']) for x in m]
b = Counter('small' if a < 5000 else 'medium' if a < 10000 else 'large' for a in att)
q(A, "Bin the matches by Attendance into 'small', 'medium' and 'large'. How many matches fall in each bin?",
  "'small' is an Attendance below 5,000, 'medium' from 5,000 to 9,999 and 'large' 10,000 or more.",
  '@small[count], @medium[count], @large[count] where each "count" is an integer.',
  [['small', str(b['small'])], ['medium', str(b['medium'])], ['large', str(b['large'])]])
q(A, 'How many matches are outliers in Attendance by the IQR method?',
  'An outlier is below Q1 - 1.5*IQR or above Q3 + 1.5*IQR (quartiles as numpy.percentile computes them).',
  '@outlier_count[count] where "count" is an integer.',
  [['outlier_count', str(len(iqr_outliers(att)))]])
r = stats.mannwhitneyu(hom, awy)
q(A, 'Does the Attendance of home matches differ from that of away matches?',
  "Home matches have H/A equal to 'H' and away matches 'A'. Perform a two-sided Mann-Whitney U test. Round the U statistic to one decimal place and the p-value to four decimal places.",
  '@u_statistic[u], @p_value[p_value] where "u" is rounded to one decimal place and "p_value" to four decimal places.',
  [['u_statistic', f'{r.statistic:.1f}'], ['p_value', f4(r.pvalue)]])

# Squash players ranked by titles: titles, lost finals and final appearances.
P = 'tables/wikitablequestions/csv/203-csv/86.csv'
pl = load(P)
ti = [num(x['No. of Titles']) for x in pl]
ru = [num(x['Runner-up']) for x in pl]
many = [x for x in pl if num(x['Final Appearances']) >= 2]
r = stats.ttest_rel([num(x['No. of Titles']) for x in many], [num(x['Runner-up']) for x in many], alternative='greater')
q(P, 'Among the players with at least 2 Final Appearances, is No. of Titles greater than Runner-up on average?',
  'Keep the rows whose Final Appearances is 2 or more. Perform a one-sided paired t-test with the alternative that No. of Titles is greater than Runner-up. Round the t-statistic and the p-value to four decimal places.',
  '@t_statistic[t_value], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['t_statistic', f4(r.statistic)], ['p_value', f4(r.pvalue)]])
two = [x for x in pl if num(x['Final Appearances']) >= 2]
lr = stats.linregress([num(x['Final Appearances']) for x in two], [num(x['No. of Titles']) for x in two])
q(P, 'For the players with at least 2 Final Appearances, how does No. of Titles depend on Final Appearances?',
  'Keep the rows whose Final Appearances is 2 or more. Fit a simple linear regression with Final Appearances as the predictor and No. of Titles as the response. Round the slope and the intercept to four decimal places.',
  '@slope[slope], @intercept[intercept] where both are numbers rounded to four decimal places.',
  [['slope', f4(lr.slope)], ['intercept', f4(lr.intercept)]])
r = stats.wilcoxon(ti, ru)
q(P, 'Do No. of Titles and Runner-up differ significantly for the same player?',
  'Perform a Wilcoxon signed-rank test (scipy.stats.wilcoxon with its defaults). Round the statistic and the p-value to four decimal places.',
  '@w_statistic[w], @p_value[p_value] where both are numbers rounded to four decimal places.',
  [['w_statistic', f4(r.statistic)], ['p_value', f4(r.pvalue)]])

# A horse race's winners by year with the purse won.
H = 'tables/wikitablequestions/csv/204-csv/825.csv'
hr = [x for x in load(H) if num(x['Win $']) is not None]
recent = [x for x in hr if num(x['Year']) >= 2000]
lr = stats.linregress([num(x['Year']) for x in recent], [num(x['Win $']) for x in recent])
q(H, 'For the races from 2000 onwards, what is the linear relationship between Year and Win $?',
  'Drop the rows whose Win $ is empty, then keep the rows whose Year is 2000 or later. Fit a simple linear regression with Year as the predictor and Win $ as the response. Round the slope to two decimal places and the R-squared to four decimal places.',
  '@slope[slope], @r_squared[r_squared] where "slope" is rounded to two decimal places and "r_squared" to four decimal places.',
  [['slope', f2(lr.slope)], ['r_squared', f4(lr.rvalue ** 2)]])
z = stats.zscore([num(x['Win $']) for x in hr])
q(H, 'How many races are outliers in Win $ by z-score?',
  'Drop the rows whose Win $ is empty. Compute the z-scores of Win $ (scipy.stats.zscore) and count the rows whose absolute z-score is greater than 3.',
  '@outlier_count[count] where "count" is an integer.',
  [['outlier_count', str(int(np.sum(np.abs(z) > 3)))]])
one = [num(x['Win $']) for x in hr if x['Distance (Miles)'] == '1-1/8']
oth = [num(x['Win $']) for x in hr if x['Distance (Miles)'] != '1-1/8']
r = stats.ttest_ind(one, oth)
q(H, "Is the mean Win $ of the races run over '1-1/8' miles different from the races at all other distances combined?",
  "Drop the rows whose Win $ is empty. Compare the rows whose Distance (Miles) is '1-1/8' with all the other rows using an independent two-sample t-test assuming equal variances. Round the p-value to four decimal places.",
  '@p_value[p_value], @result[result] where "p_value" is a number rounded to four decimal places and "result" is "significant" or "not significant" at alpha 0.05.',
  [['p_value', f4(r.pvalue)], ['result', sig(r.pvalue)]])

for index, item in enumerate(Q):
    print(json.dumps({'id': 1701 + index, **item}, ensure_ascii=False))
