# Batch 53 (held out): DABench-form questions over WikiTableQuestions tables that the own batches used least (a
# 100 m heats list, a 5000 m heats list, a skier's season rankings, an ice hockey draft round, a horse race's
# winners, a football club's league matches, an NFL season's games, an airport's yearly traffic, a rally's
# special stages and a state's list of officeholders). Each question leans on one reading a user relies on:
# a condition said only in the question (the constraints do not repeat it), a group asked for without a "which"
# noun ("who", "where", "what position"), an ordinal period or heat ("the fourth heat", "the tenth week"), a slot
# named by an abbreviation of its column ("gs" for Giant Slalom, "intl" for International), a label set by two
# equalities.
# Cells are read as text as written and turned into numbers where a figure is asked; "DNS", "DQ", "—" and blanks
# are not numbers. Written before the engine ran on it. Answers are computed with pandas and checked by reading
# the rows.
# Run from anywhere with a Python that has pandas: python3 bench/data/dabench-own-batch53.py prints the lines.
import json

import pandas as pd

from dabench_own_common import W, f2, load, num, only_mode, recorder

Q = []
q = recorder(53, Q)


F = W + '204-csv/259.csv'
d = load(F)
heat4 = d[d.Heat == '4']
q(F, 'How many sprinters ran in the fourth heat, and what was the fastest time there?',
  '{\nCount the rows of the fourth heat, and take the minimum of "Time" over its rows where "Time" is a number.\nRound the time to two decimal places.\n}',
  '{\n@fourth_heat_runners[n]\n@fourth_heat_best_time[time]\nwhere "n" is an integer and "time" is rounded to two decimal places.\n}',
  [['fourth_heat_runners', str(len(heat4))], ['fourth_heat_best_time', f2(num(heat4.Time).min())]])

japan = d[d.Nationality == 'Japan']
q(F, 'How many runners from Japan took part, and what was their average time?',
  '{\nCount the rows, and take the mean of "Time" over the rows where it is a number.\nRound the mean to two decimal places.\n}',
  '{\n@japanese_runners[n]\n@japanese_mean_time[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
  [['japanese_runners', str(len(japan))], ['japanese_mean_time', f2(num(japan.Time).mean())]])

F = W + '203-csv/693.csv'
d = load(F)
q(F, 'How many athletes ran in the first heat, and how many in the second?',
  '{\nCount the rows of each of the two heats.\n}',
  '{\n@first_heat_athletes[n]\n@second_heat_athletes[n]\nwhere "n" is an integer.\n}',
  [['first_heat_athletes', str(int((d.Heat == '1').sum()))], ['second_heat_athletes', str(int((d.Heat == '2').sum()))]])

q(F, 'How many runners did not finish their heat?',
  '{\nCount the rows.\n}',
  '{\n@did_not_finish[n]\nwhere "n" is an integer.\n}',
  [['did_not_finish', str(int((d.Result == 'DNF').sum()))]])

F = W + '203-csv/779.csv'
d = load(F)
d.columns = [c.replace('\n', ' ') for c in d.columns]
q(F, 'What were her best giant slalom and super-G rankings in the overall standings?',
  '{\nTake the minimum of "Giant Slalom" and the minimum of "Super G" over the rows where each is a number.\n}',
  '{\n@best_gs[rank]\n@best_sg[rank]\nwhere "rank" is an integer.\n}',
  [['best_gs', str(int(num(d['Giant Slalom']).min()))], ['best_sg', str(int(num(d['Super G']).min()))]])

F = W + '203-csv/111.csv'
d = load(F)
q(F, 'On average, how many international passengers did the airport handle per year, and how many aircraft landed in its busiest landing year?',
  '{\nTake the mean of "International (total)" and the maximum of "Aircraft Landings" over all rows.\nRound the mean to two decimal places.\n}',
  '{\n@mean_intl_passengers[avg]\n@max_ac_landings[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
  [['mean_intl_passengers', f2(num(d['International (total)']).mean())],
   ['max_ac_landings', str(int(num(d['Aircraft Landings']).max()))]])

