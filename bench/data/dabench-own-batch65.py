# Batch 65 (held out): DABench-form questions over the tables of the DABench folder, asking what the DABench
# questions and the earlier own batches ask of them least (a call centre's quarter hours; a basketball game's
# play-by-play log; hotels with star ratings and review counts; loan applications; arrest records; women's share of
# bachelor's degrees by field; Microsoft's and Bitcoin's daily prices; end-of-day prices of several markets; Apple's
# daily prices; baseball players' salaries; unemployment by industry; a debate tournament's teams; a city's
# departments; a virus's sites by differential selection).
# The kinds are DABench's: summary statistics, outliers by the IQR rule, correlations with their p-values, a
# chi-square test of independence, a two-sample t-test, skewness and kurtosis, features made from other columns (a
# rate, a total income, a daily return, a moving average), preprocessing stated in the constraints (a word read as
# zero, missing values filled with the median), grouping and ranking (of rows and of columns), and questions of
# several steps. Slot names are written as DABench writes them.
# Written before the engine ran on it. Answers are computed with pandas and scipy and checked by reading the rows;
# every most-often or largest answer is checked to have no tie.
# Run from anywhere with a Python that has pandas and scipy: python3 bench/data/dabench-own-batch65.py prints the lines.
import json

import numpy as np
import pandas as pd
from scipy import stats

from dabench_own_common import f2, f3, f4, read_dabench, recorder

Q = []
q = recorder(65, Q)
T = 'tables/dabench/tables/'


def only_max(values):
    """The label of the one largest value of a labelled series and that value; asserts there is no tie."""
    top = values.max()
    assert (values == top).sum() == 1, values
    return values.idxmax(), top


F = T + '20170413_000000_group_statistics.csv'
d = read_dabench('20170413_000000_group_statistics.csv')
answered = d['num. calls answered']
abandoned = d['num. calls abandoned ']
q(F, 'Create a call abandonment rate for the whole day: what percentage of the calls that came in were abandoned?',
  '{\nThe calls that came in are the sum of "num. calls answered" plus the sum of "num. calls abandoned " over all '
  'the rows. Divide the abandoned calls by the calls that came in and multiply by 100.\nRound to two decimal '
  'places.\n}',
  '{\n@abandonment_rate[percentage]\nwhere "percentage" is rounded to two decimal places.\n}',
  [['abandonment_rate', f2(abandoned.sum() / (answered.sum() + abandoned.sum()) * 100)]])

q1, q3 = answered.quantile(0.25), answered.quantile(0.75)
iqr = q3 - q1
high = answered > q3 + 1.5 * iqr
assert not (answered < q1 - 1.5 * iqr).any()
q(F, 'Are there outliers in the number of calls answered per interval? Use the IQR method and give how many there are '
     'and the upper bound.',
  '{\nAn outlier lies below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR, with the quartiles of "num. calls answered" as '
  'pandas computes them.\nRound the upper bound to two decimal places.\n}',
  '{\n@outlier_count[count]\n@upper_bound[value]\nwhere "count" is an integer and "value" is rounded to two decimal '
  'places.\n}',
  [['outlier_count', str(int(high.sum()))], ['upper_bound', f2(q3 + 1.5 * iqr)]])

F = T + '0020200722.csv'
d = read_dabench('0020200722.csv')
margin = pd.to_numeric(d.SCOREMARGIN.replace('TIE', '0'))
q(F, 'Clean the SCOREMARGIN column by treating "TIE" as 0. What is the mean score margin, and how many events have a '
     'negative margin?',
  '{\nRead "TIE" in "SCOREMARGIN" as 0 and leave out the rows with no margin.\nRound the mean to two decimal '
  'places.\n}',
  '{\n@mean_margin[mean]\n@negative_margin_events[count]\nwhere "mean" is rounded to two decimal places and "count" '
  'is an integer.\n}',
  [['mean_margin', f2(margin.mean())], ['negative_margin_events', str(int((margin < 0).sum()))]])

