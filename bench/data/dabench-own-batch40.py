# Batch 40 (held out): long multi-step feature-engineering and data-preparation questions in DABench's own
# wording — a question that chains two to four steps (drop or fill missing values as stated, a new column by
# arithmetic or a date part, a bin or a scale, then a group statistic, a correlation or a count), constraints in
# braces that restate the steps and sometimes carry one the question leaves out, and formats with several
# slots, some of them one @name[a, b] holding two or three values. The tuning half's feature-engineering and
# preprocessing questions were read only as models of wording; these questions ask about DABench tables and
# columns those questions do not use. Answers are computed with pandas (blanks as missing) and checked by
# reading the rows.
# Run from anywhere: python3 bench/data/dabench-own-batch40.py prints the batch's JSON lines.
import json

import numpy as np
import pandas as pd

from dabench_own_common import C, f2, recorder

Q = []
q = recorder(40, Q)
T = 'tables/dabench/tables/'


def read(name):
    return pd.read_csv(C + T + name)


def f4(x): return f'{x:.4f}'


F = 'titanic.csv'
d = read(F)
k = d.dropna(subset=['Age'])
child = k.Age < 18
q(T + F, '1. Perform data preprocessing by removing the rows where "Age" is missing. Then create a new feature "AgeGroup" that labels each passenger as "Child" or "Adult", and calculate the survival rate of each age group.',
  '{\nRows with a missing "Age" should be dropped.\n"AgeGroup" is "Child" if Age is less than 18, and "Adult" otherwise.\nThe survival rate is the mean of "Survived" within the group, rounded to two decimal places.\n}',
  '{\n@survival_rate[child_rate, adult_rate]\nwhere "child_rate" and "adult_rate" are the survival rates of the "Child" and "Adult" groups, respectively, rounded to two decimal places.\n}',
  [['survival_rate', f'{k.Survived[child].mean():.2f}, {k.Survived[~child].mean():.2f}']])
has_cabin = d.Cabin.notna().astype(int)
q(T + F, 'Create a new binary feature called "HasCabin" from the "Cabin" column, which shows whether a cabin number was recorded for the passenger. Then, find the correlation coefficient between "HasCabin" and "Fare".',
  '"HasCabin" is 1 when "Cabin" is not missing and 0 when it is missing. Calculate the Pearson correlation coefficient between "HasCabin" and "Fare".',
  '@hascabin_count[count]\n@correlation_coefficient[r_value]\nwhere "count" is the number of passengers with "HasCabin" equal to 1, an integer.\nwhere "r_value" is the Pearson correlation coefficient rounded to two decimal places.',
  [['hascabin_count', str(int(has_cabin.sum()))], ['correlation_coefficient', f2(has_cabin.corr(d.Fare))]])
age = d.Age.fillna(d.Age.median())
ag = (age - age.min()) / (age.max() - age.min())
q(T + F, 'Handle the missing values in the "Age" column, then normalize "Age" using Min-Max scaling. What are the mean and the standard deviation of the scaled "Age"?',
  '{\nMissing "Age" values should be imputed with the median of "Age".\nMin-Max scaling uses the minimum and maximum of "Age" after imputation.\nUse the sample standard deviation. Round both values to four decimal places.\n}',
  '{\n@age_after_scaling[mean_age, std_age]\nwhere "mean_age" and "std_age" are the mean and standard deviation of the scaled "Age" column, rounded to four decimal places.\n}',
  [['age_after_scaling', f'{ag.mean():.4f}, {ag.std():.4f}']])

F = 'hotel_data.csv'
d = read(F)
k = d.dropna(subset=['bubble_score'])
z = (k.bubble_score - k.bubble_score.mean()) / k.bubble_score.std()
q(T + F, 'Perform data preprocessing on the "bubble_score" column and standardize it. How many hotels have a standardized bubble score greater than 1, and how many have one less than -1?',
  '{\nDrop the hotels without a "bubble_score".\nStandardize with the z-score: (value - mean) / standard deviation, using the sample standard deviation.\n}',
  '{\n@above_one_count[count]\n@below_minus_one_count[count]\nwhere "count" is an integer.\n}',
  [['above_one_count', str(int((z > 1).sum()))], ['below_minus_one_count', str(int((z < -1).sum()))]])
