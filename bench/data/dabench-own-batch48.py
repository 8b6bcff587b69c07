# Batch 48 (held out): everyday analysis questions in DABench's form, asked the way a new user asks them, over the
# DABench tables the earlier batches used least (loan applications, hotels of New York and nearby cities, arrests by
# offense and year, baseball salaries, women's share of bachelor's degrees, city budget departments, a basketball
# play-by-play log). Many questions state more than one condition in separate sentences of the constraints, each for
# one of the asked figures, as DABench questions often do. Kinds: a mean over rows kept by an equality beside a count
# kept by another, a count per category and its largest group, a share in percent, a median under a bar, a
# correlation, a maximum per group. The DABench questions were read for their kinds only; the check half was not read.
# Written before the engine ran on it. Answers are computed with pandas, numpy and scipy (blanks as missing).
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch48.py prints the lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import f2, f3, read_dabench as read, recorder

Q = []
q = recorder(48, Q)
T = 'tables/dabench/tables/'


F = 'test_Y3wMUE5_7gLdaTN.csv'
loans = read(F)
urban = loans[loans.Property_Area == 'Urban'].ApplicantIncome.mean()
rural = int((loans.Property_Area == 'Rural').sum())
q(T + F, 'What do applicants from urban areas earn on average, and how many applications come from rural areas?',
  '{\nFor the mean, keep the rows whose "Property_Area" is "Urban" and average "ApplicantIncome".\nFor the count, count the rows whose "Property_Area" is "Rural".\nRound the mean to two decimal places.\n}',
  '{\n@urban_mean_income[avg]\n@rural_applications[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
  [['urban_mean_income', f2(urban)], ['rural_applications', str(rural)]])

grad = loans[loans.Education == 'Graduate'].LoanAmount.median()
notgrad = loans[loans.Education == 'Not Graduate'].LoanAmount.median()
q(T + F, 'Do graduates ask for bigger loans? Give the median loan amount of graduates and of non-graduates.',
  '{\nTake the median of "LoanAmount" over the rows whose "Education" is "Graduate", ignoring missing amounts.\nThen take the median of "LoanAmount" over the rows whose "Education" is "Not Graduate".\nRound both to two decimal places.\n}',
  '{\n@graduate_median_loan[median]\n@non_graduate_median_loan[median]\nwhere "median" is rounded to two decimal places.\n}',
  [['graduate_median_loan', f2(grad)], ['non_graduate_median_loan', f2(notgrad)]])

self_emp = int((loans.Self_Employed == 'Yes').sum())
q(T + F, 'How many applicants are self-employed, and what share of all applications is that?',
  '{\nCount the rows whose "Self_Employed" is "Yes".\nDivide that count by the number of rows and multiply by 100.\nRound the share to two decimal places.\n}',
  '{\n@self_employed[n]\n@self_employed_percent[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}',
  [['self_employed', str(self_emp)], ['self_employed_percent', f2(self_emp / len(loans) * 100)]])

F = 'hotel_data.csv'
hotels = read(F)
bk = hotels[hotels.city_name == 'Brooklyn'].review_count.mean()
jc = int((hotels.city_name == 'Jersey City').sum())
q(T + F, 'How many reviews does a Brooklyn hotel get on average? And how many places to stay are listed in Jersey City?',
  '{\nFor the average, use only the rows whose "city_name" is "Brooklyn" and take the mean of "review_count".\nFor the number of places, count the rows whose "city_name" is "Jersey City".\nRound the average to two decimal places.\n}',
  '{\n@brooklyn_mean_reviews[avg]\n@jersey_city_listings[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
  [['brooklyn_mean_reviews', f2(bk)], ['jersey_city_listings', str(jc)]])

types = hotels.hotel_type.value_counts()
q(T + F, 'What kind of place to stay is listed most often, and how many of them are there?',
  '{\nCount the rows of each "hotel_type" and take the type with the most rows.\n}',
  '{\n@most_common_type[type]\n@most_common_type_count[n]\nwhere "type" is written as in "hotel_type" and "n" is an integer.\n}',
  [['most_common_type', types.idxmax()], ['most_common_type_count', str(int(types.max()))]])

five = int((hotels.star_rating == 5.0).sum())
top_bubble = hotels[hotels.star_rating == 5.0].bubble_score.mean()
q(T + F, 'How many five-star hotels are there, and what bubble score do they have on average?',
  '{\nKeep the rows whose "star_rating" is 5. Count them, then take the mean of "bubble_score" over those rows, ignoring missing scores.\nRound the mean to two decimal places.\n}',
  '{\n@five_star_hotels[n]\n@five_star_mean_bubble[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
  [['five_star_hotels', str(five)], ['five_star_mean_bubble', f2(top_bubble)]])

r, p = stats.pearsonr(*hotels[['star_rating', 'bubble_score']].dropna().values.T)
q(T + F, 'Do hotels with more stars get better bubble scores? Give the correlation.',
  '{\nCompute the Pearson correlation coefficient between "star_rating" and "bubble_score" over the rows where both are present.\nRound to three decimal places.\n}',
  '{\n@stars_bubble_r[r]\nwhere "r" is rounded to three decimal places.\n}',
  [['stars_bubble_r', f3(r)]])

