# Batch 60 (held out): DABench-form questions over corpus tables batches 41-58 used least (a squash event's
# all-time champions, a year of one country's weekend box office, a beauty pageant's contestants, a test ground's
# centuries, a motor race's classification, a film's award nominations, a loan book, a city's hotel listings).
# The questions set their rows and groups the ways people say them: who or what holds the most of an amount, in one
# row or summed over a label's rows; a group said by a plural ("the hostels", "condos") or by a "non-" or "un-" form
# of a label ("non-drawn matches", "non-winning nominations", "unmarried applicants", "non-self-employed"); a
# condition said only in the question while the constraints name the statistic alone; two groups compared in one
# slot. Slot names say what is measured.
# Cells are read as text as written and turned into numbers where a figure is asked. Written before the engine ran
# on it. Answers are computed with pandas and checked by reading the rows; every most-often or largest answer is
# checked to have no tie.
# Run from anywhere with a Python that has pandas: python3 bench/data/dabench-own-batch60.py prints the lines.
import json

from dabench_own_common import W, f2, f3, load, num, only_mode, read_dabench, recorder

Q = []
q = recorder(60, Q)
T = 'tables/dabench/tables/'


def only_max(values, labels):
    """The label of the one largest value and that value; asserts there is no tie."""
    top = values.max()
    assert (values == top).sum() == 1
    return labels[values.idxmax()], top


F = W + '203-csv/86.csv'
d = load(F)
titles = num(d['No. of Titles'])
champ, most = only_max(titles, d['Player Name'])
q(F, 'Who has won the most titles, and how many has he won?',
  '{\nReport the "Player Name" of the row with the largest "No. of Titles" and that number.\n}',
  '{\n@top_champion[name]\n@champion_titles[n]\nwhere "name" is written as in "Player Name" and "n" is an integer.\n}',
  [['top_champion', champ], ['champion_titles', str(int(most))]])

