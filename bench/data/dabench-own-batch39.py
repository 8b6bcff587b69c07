# Batch 39 (held out): a second, smaller batch of feature-engineering and data-preparation questions in the
# DABench form, written after the feature-steps round's rules (from batch 38) and run once on them, never read
# while those rules were written: filled values, an indicator feature, labelled equal-width bins, a ratio of two
# columns with rows dropped, label-encoding counts, a year taken from dates, z-score and min-max scaling, a
# difference column, quantile bins, and counts in two compared decades. Tables: DABench tables the tuning half's
# questions read and one WikiTableQuestions table. Answers are computed with pandas (blanks as missing) and
# checked by reading the rows.
# Run from anywhere: python3 bench/data/dabench-own-batch39.py prints the batch's JSON lines.
import json

import pandas as pd

from dabench_own_common import C, W, f2, recorder

Q = []
q = recorder(39, Q)
T = 'tables/dabench/tables/'


def read(name):
    return pd.read_csv(C + T + name)


def f4(x): return f'{x:.4f}'


F = 'titanic.csv'
d = read(F)
age = d.Age.fillna(d.Age.mean())
q(T + F, 'Impute the missing ages with the mean age. What is the median Age after imputation?',
  'Replace missing Age values with the mean of the known ages. Round to two decimal places.',
  '@median_age_imputed[median] where "median" is rounded to two decimal places.',
  [['median_age_imputed', f2(age.median())]])
alone = ((d.SibSp + d.Parch) == 0).astype(int)
q(T + F, 'Create a binary feature IsAlone that is 1 when a passenger has no siblings, spouses, parents or children aboard and 0 otherwise. How many passengers are alone, and what is the survival rate of those who are alone?',
  'IsAlone is 1 if SibSp + Parch equals 0, else 0. The survival rate is the mean of Survived. Round the rate to two decimal places.',
  '@alone_count[count], @alone_survival_rate[rate] where "count" is an integer and "rate" is rounded to two decimal places.',
  [['alone_count', str(int(alone.sum()))], ['alone_survival_rate', f2(d.Survived[alone == 1].mean())]])
bins = pd.cut(d.Fare, 3, labels=['low', 'medium', 'high'])
c = bins.value_counts()
q(T + F, 'Discretize the Fare column into three equal-width bins labelled low, medium and high. How many passengers fall into each bin?',
  'Use pd.cut with 3 bins of equal width.',
  '@low_count[count], @medium_count[count], @high_count[count] where "count" is an integer.',
  [['low_count', str(int(c['low']))], ['medium_count', str(int(c['medium']))], ['high_count', str(int(c['high']))]])

F = 'hotel_data.csv'
d = read(F)
star = d.star_rating.fillna(d.star_rating.median())
q(T + F, 'Fill the missing star ratings with the median star rating. What are the mean and the standard deviation of star_rating afterwards?',
  'Use the median of the known star ratings. Use the sample standard deviation. Round to two decimal places.',
  '@mean_star_rating[mean], @std_star_rating[std] where both are rounded to two decimal places.',
  [['mean_star_rating', f2(star.mean())], ['std_star_rating', f2(star.std())]])

F = 'test_Y3wMUE5_7gLdaTN.csv'
d = read(F)
k = d.dropna(subset=['LoanAmount', 'Loan_Amount_Term'])
per = k.LoanAmount / k.Loan_Amount_Term
q(T + F, 'Create a new feature "AmountPerTerm" by dividing LoanAmount by Loan_Amount_Term. What is the mean of AmountPerTerm?',
  'Drop the rows where LoanAmount or Loan_Amount_Term is missing. Round to four decimal places.',
  '@mean_amount_per_term[mean] where "mean" is rounded to four decimal places.',
  [['mean_amount_per_term', f4(per.mean())]])
edu = d.Education.map({'Graduate': 1, 'Not Graduate': 0})
q(T + F, 'Encode the Education column with label encoding, coding "Graduate" as 1 and "Not Graduate" as 0. How many applicants get each label?',
  'Count the rows with each encoded value.',
  '@label_1_count[count], @label_0_count[count] where "count" is an integer.',
  [['label_1_count', str(int((edu == 1).sum()))], ['label_0_count', str(int((edu == 0).sum()))]])

F = 'microsoft.csv'
d = read(F)
year = pd.to_datetime(d.Date, format='%d-%b-%y').dt.year
q(T + F, 'Extract the year from the Date column. How many trading days fall in 2017, and what is the mean closing price in 2017?',
  'Convert Date to a datetime and take its year. Round the mean to two decimal places.',
  '@days_2017[count], @mean_close_2017[mean] where "count" is an integer and "mean" is rounded to two decimal places.',
  [['days_2017', str(int((year == 2017).sum()))], ['mean_close_2017', f2(d.Close[year == 2017].mean())]])

F = 'YAHOO-BTC_USD_D.csv'
d = read(F).dropna()
z = (d.Volume - d.Volume.mean()) / d.Volume.std()
q(T + F, 'Standardize the Volume column using the z-score. How many days have a standardized volume above 3?',
  'Drop rows with missing values first. Use the sample standard deviation.',
  '@high_volume_days[count] where "count" is an integer.',
  [['high_volume_days', str(int((z > 3).sum()))]])

F = 'baseball_data.csv'
d = read(F)
s = d.salary_in_thousands_of_dollars
mm = (s - s.min()) / (s.max() - s.min())
q(T + F, 'Apply min-max normalization to the salary column. What are the mean and the median of the normalized salaries?',
  'Normalize salary_in_thousands_of_dollars to the range 0 to 1 with min-max scaling. Round to four decimal places.',
  '@mean_normalized_salary[mean], @median_normalized_salary[median] where both are rounded to four decimal places.',
  [['mean_normalized_salary', f4(mm.mean())], ['median_normalized_salary', f4(mm.median())]])

F = 'percent-bachelors-degrees-women-usa.csv'
d = read(F)
gap = d.Business - d['Computer Science']
q(T + F, 'Create a new column Gap as Business minus Computer Science. What are the mean and the maximum of Gap?',
  'Gap = Business - Computer Science for each year. Round to two decimal places.',
  '@mean_gap[mean], @max_gap[max] where both are rounded to two decimal places.',
  [['mean_gap', f2(gap.mean())], ['max_gap', f2(gap.max())]])

F = 'arrest_expungibility.csv'
d = read(F)
q(T + F, 'Compare the number of records from the 1990s with the number from the 2000s.',
  'The Date column holds the year. The 1990s are 1990 to 1999 and the 2000s are 2000 to 2009.',
  '@records_1990s[count], @records_2000s[count] where "count" is an integer.',
  [['records_1990s', str(int(((d.Date >= 1990) & (d.Date <= 1999)).sum()))], ['records_2000s', str(int(((d.Date >= 2000) & (d.Date <= 2009)).sum()))]])

F = W + '204-csv/417.csv'
d = pd.read_csv(C + F)
quart = pd.qcut(d.Points, 4, labels=False)
m = d.groupby(quart).Wins.mean()
q(F, 'Split the riders into quartile bins of Points and find the mean number of Wins in the lowest and in the highest bin.',
  'Use pd.qcut on Points with 4 bins. Round to two decimal places.',
  '@mean_wins_lowest_quartile[mean], @mean_wins_highest_quartile[mean] where "mean" is rounded to two decimal places.',
  [['mean_wins_lowest_quartile', f2(m[0])], ['mean_wins_highest_quartile', f2(m[3])]])

for item in Q:
    print(json.dumps(item))