k = d[d.city_name.isin(['Brooklyn', 'Queens'])].dropna(subset=['bubble_score'])
m = k.groupby('city_name').bubble_score.mean()
q(T + F, '2. Which of the cities Brooklyn and Queens has the higher average bubble score, and what is that average?',
  'Do not include hotels without a bubble score. Calculate the average using the arithmetic mean and round it to two decimal places.',
  '@city_with_higher_bubble_score[city_name]\n@average_bubble_score[mean]\nwhere "city_name" is the name of the city as a string.\nwhere "mean" is rounded to two decimal places.',
  [['city_with_higher_bubble_score', m.idxmax()], ['average_bubble_score', f2(m.max())]])

F = 'test_Y3wMUE5_7gLdaTN.csv'
d = read(F)
total = d.ApplicantIncome + d.CoapplicantIncome
m = total.groupby(d.Property_Area).mean()
q(T + F, 'Using feature engineering, create a new feature "TotalIncome" that combines the applicant income and the coapplicant income. Then calculate the mean "TotalIncome" for each property area.',
  '"TotalIncome" is "ApplicantIncome" + "CoapplicantIncome". Group the applicants by "Property_Area" and calculate the mean of "TotalIncome" for each group, rounded to two decimal places.',
  '@mean_total_income[rural_mean, semiurban_mean, urban_mean]\nwhere "rural_mean", "semiurban_mean" and "urban_mean" are the mean "TotalIncome" of the Rural, Semiurban and Urban areas, respectively, rounded to two decimal places.',
  [['mean_total_income', f'{m["Rural"]:.2f}, {m["Semiurban"]:.2f}, {m["Urban"]:.2f}']])
dep = d.Dependents.fillna(d.Dependents.mode()[0]).replace('3+', '3').astype(int)
q(T + F, 'Perform comprehensive data preprocessing on the "Dependents" column: handle its missing values and convert it to a number. What is the mean number of dependents, and how many applicants have at least two dependents?',
  '{\nMissing "Dependents" values should be filled with the mode of the column.\nThe value "3+" should be replaced with 3 before converting the column to integers.\nRound the mean to two decimal places.\n}',
  '{\n@mean_dependents[mean]\n@two_or_more_count[count]\nwhere "mean" is rounded to two decimal places and "count" is an integer.\n}',
  [['mean_dependents', f2(dep.mean())], ['two_or_more_count', str(int((dep >= 2).sum()))]])

F = 'microsoft.csv'
d = read(F)
rng = (d.High - d.Low) / d.Open * 100
q(T + F, 'Create a new column called "Intraday Range" that measures the spread between the high and the low price of each day relative to the opening price. Calculate the mean and the maximum of the "Intraday Range" column.',
  'Calculate "Intraday Range" as ((High - Low) / Open) * 100. Calculate the mean and the maximum to two decimal places.',
  '@intraday_range_mean[mean], @intraday_range_max[max] where "mean" and "max" are the mean and the maximum of the "Intraday Range" column, respectively, rounded to two decimal places.',
  [['intraday_range_mean', f2(rng.mean())], ['intraday_range_max', f2(rng.max())]])
month = pd.to_datetime(d.Date, format='%d-%b-%y').dt.month
tv = d.Volume.groupby(month).sum()
q(T + F, 'Extract the month from the "Date" column and calculate the total trading volume of each month. Which month has the highest total volume?',
  'Convert "Date" to a datetime and take the month number (1 to 12). Sum "Volume" over all the days of each month number, across years.',
  '@month_highest_volume[month]\n@highest_total_volume[total]\nwhere "month" is the month number as an integer.\nwhere "total" is the total volume of that month as an integer.',
  [['month_highest_volume', str(int(tv.idxmax()))], ['highest_total_volume', str(int(tv.max()))]])

F = 'YAHOO-BTC_USD_D.csv'
d = read(F).dropna()
year = pd.to_datetime(d.Date).dt.year
m = d.Close.groupby(year).mean()
q(T + F, 'Perform data preprocessing by removing the rows with missing values. Then create a feature "Year" from the "Date" column and calculate the mean closing price for the years 2016 and 2017.',
  '{\nDrop every row that has a missing value.\n"Year" is the year of "Date".\nRound the means to two decimal places.\n}',
  '{\n@mean_close_by_year[mean_2016, mean_2017]\nwhere "mean_2016" and "mean_2017" are the mean "Close" of 2016 and of 2017, rounded to two decimal places.\n}',
  [['mean_close_by_year', f'{m[2016]:.2f}, {m[2017]:.2f}']])

