# Batch 38 (held out): feature engineering and data preparation in the DABench form, over DABench tables the
# tuning half's questions read and one other corpus table. Each question states its preparation steps the
# way DABench's writers state them: a new column from arithmetic over others and then a statistic of it;
# binning into stated groups (pd.cut edges, quantiles) and then counts or means per bin; missing values filled
# with the mean, median or mode as stated, or rows with missing values dropped; duplicates removed; min-max or
# z-score scaling; a log transform; the year, month or day of the week taken from a date column and grouped by;
# label and one-hot encoding counts; several steps chained in one question. They were written from the files
# before the engine ran on them (the check half's questions were not read); answers are computed with pandas
# and numpy (pandas' own reading of the CSV, blanks as missing) and checked by reading the rows.
# Run from anywhere: python3 bench/data/dabench-own-batch38.py prints the batch's JSON lines.
import json

import numpy as np
import pandas as pd

from dabench_own_common import C, W, f2, recorder

Q = []
q = recorder(38, Q)
T = 'tables/dabench/tables/'


def read(name):
    return pd.read_csv(C + T + name)


def f4(x): return f'{x:.4f}'


def top(series):
    """The label of the largest entry of a grouped figure; a tie has no single answer."""
    s = series.sort_values(ascending=False)
    assert len(s) < 2 or s.iloc[0] > s.iloc[1], s.head(3)
    return s.index[0], s.iloc[0]


F = 'titanic.csv'
d = read(F)
age = d.Age.fillna(d.Age.median())
q(T + F, 'Fill the missing values of the Age column with the median age, then report the mean and the standard deviation of Age.',
  'Replace each missing Age with the median of the ages that are present. Use the sample standard deviation. Round both to two decimal places.',
  '@mean_age_filled[mean], @std_age_filled[std] where "mean" and "std" are numbers rounded to two decimal places.',
  [['mean_age_filled', f2(age.mean())], ['std_age_filled', f2(age.std())]])
a = d.dropna(subset=['Age'])
groups = pd.cut(a.Age, bins=[0, 12, 18, 60, 100], labels=['Child', 'Teen', 'Adult', 'Senior'])
counts = groups.value_counts()
q(T + F, 'Bin the passengers into age groups and count the passengers in each group.',
  'Drop rows with a missing Age. Use the bins (0, 12], (12, 18], (18, 60] and (60, 100], labelled Child, Teen, Adult and Senior. Count the passengers in each group.',
  '@child_count[count], @teen_count[count], @adult_count[count], @senior_count[count] where "count" is an integer.',
  [['child_count', str(int(counts['Child']))], ['teen_count', str(int(counts['Teen']))], ['adult_count', str(int(counts['Adult']))], ['senior_count', str(int(counts['Senior']))]])
rate = a.groupby(groups, observed=True).Survived.mean()
q(T + F, 'Create an age group feature and find the survival rate of children and of seniors.',
  'Drop rows with a missing Age. Age groups are made with pd.cut using the edges [0, 12, 18, 60, 100] and the labels Child, Teen, Adult, Senior. The survival rate is the mean of Survived within the group. Round to two decimal places.',
  '@child_survival_rate[rate], @senior_survival_rate[rate] where "rate" is a number between 0 and 1 rounded to two decimal places.',
  [['child_survival_rate', f2(rate['Child'])], ['senior_survival_rate', f2(rate['Senior'])]])
emb = d.Embarked.fillna(d.Embarked.mode()[0])
q(T + F, 'Handle the missing values in the Embarked column by imputing the mode, then count the passengers who embarked at each port.',
  'Fill missing Embarked values with the most frequent port. Then count the rows for each value of Embarked.',
  '@count_S[count], @count_C[count], @count_Q[count] where "count" is an integer.',
  [['count_S', str(int((emb == 'S').sum()))], ['count_C', str(int((emb == 'C').sum()))], ['count_Q', str(int((emb == 'Q').sum()))]])
fpp = d.Fare / (d.SibSp + d.Parch + 1)
q(T + F, 'Create a new feature "FarePerPerson" by dividing the Fare by the family size, where the family size is SibSp + Parch + 1. What are the mean and the maximum of FarePerPerson?',
  'FarePerPerson = Fare / (SibSp + Parch + 1). Round both values to two decimal places.',
  '@mean_fare_per_person[mean], @max_fare_per_person[max] where "mean" and "max" are rounded to two decimal places.',
  [['mean_fare_per_person', f2(fpp.mean())], ['max_fare_per_person', f2(fpp.max())]])