made = d[d.EVENTMSGTYPE == 1].PERIOD.value_counts()
period, shots = only_max(made)
q(F, 'Which period had the most events of message type 1, and how many did it have?',
  '{\nKeep the rows whose "EVENTMSGTYPE" is 1 and count them for each "PERIOD". Report the period with the most rows '
  'and its count.\n}',
  '{\n@period[number]\n@event_count[count]\nwhere "number" and "count" are integers.\n}',
  [['period', str(int(period))], ['event_count', str(int(shots))]])

F = T + 'hotel_data.csv'
d = read_dabench('hotel_data.csv')
by_star = d.groupby('star_rating').review_count.mean()
star, reviews = only_max(by_star)
q(F, 'Which star rating has the highest average number of reviews, and what is that average?',
  '{\nGroup the hotels by "star_rating", leaving out the rows with no rating, and take the mean of "review_count" '
  'for each rating. Report the rating with the largest mean and that mean.\nRound the mean to two decimal places.\n}',
  '{\n@star_rating[rating]\n@average_reviews[mean]\nwhere "rating" is written with one decimal place and "mean" is '
  'rounded to two decimal places.\n}',
  [['star_rating', f'{star:.1f}'], ['average_reviews', f2(reviews)]])

hotels = d[d.hotel_type == 'Hotel'].bubble_score.dropna()
condos = d[d.hotel_type == 'Condo'].bubble_score.dropna()
t, tp = stats.ttest_ind(hotels, condos)
q(F, 'Do hotels and condos differ in their bubble score? Run an independent two-sample t-test.',
  '{\nCompare "bubble_score" of the rows whose "hotel_type" is "Hotel" with that of the rows whose "hotel_type" is '
  '"Condo", leaving out missing scores, with equal variances assumed.\nRound the t statistic to three decimal places '
  'and the p-value to four.\n}',
  '{\n@t_statistic[t]\n@p_value[p_value]\nwhere "t" is rounded to three decimal places and "p_value" to four '
  'decimal places.\n}',
  [['t_statistic', f3(t)], ['p_value', f4(tp)]])

F = T + 'test_Y3wMUE5_7gLdaTN.csv'
d = read_dabench('test_Y3wMUE5_7gLdaTN.csv')
filled = d.LoanAmount.fillna(d.LoanAmount.median())
q(F, 'Fill the missing loan amounts with the median loan amount. What are the mean and the standard deviation of '
     'LoanAmount then?',
  '{\nReplace the missing values of "LoanAmount" with the median of "LoanAmount", then compute the mean and the '
  'sample standard deviation.\nRound both to two decimal places.\n}',
  '{\n@mean_loan_amount[mean]\n@std_loan_amount[std]\nwhere "mean" and "std" are rounded to two decimal places.\n}',
  [['mean_loan_amount', f2(filled.mean())], ['std_loan_amount', f2(filled.std())]])

total = d.ApplicantIncome + d.CoapplicantIncome
by_area = total.groupby(d.Property_Area).mean()
area, income = only_max(by_area)
q(F, 'Create a TotalIncome feature from the applicant\'s and the coapplicant\'s income. Which property area has the '
     'highest average TotalIncome, and what is it?',
  '{\nTotalIncome = "ApplicantIncome" + "CoapplicantIncome". Group by "Property_Area" and take the mean of '
  'TotalIncome.\nRound to two decimal places.\n}',
  '{\n@property_area[area]\n@average_total_income[mean]\nwhere "area" is written as in "Property_Area" and "mean" is '
  'rounded to two decimal places.\n}',
  [['property_area', area], ['average_total_income', f2(income)]])

F = T + 'arrest_expungibility.csv'
d = read_dabench('arrest_expungibility.csv')
chi2, cp, _, _ = stats.chi2_contingency(pd.crosstab(d.Offense_Type, d.Expungible), correction=False)
q(F, 'Is whether an offense can be expunged independent of its offense type? Perform a chi-square test of '
     'independence.',
  '{\nBuild the contingency table of "Offense_Type" against "Expungible" over all the rows and run the chi-square '
  'test of independence without Yates\' continuity correction.\nRound the chi-square statistic to two decimal places '
  'and the p-value to four.\n}',
  '{\n@chi2_statistic[chi2]\n@p_value[p_value]\nwhere "chi2" is rounded to two decimal places and "p_value" to four '
  'decimal places.\n}',
  [['chi2_statistic', f2(chi2)], ['p_value', f4(cp)]])