F = 'baseball_data.csv'
d = read(F)
xbh = d.number_of_doubles + d.number_of_triples + d.number_of_home_runs
q(T + F, 'Perform feature engineering by creating a new feature called "extra_base_hits", the sum of the doubles, triples and home runs of each player. Then, find the correlation coefficient between "extra_base_hits" and the salary.',
  'Create "extra_base_hits" by adding up "number_of_doubles", "number_of_triples" and "number_of_home_runs", then calculate the Pearson correlation coefficient between "extra_base_hits" and "salary_in_thousands_of_dollars".',
  '@correlation_coefficient[number] where "number" is the Pearson correlation coefficient between "extra_base_hits" and the salary, rounded to two decimal places.',
  [['correlation_coefficient', f2(xbh.corr(d.salary_in_thousands_of_dollars))]])
k = d.dropna(subset=['number_of_walks', 'number_of_strike_outs'])
k = k[k.number_of_strike_outs > 0]
ratio = k.number_of_walks / k.number_of_strike_outs
q(T + F, 'Create a new feature "walk_strikeout_ratio" by dividing the number of walks by the number of strike outs. Calculate the mean and the median of this ratio.',
  '{\nExclude players whose number of walks or number of strike outs is missing, and players with 0 strike outs.\nRound the mean and the median to two decimal places.\n}',
  '{\n@ratio_stats[mean_ratio, median_ratio]\nwhere "mean_ratio" and "median_ratio" are the mean and the median of "walk_strikeout_ratio", rounded to two decimal places.\n}',
  [['ratio_stats', f'{ratio.mean():.2f}, {ratio.median():.2f}']])

F = 'percent-bachelors-degrees-women-usa.csv'
d = read(F)
hum = d[['English', 'Foreign Languages', 'Art and Performance']].sum(axis=1)
k = hum[d.Year < 1990]
q(T + F, 'Create a new feature called "Humanities", the sum of the percentages of graduates in English, Foreign Languages, and Art and Performance. Calculate the mean and the standard deviation of the "Humanities" feature for the years before 1990.',
  'Calculate "Humanities" as English + Foreign Languages + Art and Performance.\nUse only the years before 1990 and the sample standard deviation. Round to two decimal places.',
  '@mean_humanities[mean_value]\n@std_humanities[std_value]\nwhere "mean_value" and "std_value" are rounded to two decimal places.',
  [['mean_humanities', f2(k.mean())], ['std_humanities', f2(k.std())]])

F = 'tr_eikon_eod_data.csv'
d = read(F).dropna(subset=['GLD', 'GDX'])
ratio = d.GDX / d.GLD
q(T + F, 'Using feature engineering, create a new feature that represents the ratio of the gold miners ETF (GDX) to the gold ETF (GLD). Calculate the mean of this ratio and its Pearson correlation with the VIX index (.VIX).',
  'Drop the rows where GDX or GLD is missing. The ratio is GDX / GLD. Round the mean to four decimal places and the correlation coefficient to two decimal places.',
  '@mean_ratio[mean]\n@correlation_coefficient[r_value]\nwhere "mean" is rounded to four decimal places.\nwhere "r_value" is a number between -1 and 1, rounded to two decimal places.',
  [['mean_ratio', f4(ratio.mean())], ['correlation_coefficient', f2(ratio.corr(d['.VIX']))]])

F = 'unemployement_industry.csv'
d = read(F)
change = d['Mar.2020'] - d['Mar.2019']
q(T + F, 'Create a new column "Change" that is the number of unemployed in March 2020 minus the number in March 2019. How many rows have a positive change, and what is the mean change?',
  '"Change" is "Mar.2020" - "Mar.2019". Count the rows whose "Change" is greater than 0. Round the mean to two decimal places.',
  '@positive_change_count[count], @mean_change[mean] where "count" is an integer and "mean" is rounded to two decimal places.',
  [['positive_change_count', str(int((change > 0).sum()))], ['mean_change', f2(change.mean())]])

F = 'arrest_expungibility.csv'
d = read(F)
k = d.dropna(subset=['Count'])
band = pd.cut(k.Age, [0, 12, 17, 20], labels=['child', 'teen', 'young adult'])
tot = k.Count.groupby(band, observed=False).sum()
q(T + F, 'Perform data preprocessing by dropping the rows where "Count" is missing. Then bin "Age" into three age bands and calculate the total "Count" of each band.',
  '{\nUse pd.cut on "Age" with the edges 0, 12, 17 and 20, labelled child, teen and young adult.\nSum "Count" within each band.\n}',
  '{\n@total_count[child_total, teen_total, young_adult_total]\nwhere the three values are the totals of the child, teen and young adult bands, as integers.\n}',
  [['total_count', f'{int(tot["child"])}, {int(tot["teen"])}, {int(tot["young adult"])}']])

if __name__ == '__main__':
    for item in Q:
        print(json.dumps(item))
