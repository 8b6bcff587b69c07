# Batch 55 (held out): DABench-form questions over WikiTableQuestions tables that the own batches used least (a
# 1000 m speed skating race, a football league season, an NFL season's games, a Formula One race, a 250cc
# motorcycle race, an award's recipients, a track cyclist's podiums, a college basketball roster and a skier's
# World Cup podiums). Each question leans on one reading a user relies on: a superlative that means a minimum
# ("fastest", "best grid position", "best rank"), a nationality said as a demonym ("Russian", "Dutch"), a
# result said in words ("won", "lost", "did not finish"), a group asked for without a "which" noun ("what
# make", "where", "who"), an ordinal week past the twelfth, a label set by two equalities.
# Cells are read as text as written and turned into numbers where a figure is asked. Written before the engine ran
# on it. Answers are computed with pandas and checked by reading the rows; every most-often answer is checked to
# have no tie.
# Run from anywhere with a Python that has pandas: python3 bench/data/dabench-own-batch55.py prints the lines.
import json

import pandas as pd

from dabench_own_common import W, f2, load, num, only_mode, recorder

Q = []
q = recorder(55, Q)


F = W + '204-csv/201.csv'
d = load(F)
q(F, 'How many Russian skaters were in the race?',
  '{\nCount the rows.\n}',
  '{\n@russian_skaters[n]\nwhere "n" is an integer.\n}',
  [['russian_skaters', str(int((d.Country == 'Russia').sum()))]])

dutch = d[d.Country == 'Netherlands']
q(F, 'How far behind the winner were the Dutch skaters on average?',
  '{\nTake the mean of "Time behind" over the rows where it is a number.\nRound to two decimal places.\n}',
  '{\n@dutch_mean_behind[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['dutch_mean_behind', f2(num(dutch['Time behind']).mean())]])

canada = d[d.Country == 'Canada']
secs = canada.Time.map(lambda t: 60 * int(t.split(':')[0]) + float(t.split(':')[1]))
q(F, 'What was the fastest time of a Canadian skater?',
  '{\nTake the smallest "Time" over the rows, reading each time as minutes and seconds.\n}',
  '{\n@fastest_canadian_time[time]\nwhere "time" is written as in "Time".\n}',
  [['fastest_canadian_time', canada.Time.iloc[int(secs.values.argmin())]]])

korea = d[d.Country == 'South Korea']
q(F, 'what was the best rank a south korean skater got?',
  '{\nTake the minimum of "Rank" over the rows where it is a number.\n}',
  '{\n@best_korean_rank[rank]\nwhere "rank" is an integer.\n}',
  [['best_korean_rank', str(int(num(korea.Rank).min()))]])

F = W + '204-csv/993.csv'
d = load(F)
won = int((d.Result == 'Win').sum())
q(F, 'How many games did the team win that season, and what percentage of its games is that?',
  '{\nCount the rows, and divide the count by the number of all rows, times 100.\nRound the percentage to two decimal places.\n}',
  '{\n@games_won[n]\n@win_percentage[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}',
  [['games_won', str(won)], ['win_percentage', f2(100 * won / len(d))]])

F = W + '203-csv/21.csv'
d = load(F)
q(F, 'Attendance at the week 12 game? I mean the twelfth week of the season.',
  '{\nReport the "Attendance" of the row of the twelfth week.\n}',
  '{\n@twelfth_week_attendance[n]\nwhere "n" is an integer.\n}',
  [['twelfth_week_attendance', str(int(num(d[d.Week == '12'].Attendance).iloc[0]))]])

lost = d[d.Result.str.startswith('L')]
q(F, 'What was the biggest crowd at a game the team lost?',
  '{\nTake the maximum of "Attendance".\n}',
  '{\n@max_attendance_losses[n]\nwhere "n" is an integer.\n}',
  [['max_attendance_losses', str(int(num(lost.Attendance).max()))]])

F = W + '202-csv/66.csv'
d = load(F)
q(F, 'What was the best grid position of the Ferrari drivers?',
  '{\nTake the minimum of "Grid".\n}',
  '{\n@best_ferrari_grid[n]\nwhere "n" is an integer.\n}',
  [['best_ferrari_grid', str(int(num(d[d.Constructor == 'Ferrari'].Grid).min()))]])

q(F, 'How many drivers did not finish the race?',
  '{\nCount the rows of the drivers who retired.\n}',
  '{\n@retired_drivers[n]\nwhere "n" is an integer.\n}',
  [['retired_drivers', str(int((d.Pos == 'Ret').sum()))]])

F = W + '204-csv/303.csv'
d = load(F)
maker, n = only_mode(d.Manufactuer.value_counts())
q(F, 'What make of motorcycle did the most riders use, and how many riders?',
  '{\nCount the rows of each "Manufactuer" and report the one with the most rows and its count.\n}',
  '{\n@top_make[make]\n@top_make_riders[n]\nwhere "make" is written as in "Manufactuer" and "n" is an integer.\n}',
  [['top_make', maker], ['top_make_riders', str(n)]])

F = W + '203-csv/458.csv'
d = load(F)
nat, n = only_mode(d.Nationality.value_counts())
q(F, 'Where are most of the recipients from, and how many of them?',
  '{\nCount the rows of each "Nationality" and report the one with the most rows and its count.\n}',
  '{\n@top_nationality[nationality]\n@top_nationality_recipients[n]\nwhere "nationality" is written as in "Nationality" and "n" is an integer.\n}',
  [['top_nationality', nat], ['top_nationality_recipients', str(n)]])

F = W + '204-csv/272.csv'
d = load(F)
rider, n = only_mode(d.Rider.value_counts())
q(F, 'Who shows up most often in this list of podiums, and how many times?',
  '{\nCount the rows of each "Rider" and report the rider with the most rows and the count.\n}',
  '{\n@top_rider[name]\n@top_rider_podiums[n]\nwhere "name" is written as in "Rider" and "n" is an integer.\n}',
  [['top_rider', rider], ['top_rider_podiums', str(n)]])

home = d[d.Location == 'Manchester']
home_wins = home[home.Placing == '1']
q(F, 'How many Manchester wins are there, and what share of the Manchester podiums do they make?',
  '{\nA Manchester win is a row whose "Location" is "Manchester" and whose "Placing" is "1". The share is their count divided by the number of rows whose "Location" is "Manchester", times 100.\nRound the share to two decimal places.\n}',
  '{\n@manchester_wins[n]\n@manchester_win_share[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}',
  [['manchester_wins', str(len(home_wins))], ['manchester_win_share', f2(100 * len(home_wins) / len(home))]])

F = W + '204-csv/83.csv'
d = load(F)
cls, n = only_mode(d.Class.value_counts())
q(F, 'What class year are most players on the roster in, and how many players is that?',
  '{\nCount the rows of each "Class" and report the class with the most rows and its count.\n}',
  '{\n@top_class[class]\n@top_class_players[n]\nwhere "class" is written as in "Class" and "n" is an integer.\n}',
  [['top_class', cls], ['top_class_players', str(n)]])

F = W + '204-csv/921.csv'
d = load(F)
place, n = only_mode(d.Location.value_counts())
q(F, 'Where did she reach the podium most often, and how many times?',
  '{\nCount the rows of each "Location" and report the location with the most rows and its count.\n}',
  '{\n@top_location[location]\n@top_location_podiums[n]\nwhere "location" is written as in "Location" and "n" is an integer.\n}',
  [['top_location', place], ['top_location_podiums', str(n)]])

for item in Q:
    print(json.dumps(item))
