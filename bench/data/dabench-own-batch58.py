# Batch 58 (held out): DABench-form questions over corpus tables batches 41-56 used least (a golf major's final
# leaderboard, a reality show's contestants, a state's presidential polls, a state's ghost towns, a city's budget
# departments, a debate tournament's standings, a year of one stock's daily prices). The questions set their rows
# the ways people say them: a range said with "between ... and ...", in dollars or as plain figures; a group asked
# with "who", "where" or "what" in place of "which"; "only the ..." rows of one label; and the difference of two
# groups' means in one slot. Slot names say what is measured, not how it is bounded.
# Cells are read as text as written and turned into numbers where a figure is asked. Written before the engine ran
# on it. Answers are computed with pandas and checked by reading the rows; every most-often answer is checked to
# have no tie.
# Run from anywhere with a Python that has pandas: python3 bench/data/dabench-own-batch58.py prints the lines.
import json

from dabench_own_common import W, f2, load, num, only_mode, read_dabench, recorder

Q = []
q = recorder(58, Q)
T = 'tables/dabench/tables/'

F = W + '204-csv/900.csv'
d = load(F)
money = num(d['Money ($)'].str.replace('$', '', regex=False))
top = d.Player[money.idxmax()]
assert (money == money.max()).sum() == 1
q(F, 'Who took home the most prize money, and how much was it?',
  '{\nReport the "Player" of the row with the largest "Money ($)" and that amount.\n}',
  '{\n@top_earner[name]\n@top_prize[amount]\nwhere "name" is written as in "Player" and "amount" is an integer.\n}',
  [['top_earner', top], ['top_prize', str(int(money.max()))]])

q(F, 'How many players won between $50,000 and $150,000?',
  '{\nCount the rows whose "Money ($)" is from 50,000 to 150,000, both included.\n}',
  '{\n@mid_prize_players[n]\nwhere "n" is an integer.\n}',
  [['mid_prize_players', str(int(((money >= 50000) & (money <= 150000)).sum()))]])

q(F, 'Looking only at the players from the United States, what was their average prize money?',
  '{\nKeep the rows whose "Country" is "United States" and take the mean of "Money ($)".\nRound to two decimal places.\n}',
  '{\n@us_mean_prize[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['us_mean_prize', f2(money[d.Country == 'United States'].mean())]])

F = W + '204-csv/999.csv'
d = load(F)
votes = num(d['Total Votes'])
by_tribe = votes.groupby(d['Original Tribe']).mean()
q(F, "How many more votes on average did contestants from the Ga 'dang original tribe get than those from Manobo?",
  '{\nTake the mean of "Total Votes" for each "Original Tribe" and subtract the Manobo mean from the Ga \'dang mean.\nRound to two decimal places.\n}',
  '{\n@tribe_vote_gap[diff]\nwhere "diff" is rounded to two decimal places.\n}',
  [['tribe_vote_gap', f2(by_tribe["Ga 'dang"] - by_tribe['Manobo'])]])

q(F, 'only the contestants in the Diwata merged tribe: mean total votes?',
  '{\nKeep the rows whose "Merged Tribe" is "Diwata" and take the mean of "Total Votes".\nRound to two decimal places.\n}',
  '{\n@merged_mean_votes[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['merged_mean_votes', f2(votes[d['Merged Tribe'] == 'Diwata'].mean())]])

F = W + '203-csv/662.csv'
d = load(F)
rival, n = only_mode(d.Republican.value_counts())
q(F, 'Who was the Republican named in the most polls, and in how many?',
  '{\nCount the rows of each "Republican" and report the name with the most rows and the count.\n}',
  '{\n@top_republican[name]\n@republican_polls[n]\nwhere "name" is written as in "Republican" and "n" is an integer.\n}',
  [['top_republican', rival], ['republican_polls', str(n)]])

moe = num(d['Margin of Error'])
q(F, 'What was the mean sample size of the polls whose margin of error was between 4.3 and 4.5?',
  '{\nKeep the rows whose "Margin of Error" is a number from 4.3 to 4.5, both included, and take the mean of "Sample Size".\nRound to two decimal places.\n}',
  '{\n@mean_sample_size[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['mean_sample_size', f2(num(d['Sample Size'])[(moe >= 4.3) & (moe <= 4.5)].mean())]])

F = W + '204-csv/69.csv'
d = load(F)
county, n = only_mode(d.County.value_counts())
q(F, 'Where were the most of these towns? Give the county and how many towns it had.',
  '{\nCount the rows of each "County" and report the county with the most rows and the count.\n}',
  '{\n@top_county[name]\n@county_towns[n]\nwhere "name" is written as in "County" and "n" is an integer.\n}',
  [['top_county', county], ['county_towns', str(n)]])

F = T + 'city_departments_in_current_budget.csv'
d = read_dabench('city_departments_in_current_budget.csv')
group, n = only_mode(d.dept_group.value_counts())
q(F, 'What department group has the most departments, and how many are in it?',
  '{\nCount the rows of each "dept_group" and report the group with the most rows and the count.\n}',
  '{\n@largest_dept_group[name]\n@group_departments[n]\nwhere "name" is written as in "dept_group" and "n" is an integer.\n}',
  [['largest_dept_group', group], ['group_departments', str(n)]])

q(F, 'How many departments have a coa_dept_id between 20 and 50?',
  '{\nCount the rows whose "coa_dept_id" is from 20 to 50, both included.\n}',
  '{\n@departments_in_range[n]\nwhere "n" is an integer.\n}',
  [['departments_in_range', str(int(d.coa_dept_id.between(20, 50).sum()))]])

F = T + 'Current_Logan.csv'
d = read_dabench('Current_Logan.csv', header=1)
school, n = only_mode(d.School.value_counts())
q(F, 'What school entered the most teams, and how many did it enter?',
  '{\nThe first line is a title; the column names are on the second line.\nCount the rows of each "School" and report the school with the most rows and the count.\n}',
  '{\n@top_school[name]\n@school_teams[n]\nwhere "name" is written as in "School" and "n" is an integer.\n}',
  [['top_school', school], ['school_teams', str(n)]])

wins = d.groupby('School').Wins.mean()
q(F, 'By how much did the mean wins of the James Logan teams exceed that of the Leland teams?',
  '{\nThe first line is a title; the column names are on the second line.\nTake the mean of "Wins" for each "School" and subtract the Leland mean from the James Logan mean.\nRound to two decimal places.\n}',
  '{\n@logan_leland_gap[diff]\nwhere "diff" is rounded to two decimal places.\n}',
  [['logan_leland_gap', f2(wins['James Logan'] - wins['Leland'])]])

q(F, "Only the Gunn Sr teams: what's their average number of wins?",
  '{\nThe first line is a title; the column names are on the second line.\nKeep the rows whose "School" is "Gunn Sr" and take the mean of "Wins".\nRound to two decimal places.\n}',
  '{\n@gunn_mean_wins[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['gunn_mean_wins', f2(wins['Gunn Sr'])]])

F = T + 'microsoft.csv'
d = read_dabench('microsoft.csv')
mid = d[(d.Close >= 70) & (d.Close <= 80)]
q(F, 'What was the average trading volume on the days the stock closed between 70 and 80?',
  '{\nKeep the rows whose "Close" is from 70 to 80, both included, and take the mean of "Volume".\nRound to two decimal places.\n}',
  '{\n@mid_close_volume[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['mid_close_volume', f2(mid.Volume.mean())]])

for item in Q:
    print(json.dumps(item))