F = W + '203-csv/566.csv'
d = load(F)
q(F, 'What is the average pick number of the Canadian players?',
  '{\nTake the mean of "Pick #".\nRound to two decimal places.\n}',
  '{\n@canadian_mean_pick[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['canadian_mean_pick', f2(num(d[d.Nationality == 'Canada']['Pick #']).mean())]])

pos, n = only_mode(d.Position.value_counts())
q(F, 'What position was drafted most often in this round, and how many players were picked at it?',
  '{\nCount the players (rows) of each "Position" and report the position with the most rows and its count.\n}',
  '{\n@most_drafted_position[position]\n@players_at_position[n]\nwhere "position" is written as in "Position" and "n" is an integer.\n}',
  [['most_drafted_position', pos], ['players_at_position', str(n)]])

nat, n = only_mode(d.Nationality.value_counts())
q(F, 'Where do most of the drafted players come from, and how many of them?',
  '{\nCount the rows of each "Nationality" and report the one with the most rows and its count.\n}',
  '{\n@top_nationality[nationality]\n@top_nationality_players[n]\nwhere "nationality" is written as in "Nationality" and "n" is an integer.\n}',
  [['top_nationality', nat], ['top_nationality_players', str(n)]])

F = W + '204-csv/825.csv'
d = load(F)
d.columns = [c.replace('\n', ' ') for c in d.columns]
trainer, n = only_mode(d.Trainer.value_counts())
q(F, 'Who trained the most winners of the race, and how many?',
  '{\nCount the rows of each "Trainer" and report the trainer with the most rows and the count.\n}',
  '{\n@top_trainer[name]\n@top_trainer_wins[n]\nwhere "name" is written as in "Trainer" and "n" is an integer.\n}',
  [['top_trainer', trainer], ['top_trainer_wins', str(n)]])

q(F, 'How many of the winners did Ramon Dominguez ride?',
  '{\nCount the rows.\n}',
  '{\n@dominguez_wins[n]\nwhere "n" is an integer.\n}',
  [['dominguez_wins', str(int((d.Jockey == 'Ramon Dominguez').sum()))]])

F = W + '203-csv/736.csv'
d = load(F)
goalless_away = d[(d['Home/Away'] == 'Away') & (d.Score == '0–0')]
q(F, 'How many goalless away games did the team play, and what share of its away games were they?',
  '{\nA goalless away game is a row whose "Home/Away" is "Away" and whose "Score" is "0–0". The share is their count divided by the number of rows whose "Home/Away" is "Away", times 100.\nRound the share to two decimal places.\n}',
  '{\n@goalless_away_games[n]\n@goalless_away_share[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}',
  [['goalless_away_games', str(len(goalless_away))],
   ['goalless_away_share', f2(100 * len(goalless_away) / int((d['Home/Away'] == 'Away').sum()))]])

F = W + '203-csv/361.csv'
d = load(F)
q(F, 'How many fans came to the game of the tenth week?',
  '{\nReport the "Attendance" of the row of the tenth week.\n}',
  '{\n@tenth_week_attendance[n]\nwhere "n" is an integer.\n}',
  [['tenth_week_attendance', str(int(num(d[d.Week == '10'].Attendance).iloc[0]))]])

q(F, 'What was the average attendance at the games the team won?',
  '{\nTake the mean of "Attendance".\nRound to two decimal places.\n}',
  '{\n@mean_attendance_wins[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['mean_attendance_wins', f2(num(d[d.Result.str.startswith('W')].Attendance).mean())]])

F = W + '203-csv/194.csv'
d = load(F)
party, n = only_mode(d.Party.value_counts())
q(F, 'What party held the office most often, and how many times?',
  '{\nCount the rows of each "Party" and report the party with the most rows and its count.\n}',
  '{\n@top_party[party]\n@top_party_terms[n]\nwhere "party" is written as in "Party" and "n" is an integer.\n}',
  [['top_party', party], ['top_party_terms', str(n)]])

for item in Q:
    print(json.dumps(item))