F = 'arrest_expungibility.csv'
arrests = read(F)
felonies_2010 = int(((arrests.Date == 2010) & (arrests.Offense_Type == 'felony')).sum())
mean_age_1995 = arrests[arrests.Date == 1995].Age.mean()
q(T + F, 'How many felony rows were recorded in 2010, and what was the mean age in the 1995 rows?',
  '{\nFor 2010, count the rows whose "Date" is 2010 and whose "Offense_Type" is "felony".\nFor 1995, take the mean of "Age" over the rows whose "Date" is 1995.\nRound the mean to two decimal places.\n}',
  '{\n@felonies_2010[n]\n@mean_age_1995[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
  [['felonies_2010', str(felonies_2010)], ['mean_age_1995', f2(mean_age_1995)]])

cats = arrests.groupby('Category').Count.sum()
q(T + F, 'Which category of crime has the most arrests in total, counting the "Count" column?',
  '{\nSum "Count" for each value of "Category", ignoring missing counts, and take the category with the largest sum.\n}',
  '{\n@top_category[category]\n@top_category_arrests[total]\nwhere "category" is written as in "Category" and "total" is rounded to one decimal place.\n}',
  [['top_category', cats.idxmax()], ['top_category_arrests', f'{cats.max():.1f}']])

exp_share = arrests.Expungible.mean() * 100
q(T + F, 'What share of the rows describe an offense that can be expunged?',
  '{\nDivide the number of rows whose "Expungible" is True by the number of rows and multiply by 100.\nRound to two decimal places.\n}',
  '{\n@expungible_percent[pct]\nwhere "pct" is rounded to two decimal places.\n}',
  [['expungible_percent', f2(exp_share)]])

F = 'baseball_data.csv'
ball = read(F)
hr30 = int((ball.number_of_home_runs >= 30).sum())
sal_low = ball[ball.number_of_home_runs < 10].salary_in_thousands_of_dollars.median()
q(T + F, 'How many players hit 30 or more home runs, and what is the median salary of players with fewer than 10 home runs?',
  '{\nCount the rows whose "number_of_home_runs" is at least 30.\nSeparately, keep the rows whose "number_of_home_runs" is less than 10 and take the median of "salary_in_thousands_of_dollars".\nRound the median to two decimal places.\n}',
  '{\n@power_hitters[n]\n@low_hr_median_salary[median]\nwhere "n" is an integer and "median" is rounded to two decimal places.\n}',
  [['power_hitters', str(hr30)], ['low_hr_median_salary', f2(sal_low)]])

r, p = stats.pearsonr(*ball[['number_of_runs', 'number_of_hits']].dropna().values.T)
q(T + F, 'How closely do runs follow hits? Give the correlation between the two.',
  '{\nCompute the Pearson correlation coefficient between "number_of_runs" and "number_of_hits".\nRound to three decimal places.\n}',
  '{\n@runs_hits_r[r]\nwhere "r" is rounded to three decimal places.\n}',
  [['runs_hits_r', f3(r)]])

F = 'percent-bachelors-degrees-women-usa.csv'
deg = read(F)
cs = deg.loc[deg['Computer Science'].idxmax()]
q(T + F, 'In which year did women earn the highest share of computer science degrees, and what was that share?',
  '{\nFind the row with the largest "Computer Science" and report its "Year" and "Computer Science".\nRound the share to two decimal places.\n}',
  '{\n@peak_cs_year[year]\n@peak_cs_share[pct]\nwhere "year" is an integer and "pct" is rounded to two decimal places.\n}',
  [['peak_cs_year', str(int(cs.Year))], ['peak_cs_share', f2(cs['Computer Science'])]])

eng_before = deg[deg.Year < 1990].Engineering.mean()
eng_after = deg[deg.Year >= 1990].Engineering.mean()
q(T + F, 'What was the average share of engineering degrees earned by women before 1990, and from 1990 on?',
  '{\nFor the first figure, keep the rows whose "Year" is less than 1990 and average "Engineering".\nFor the second, keep the rows whose "Year" is 1990 or later and average "Engineering".\nRound both to two decimal places.\n}',
  '{\n@engineering_before_1990[avg]\n@engineering_from_1990[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['engineering_before_1990', f2(eng_before)], ['engineering_from_1990', f2(eng_after)]])

F = 'city_departments_in_current_budget.csv'
dept = read(F)
q(T + F, 'How many departments are in the Utilities and Other Enterprises group?',
  '{\nCount the rows whose "dept_group" is "Utility and Other Enterprises".\n}',
  '{\n@utility_departments[n]\nwhere "n" is an integer.\n}',
  [['utility_departments', str(int((dept.dept_group == 'Utility and Other Enterprises').sum()))]])

F = '0020200722.csv'
game = read(F)
p4 = int((game.PERIOD == 4).sum())
p1_home = int(((game.PERIOD == 1) & game.HOMEDESCRIPTION.notna()).sum())
q(T + F, 'How many events were logged in the fourth quarter, and how many first-quarter events have a home description?',
  '{\nCount the rows whose "PERIOD" is 4.\nThen count the rows whose "PERIOD" is 1 and whose "HOMEDESCRIPTION" is not missing.\n}',
  '{\n@fourth_quarter_events[n]\n@first_quarter_home_events[n]\nwhere "n" is an integer.\n}',
  [['fourth_quarter_events', str(p4)], ['first_quarter_home_events', str(p1_home)]])

for item in Q:
    print(json.dumps(item))