lf = np.log1p(d.Fare)
q(T + F, 'Apply a log transformation to the Fare column to reduce its skewness. What are the mean and the standard deviation of the transformed fares?',
  'Use the natural logarithm of (Fare + 1), numpy\'s log1p. Use the sample standard deviation. Round to four decimal places.',
  '@mean_log_fare[mean], @std_log_fare[std] where "mean" and "std" are rounded to four decimal places.',
  [['mean_log_fare', f4(lf.mean())], ['std_log_fare', f4(lf.std())]])
dd = d.drop_duplicates(subset=['Ticket'], keep='first')
q(T + F, 'Remove duplicate tickets from the dataset, keeping the first passenger of each ticket. How many rows remain, and what is the mean fare of the remaining rows?',
  'Two rows are duplicates when their Ticket values are equal; keep the first occurrence. Round the mean fare to two decimal places.',
  '@rows_remaining[count], @mean_fare_unique[mean] where "count" is an integer and "mean" is rounded to two decimal places.',
  [['rows_remaining', str(len(dd))], ['mean_fare_unique', f2(dd.Fare.mean())]])
sex = d.Sex.map({'male': 1, 'female': 0})
z = (d.Fare - d.Fare.mean()) / d.Fare.std()
q(T + F, 'Preprocess the data: encode Sex with label encoding and standardize Fare with the z-score. Report the count of each Sex label and how many passengers have a standardized fare above 2.',
  'Label encoding codes "male" as 1 and "female" as 0. The z-score is (Fare - mean) / standard deviation, with the sample standard deviation.',
  '@label_1_count[count], @label_0_count[count], @high_fare_count[count] where "count" is an integer.',
  [['label_1_count', str(int((sex == 1).sum()))], ['label_0_count', str(int((sex == 0).sum()))], ['high_fare_count', str(int((z > 2).sum()))]])

F = 'hotel_data.csv'
d = read(F)
kept = d.dropna(subset=['star_rating'])
q(T + F, 'Drop the hotels that have no star rating. How many hotels remain, and what is their mean review count?',
  'Remove the rows where star_rating is missing. Round the mean to two decimal places.',
  '@hotels_remaining[count], @mean_review_count[mean] where "count" is an integer and "mean" is rounded to two decimal places.',
  [['hotels_remaining', str(len(kept))], ['mean_review_count', f2(kept.review_count.mean())]])
bs = d.bubble_score.fillna(d.bubble_score.mean())
q(T + F, 'Impute the missing bubble scores with the mean bubble score. What are the median and the standard deviation of bubble_score after imputation?',
  'Fill each missing bubble_score with the mean of the present values. Use the sample standard deviation. Round both to two decimal places.',
  '@median_bubble_score[median], @std_bubble_score[std] where both are rounded to two decimal places.',
  [['median_bubble_score', f2(bs.median())], ['std_bubble_score', f2(bs.std())]])
quart = pd.qcut(d.review_count, 4, labels=['Q1', 'Q2', 'Q3', 'Q4'])
m = d.groupby(quart, observed=True).bubble_score.mean()
q(T + F, 'Divide the hotels into four quartile bins of review_count and compute the mean bubble score of the lowest and the highest bin.',
  'Use pd.qcut on review_count with 4 quantile bins. Ignore missing bubble scores. Round to two decimal places.',
  '@mean_bubble_lowest_quartile[mean], @mean_bubble_highest_quartile[mean] where "mean" is rounded to two decimal places.',
  [['mean_bubble_lowest_quartile', f2(m['Q1'])], ['mean_bubble_highest_quartile', f2(m['Q4'])]])

F = 'test_Y3wMUE5_7gLdaTN.csv'
d = read(F)
total = d.ApplicantIncome + d.CoapplicantIncome
q(T + F, 'Create a new feature TotalIncome as the sum of ApplicantIncome and CoapplicantIncome. What are the mean and the median of TotalIncome?',
  'TotalIncome = ApplicantIncome + CoapplicantIncome. Round both to two decimal places.',
  '@mean_total_income[mean], @median_total_income[median] where both are rounded to two decimal places.',
  [['mean_total_income', f2(total.mean())], ['median_total_income', f2(total.median())]])
