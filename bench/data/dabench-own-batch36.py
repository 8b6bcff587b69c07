# Batch 36 (held out): DABench-form questions over WikiTableQuestions tables that earlier own batches read for
# other operations (only ten corpus CSVs are still unread, all without numeric columns, and the unread .xlsx
# files hold no data tables). Each question asks for an operation no earlier batch asked of its table: a value
# two columns hold with only the verb pointing to one ("won" / "lost"), the opponent met in the most matches
# beside a numbering column, a cumulative total at a year, years and months inside written dates, bounds
# written in words, grouped sums, proportions, correlations, outliers, missing values and ranks. They were
# written from the files before the engine ran on them; answers are computed with pandas (cells read as text,
# as written) and checked by reading the rows.
# Run from anywhere: python3 bench/data/dabench-own-batch36.py prints the batch's JSON lines.
import json

from scipy import stats

from dabench_own_common import W, f2, load

Q = []


def q(file, question, constraints, fmt, answers):
    Q.append(dict(id=3601 + len(Q), question=question, constraints=constraints, format=fmt, file=file,
                  answers=answers, batch=36))


def top(counts):
    """The largest entry of a value_counts() or a grouped sum, and its value; a tie has no single answer."""
    counts = counts.sort_values(ascending=False)
    assert len(counts) < 2 or counts.iloc[0] > counts.iloc[1], counts.head(3)
    return counts.index[0], str(int(counts.iloc[0]))


def num(series):
    return series.str.replace(',', '').astype(float)


# A snooker season's finals: Winner and Runner-up both hold player names.
F = W + '203-csv/140.csv'
d = load(F)
q(F, 'How many tournaments did Brian Morgan win?', 'Count the finals he won.',
  '@morgan_titles[count] where "count" is an integer.',
  [['morgan_titles', str(int((d['Winner'] == 'Brian Morgan').sum()))]])
q(F, 'How many finals did Stephen Hendry lose?', 'A lost final is one where he is the runner-up.',
  '@hendry_lost_finals[count] where "count" is an integer.',
  [['hendry_lost_finals', str(int((d['Runner-up'] == 'Stephen Hendry').sum()))]])

# A college football rivalry: Winning team and Losing team both hold the two schools.
F = W + '204-csv/528.csv'
d = load(F)
q(F, 'How many games did Air Force lose?', 'Count the games whose losing team is Air Force.',
  '@af_losses[count] where "count" is an integer.',
  [['af_losses', str(int((d['Losing team'] == 'Air Force').sum()))]])
years = d['Date'].str[-4:].astype(int)
q(F, 'How many of the games were played in the 1990s?', 'Take the year from the Date; 1990 to 1999 inclusive.',
  '@games_1990s[count] where "count" is an integer.',
  [['games_1990s', str(int(years.between(1990, 1999).sum()))]])
month, games = top(d['Date'].str.split().str[0].value_counts())
q(F, 'In which month were the most games played, and how many?', 'Take the month from the Date.',
  '@busiest_month[month], @busiest_month_games[count] where "month" is the month name and "count" is an integer.',
  [['busiest_month', month], ['busiest_month_games', games]])
winning = num(d['Winning team.1'])
q(F, 'What was the mean winning score in games played after 2000?', 'Take the year from the Date; after 2000 means 2001 or later.',
  '@mean_win_score_after_2000[score] where "score" is rounded to two decimal places.',
  [['mean_win_score_after_2000', f2(winning[years > 2000].mean())]])

# A club's league season: written dates ("15 August 1992"), attendance with thousands separators.
F = W + '204-csv/767.csv'
d = load(F)
crowd = num(d['Attendance'])
years = d['Date'].str[-4:].astype(int)
q(F, 'How many matches were played in 1993?', 'Take the year from the Date.',
  '@matches_1993[count] where "count" is an integer.', [['matches_1993', str(int((years == 1993).sum()))]])
q(F, 'What was the average attendance of the matches played in 1992?', 'Take the year from the Date.',
  '@mean_crowd_1992[attendance] where "attendance" is rounded to two decimal places.',
  [['mean_crowd_1992', f2(crowd[years == 1992].mean())]])
q(F, 'How many matches drew a crowd of more than thirty thousand?', 'Use the Attendance column.',
  '@crowds_over_30k[count] where "count" is an integer.', [['crowds_over_30k', str(int((crowd > 30000).sum()))]])
q(F, 'How many matches have no scorer listed?', 'A blank Scorers cell means no scorer is listed.',
  '@no_scorer_matches[count] where "count" is an integer.',
  [['no_scorer_matches', str(int((d['Scorers'].str.strip() == '').sum()))]])
z = (crowd - crowd.mean()) / crowd.std(ddof=0)
q(F, 'How many matches are outliers in attendance by z-score?', 'An outlier has an absolute z-score above 2 (population standard deviation).',
  '@crowd_z_outliers[count] where "count" is an integer.', [['crowd_z_outliers', str(int((z.abs() > 2).sum()))]])