F = T + 'percent-bachelors-degrees-women-usa.csv'
d = read_dabench('percent-bachelors-degrees-women-usa.csv')
field, share = only_max(d.drop(columns='Year').mean())
q(F, 'Over all the years, in which field did women earn the largest average share of the degrees, and what was it?',
  '{\nTake the mean of every column other than "Year" over all the years. Report the column with the largest mean and '
  'that mean.\nRound to two decimal places.\n}',
  '{\n@field[name]\n@average_share[mean]\nwhere "name" is the column name and "mean" is rounded to two decimal '
  'places.\n}',
  [['field', field], ['average_share', f2(share)]])

q(F, 'How much does the share of women among psychology graduates vary? Give its standard deviation, and the number of '
     'years it was above 70.',
  '{\nUse the sample standard deviation of "Psychology" over all the years, and count the years whose "Psychology" '
  'is greater than 70.\nRound the standard deviation to two decimal places.\n}',
  '{\n@std_psychology[std]\n@years_above_70[count]\nwhere "std" is rounded to two decimal places and "count" is an '
  'integer.\n}',
  [['std_psychology', f2(d.Psychology.std())], ['years_above_70', str(int((d.Psychology > 70).sum()))]])

F = T + 'microsoft.csv'
d = read_dabench('microsoft.csv')
ret = (d.Close - d.Open) / d.Open * 100
q(F, 'Create an intraday return feature as the percentage change from the opening to the closing price. What is its '
     'mean, and on how many days was it above 1 percent?',
  '{\nIntraday return = ("Close" - "Open") / "Open" * 100 for each row.\nRound the mean to three decimal places.\n}',
  '{\n@mean_intraday_return[mean]\n@days_above_1_percent[count]\nwhere "mean" is rounded to three decimal places and '
  '"count" is an integer.\n}',
  [['mean_intraday_return', f3(ret.mean())], ['days_above_1_percent', str(int((ret > 1).sum()))]])

F = T + 'tr_eikon_eod_data.csv'
d = read_dabench('tr_eikon_eod_data.csv')
q(F, 'What percentage of the values in the GS.N column are missing?',
  '{\nDivide the number of missing values of "GS.N" by the number of rows and multiply by 100.\nRound to two decimal '
  'places.\n}',
  '{\n@missing_percentage[percentage]\nwhere "percentage" is rounded to two decimal places.\n}',
  [['missing_percentage', f2(d['GS.N'].isna().mean() * 100)]])

both = d[['.VIX', '.SPX']].dropna()
vr, vp = stats.pearsonr(both['.VIX'], both['.SPX'])
q(F, 'Does the volatility index move with the S&P 500 index? Calculate the Pearson correlation between .VIX and .SPX '
     'and its p-value.',
  '{\nLeave out the rows where either ".VIX" or ".SPX" is missing.\nRound r to three decimal places and the p-value to '
  'four.\n}',
  '{\n@correlation_coefficient[r_value]\n@p_value[p_value]\nwhere "r_value" is rounded to three decimal places and '
  '"p_value" to four decimal places.\n}',
  [['correlation_coefficient', f3(vr)], ['p_value', f4(vp)]])

F = T + 'YAHOO-BTC_USD_D.csv'
d = read_dabench('YAHOO-BTC_USD_D.csv')
weekday = pd.to_datetime(d.Date).dt.day_name()
day, volume = only_max(d.Volume.groupby(weekday).mean())
q(F, 'Extract the day of the week from the Date column. On which weekday is the average trading volume of Bitcoin the '
     'highest?',
  '{\nTake the mean of "Volume" for each day of the week, leaving out missing values.\n}',
  '{\n@weekday[day]\nwhere "day" is the full English name of the day, such as "Monday".\n}',
  [['weekday', day]])

F = T + 'e5_aapl.csv'
d = read_dabench('e5_aapl.csv')
moving = d.Close.rolling(20).mean()
above = (d.Close > moving) & moving.notna()
q(F, 'Compute a 20-day moving average of the closing price. On how many days did Apple close above its 20-day moving '
     'average?',
  '{\nThe moving average of a day is the mean of "Close" over that day and the 19 trading days before it, in the '
  'order of the rows; the first 19 days have none and are not counted.\n}',
  '{\n@days_above_average[count]\nwhere "count" is an integer.\n}',
  [['days_above_average', str(int(above.sum()))]])

