# Batch 27 (held out): statistics, grouping and data preparation mixed, in the DABench style, over eight
# corpus tables no other batch uses: distances written '61.97 m' beside ordinal places '12th', a medal
# table with '–' for none, football scores '14.11 (95)' whose points sit in parentheses, spans of years
# '1993-94' / '1999-current', a film list grouped by decade, a spreadsheet of file formats with
# blank libraries, bus routes listing several numbers in one cell '32, 36' and fare types with a
# trailing '*', and season records '2nd, American' / '2nd(t)'. Questions are phrased the way different
# people ask (terse, wordy, with or without the statistic's name).
# Answers are computed with pandas and scipy (cells read as text, every conversion written out as the
# constraints state it); the questions were written from the files before the engine ran on them.
# Run from anywhere: python3 bench/data/dabench-own-batch27.py prints the batch's JSON lines.
import json

import pandas as pd
from scipy import stats
from dabench_own_common import C, W, f2, load, recorder

Q = []
q = recorder(27, Q)


def leading_int(column):
    """The whole number a cell starts with ('12th' is 12, '2nd, American' is 2); NaN when none."""
    return column.str.extract(r'^(\d+)')[0].astype(float)


# A thrower's competition record: year, competition, venue 'City, Country', place '12th', distance '61.97 m'
# in Notes (blank for two rows).
F = W + '203-csv/819.csv'
d = load(F)
distance = pd.to_numeric(d['Notes'].str.replace(' m', '', regex=False), errors='coerce')
place = leading_int(d['Position'])
distance_rule = "The distance is the number in Notes without its ' m' ('61.97 m' is 61.97); rows with a blank Notes are left out. "
q(F, 'What is the average throwing distance in metres, and what is the longest one?',
  distance_rule + 'Round both to two decimal places.',
  '@mean_distance[mean], @max_distance[max] where both are rounded to two decimal places.',
  [['mean_distance', f2(distance.mean())], ['max_distance', f2(distance.max())]])
q(F, 'how many times did the athlete finish in the top three?',
  "The place is the number at the start of Position ('2nd' is 2); top three means a place of 3 or better.",
  '@top_three_finishes[count] where "count" is an integer.', [['top_three_finishes', str(int((place <= 3).sum()))]])
both = pd.DataFrame({'year': d['Year'].astype(int), 'distance': distance}).dropna()
r, p = stats.pearsonr(both['year'], both['distance'])
q(F, 'Is there a linear relationship between the year and the distance thrown? Calculate the Pearson correlation coefficient and its p-value.',
  distance_rule + 'Use scipy.stats.pearsonr. Round r and the p-value to four decimal places.',
  '@correlation_coefficient[r], @p_value[p] where both are rounded to four decimal places.',
  [['correlation_coefficient', f'{r:.4f}'], ['p_value', f'{p:.4f}']])
country = d['Venue'].str.split(',').str[-1].str.strip()
q(F, 'Extract the country from Venue (the part after the last comma). How many distinct countries are there, and which country appears most often?',
  'The country is the text after the last comma of Venue, spaces trimmed.',
  '@distinct_countries[count], @most_common_country[country] where "count" is an integer and "country" is a string.',
  [['distinct_countries', str(int(country.nunique()))], ['most_common_country', country.value_counts().idxmax()]])
q(F, 'Calculate the standard deviation of the distances thrown at World Championships.',
  distance_rule + "Keep the rows whose Competition is 'World Championships'. Use the sample standard deviation (ddof=1). Round to two decimal places.",
  '@world_championships_std[std] where "std" is rounded to two decimal places.',
  [['world_championships_std', f2(distance[d['Competition'] == 'World Championships'].std())]])

# A medal table: rank, nation, gold, silver, bronze ('–' for none) and total.
F = W + '204-csv/306.csv'
d = load(F)
medals = d[['Gold', 'Silver', 'Bronze', 'Total']].replace('–', '0').astype(int)
dash_rule = "A '–' means no medals and counts as 0. "
q(F, 'Replacing the dashes with zeros, what is the mean number of silver medals per nation and the total number of bronze medals?',
  dash_rule + 'Round the mean to two decimal places.',
  '@mean_silver[mean], @total_bronze[sum] where "mean" is rounded to two decimal places and "sum" is an integer.',
  [['mean_silver', f2(medals['Silver'].mean())], ['total_bronze', str(int(medals['Bronze'].sum()))]])
