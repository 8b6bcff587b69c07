# Batch 56 (held out): DABench-form questions over the corpus tables batches 41-55 used least (a debate
# tournament's standings, an airport's yearly traffic, an NFL season's games, a 100 m heats sheet, a stakes race's
# winners, a state's lieutenant governors, an NHL draft round). About half of the questions set a bound said in
# words, in the question or in the constraints, the way different users say one: "or more", "no more than",
# "over", "under", "between ... and ...", "at least", "faster than", "after", "up to". The others are plain
# counts, means and most-often questions over the same tables.
# Cells are read as text as written and turned into numbers where a figure is asked. Written before the engine ran
# on it. Answers are computed with pandas and checked by reading the rows; every most-often answer is checked to
# have no tie.
# Run from anywhere with a Python that has pandas: python3 bench/data/dabench-own-batch56.py prints the lines.
import json

import pandas as pd

from dabench_own_common import C, W, f2, load, only_mode, recorder

Q = []
q = recorder(56, Q)
T = 'tables/dabench/tables/'


def num(col):
    bare = col.str.replace(',', '', regex=False).str.replace(' ', '', regex=False).str.replace('$', '', regex=False)
    return pd.to_numeric(bare, errors='coerce')


F = 'Current_Logan.csv'
logan = pd.read_csv(C + T + F, header=1)
q(T + F, 'How many teams won 4 rounds or more?',
  '{\nThe first line is a title; the column names are on the second line.\nCount the rows.\n}',
  '{\n@teams_four_plus[n]\nwhere "n" is an integer.\n}',
  [['teams_four_plus', str(int((logan.Wins >= 4).sum()))]])

q(T + F, 'For the teams that won no more than 2 rounds, what is their average number of wins?',
  '{\nThe first line is a title; the column names are on the second line.\nTake the mean of "Wins".\nRound to two decimal places.\n}',
  '{\n@low_mean_wins[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['low_mean_wins', f2(logan[logan.Wins <= 2].Wins.mean())]])

F = W + '203-csv/111.csv'
d = load(F)
total = num(d['Total passengers'])
q(F, 'In how many years did the airport see over 2,000,000 total passengers?',
  '{\nCount the rows.\n}',
  '{\n@busy_years[n]\nwhere "n" is an integer.\n}',
  [['busy_years', str(int((total > 2000000).sum()))]])

year = num(d.Year)
span = d[(year >= 2005) & (year <= 2010)]
q(F, 'What was the mean cargo in tonnes between 2005 and 2010?',
  '{\nKeep the years from 2005 to 2010, both included, and take the mean of "Cargo (tonnes)".\nRound to two decimal places.\n}',
  '{\n@mean_cargo[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['mean_cargo', f2(num(span['Cargo (tonnes)']).mean())]])

q(F, 'What was the largest number of aircraft landings in a year?',
  '{\nTake the maximum of "Aircraft Landings".\n}',
  '{\n@max_landings[n]\nwhere "n" is an integer.\n}',
  [['max_landings', str(int(num(d['Aircraft Landings']).max()))]])

F = W + '203-csv/361.csv'
d = load(F)
att = num(d.Attendance)
q(F, 'how many games drew a crowd under 45,000?',
  '{\nCount the rows.\n}',
  '{\n@small_crowds[n]\nwhere "n" is an integer.\n}',
  [['small_crowds', str(int((att < 45000).sum()))]])

q(F, 'What was the average attendance over the first half of the season?',
  '{\nKeep the rows whose "Week" is at most 8 and take the mean of "Attendance".\nRound to two decimal places.\n}',
  '{\n@first_half_attendance[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['first_half_attendance', f2(att[num(d.Week) <= 8].mean())]])

F = W + '204-csv/259.csv'
d = load(F)
t = num(d.Time)
q(F, 'How many sprinters ran faster than 10.70?',
  '{\nCount the rows whose "Time" is a number below 10.70.\n}',
  '{\n@fast_sprinters[n]\nwhere "n" is an integer.\n}',
  [['fast_sprinters', str(int((t < 10.70).sum()))]])

q(F, 'What was the mean time in heat 2?',
  '{\nTake the mean of "Time" over the rows where it is a number.\nRound to two decimal places.\n}',
  '{\n@heat_two_mean[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['heat_two_mean', f2(t[d.Heat == '2'].mean())]])

F = W + '204-csv/825.csv'
d = load(F)
purse = num(d['Win $'])
q(F, 'How many winners took home at least $150,000?',
  '{\nCount the rows whose "Win $" is a number.\n}',
  '{\n@rich_wins[n]\nwhere "n" is an integer.\n}',
  [['rich_wins', str(int((purse >= 150000).sum()))]])

trainer, n = only_mode(d.Trainer.value_counts())
q(F, 'Which trainer won this race the most times, and how many times?',
  '{\nCount the rows of each "Trainer" and report the trainer with the most rows and the count.\n}',
  '{\n@top_trainer[name]\n@top_trainer_wins[n]\nwhere "name" is written as in "Trainer" and "n" is an integer.\n}',
  [['top_trainer', trainer], ['top_trainer_wins', str(n)]])

F = W + '203-csv/194.csv'
d = load(F)
q(F, 'How many of the lieutenant governors were Republicans?',
  '{\nCount the rows whose "Party" is "Republican".\n}',
  '{\n@republicans[n]\nwhere "n" is an integer.\n}',
  [['republicans', str(int((d.Party == 'Republican').sum()))]])

F = W + '203-csv/566.csv'
d = load(F)
pick = num(d['Pick #'])
q(F, 'How many players were taken after pick 160?',
  '{\nCount the rows whose "Pick #" is more than 160.\n}',
  '{\n@late_picks[n]\nwhere "n" is an integer.\n}',
  [['late_picks', str(int((pick > 160).sum()))]])

for item in Q:
    print(json.dumps(item))
