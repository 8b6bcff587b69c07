# Batch 37 (held out): DABench-form questions over the DABench tables that the tuning half's questions read
# (a table read only by check-half questions is left out, and the check half's questions were not read). Each
# question asks an operation the tuning half's own questions do not ask of its table, worded the way DABench's
# writers word them: several slots per question, slot names in the writer's own words, constraints that spell
# out the method, the rounding and the filters. They were written from the files before the engine ran on
# them; answers are computed with pandas and scipy (pandas' own reading of the CSV, blanks as missing) and
# checked by reading the rows.
# Run from anywhere: python3 bench/data/dabench-own-batch37.py prints the batch's JSON lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import C, f2, recorder

Q = []
q = recorder(37, Q)
T = 'tables/dabench/tables/'


def read(name):
    return pd.read_csv(C + T + name)


def top(counts):
    """The largest entry of a value_counts() or a grouped figure, and its value; a tie has no single answer."""
    counts = counts.sort_values(ascending=False)
    assert len(counts) < 2 or counts.iloc[0] > counts.iloc[1], counts.head(3)
    return counts.index[0], counts.iloc[0]


def iqr_outliers(s):
    q1, q3 = s.quantile(0.25), s.quantile(0.75)
    return int(((s < q1 - 1.5 * (q3 - q1)) | (s > q3 + 1.5 * (q3 - q1))).sum())


F = 'titanic.csv'
d = read(F)
q(T + F, 'What is the mean fare paid by first-class passengers and by third-class passengers?',
  'Use the Pclass column to pick the class (1 for first class, 3 for third class). Round each mean to two decimal places.',
  '@mean_fare_first[mean_fare], @mean_fare_third[mean_fare] where "mean_fare" is a number rounded to two decimal places.',
  [['mean_fare_first', f2(d.loc[d.Pclass == 1, 'Fare'].mean())], ['mean_fare_third', f2(d.loc[d.Pclass == 3, 'Fare'].mean())]])
q(T + F, 'What is the survival rate of female passengers and of male passengers?',
  'The survival rate is the mean of the Survived column (1 for survived, 0 for not) among the passengers of that sex. Round to two decimal places.',
  '@female_survival_rate[rate], @male_survival_rate[rate] where "rate" is a number between 0 and 1 rounded to two decimal places.',
  [['female_survival_rate', f2(d.loc[d.Sex == 'female', 'Survived'].mean())], ['male_survival_rate', f2(d.loc[d.Sex == 'male', 'Survived'].mean())]])
q(T + F, 'How many passengers have a missing Cabin value, and how many have a missing Age value?',
  'Count the empty cells of each column.',
  '@missing_cabin[count], @missing_age[count] where "count" is an integer.',
  [['missing_cabin', str(int(d.Cabin.isna().sum()))], ['missing_age', str(int(d.Age.isna().sum()))]])
q(T + F, 'What is the maximum age and the mean age of the passengers who did not survive?',
  'Passengers who did not survive have Survived equal to 0. Ignore missing ages. Round the mean to two decimal places.',
  '@max_age_died[age], @mean_age_died[age] where "age" is a number rounded to two decimal places.',
  [['max_age_died', f2(d.loc[d.Survived == 0, 'Age'].max())], ['mean_age_died', f2(d.loc[d.Survived == 0, 'Age'].mean())]])

F = 'hotel_data.csv'
d = read(F)
city, n = top(d.city_name.value_counts())
q(T + F, 'Which city has the most hotels in the dataset, and how many hotels does it have?',
  'Count the rows for each value of city_name.',
  '@top_city[city_name], @hotel_count[count] where "city_name" is a string and "count" is an integer.',
  [['top_city', city], ['hotel_count', str(int(n))]])
r, p = stats.pearsonr(d.dropna(subset=['star_rating', 'bubble_score']).star_rating, d.dropna(subset=['star_rating', 'bubble_score']).bubble_score)
q(T + F, 'Is there a linear relationship between the star rating and the bubble score of the hotels?',
  'Calculate the Pearson correlation coefficient between star_rating and bubble_score, ignoring rows where either is missing. Round the coefficient to two decimal places and the p-value to four.',
  '@correlation_coefficient[r_value], @p_value[p_value] where "r_value" is rounded to two decimal places and "p_value" to four decimal places.',
  [['correlation_coefficient', f2(r)], ['p_value', f'{p:.4f}']])