loan = d.LoanAmount.fillna(d.LoanAmount.median())
credit = d.Credit_History.fillna(d.Credit_History.mode()[0])
q(T + F, 'Fill the missing LoanAmount values with the median and the missing Credit_History values with the mode. Report the mean LoanAmount and the number of applicants with a Credit_History of 1 afterwards.',
  'Impute LoanAmount with its median and Credit_History with its most frequent value. Round the mean to two decimal places.',
  '@mean_loan_amount[mean], @credit_history_1_count[count] where "mean" is rounded to two decimal places and "count" is an integer.',
  [['mean_loan_amount', f2(loan.mean())], ['credit_history_1_count', str(int((credit == 1).sum()))]])
clean = d.dropna()
q(T + F, 'Drop every row that has a missing value in any column. How many rows remain, and what is the mean ApplicantIncome of the remaining rows?',
  'Remove rows with at least one missing value. Round the mean to two decimal places.',
  '@rows_after_dropna[count], @mean_applicant_income[mean] where "count" is an integer and "mean" is rounded to two decimal places.',
  [['rows_after_dropna', str(len(clean))], ['mean_applicant_income', f2(clean.ApplicantIncome.mean())]])
one_hot = pd.get_dummies(d.Property_Area, prefix='Property_Area')
q(T + F, 'Apply one-hot encoding to the Property_Area column. How many new columns are created, and how many rows have a 1 in the Semiurban column?',
  'Use pd.get_dummies on Property_Area.',
  '@new_columns[count], @semiurban_count[count] where "count" is an integer.',
  [['new_columns', str(one_hot.shape[1])], ['semiurban_count', str(int(one_hot['Property_Area_Semiurban'].sum()))]])
ll = np.log(d.LoanAmount.dropna())
q(T + F, 'Apply a natural log transformation to LoanAmount. What are the mean and the median of the log-transformed values?',
  'Drop missing LoanAmount values first and use the natural logarithm. Round to four decimal places.',
  '@mean_log_loan[mean], @median_log_loan[median] where both are rounded to four decimal places.',
  [['mean_log_loan', f4(ll.mean())], ['median_log_loan', f4(ll.median())]])

F = 'microsoft.csv'
d = read(F)
dates = pd.to_datetime(d.Date, format='%d-%b-%y')
month, mean = top(d.groupby(dates.dt.month).Close.mean())
q(T + F, 'Extract the month from the Date column and find the month with the highest average closing price. What is that average?',
  'Convert Date to a datetime and take its month number (1 to 12). Group by month and average Close. Round to two decimal places.',
  '@best_month[month], @avg_close_best_month[price] where "month" is an integer from 1 to 12 and "price" is rounded to two decimal places.',
  [['best_month', str(int(month))], ['avg_close_best_month', f2(mean)]])
dow, vol = top(d.groupby(dates.dt.day_name()).Volume.mean())
q(T + F, 'Create a day-of-week feature from the Date column. Which day of the week has the highest average trading volume, and what is that average?',
  'Convert Date to a datetime and take the name of the day of the week. Group by it and average Volume. Round to two decimal places.',
  '@busiest_weekday[day], @avg_volume[volume] where "day" is the name of a weekday and "volume" is rounded to two decimal places.',
  [['busiest_weekday', dow], ['avg_volume', f2(vol)]])

F = 'YAHOO-BTC_USD_D.csv'
d = read(F).dropna()
spread = (d.High - d.Low) / d.Open * 100
q(T + F, 'Create a feature for the daily price range as a percentage of the opening price. What are its mean and its maximum?',
  'Drop rows with missing values. The feature is (High - Low) / Open * 100. Round to two decimal places.',
  '@mean_range_pct[mean], @max_range_pct[max] where both are rounded to two decimal places.',
  [['mean_range_pct', f2(spread.mean())], ['max_range_pct', f2(spread.max())]])
