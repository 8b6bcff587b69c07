# Batch 13 (tuning): questions and answers computed straight from the CSVs with the csv module.
# Run from anywhere: python3 bench/data/dabench-own-batch13.py prints the batch's JSON lines.
import csv, json, math, os, statistics as st
from collections import Counter
C=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','..','shared','corpus')+'/'
def load(f):
    rows=list(csv.reader(open(C+f,encoding='utf-8')))
    h=[x.replace('\n',' ') for x in rows[0]]
    return [dict(zip(h,r)) for r in rows[1:]]
def num(x):
    x=x.replace('$','').replace(',','').replace('+','').replace('%','').strip()
    try: return float(x)
    except: return None
def pearson(a,b):
    ma,mb=st.mean(a),st.mean(b)
    sab=sum((x-ma)*(y-mb) for x,y in zip(a,b)); sa=math.sqrt(sum((x-ma)**2 for x in a)); sb=math.sqrt(sum((y-mb)**2 for y in b))
    return sab/(sa*sb)
Q=[]
def q(file,question,constraints,fmt,answers):
    Q.append(dict(question=question,constraints=constraints,format=fmt,file=file,answers=answers,batch=13))
CL='tables/wikitablequestions/csv/200-csv/29.csv'
t=load(CL)
season=[r for r in t if r['Club performance Season Norway'][:4].isdigit()]
lg=[num(r['League Goals League']) for r in season]
la=[num(r['League Apps League']) for r in season]
q(CL,'How many League Goals did the player score over all his seasons?','Add the League Goals of the season rows only: leave out the club and country subtotal rows, the career total and the repeated header rows.','@leagueGoals[sum] where "sum" is an integer.',[['leagueGoals',str(int(sum(lg)))]])
vik=[num(r['League Apps League']) for r in season if r['Club performance Club Norway']=='Viking']
q(CL,'What is the mean number of League Apps per season at Viking?',"Only season rows whose Club is 'Viking'; leave out subtotal and total rows. Round to two decimal places.",'@vikingApps[mean] where "mean" is a number rounded to two decimal places.',[['vikingApps',f'{st.mean(vik):.2f}']])
best=max(season,key=lambda r: num(r['League Goals League']))
assert sum(num(r['League Goals League'])==num(best['League Goals League']) for r in season)==1
q(CL,'In which season did the player score the most League Goals?','Consider the season rows only, not the totals.','@best_season[season] where "season" is a string.',[['best_season',best['Club performance Season Norway']]])
GL='tables/wikitablequestions/csv/204-csv/241.csv'
t=load(GL)
z=lambda x: num(x) or 0
q(GL,'How many goals were scored in Friendlies altogether?',"A '-' means no goals and counts as zero.",'@friendly_goals[total] where "total" is an integer.',[['friendly_goals',str(int(sum(z(r['Friendlies']) for r in t)))]])
q(GL,'How many players scored in the FIFA World Cup Qual.?',"A player scored when his FIFA World Cup Qual. cell holds a number rather than '-'.",'@qualScorers[count] where "count" is an integer.',[['qualScorers',str(sum(num(r['FIFA World Cup Qual.']) is not None for r in t))]])
tg=[num(r['Total Goals']) for r in t]
q(GL,'What is the average Total Goals per player?','Use every player. Round to two decimal places.','@avg_total_goals[mean] where "mean" is a number rounded to two decimal places.',[['avg_total_goals',f'{st.mean(tg):.2f}']])
q(GL,'What percentage of the players scored at least one goal in Friendlies?',"A '-' counts as zero. Divide the number of such players by the number of players and multiply by 100. Round to two decimal places.",'@pctFriendlyScorers[percentage] where "percentage" is a number rounded to two decimal places.',[['pctFriendlyScorers',f"{100*sum(z(r['Friendlies'])>=1 for r in t)/len(t):.2f}"]])
SK='tables/wikitablequestions/csv/204-csv/201.csv'
t=load(SK)
tb=[num(r['Time behind']) for r in t if num(r['Time behind']) is not None]
q(SK,'What is the mean Time behind of the skaters?',"Skip the winner's empty cell and the disqualified skaters ('–'). Round to two decimal places.",'@meanGap[seconds] where "seconds" is a number rounded to two decimal places.',[['meanGap',f'{st.mean(tb):.2f}']])
q(SK,'How many skaters came from the Netherlands?',"Count the rows whose Country is 'Netherlands'.",'@dutch[count] where "count" is an integer.',[['dutch',str(sum(r['Country']=='Netherlands' for r in t))]])
q(SK,'What is the median Pair number?','Use every skater. Round to one decimal place.','@median_pair[median] where "median" is a number rounded to one decimal place.',[['median_pair',f"{st.median(num(r['Pair']) for r in t):.1f}"]])
fin=[r for r in t if num(r['Time behind']) is not None or r['Time behind']=='']
within=sum((num(r['Time behind']) or 0)<=1.0 for r in fin)
q(SK,'What proportion of the skaters who finished were within one second of the winner?',"Skaters who finished are those not disqualified (the winner's empty Time behind counts as 0). Within one second means Time behind at most 1.00. Give the proportion as a percentage rounded to two decimal places.",'@within_one_pct[pct] where "pct" is a percentage rounded to two decimal places.',[['within_one_pct',f'{100*within/len(fin):.2f}']])
q(SK,'How many skaters were disqualified?',"A skater was disqualified when his Time is 'DQ'.",'@dq_count[n] where "n" is an integer.',[['dq_count',str(sum(r['Time']=='DQ' for r in t))]])
CA='tables/wikitablequestions/csv/203-csv/483.csv'
t=load(CA)
q(CA,'How many Apps did the player make for Dnipro Dnipropetrovsk in total?',"Add the Apps of the rows whose Team is 'Dnipro Dnipropetrovsk'.",'@dniproApps[total] where "total" is an integer.',[['dniproApps',str(int(sum(num(r['Apps']) for r in t if r['Team']=='Dnipro Dnipropetrovsk')))]])
q(CA,'What is the total number of Goals over the whole career?','Sum the Goals column.','@careerGoals[sum] where "sum" is an integer.',[['careerGoals',str(int(sum(num(r['Goals']) for r in t)))]])
d1=[num(r['Apps']) for r in t if r['Division']=='1']
q(CA,'What is the mean Apps of the seasons played in Division 1?','Only rows whose Division is 1. Round to two decimal places.','@meanAppsTopFlight[mean] where "mean" is a number rounded to two decimal places.',[['meanAppsTopFlight',f'{st.mean(d1):.2f}']])
q(CA,'In how many seasons did the player make more than 20 Apps?','Count the rows whose Apps is strictly greater than 20.','@regular_seasons[count] where "count" is an integer.',[['regular_seasons',str(sum(num(r['Apps'])>20 for r in t))]])
NF='tables/wikitablequestions/csv/204-csv/591.csv'
t=load(NF)
away=[num(r['Attendance']) for r in t if r['Opponent'].startswith('at ')]
q(NF,'What was the mean Attendance of the away games?',"A game is an away game when the Opponent starts with 'at'. Round to two decimal places.",'@away_att[mean] where "mean" is a number rounded to two decimal places.',[['away_att',f'{st.mean(away):.2f}']])
wins=sum(r['Result'].startswith('W') for r in t)
q(NF,'How many games did the team win?',"A game was won when its Result starts with 'W'.",'@wins[count] where "count" is an integer.',[['wins',str(wins)]])
q(NF,'What proportion of the games did the team win?',"A game was won when its Result starts with 'W'. Give the proportion as a fraction between 0 and 1.",'@winShare[proportion] where "proportion" is a number between 0 and 1 rounded to four decimal places.',[['winShare',f'{wins/len(t):.4f}']])
big=max(t,key=lambda r: num(r['Attendance']))
q(NF,'Which Opponent drew the largest Attendance, and how large was it?','Take the row with the maximum Attendance.','@bigOpponent[opponent] @bigCrowd[attendance] where "opponent" is a string and "attendance" is an integer.',[['bigOpponent',big['Opponent']],['bigCrowd',str(int(num(big['Attendance'])))]])
US='tables/wikitablequestions/csv/204-csv/410.csv'
t=load(US)
g=[num(r['Goals']) for r in t]; c=[num(r['Caps']) for r in t]
q(US,'What is the ratio of the total Goals to the total Caps?','Divide the sum of Goals by the sum of Caps. Round to three decimal places.','@goals_per_cap[ratio] where "ratio" is a number rounded to three decimal places.',[['goals_per_cap',f'{sum(g)/sum(c):.3f}']])
q(US,'Calculate the Pearson correlation coefficient between Goals and Caps.','Use all players. Round to two decimal places.','@r_goals_caps[r] where "r" is a number between -1 and 1 rounded to two decimal places.',[['r_goals_caps',f'{pearson(g,c):.2f}']])
mc=max(t,key=lambda r: num(r['Caps']))
q(US,'Which Player has the most Caps?','Take the player with the maximum Caps.','@most_capped[player] where "player" is a string.',[['most_capped',mc['Player']]])
q(US,'What is the standard deviation of the Goals?','Use the population standard deviation. Round to two decimal places.','@goalsSigma[std] where "std" is a number rounded to two decimal places.',[['goalsSigma',f'{st.pstdev(g):.2f}']])
SV='tables/wikitablequestions/csv/204-csv/999.csv'
t=load(SV)
v=[num(r['Total Votes']) for r in t if num(r['Total Votes']) is not None]
q(SV,'What is the average number of Total Votes received by a contestant?','Skip contestants with no Total Votes value. Round to two decimal places.','@avgVotes[mean] where "mean" is a number rounded to two decimal places.',[['avgVotes',f'{st.mean(v):.2f}']])
q(SV,'How many Total Votes did the contestants of the Manobo Original Tribe receive altogether?',"Only rows whose Original Tribe is 'Manobo'.",'@manoboVotes[sum] where "sum" is an integer.',[['manoboVotes',str(int(sum(num(r['Total Votes']) or 0 for r in t if r['Original Tribe']=='Manobo')))]])
q(SV,'What proportion of the contestants started in the Manobo Original Tribe?',"Divide the number of rows whose Original Tribe is 'Manobo' by the number of contestants.",'@manobo_share[proportion] where "proportion" is a number between 0 and 1 rounded to two decimal places.',[['manobo_share',f"{sum(r['Original Tribe']=='Manobo' for r in t)/len(t):.2f}"]])
for i,x in enumerate(Q): x['id']=750+i
for x in Q: print(json.dumps({k:x[k] for k in ['id','question','constraints','format','file','answers','batch']},ensure_ascii=False))