order = crowd.sort_values(ascending=False)
assert order.iloc[2] > order.iloc[3] and order.iloc[1] > order.iloc[2]
q(F, 'Which opponent did the club face in the match with the third-largest attendance?', 'Rank the matches by Attendance, largest first.',
  '@third_crowd_opponent[team] where "team" is a string.',
  [['third_crowd_opponent', d.loc[order.index[2], 'Opponent']]])

# A football club's European and cup matches: a Team column beside Opponent.
F = W + '203-csv/582.csv'
d = load(F)
opponent, met = top(d['Opponent'].value_counts())
q(F, 'Which opponent was played in the most matches, and how many?', 'Count the rows per Opponent.',
  '@most_met_opponent[team], @most_met_matches[count] where "team" is a string and "count" is an integer.',
  [['most_met_opponent', opponent], ['most_met_matches', met]])

# A college football programme's seasons; the last row holds totals, 1943-1945 read "No Team" and 2014
# "Upcoming": only the seasons with results count.
F = W + '204-csv/8.csv'
d = load(F)
d = d[d['Season'].str.fullmatch(r'\d{4}') & d['Total Wins'].str.fullmatch(r'\d+')]
wins = d['Total Wins'].astype(int)
losses = d['Total Losses'].astype(int)
season = d['Season'].astype(int)
q(F, 'What was the cumulative number of wins at the 1950 season?', 'Add up Total Wins season by season from the first season.',
  '@wins_through_1950[wins] where "wins" is an integer.', [['wins_through_1950', str(int(wins[season <= 1950].sum()))]])
q(F, 'In how many seasons did the team win at least ten games?', 'Use Total Wins.',
  '@ten_win_seasons[count] where "count" is an integer.', [['ten_win_seasons', str(int((wins >= 10).sum()))]])
q(F, 'What proportion of seasons had more wins than losses?', 'Compare Total Wins with Total Losses over the seasons with results; give a fraction.',
  '@winning_season_share[share] where "share" is rounded to two decimal places.',
  [['winning_season_share', f2((wins > losses).mean())]])
coach, coach_wins = top(wins.groupby(d['Head Coach']).sum())
q(F, 'Which head coach won the most games in total, and how many?', 'Sum Total Wins per Head Coach.',
  '@winningest_coach[name], @coach_total_wins[wins] where "name" is a string and "wins" is an integer.',
  [['winningest_coach', coach], ['coach_total_wins', coach_wins]])
r, p = stats.pearsonr(wins, losses)
q(F, 'Calculate the Pearson correlation coefficient between Total Wins and Total Losses.', 'Use the seasons with results.',
  '@wins_losses_r[r] where "r" is rounded to two decimal places.', [['wins_losses_r', f2(r)]])

# A motocross season's standings.
F = W + '204-csv/417.csv'
d = load(F)
points = d['Points'].astype(int)
team, team_points = top(points.groupby(d['Team']).sum())
q(F, 'Which team scored the most points in total, and how many?', 'Sum Points per Team.',
  '@top_points_team[team], @top_team_points[points] where "team" is a string and "points" is an integer.',
  [['top_points_team', team], ['top_team_points', team_points]])
q(F, 'How many riders won more than two races?', 'Use the Wins column.',
  '@riders_over_two_wins[count] where "count" is an integer.',
  [['riders_over_two_wins', str(int((d['Wins'].astype(int) > 2).sum()))]])
q(F, 'What is the cumulative total of points after the fifth place?', 'Add up Points down the standings from first place.',
  '@points_through_fifth[points] where "points" is an integer.',
  [['points_through_fifth', str(int(points[d['Place'].astype(int) <= 5].sum()))]])
r, p = stats.pearsonr(points, d['Wins'].astype(int))
q(F, 'Is there a correlation between a rider\'s points and wins? Give the Pearson coefficient and its p-value.', '',
  '@points_wins_r[r], @points_wins_p[p] where both are rounded to two decimal places.',
  [['points_wins_r', f2(r)], ['points_wins_p', f2(p)]])

# An IndyCar race result.
F = W + '204-csv/578.csv'
d = load(F)
points = d['Points'].astype(int)
share = 100 * points[d['Team'] == 'Penske Racing'].sum() / points.sum()
q(F, 'What percentage of all points went to Penske Racing drivers?', 'Points of the Penske Racing drivers over the total Points, times 100.',
  '@penske_points_pct[percent] where "percent" is rounded to two decimal places.', [['penske_points_pct', f2(share)]])
rho, p = stats.spearmanr(d['Grid'].astype(int), d['Pos'].astype(int))
q(F, 'What is the Spearman rank correlation between starting grid position and finishing position?', '',
  '@grid_pos_rho[rho] where "rho" is rounded to two decimal places.', [['grid_pos_rho', f2(rho)]])

for item in Q:
    print(json.dumps(item, ensure_ascii=False))