q(F, 'Among the players who were never a runner-up, what is the average number of titles?',
  '{\nTake the mean of "No. of Titles".\nRound to two decimal places.\n}',
  '{\n@mean_titles[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['mean_titles', f2(titles[num(d['Runner-up']) == 0].mean())]])

F = W + '204-csv/377.csv'
d = load(F)
takings = num(d['Box Office'].str.replace('£', '', regex=False))
film, top = only_max(takings, d.Film)
q(F, 'What film took the most money in a single weekend, and how much did it take?',
  '{\nReport the "Film" of the row with the largest "Box Office" and that amount.\n}',
  '{\n@top_weekend_film[name]\n@top_weekend_takings[amount]\nwhere "name" is written as in "Film" and "amount" is an integer.\n}',
  [['top_weekend_film', film], ['top_weekend_takings', str(int(top))]])

q(F, "What were Titanic's total takings over the weekends it was number one?",
  '{\nSum "Box Office".\n}',
  '{\n@total_takings[total]\nwhere "total" is an integer.\n}',
  [['total_takings', str(int(takings[d.Film == 'Titanic'].sum()))]])

F = W + '203-csv/849.csv'
d = load(F)
height = num(d.Height)
tallest, _ = only_max(height, d.Contestant)
q(F, 'Who was the tallest contestant, and what is her hometown?',
  '{\nReport the "Contestant" and the "Hometown" of the row with the largest "Height".\n}',
  '{\n@tallest_contestant[name]\n@tallest_hometown[town]\nwhere "name" is written as in "Contestant" and "town" as in "Hometown".\n}',
  [['tallest_contestant', tallest], ['tallest_hometown', d.Hometown[height.idxmax()]]])

q(F, 'What is the average height of the contestants whose hometown is Santo Domingo?',
  '{\nTake the mean of "Height".\nRound to three decimal places.\n}',
  '{\n@mean_height[avg]\nwhere "avg" is rounded to three decimal places.\n}',
  [['mean_height', f3(height[d.Hometown == 'Santo Domingo'].mean())]])

F = W + '204-csv/973.csv'
d = load(F)
q(F, 'How many of the centuries were scored in non-drawn matches?',
  '{\nCount the rows whose "Result" is not "Drawn".\n}',
  '{\n@centuries[n]\nwhere "n" is an integer.\n}',
  [['centuries', str(int((d.Result != 'Drawn').sum()))]])

team, n = only_mode(d.Team.value_counts())
q(F, "Which team's batsmen made the most centuries here, and how many?",
  '{\nCount the rows of each "Team" and report the team with the most rows and the count.\n}',
  '{\n@top_team[name]\n@team_centuries[n]\nwhere "name" is written as in "Team" and "n" is an integer.\n}',
  [['top_team', team], ['team_centuries', str(n)]])

F = W + '204-csv/462.csv'
d = load(F)
points = num(d.Points)
by_team = points.groupby(d.Constructor).sum()
team, top = only_max(by_team, by_team.index.to_series())
q(F, 'Which constructor scored the most points, and how many?',
  '{\nSum "Points" for each "Constructor" and report the constructor with the largest sum and that sum.\n}',
  '{\n@top_constructor[name]\n@constructor_points[n]\nwhere "name" is written as in "Constructor" and "n" is an integer.\n}',
  [['top_constructor', team], ['constructor_points', str(int(top))]])

q(F, 'What was the average grid position of the drivers who scored points?',
  '{\nKeep the rows whose "Points" is more than 0 and take the mean of "Grid".\nRound to two decimal places.\n}',
  '{\n@mean_grid[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['mean_grid', f2(num(d.Grid)[points > 0].mean())]])

F = W + '200-csv/11.csv'
d = load(F)
q(F, 'How many non-winning nominations did the film get?',
  '{\nCount the rows whose "Result" is not "Won".\n}',
  '{\n@nominations[n]\nwhere "n" is an integer.\n}',
  [['nominations', str(int((d.Result != 'Won').sum()))]])

F = T + 'test_Y3wMUE5_7gLdaTN.csv'
d = read_dabench('test_Y3wMUE5_7gLdaTN.csv')
q(F, 'What is the mean applicant income of the non-self-employed applicants?',
  '{\nKeep the rows whose "Self_Employed" is "No" and take the mean of "ApplicantIncome".\nRound to two decimal places.\n}',
  '{\n@mean_applicant_income[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['mean_applicant_income', f2(d.ApplicantIncome[d.Self_Employed == 'No'].mean())]])

loan = d.groupby('Married').LoanAmount.mean()
q(F, 'How much larger is the average loan amount of married applicants than that of unmarried applicants?',
  '{\nTake the mean of "LoanAmount" for each "Married" value and subtract the "No" mean from the "Yes" mean.\nRound to two decimal places.\n}',
  '{\n@loan_amount_gap[diff]\nwhere "diff" is rounded to two decimal places.\n}',
  [['loan_amount_gap', f2(loan['Yes'] - loan['No'])]])

F = T + 'hotel_data.csv'
d = read_dabench('hotel_data.csv')
q(F, 'What is the average star rating of the hostels?',
  '{\nKeep the rows whose "hotel_type" is "Hostel" and take the mean of "star_rating", leaving out missing values.\nRound to two decimal places.\n}',
  '{\n@mean_star_rating[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['mean_star_rating', f2(d.star_rating[d.hotel_type == 'Hostel'].mean())]])

q(F, 'How many condos are listed in Brooklyn?',
  '{\nCount the rows whose "hotel_type" is "Condo" and whose "city_name" is "Brooklyn".\n}',
  '{\n@brooklyn_condos[n]\nwhere "n" is an integer.\n}',
  [['brooklyn_condos', str(int(((d.hotel_type == 'Condo') & (d.city_name == 'Brooklyn')).sum()))]])

reviews = d.review_count.groupby(d.city_name).sum()
city, _ = only_max(reviews, reviews.index.to_series())
q(F, 'Which city has the most reviews in total across its listings?',
  '{\nSum "review_count" for each "city_name" and report the city with the largest sum.\n}',
  '{\n@top_review_city[city]\nwhere "city" is written as in "city_name".\n}',
  [['top_review_city', city]])

for item in Q:
    print(json.dumps(item))