r = medals['Gold'].corr(medals['Total'])
q(F, 'What is the Pearson correlation between gold medals and total medals?',
  dash_rule + 'Round to two decimal places.',
  '@gold_total_correlation[r] where "r" is rounded to two decimal places.', [['gold_total_correlation', f2(r)]])
q(F, 'What percentage of all gold medals did the top-ranked nation win?',
  dash_rule + 'The top-ranked nation has Rank 1. Round to two decimal places.',
  '@top_nation_gold_percent[percent] where "percent" is rounded to two decimal places.',
  [['top_nation_gold_percent', f2(medals['Gold'][d['Rank'] == '1'].sum() / medals['Gold'].sum() * 100)]])

# Grand finals of a football league: year, premiers and their score '14.11 (95)', runners-up and theirs.
F = W + '203-csv/80.csv'
d = pd.read_csv(C + F, dtype=str, keep_default_na=False)  # the second Score column is read as 'Score.1'
winner_points = d['Score'].str.extract(r'\((\d+)\)')[0].astype(int)
loser_points = d['Score.1'].str.extract(r'\((\d+)\)')[0].astype(int)
points_rule = "A score such as '14.11 (95)' is 14 goals, 11 behinds and 95 points, the points in parentheses. The first Score column is the premiers', the second the runners-up's. "
margin = winner_points - loser_points
q(F, 'What was the average winning margin in points in the grand finals?',
  points_rule + 'The margin is the premiers\' points minus the runners-up\'s points. Round to two decimal places.',
  '@mean_margin[mean] where "mean" is rounded to two decimal places.', [['mean_margin', f2(margin.mean())]])
q(F, 'How many grand finals were won by fewer than 20 points, and in which year was the biggest margin?',
  points_rule + "The margin is the premiers' points minus the runners-up's points.",
  '@close_finals[count], @biggest_margin_year[year] where "count" is an integer and "year" is an integer.',
  [['close_finals', str(int((margin < 20).sum()))], ['biggest_margin_year', d['Year'][margin.idxmax()]]])
winner_goals = d['Score'].str.extract(r'^(\d+)\.')[0].astype(int)
q(F, 'On average, how many goals did the premiers kick in a grand final?',
  points_rule + 'Goals are the number before the dot. Round to two decimal places.',
  '@mean_premier_goals[mean] where "mean" is rounded to two decimal places.', [['mean_premier_goals', f2(winner_goals.mean())]])

q(F, 'What is the median score of the losing grand finalists, in points?',
  points_rule + 'Take the median of the runners-up\'s points.',
  '@median_runner_up_points[median] where "median" is a number rounded to one decimal place.',
  [['median_runner_up_points', f'{loser_points.median():.1f}']])

# Drilling contracts: client, years of operation '1991-current' / '1993-94' / '1994', area, country, services.
F = W + '204-csv/728.csv'
d = load(F)
start = d['Years of Operation'].str[:4].astype(int)
q(F, 'How many contracts were there in each of Libya and Egypt?',
  'Count the rows by Country.',
  '@libya_contracts[count], @egypt_contracts[count] where both are integers.',
  [['libya_contracts', str(int((d['Country'] == 'Libya').sum()))], ['egypt_contracts', str(int((d['Country'] == 'Egypt').sum()))]])
q(F, "Take the start year as the first four digits of 'Years of Operation'. What is the mean start year, and how many contracts are still current?",
  "'1993-94' starts in 1993; a contract is current when Years of Operation ends in 'current'. Round the mean to two decimal places.",
  '@mean_start_year[mean], @current_contracts[count] where "mean" is rounded to two decimal places and "count" is an integer.',
  [['mean_start_year', f2(start.mean())], ['current_contracts', str(int(d['Years of Operation'].str.endswith('current').sum()))]])
drilling_only = (d['Services'] == 'Drilling')
q(F, 'What proportion of the clients received drilling only, without workover?',
  "A client received drilling only when Services is exactly 'Drilling'. Give the share as a percentage rounded to two decimal places.",
  '@drilling_only_percent[percent] where "percent" is rounded to two decimal places.',
  [['drilling_only_percent', f2(drilling_only.mean() * 100)]])