F = T + 'baseball_data.csv'
d = read_dabench('baseball_data.csv')
salary = d.groupby('indicator_of_free_agency_eligibility').salary_in_thousands_of_dollars.mean()
q(F, 'Do players who are eligible for free agency earn more? Give the average salary of the eligible and of the '
     'ineligible players.',
  '{\nGroup by "indicator_of_free_agency_eligibility" (1 eligible, 0 not), leaving out the rows where it is missing, '
  'and take the mean of "salary_in_thousands_of_dollars".\nRound both to two decimal places.\n}',
  '{\n@mean_salary_eligible[mean]\n@mean_salary_ineligible[mean]\nwhere "mean" is rounded to two decimal places.\n}',
  [['mean_salary_eligible', f2(salary[1.0])], ['mean_salary_ineligible', f2(salary[0.0])]])

F = T + 'unemployement_industry.csv'
d = read_dabench('unemployement_industry.csv')
men = pd.to_numeric(d['Men Mar.2020'], errors='coerce')
women = pd.to_numeric(d['Women Mar.2020'], errors='coerce')
paired = men.notna() & women.notna()
gap = (women - men)[paired]
q(F, 'In March 2020, in how many rows was the unemployment rate of women higher than that of men, and what was the '
     'average gap?',
  '{\nGap = "Women Mar.2020" - "Men Mar.2020". A "-" means no figure, so leave out the rows where either is "-" or '
  'missing. Count the rows with a positive gap and take the mean gap over the rows kept.\nRound the mean to three '
  'decimal places.\n}',
  '{\n@rows_women_higher[count]\n@mean_gap[mean]\nwhere "count" is an integer and "mean" is rounded to three decimal '
  'places.\n}',
  [['rows_women_higher', str(int((gap > 0).sum()))], ['mean_gap', f3(gap.mean())]])

F = T + 'Current_Logan.csv'
d = read_dabench('Current_Logan.csv', header=1)
q(F, 'How spread out are the wins of the teams? Give the standard deviation of Wins and the number of different '
     'schools.',
  '{\nUse the sample standard deviation of "Wins" over all the teams, and count the distinct values of "School".\n'
  'Round the standard deviation to three decimal places.\n}',
  '{\n@std_wins[std]\n@school_count[count]\nwhere "std" is rounded to three decimal places and "count" is an '
  'integer.\n}',
  [['std_wins', f3(d.Wins.std())], ['school_count', str(int(d.School.nunique()))]])

F = T + 'city_departments_in_current_budget.csv'
d = read_dabench('city_departments_in_current_budget.csv')
group, mean_id = only_max(d.groupby('dept_group').coa_dept_id.mean())
q(F, 'Which department group has the highest average coa_dept_id, and what is that average?',
  '{\nGroup the departments by "dept_group" and take the mean of "coa_dept_id" for each group.\nRound to two decimal '
  'places.\n}',
  '{\n@dept_group[name]\n@average_dept_id[mean]\nwhere "name" is written as in "dept_group" and "mean" is rounded to '
  'two decimal places.\n}',
  [['dept_group', group], ['average_dept_id', f2(mean_id)]])

F = T + 'ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv'
d = read_dabench('ferret-Pitt-2-preinf-lib2-100_sitediffsel.csv')
skew = stats.skew(d.positive_diffsel)
kurt = stats.kurtosis(d.positive_diffsel)
q(F, 'Describe the shape of the distribution of positive_diffsel: what are its skewness and its kurtosis?',
  '{\nUse the Fisher-Pearson skewness and Fisher\'s (excess) kurtosis, without bias correction, as scipy.stats skew '
  'and kurtosis compute them by default.\nRound both to three decimal places.\n}',
  '{\n@skewness[skew]\n@kurtosis[kurt]\nwhere "skew" and "kurt" are rounded to three decimal places.\n}',
  [['skewness', f3(skew)], ['kurtosis', f3(kurt)]])

assert np.isfinite([t, tp, chi2, cp, vr, vp, skew, kurt]).all()
for item in Q:
    print(json.dumps(item))
