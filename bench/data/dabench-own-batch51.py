# Batch 51 (held out): everyday analysis questions in DABench's form, asked the way a new user asks them, over the
# DABench tables batches 41-50 used least (a loan application list, women's share of bachelor's degrees by field and
# year, end-of-day prices of several instruments, a basketball game's play-by-play, a call centre's quarter-hour
# statistics, a ferret virus site selection table, city budget departments). Kinds: a mean within a group, a count
# kept by two conditions, a count of missing cells, the group with the highest mean, a correlation, the year of a
# column's maximum, a mean over a range of years, a share in percent, a maximum, a count of distinct values, a
# median within a group, a difference of two means.
# Blanks count as missing: a mean is taken over the rows where its column is present.
# The DABench questions were read for their kinds only; the check half was not read.
# Written before the engine ran on it. Answers are computed with pandas and scipy (blanks as missing).
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch51.py prints the lines.
import json

import pandas as pd
from scipy import stats

from dabench_own_common import f2, f3, read_dabench as read, recorder

Q = []
q = recorder(51, Q)
T = 'tables/dabench/tables/'


F = 'test_Y3wMUE5_7gLdaTN.csv'
loans = read(F)
q(T + F, 'What is the average loan amount asked for by self-employed applicants?',
  '{\nKeep the rows whose "Self_Employed" is "Yes" and take the mean of "LoanAmount" over the rows where it is present.\nRound to two decimal places.\n}',
  '{\n@mean_loan_self_employed[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['mean_loan_self_employed', f2(loans[loans.Self_Employed == 'Yes'].LoanAmount.mean())]])

q(T + F, 'How many married graduates applied, and how many applicants did not say whether they are self-employed?',
  '{\nCount the rows whose "Married" is "Yes" and whose "Education" is "Graduate".\nCount the rows whose "Self_Employed" is missing.\n}',
  '{\n@married_graduates[n]\n@self_employed_missing[n]\nwhere "n" is an integer.\n}',
  [['married_graduates', str(int(((loans.Married == 'Yes') & (loans.Education == 'Graduate')).sum()))],
   ['self_employed_missing', str(int(loans.Self_Employed.isna().sum()))]])

by_area = loans.groupby('Property_Area').ApplicantIncome.mean()
q(T + F, 'Which property area has the highest average applicant income, and what is that average?',
  '{\nGroup the rows by "Property_Area" and take the mean of "ApplicantIncome" in each group. Report the group with the highest mean and the mean.\nRound the mean to two decimal places.\n}',
  '{\n@richest_area[area]\n@area_mean_income[avg]\nwhere "area" is written as in "Property_Area" and "avg" is rounded to two decimal places.\n}',
  [['richest_area', by_area.idxmax()], ['area_mean_income', f2(by_area.max())]])

both = loans.dropna(subset=['ApplicantIncome', 'LoanAmount'])
r, p = stats.pearsonr(both.ApplicantIncome, both.LoanAmount)
q(T + F, 'Do applicants who earn more ask for bigger loans? Give the correlation between applicant income and loan amount.',
  '{\nCompute the Pearson correlation coefficient between "ApplicantIncome" and "LoanAmount" over the rows where both are present.\nRound to three decimal places.\n}',
  '{\n@income_loan_r[r]\nwhere "r" is rounded to three decimal places.\n}',
  [['income_loan_r', f3(r)]])

F = 'percent-bachelors-degrees-women-usa.csv'
women = read(F)
top = women.loc[women['Computer Science'].idxmax()]
q(T + F, 'In which year did women earn the largest share of computer science degrees, and what was that share?',
  '{\nFind the row with the largest "Computer Science" and report its "Year" and its "Computer Science".\nRound the share to two decimal places.\n}',
  '{\n@peak_year[year]\n@peak_share[pct]\nwhere "year" is an integer and "pct" is rounded to two decimal places.\n}',
  [['peak_year', str(int(top.Year))], ['peak_share', f2(top['Computer Science'])]])

nineties = women[(women.Year >= 1990) & (women.Year <= 1999)]
q(T + F, "What was women's average share of engineering degrees in the 1990s?",
  '{\nKeep the rows whose "Year" is from 1990 to 1999 inclusive and take the mean of "Engineering".\nRound to two decimal places.\n}',
  '{\n@engineering_1990s[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  [['engineering_1990s', f2(nineties.Engineering.mean())]])

q(T + F, 'In how many years did women earn more than half of the business degrees?',
  '{\nCount the rows whose "Business" is greater than 50.\n}',
  '{\n@business_majority_years[n]\nwhere "n" is an integer.\n}',
  [['business_majority_years', str(int((women.Business > 50).sum()))]])

F = 'tr_eikon_eod_data.csv'
eod = read(F)
q(T + F, 'What was the highest gold price in the data, and on average how high was the VIX?',
  '{\nTake the maximum of "XAU=" and the mean of ".VIX" over the rows where each is present.\nRound both to two decimal places.\n}',
  '{\n@max_gold[value]\n@mean_vix[avg]\nwhere "value" and "avg" are rounded to two decimal places.\n}',
  [['max_gold', f2(eod['XAU='].max())], ['mean_vix', f2(eod['.VIX'].mean())]])

pair = eod.dropna(subset=['GLD', 'GDX'])
r, p = stats.pearsonr(pair.GLD, pair.GDX)
q(T + F, 'How closely do the gold fund GLD and the gold miners fund GDX move together?',
  '{\nCompute the Pearson correlation coefficient between "GLD" and "GDX" over the rows where both are present.\nRound to three decimal places.\n}',
  '{\n@gld_gdx_r[r]\nwhere "r" is rounded to three decimal places.\n}',
  [['gld_gdx_r', f3(r)]])

F = '0020200722.csv'
game = read(F)
q(T + F, 'How many events in the game have a score written, and how many have a visitor description?',
  '{\nCount the rows whose "SCORE" is present.\nCount the rows whose "VISITORDESCRIPTION" is present.\n}',
  '{\n@scored_events[n]\n@visitor_events[n]\nwhere "n" is an integer.\n}',
  [['scored_events', str(int(game.SCORE.notna().sum()))], ['visitor_events', str(int(game.VISITORDESCRIPTION.notna().sum()))]])

q(T + F, 'How many different event message types appear in the fourth period?',
  '{\nKeep the rows whose "PERIOD" is 4 and count the distinct values of "EVENTMSGTYPE".\n}',
  '{\n@period4_types[n]\nwhere "n" is an integer.\n}',
  [['period4_types', str(int(game[game.PERIOD == 4].EVENTMSGTYPE.nunique()))]])

F = '20170413_000000_group_statistics.csv'
calls = read(F)
q(T + F, 'What share of the quarter hours had at least one abandoned call?',
  '{\nDivide the number of rows whose "num. calls abandoned " is greater than 0 by the number of rows and multiply by 100.\nRound to two decimal places.\n}',
  '{\n@abandon_share[pct]\nwhere "pct" is rounded to two decimal places.\n}',
  [['abandon_share', f2((calls['num. calls abandoned '] > 0).mean() * 100)]])

q(T + F, 'What is the most calls answered in one quarter hour, and how many calls were answered in all?',
  '{\nTake the maximum and the sum of "num. calls answered" over all rows.\n}',
  '{\n@most_answered[n]\n@total_answered[n]\nwhere "n" is an integer.\n}',
  [['most_answered', str(int(calls['num. calls answered'].max()))], ['total_answered', str(int(calls['num. calls answered'].sum()))]])

F = 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
sites = read(F)
q(T + F, 'What is the average maximum differential selection, and how many sites have a minimum differential selection below -1?',
  '{\nTake the mean of "max_diffsel" over all rows.\nCount the rows whose "min_diffsel" is less than -1.\nRound the mean to three decimal places.\n}',
  '{\n@mean_max_diffsel[avg]\n@sites_below_minus1[n]\nwhere "avg" is rounded to three decimal places and "n" is an integer.\n}',
  [['mean_max_diffsel', f3(sites.max_diffsel.mean())], ['sites_below_minus1', str(int((sites.min_diffsel < -1).sum()))]])

F = 'city_departments_in_current_budget.csv'
depts = read(F)
q(T + F, 'How many departments belong to Community Services, and how many different budget start dates are there?',
  '{\nCount the rows whose "dept_group" is "Community Services".\nCount the distinct values of "budget_year_start".\n}',
  '{\n@community_departments[n]\n@start_dates[n]\nwhere "n" is an integer.\n}',
  [['community_departments', str(int((depts.dept_group == 'Community Services').sum()))],
   ['start_dates', str(int(depts.budget_year_start.nunique()))]])

F = 'test_Y3wMUE5_7gLdaTN.csv'
q(T + F, 'How much more do graduates earn on average than non-graduates?',
  '{\nTake the mean of "ApplicantIncome" over the rows whose "Education" is "Graduate" and over the rows whose "Education" is "Not Graduate", and subtract the second from the first.\nRound to two decimal places.\n}',
  '{\n@graduate_income_gap[diff]\nwhere "diff" is rounded to two decimal places.\n}',
  [['graduate_income_gap', f2(loans[loans.Education == 'Graduate'].ApplicantIncome.mean()
                                 - loans[loans.Education == 'Not Graduate'].ApplicantIncome.mean())]])

for item in Q:
    print(json.dumps(item))