q(T + F, 'What is the median review count of the hotels whose hotel type is Hostel?',
  'Filter the rows where hotel_type is "Hostel" and take the median of review_count.',
  '@median_reviews_hostel[median] where "median" is a number rounded to two decimal places.',
  [['median_reviews_hostel', f2(d.loc[d.hotel_type == 'Hostel', 'review_count'].median())]])

F = 'baseball_data.csv'
d = read(F)
elig = 'indicator_of_free_agency_eligibility'
q(T + F, 'What is the average salary of players who are eligible for free agency compared with those who are not?',
  f'Eligible players have {elig} equal to 1; the others have 0. Use salary_in_thousands_of_dollars and round to two decimal places.',
  '@avg_salary_eligible[salary], @avg_salary_not_eligible[salary] where "salary" is rounded to two decimal places.',
  [['avg_salary_eligible', f2(d.loc[d[elig] == 1, 'salary_in_thousands_of_dollars'].mean())], ['avg_salary_not_eligible', f2(d.loc[d[elig] == 0, 'salary_in_thousands_of_dollars'].mean())]])
q(T + F, 'How many players have a batting average above 0.300?',
  'Count the players whose batting_average is greater than 0.3.',
  '@players_above_300[count] where "count" is an integer.',
  [['players_above_300', str(int((d.batting_average > 0.3).sum()))]])
q(T + F, 'Identify the outliers in the number of runs using the interquartile range method. How many are there?',
  'An outlier is below Q1 - 1.5*IQR or above Q3 + 1.5*IQR of number_of_runs.',
  '@outlier_count[count] where "count" is an integer.',
  [['outlier_count', str(iqr_outliers(d.number_of_runs))]])

F = 'test_Y3wMUE5_7gLdaTN.csv'
d = read(F)
q(T + F, 'What is the mean loan amount of married applicants and of unmarried applicants?',
  'Use the Married column ("Yes" or "No") and ignore missing LoanAmount values. Round to two decimal places.',
  '@mean_loan_married[amount], @mean_loan_unmarried[amount] where "amount" is rounded to two decimal places.',
  [['mean_loan_married', f2(d.loc[d.Married == 'Yes', 'LoanAmount'].mean())], ['mean_loan_unmarried', f2(d.loc[d.Married == 'No', 'LoanAmount'].mean())]])
area, n = top(d.Property_Area.value_counts())
q(T + F, 'Which property area has the most loan applicants, and how many applicants are from there?',
  'Count the rows for each value of Property_Area.',
  '@most_common_area[area], @applicant_count[count] where "area" is a string and "count" is an integer.',
  [['most_common_area', area], ['applicant_count', str(int(n))]])
q(T + F, 'What is the median applicant income of self-employed applicants?',
  'Self-employed applicants have Self_Employed equal to "Yes". Round to two decimal places.',
  '@median_income_self_employed[income] where "income" is rounded to two decimal places.',
  [['median_income_self_employed', f2(d.loc[d.Self_Employed == 'Yes', 'ApplicantIncome'].median())]])

F = 'microsoft.csv'
d = read(F)
i = d.Volume.idxmax()
q(T + F, 'On which date was the trading volume the highest, and what was the volume?',
  'Use the Volume column; give the date as it is written in the Date column.',
  '@max_volume_date[date], @max_volume[volume] where "date" is a string and "volume" is an integer.',
  [['max_volume_date', d.Date[i]], ['max_volume', str(int(d.Volume[i]))]])
q(T + F, 'What is the average daily price range of the stock?',
  'The daily price range is High minus Low. Take the mean over all days and round to two decimal places.',
  '@avg_daily_range[range] where "range" is rounded to two decimal places.',
  [['avg_daily_range', f2((d.High - d.Low).mean())]])

F = 'YAHOO-BTC_USD_D.csv'
d = read(F)
year, mean = top(d.groupby(d.Date.str[:4]).Close.mean())
q(T + F, 'Which year had the highest average closing price, and what was that average?',
  'Take the year from the Date column and average the Close column per year. Ignore missing values. Round to two decimal places.',
  '@best_year[year], @avg_close[price] where "year" is an integer and "price" is rounded to two decimal places.',
  [['best_year', year], ['avg_close', f2(mean)]])
