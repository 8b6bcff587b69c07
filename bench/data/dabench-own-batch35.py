# Batch 35 (held out): DABench-form questions over WikiTableQuestions tables no earlier own batch used
# (a country's weekend box-office number ones, a cricket ground's Test centuries, a football club's
# season of matches): which value occurs most often, within a filter or worded as "the largest number
# of rows" or "how many did it make", and the year in which a figure peaked, a noun phrase sitting
# between the figure and "peak". They were written from the files before the engine ran on them;
# answers are computed with pandas (cells read as text, as written) and checked by reading the rows.
# Run from anywhere: python3 bench/data/dabench-own-batch35.py prints the batch's JSON lines.
import json

from dabench_own_common import W, load, recorder

Q = []
q = recorder(35, Q)


def top(counts):
    """The most frequent value of a value_counts() and its count; a tie for the top has no single answer."""
    assert len(counts) < 2 or counts.iloc[0] > counts.iloc[1], counts.head(3)
    return counts.index[0], str(int(counts.iloc[0]))


def year_of(text):
    """The four-digit year a written date ends with ("10 November 1948", "26 Mar 1951")."""
    return int(text.strip()[-4:])


# A country's weekend box-office number ones over one year.
F = W + '204-csv/377.csv'
d = load(F)
film, weeks = top(d['Film'].value_counts())
q(F, 'Which film was number one in the largest number of weekends, and in how many?',
  'Each row is one weekend.',
  '@top_film[title], @top_film_weekends[count] where "title" is a string and "count" is an integer.',
  [['top_film', film], ['top_film_weekends', weeks]])

# Test centuries made at one cricket ground.
F = W + '204-csv/973.csv'
d = load(F)
team, made = top(d.loc[d['Result'] == 'Drawn', 'Team'].value_counts())
q(F, 'Which team made the most centuries in drawn matches, and how many did it make?',
  'Each row is one century; keep the rows whose Result is Drawn.',
  '@drawn_team[team], @drawn_centuries[count] where "team" is a string and "count" is an integer.',
  [['drawn_team', team], ['drawn_centuries', made]])
team, made = top(d.loc[d['Opposing team'] == 'India', 'Team'].value_counts())
q(F, 'Against India, which team scored the most centuries, and how many?',
  'Keep the rows whose Opposing team is India and count the rows per Team.',
  '@team_v_india[team], @centuries_v_india[count] where "team" is a string and "count" is an integer.',
  [['team_v_india', team], ['centuries_v_india', made]])
opponent, rows = top(d['Opposing team'].value_counts())
q(F, 'Which opposing team is listed in the largest number of rows, and in how many?',
  'Count every row.',
  '@top_opponent[team], @top_opponent_rows[count] where "team" is a string and "count" is an integer.',
  [['top_opponent', opponent], ['top_opponent_rows', rows]])
score = d['Score'].str.rstrip('*').astype(int)
assert (score == score.max()).sum() == 1
q(F, 'In which year was the highest individual score in the table made, and what was that score?',
  'A score written with an asterisk (not out) counts as the number before it.',
  '@best_score_year[year], @best_score[runs] where "year" is an integer and "runs" is an integer.',
  [['best_score_year', str(year_of(d.loc[score.idxmax(), 'Date']))], ['best_score', str(int(score.max()))]])

# A football club's league season.
F = W + '204-csv/848.csv'
d = load(F)
crowd = d['Attendance'].str.replace(',', '').astype(int)
assert (crowd == crowd.max()).sum() == 1
q(F, 'In what year did the attendance at the club\'s matches peak, and what was the peak attendance?',
  'Take the year from the Date of the match with the largest Attendance.',
  '@peak_crowd_year[year], @peak_crowd[attendance] where "year" is an integer and "attendance" is an integer.',
  [['peak_crowd_year', str(year_of(d.loc[crowd.idxmax(), 'Date']))], ['peak_crowd', str(int(crowd.max()))]])

for item in Q:
    print(json.dumps(item, ensure_ascii=False))