mm = (d.Close - d.Close.min()) / (d.Close.max() - d.Close.min())
q(T + F, 'Normalize the Close column with min-max scaling. What is the mean of the scaled values, and how many days have a scaled value above 0.5?',
  'Drop rows with missing values. Scaled = (Close - min) / (max - min). Round the mean to four decimal places.',
  '@mean_scaled_close[mean], @days_above_half[count] where "mean" is rounded to four decimal places and "count" is an integer.',
  [['mean_scaled_close', f4(mm.mean())], ['days_above_half', str(int((mm > 0.5).sum()))]])

F = 'baseball_data.csv'
d = read(F)
bins = pd.cut(d.batting_average, bins=[0, 0.25, 0.3, 1], labels=['low', 'medium', 'high'])
m = d.groupby(bins, observed=True).salary_in_thousands_of_dollars.mean()
c = bins.value_counts()
q(T + F, 'Categorize the players by batting average into low, medium and high, then compute the average salary of each category.',
  'Use pd.cut on batting_average with the edges [0, 0.25, 0.3, 1] and the labels low, medium, high. Ignore players whose batting average is missing. Round the salaries to two decimal places.',
  '@avg_salary_low[salary], @avg_salary_medium[salary], @avg_salary_high[salary] where "salary" is rounded to two decimal places.',
  [['avg_salary_low', f2(m['low'])], ['avg_salary_medium', f2(m['medium'])], ['avg_salary_high', f2(m['high'])]])
per = d.number_of_hits / d.number_of_runs
q(T + F, 'Create a new feature hits_per_run as the number of hits divided by the number of runs, ignoring players with zero runs. What is its mean?',
  'hits_per_run = number_of_hits / number_of_runs. Leave out rows where number_of_runs is 0. Round to two decimal places.',
  '@mean_hits_per_run[mean] where "mean" is rounded to two decimal places.',
  [['mean_hits_per_run', f2(per[d.number_of_runs > 0].mean())]])

F = 'percent-bachelors-degrees-women-usa.csv'
d = read(F)
dec = (d.Year // 10) * 10
m = d.groupby(dec).Engineering.mean()
q(T + F, 'Create a decade feature from the Year column and calculate the mean percentage of engineering degrees awarded to women in each decade. What are the means of the 1980s and of the 2000s?',
  'The decade is Year // 10 * 10. Group by decade and average the Engineering column. Round to two decimal places.',
  '@mean_engineering_1980s[mean], @mean_engineering_2000s[mean] where "mean" is rounded to two decimal places.',
  [['mean_engineering_1980s', f2(m[1980])], ['mean_engineering_2000s', f2(m[2000])]])

F = 'arrest_expungibility.csv'
d = read(F)
cnt = d.Count.fillna(d.Count.median())
q(T + F, 'Fill the missing values of the Count column with its median, then compute the total of Count and the mean of Count.',
  'Impute missing Count values with the median of Count. Round the mean to two decimal places; give the total as a number rounded to two decimal places.',
  '@total_count[total], @mean_count[mean] where both are rounded to two decimal places.',
  [['total_count', f2(cnt.sum())], ['mean_count', f2(cnt.mean())]])

F = W + '204-csv/908.csv'
d = pd.read_csv(C + F)
att = d.Attendance.str.replace(',', '').astype(float)
m = att.groupby(d['H/A']).mean()
q(F, 'Convert the Attendance column to numbers and compare the mean attendance of home matches with that of away matches.',
  'Remove the thousands separators from Attendance before converting it. Home matches have H/A equal to "H", away matches "A". Round to two decimal places.',
  '@mean_home_attendance[mean], @mean_away_attendance[mean] where "mean" is rounded to two decimal places.',
  [['mean_home_attendance', f2(m['H'])], ['mean_away_attendance', f2(m['A'])]])
goals = d.Score.str.split('\u2013').str[0].astype(int)
q(F, 'Create a new column with the goals Aberdeen scored, taken as the number before the dash in the Score column. What is the total and the mean of that column?',
  'The goals scored are the first number of Score ("3\u20131" gives 3). Round the mean to two decimal places.',
  '@total_goals[total], @mean_goals[mean] where "total" is an integer and "mean" is rounded to two decimal places.',
  [['total_goals', str(int(goals.sum()))], ['mean_goals', f2(goals.mean())]])

for item in Q:
    print(json.dumps(item))