# An actress's films: year, film, role (blank for two uncredited appearances) and notes.
F = W + '202-csv/248.csv'
d = load(F)
decade = (d['Year'].astype(int) // 10) * 10
q(F, 'Group the films by decade. Which decade has the most films and how many?',
  'The decade of a year is the year rounded down to a multiple of ten (1974 is 1970).',
  '@busiest_decade[decade], @films_in_decade[count] where "decade" is an integer and "count" is an integer.',
  [['busiest_decade', str(int(decade.value_counts().idxmax()))], ['films_in_decade', str(int(decade.value_counts().max()))]])
q(F, 'How many films have no role listed?',
  'A role is missing when the Role cell is blank.',
  '@missing_roles[count] where "count" is an integer.', [['missing_roles', str(int((d['Role'] == '').sum()))]])
gaps = d['Year'].astype(int).diff().dropna()
q(F, 'What is the longest gap in years between two consecutive films?',
  'The rows are in order of Year; a gap is the difference between the years of consecutive rows.',
  '@longest_gap[years] where "years" is an integer.', [['longest_gap', str(int(gaps.max()))]])

# File formats a spreadsheet library reads: support code 1-5, format, library (blank for some), notes, importance 1-4.
F = 'office/xlsx/sheetjs_AutoFilter.xlsx'
d = pd.read_excel(C + F, sheet_name='No Filter')
by_importance = d.groupby('Importance')['Code'].mean()
q(F, 'What is the average Code for each Importance level? Report the averages for importance 1 and importance 4.',
  'Group by Importance and take the mean of Code. Round to two decimal places.',
  '@importance1_mean_code[mean], @importance4_mean_code[mean] where both are rounded to two decimal places.',
  [['importance1_mean_code', f2(by_importance[1])], ['importance4_mean_code', f2(by_importance[4])]], 'No Filter')
rho, p = stats.spearmanr(d['Code'], d['Importance'])
q(F, 'Calculate the Spearman rank correlation between Code and Importance.',
  'Use scipy.stats.spearmanr. Round to two decimal places.',
  '@spearman_correlation[rho] where "rho" is rounded to two decimal places.', [['spearman_correlation', f2(rho)]], 'No Filter')
q(F, 'How many formats have no library, and what percentage of the formats is that?',
  'A library is missing when the Library cell is empty. Round the percentage to two decimal places.',
  '@missing_library[count], @missing_library_percent[percent] where "count" is an integer and "percent" is rounded to two decimal places.',
  [['missing_library', str(int(d['Library'].isna().sum()))], ['missing_library_percent', f2(d['Library'].isna().mean() * 100)]], 'No Filter')

# Bus routes: route numbers (several in one cell, '32, 36'), name, fare type ('Local*' marked), terminals, streets.
F = W + '204-csv/50.csv'
d = load(F)
route_count = d['Route'].str.split(',').str.len()
q(F, 'Splitting Route on commas, how many route numbers are there in total, and what is the largest number of routes in one row?',
  "'32, 36' holds two route numbers.",
  '@total_route_numbers[count], @max_routes_in_row[count] where both are integers.',
  [['total_route_numbers', str(int(route_count.sum()))], ['max_routes_in_row', str(int(route_count.max()))]])
fare = d['Fare Type'].str.rstrip('*').str.strip()
q(F, "After removing the trailing '*' from Fare Type, how many rows are Local, and what percentage of rows are Limited Stop?",
  "'Local*' becomes 'Local'. Round the percentage to two decimal places.",
  '@local_rows[count], @limited_stop_percent[percent] where "count" is an integer and "percent" is rounded to two decimal places.',
  [['local_rows', str(int((fare == 'Local').sum()))], ['limited_stop_percent', f2((fare == 'Limited Stop').mean() * 100)]])

# A club's seasons: year '1934/35', division, league, regular-season place '2nd, American' / '2nd(t)' /
# 'Withdrew after 3 games', playoffs, national cup.
F = W + '203-csv/284.csv'
d = load(F)
season_place = leading_int(d['Reg. Season'])
q(F, 'What was the club\'s average regular-season finishing place, and in how many seasons did it finish in the top three?',
  "The place is the number at the start of Reg. Season ('2nd, American' and '2nd(t)' are 2); a season without a number is left out. Round the mean to two decimal places.",
  '@mean_place[mean], @top_three_seasons[count] where "mean" is rounded to two decimal places and "count" is an integer.',
  [['mean_place', f2(season_place.mean())], ['top_three_seasons', str(int((season_place <= 3).sum()))]])
q(F, "In how many seasons was there no playoff?",
  "Count the rows whose Playoffs is 'No playoff'.",
  '@no_playoff_seasons[count] where "count" is an integer.', [['no_playoff_seasons', str(int((d['Playoffs'] == 'No playoff').sum()))]])

for item in Q:
    print(json.dumps(item, ensure_ascii=False))