q(T + F, 'How many days closed above 10000?',
  'Count the rows where Close is greater than 10000.',
  '@days_above_10000[count] where "count" is an integer.',
  [['days_above_10000', str(int((d.Close > 10000).sum()))]])

F = 'arrest_expungibility.csv'
d = read(F)
cat, n = top(d.Category.value_counts())
q(T + F, 'Which offense category appears most often in the dataset, and how many records does it have?',
  'Count the rows for each value of Category.',
  '@top_category[category], @record_count[count] where "category" is a string and "count" is an integer.',
  [['top_category', cat], ['record_count', str(int(n))]])
q(T + F, 'What is the average age of offenders for felony offenses?',
  'Filter the rows where Offense_Type is "felony" and take the mean of Age. Round to two decimal places.',
  '@mean_age_felony[age] where "age" is rounded to two decimal places.',
  [['mean_age_felony', f2(d.loc[d.Offense_Type == 'felony', 'Age'].mean())]])

F = 'percent-bachelors-degrees-women-usa.csv'
d = read(F)
i = d.Engineering.idxmax()
q(T + F, 'In which year did the percentage of engineering degrees awarded to women reach its maximum, and what was it?',
  'Use the Engineering column. Round the percentage to two decimal places.',
  '@peak_year[year], @peak_percentage[percentage] where "year" is an integer and "percentage" is rounded to two decimal places.',
  [['peak_year', str(int(d.Year[i]))], ['peak_percentage', f2(d.Engineering[i])]])
q(T + F, 'What was the average percentage of computer science degrees awarded to women in the 1990s?',
  'Use the rows with Year from 1990 to 1999 inclusive and the Computer Science column. Round to two decimal places.',
  '@avg_cs_1990s[percentage] where "percentage" is rounded to two decimal places.',
  [['avg_cs_1990s', f2(d.loc[d.Year.between(1990, 1999), 'Computer Science'].mean())]])

F = 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
d = read(F)
r, p = stats.pearsonr(d.positive_diffsel, d.negative_diffsel)
q(T + F, 'Calculate the correlation between the positive_diffsel and negative_diffsel values.',
  'Use the Pearson correlation coefficient. Round the coefficient to two decimal places and the p-value to four.',
  '@correlation_coefficient[r_value], @p_value[p_value] where "r_value" is rounded to two decimal places and "p_value" to four decimal places.',
  [['correlation_coefficient', f2(r)], ['p_value', f'{p:.4f}']])
q(T + F, 'How many sites have a max_diffsel value greater than 1?',
  'Count the rows where max_diffsel is greater than 1.',
  '@site_count[count] where "count" is an integer.',
  [['site_count', str(int((d.max_diffsel > 1).sum()))]])

F = 'city_departments_in_current_budget.csv'
d = read(F)
grp, n = top(d.dept_group.value_counts())
q(T + F, 'Which department group has the largest number of departments, and how many departments does it have?',
  'Count the rows for each value of dept_group.',
  '@largest_group[group], @department_count[count] where "group" is a string and "count" is an integer.',
  [['largest_group', grp], ['department_count', str(int(n))]])

F = 'tr_eikon_eod_data.csv'
d = read(F)
vix = d.loc[d.Date.str[:4] == '2015', '.VIX']
q(T + F, 'What were the average and the maximum value of the volatility index (.VIX) in 2015?',
  'Take the rows whose Date is in 2015 and ignore missing values. Round to two decimal places.',
  '@mean_vix_2015[value], @max_vix_2015[value] where "value" is rounded to two decimal places.',
  [['mean_vix_2015', f2(vix.mean())], ['max_vix_2015', f2(vix.max())]])

F = '0020200722.csv'
d = read(F)
per, n = top(d.PERIOD.value_counts())
q(T + F, 'Which period of the game has the most recorded events, and how many events does it have?',
  'Count the rows for each value of PERIOD.',
  '@busiest_period[period], @event_count[count] where "period" is an integer and "count" is an integer.',
  [['busiest_period', str(int(per))], ['event_count', str(int(n))]])

for item in Q:
    print(json.dumps(item))
