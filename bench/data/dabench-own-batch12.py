# Batch 12 (held out): questions and answers computed straight from the CSVs with the csv module.
import csv, json, math, os, statistics as st
# Run from anywhere: python3 bench/data/dabench-own-batch12.py prints the batch's JSON lines.
C=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','..','shared','corpus')+'/'
def load(f):
    rows=list(csv.reader(open(C+f,encoding='utf-8')))
    h=[x.replace('\n',' ') for x in rows[0]]
    return [dict(zip(h,r)) for r in rows[1:]]
def num(x):
    x=x.replace('$','').replace(',','').replace(' ','').replace('\u2212','-').strip()
    try: return float(x)
    except: return None
def pearson(a,b):
    ma,mb=st.mean(a),st.mean(b)
    sab=sum((x-ma)*(y-mb) for x,y in zip(a,b)); sa=math.sqrt(sum((x-ma)**2 for x in a)); sb=math.sqrt(sum((y-mb)**2 for y in b))
    return sab/(sa*sb)
def median(v): return st.median(v)
Q=[]
def q(file,question,constraints,fmt,answers):
    Q.append(dict(question=question,constraints=constraints,format=fmt,file=file,answers=answers,batch=12))
F1='tables/wikitablequestions/csv/202-csv/66.csv'
t=load(F1)
laps=[num(r['Laps']) for r in t]
q(F1,'What is the average number of Laps completed by the drivers?','Use every row. Round to two decimal places.','@avg_laps[mean] where "mean" is a number rounded to two decimal places.',[['avg_laps',f'{st.mean(laps):.2f}']])
q(F1,'How many drivers retired from the race?',"A driver retired when his Pos is 'Ret'.",'@retired[count] where "count" is an integer.',[['retired',str(sum(r['Pos']=='Ret' for r in t))]])
q(F1,'How many Points did the Toyota drivers score in total?',"Only rows whose Constructor is exactly 'Toyota'; an empty Points cell counts as zero.",'@toyotaPoints[total] where "total" is an integer.',[['toyotaPoints',str(int(sum(num(r['Points']) or 0 for r in t if r['Constructor']=='Toyota')))]])
g=[num(r['Grid']) for r in t]
q(F1,'Calculate the Pearson correlation coefficient between Grid and Laps.','Use all drivers. Round to two decimal places.','@grid_laps_r[r] where "r" is a number between -1 and 1 rounded to two decimal places.',[['grid_laps_r',f'{pearson(g,laps):.2f}']])
fin=[num(r['Grid']) for r in t if r['Pos']!='Ret']
q(F1,'What is the median Grid position of the drivers who finished the race?',"A driver finished when his Pos is a number, not 'Ret'. Round to one decimal place.",'@medianGridFinishers[median] where "median" is a number rounded to one decimal place.',[['medianGridFinishers',f'{median(fin):.1f}']])
AP='tables/wikitablequestions/csv/203-csv/111.csv'
t=load(AP)
land=[num(r['Aircraft Landings']) for r in t]
q(AP,'What is the mean number of Aircraft Landings per year?','Spaces inside numbers separate thousands (8 619 is 8619). Round to one decimal place.','@mean_landings[value] where "value" is a number rounded to one decimal place.',[['mean_landings',f'{st.mean(land):.1f}']])
cargo=[num(r['Cargo (tonnes)']) for r in t]
q(AP,'In which Year was the Cargo (tonnes) the highest?','Spaces inside numbers separate thousands.','@peak_cargo_year[year] where "year" is a four-digit year.',[['peak_cargo_year',t[cargo.index(max(cargo))]['Year']]])
dom=[num(r['Domestic']) for r in t]
q(AP,'What is the sum of the Domestic passengers over all years?','Spaces inside numbers separate thousands.','@domestic_total[sum] where "sum" is an integer.',[['domestic_total',str(int(sum(dom)))]])
tot=[num(r['Total passengers']) for r in t]
q(AP,'How many years had more than 2,000,000 Total passengers?','Count the years whose Total passengers is strictly greater than 2000000.','@busy_years[n] where "n" is an integer.',[['busy_years',str(sum(x>2000000 for x in tot))]])
q(AP,'What is the Pearson correlation between Aircraft Landings and Total passengers?','Use all years. Round to three decimal places.','@corr_landings_passengers[r] where "r" is a number rounded to three decimal places.',[['corr_landings_passengers',f'{pearson(land,tot):.3f}']])
HR='tables/wikitablequestions/csv/204-csv/825.csv'
t=load(HR)
win=[num(r['Win $']) for r in t if num(r['Win $']) is not None]
q(HR,'What is the average Win $ of the race?','Read "$150,000" as 150000 and skip the year with no amount. Round to two decimal places.','@meanPurse[mean] where "mean" is a number rounded to two decimal places.',[['meanPurse',f'{st.mean(win):.2f}']])
q(HR,'How many times did Jose A. Santos ride the winner?',"Count the rows whose Jockey is exactly 'Jose A. Santos'.",'@santosWins[count] where "count" is an integer.',[['santosWins',str(sum(r['Jockey']=='Jose A. Santos' for r in t))]])
from collections import Counter
tc=Counter(r['Trainer'] for r in t).most_common()
assert tc[0][1]>tc[1][1]
q(HR,'Which Trainer won the race the most times?','Count the rows of each Trainer.','@top_trainer[trainer] where "trainer" is a string.',[['top_trainer',tc[0][0]]])
best=max(t,key=lambda r: num(r['Win $']) or -1)
q(HR,'What was the largest Win $ and in which Year was it paid?','Read the dollar amounts as numbers.','@maxWin[amount] @maxWinYear[year] where "amount" is an integer and "year" is a four-digit year.',[['maxWin',str(int(num(best['Win $'])))],['maxWinYear',best['Year']]])
GO='tables/wikitablequestions/csv/204-csv/900.csv'
t=load(GO)
q(GO,'How much Money ($) did the players from the United States win altogether?',"Only rows whose Country is 'United States'. Read 350,000 as 350000.",'@us_money[total] where "total" is an integer.',[['us_money',str(int(sum(num(r['Money ($)']) for r in t if r['Country']=='United States')))]])
q(GO,'What is the mean Money ($) won by a player?','Use all players. Round to two decimal places.','@avgPrize[mean] where "mean" is a number rounded to two decimal places.',[['avgPrize',f"{st.mean(num(r['Money ($)']) for r in t):.2f}"]])
q(GO,'How many players come from the United States?',"Count the rows whose Country is 'United States'.",'@usPlayers[count] where "count" is an integer.',[['usPlayers',str(sum(r['Country']=='United States' for r in t))]])
LA='tables/wikitablequestions/csv/203-csv/552.csv'
t=load(LA)
q(LA,'What was the mean Attendance of the games played at HSBC Arena?',"Only rows whose Location is 'HSBC Arena'. Round to two decimal places.",'@hsbc_mean_att[mean] where "mean" is a number rounded to two decimal places.',[['hsbc_mean_att',f"{st.mean(num(r['Attendance']) for r in t if r['Location']=='HSBC Arena'):.2f}"]])
q(LA,'How many games went to overtime?',"A game went to overtime when its OT cell is 'OT'.",'@ot_games[count] where "count" is an integer.',[['ot_games',str(sum(r['OT']=='OT' for r in t))]])
q(LA,'What is the standard deviation of the Attendance?','Use the sample standard deviation. Round to two decimal places.','@attendanceSD[std] where "std" is a number rounded to two decimal places.',[['attendanceSD',f"{st.stdev(num(r['Attendance']) for r in t):.2f}"]])
q(LA,'What is the median Attendance of the away games?',"A game is an away game when its Opponent starts with '@'. Round to one decimal place.",'@awayMedianAtt[median] where "median" is a number rounded to one decimal place.',[['awayMedianAtt',f"{median([num(r['Attendance']) for r in t if r['Opponent'].startswith('@')]):.1f}"]])
q(LA,'How many games did the team win?',"A game was won when its Score starts with 'W'.",'@wins[count] where "count" is an integer.',[['wins',str(sum(r['Score'].startswith('W') for r in t))]])
for i,x in enumerate(Q): x['id']=700+i
for x in Q: print(json.dumps({k:x[k] for k in ['id','question','constraints','format','file','answers','batch']},ensure_ascii=False))
