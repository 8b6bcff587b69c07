# Batch 14 (held out): questions and answers computed straight from the CSVs with the csv module.
# Run from anywhere: python3 bench/data/dabench-own-batch14.py prints the batch's JSON lines.
import csv, json, math, os, statistics as st
from collections import Counter
from datetime import datetime
C=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','..','shared','corpus')+'/'
def load(f):
    rows=list(csv.reader(open(C+f,encoding='utf-8')))
    h=[x.replace('\n',' ') for x in rows[0]]
    seen=Counter(); names=[]
    for x in h:
        seen[x]+=1; names.append(x if seen[x]==1 else f'{x}.{seen[x]-1}')
    return [dict(zip(names,r)) for r in rows[1:]]
def num(x):
    x=x.replace('$','').replace(',','').replace('+','').replace('%','').replace(' days','').strip()
    try: return float(x)
    except: return None
def pearson(a,b):
    ma,mb=st.mean(a),st.mean(b)
    sab=sum((x-ma)*(y-mb) for x,y in zip(a,b)); sa=math.sqrt(sum((x-ma)**2 for x in a)); sb=math.sqrt(sum((y-mb)**2 for y in b))
    return sab/(sa*sb)
def betacf(a,b,x):
    qab,qap,qam=a+b,a+1,a-1; c=1.0; d=1-qab*x/qap; d=1/d; h=d
    for m in range(1,300):
        m2=2*m; aa=m*(b-m)*x/((qam+m2)*(a+m2)); d=1+aa*d; c=1+aa/c; d=1/d; h*=d*c
        aa=-(a+m)*(qab+m)*x/((a+m2)*(qap+m2)); d=1+aa*d; c=1+aa/c; d=1/d; de=d*c; h*=de
        if abs(de-1)<1e-15: break
    return h
def betai(a,b,x):
    if x<=0 or x>=1: return 0.0 if x<=0 else 1.0
    bt=math.exp(math.lgamma(a+b)-math.lgamma(a)-math.lgamma(b)+a*math.log(x)+b*math.log(1-x))
    return bt*betacf(a,b,x)/a if x<(a+1)/(a+b+2) else 1-bt*betacf(b,a,1-x)/b
def pearson_p(r,n):
    df=n-2; t=r*math.sqrt(df/(1-r*r)); return betai(df/2,0.5,df/(df+t*t))
def quantile(v,q):
    s=sorted(v); pos=(len(s)-1)*q; lo=math.floor(pos); return s[lo]+(s[min(lo+1,len(s)-1)]-s[lo])*(pos-lo)
Q=[]
def q(file,question,constraints,fmt,answers):
    Q.append(dict(question=question,constraints=constraints,format=fmt,file=file,answers=answers,batch=14))
def only(counter):
    top=counter.most_common(); assert len(top)<2 or top[0][1]>top[1][1], top; return top[0]
def least(counter):
    low=sorted(counter.items(),key=lambda kv: kv[1]); assert len(low)<2 or low[0][1]<low[1][1], low; return low[0]

GP='tables/wikitablequestions/csv/204-csv/303.csv'
t=load(GP)
pts=[num(r['Points']) for r in t if num(r['Points']) is not None]
q(GP,'What is the mean Points of the riders who scored points?','Drop the rows with a missing Points value, then calculate the mean. Round to two decimal places.','@mean_points[mean] where "mean" is a floating-point number rounded to two decimal places.',[['mean_points',f'{st.mean(pts):.2f}']])
tot=Counter()
for r in t: tot[r['Manufactuer']]+=num(r['Points']) or 0
q(GP,'Which Manufactuer collected the most Points in total?','Group the riders by Manufactuer and sum their Points, counting a missing Points value as 0. Report the manufacturer with the highest total.','@top_maker[manufacturer] where "manufacturer" is a string.',[['top_maker',only(tot)[0]]])
q(GP,'How many riders rode for the least frequent Manufactuer?','Count the rows of each Manufactuer and report the smallest count.','@least_count[count] where "count" is an integer.',[['least_count',str(least(Counter(r['Manufactuer'] for r in t))[1])]])
q(GP,'What percentage of the riders retired from the race?',"A rider retired when Time/Retired is 'Retirement'. Divide the number of such riders by the number of all riders and multiply by 100. Round to two decimal places.",'@retired_pct[percentage] where "percentage" is a floating-point number rounded to two decimal places.',[['retired_pct',f"{100*sum(r['Time/Retired']=='Retirement' for r in t)/len(t):.2f}"]])
q(GP,'What is the total Points of the Yamaha riders?',"Only rows whose Manufactuer is 'Yamaha'.",'@yamaha_points[total] where "total" is an integer.',[['yamaha_points',str(int(sum(num(r['Points']) or 0 for r in t if r['Manufactuer']=='Yamaha')))]])

HT='tables/wikitablequestions/csv/203-csv/693.csv'
t=load(HT)
q(HT,'How many athletes ran in Heat 2?','Count the rows whose Heat is 2, finishers and non-finishers alike.','@heat2_count[count] where "count" is an integer.',[['heat2_count',str(sum(r['Heat']=='2' for r in t))]])
q(HT,"How many athletes did not start their heat?","An athlete did not start when her Result is 'DNS'.",'@dns_count[count] where "count" is an integer.',[['dns_count',str(sum(r['Result']=='DNS' for r in t))]])
q(HT,'How many athletes set a personal best?',"An athlete set a personal best when her Notes value is 'PB'.",'@pb_count[count] where "count" is an integer.',[['pb_count',str(sum(r['Notes']=='PB' for r in t))]])

FB='tables/wikitablequestions/csv/204-csv/657.csv'
t=load(FB)
att=[num(r['Attendance']) for r in t]
q(FB,'What is the mean Attendance of the games?','Use every game. Round to two decimal places.','@mean_attendance[mean] where "mean" is a floating-point number rounded to two decimal places.',[['mean_attendance',f'{st.mean(att):.2f}']])
q(FB,'What is the standard deviation of the Attendance?','Use the sample standard deviation (ddof=1). Round to two decimal places.','@std_attendance[std] where "std" is a floating-point number rounded to two decimal places.',[['std_attendance',f'{st.stdev(att):.2f}']])
top=max(t,key=lambda r: num(r['Attendance']))
q(FB,'Which Opponent# drew the highest Attendance?','Take the game with the maximum Attendance and report its Opponent# value as written.','@top_opponent[opponent] where "opponent" is a string.',[['top_opponent',top['Opponent#']]])
home=[num(r['Attendance']) for r in t if r['Site'].startswith('Camp Randall Stadium')]
q(FB,'What is the mean Attendance of the home games?',"A home game is one whose Site starts with 'Camp Randall Stadium'. Round to two decimal places.",'@home_attendance[mean] where "mean" is a floating-point number rounded to two decimal places.',[['home_attendance',f'{st.mean(home):.2f}']])
q1,q3=quantile(att,.25),quantile(att,.75); iqr=q3-q1
q(FB,'How many games have an outlier Attendance by the IQR method?','An outlier lies below Q1 - 1.5*IQR or above Q3 + 1.5*IQR, with the quartiles computed by linear interpolation as pandas does.','@n_outliers[count] where "count" is an integer.',[['n_outliers',str(sum(x<q1-1.5*iqr or x>q3+1.5*iqr for x in att))]])
q(FB,'How many games were won?',"A game was won when its Result starts with 'W'.",'@wins[count] where "count" is an integer.',[['wins',str(sum(r['Result'].startswith('W') for r in t))]])

PR='tables/wikitablequestions/csv/203-csv/260.csv'
t=[r for r in load(PR) if r['President']!='President']
dur=[num(r['Duration (Days)']) for r in t]
q(PR,'What is the mean Duration (Days) of the oldest living presidents?',"Read the number of days from each Duration (Days) cell ('3,880 days' is 3880). Leave out the repeated header row at the bottom. Round to two decimal places.",'@mean_days[mean] where "mean" is a floating-point number rounded to two decimal places.',[['mean_days',f'{st.mean(dur):.2f}']])
longest=max(t,key=lambda r: num(r['Duration (Days)']))
q(PR,'Which President was the oldest living president for the longest time?','Use the Duration (Days) column.','@longest_president[name] where "name" is a string.',[['longest_president',longest['President']]])
q(PR,'What is the median Duration (Days)?',"Read the number of days from each cell ('3,880 days' is 3880); leave out the repeated header row. Round to one decimal place.",'@median_days[median] where "median" is a floating-point number rounded to one decimal place.',[['median_days',f'{st.median(dur):.1f}']])
q(PR,'How many presidents were the oldest living president for more than 3,000 days?','Count the rows whose Duration (Days) is strictly greater than 3000.','@long_count[count] where "count" is an integer.',[['long_count',str(sum(d>3000 for d in dur))]])
q(PR,'Bin the Duration (Days) into three groups and count the presidents in each.',"The groups are 'short' (below 1000 days), 'medium' (from 1000 to 3000 days, both ends included) and 'long' (above 3000 days).",'@short_count[count], @medium_count[count], @long_count[count] where each "count" is an integer.',[['short_count',str(sum(d<1000 for d in dur))],['medium_count',str(sum(1000<=d<=3000 for d in dur))],['long_count',str(sum(d>3000 for d in dur))]])

HW='tables/wikitablequestions/csv/203-csv/100.csv'
t=load(HW)
q(HW,'How many missing values does the Length (mi) column have?','Count the empty cells of Length (mi).','@missing_length[count] where "count" is an integer.',[['missing_length',str(sum(r['Length (mi)'].strip()=='' for r in t))]])
ln=[num(r['Length (mi)']) for r in t if r['Length (mi)'].strip()]
q(HW,'What is the mean Length (mi) of the highways?','Drop the rows with a missing Length (mi), then calculate the mean. Round to two decimal places.','@mean_length[mean] where "mean" is a floating-point number rounded to two decimal places.',[['mean_length',f'{st.mean(ln):.2f}']])
lg=max((r for r in t if r['Length (mi)'].strip()),key=lambda r: num(r['Length (mi)']))
q(HW,'Which highway is the longest?','Use the Length (mi) column and report the Name.','@longest_highway[name] where "name" is a string.',[['longest_highway',lg['Name']]])
q(HW,'How many highways have a Length (mi) greater than 20?','Count the rows whose Length (mi) is strictly greater than 20; rows with a missing length are not counted.','@over20[count] where "count" is an integer.',[['over20',str(sum(x>20 for x in ln))]])

DR='tables/wikitablequestions/csv/203-csv/566.csv'
t=load(DR)
q(DR,'How many players come from the least frequent Nationality?','Count the players of each Nationality and report the smallest count.','@least_nationality_count[count] where "count" is an integer.',[['least_nationality_count',str(least(Counter(r['Nationality'] for r in t))[1])]])
q(DR,'What percentage of the players are Canadian?',"A player is Canadian when his Nationality is 'Canada'. Round to two decimal places.",'@canadian_pct[percentage] where "percentage" is a floating-point number rounded to two decimal places.',[['canadian_pct',f"{100*sum(r['Nationality']=='Canada' for r in t)/len(t):.2f}"]])
pos=only(Counter(r['Position'] for r in t))
q(DR,'What is the most common Position, and how many players play it?','Count the rows of each Position.','@top_position[position], @top_position_count[count] where "position" is a string and "count" is an integer.',[['top_position',pos[0]],['top_position_count',str(pos[1])]])
fin=[num(r['Pick #']) for r in t if r['Nationality']=='Finland']
q(DR,'What is the mean Pick # of the Finnish players?',"Only rows whose Nationality is 'Finland'. Round to two decimal places.",'@mean_pick_finland[mean] where "mean" is a floating-point number rounded to two decimal places.',[['mean_pick_finland',f'{st.mean(fin):.2f}']])

RV='tables/wikitablequestions/csv/204-csv/528.csv'
t=load(RV)
w=[num(r['Winning team.1']) for r in t]; l=[num(r['Losing team.1']) for r in t]
q(RV,'How many games were played at Fort Collins?',"Count the rows whose Site is 'Fort Collins'.",'@fort_collins_games[count] where "count" is an integer.',[['fort_collins_games',str(sum(r['Site']=='Fort Collins' for r in t))]])
q(RV,'What is the mean margin of victory?',"The margin is the winning team's score (the second 'Winning team' column) minus the losing team's score (the second 'Losing team' column). Round to two decimal places.",'@mean_margin[mean] where "mean" is a floating-point number rounded to two decimal places.',[['mean_margin',f'{st.mean(a-b for a,b in zip(w,l)):.2f}']])
r=pearson(w,l)
q(RV,"Calculate the Pearson correlation coefficient and its p-value between the winning team's score and the losing team's score.","The scores are the second 'Winning team' column and the second 'Losing team' column. Use a two-tailed test. Round r to two decimal places and the p-value to four decimal places.",'@r_value[r], @p_value[p] where "r" is a number between -1 and 1 rounded to two decimal places and "p" is a number rounded to four decimal places.',[['r_value',f'{r:.2f}'],['p_value',f'{pearson_p(r,len(w)):.4f}']])
q(RV,'How many games did Colorado State win?',"Count the rows whose first Winning team column is exactly 'Colorado State'.",'@csu_wins[count] where "count" is an integer.',[['csu_wins',str(sum(r['Winning team']=='Colorado State' for r in t))]])
dates=[datetime.strptime(r['Date'],'%B %d, %Y') for r in t]
q(RV,'How many games were played in November?','Use the month of the Date column.','@november_games[count] where "count" is an integer.',[['november_games',str(sum(d.month==11 for d in dates))]])
mw,ml=st.mean(w),st.mean(l); slope=sum((a-mw)*(b-ml) for a,b in zip(w,l))/sum((a-mw)**2 for a in w)
q(RV,"Fit a simple linear regression that predicts the losing team's score from the winning team's score. What is the slope?","The scores are the second 'Winning team' column (x) and the second 'Losing team' column (y). Use ordinary least squares. Round to three decimal places.",'@slope[slope] where "slope" is a number rounded to three decimal places.',[['slope',f'{slope:.3f}']])

SU='tables/wikitablequestions/csv/204-csv/497.csv'
t=load(SU)
gap=[(datetime.strptime(r['Date of Action'],'%B %d, %Y')-datetime.strptime(r['Date of Incident'],'%B %d, %Y')).days for r in t]
q(SU,'What is the mean number of days between the Date of Incident and the Date of Action?','Parse both columns as dates and take Date of Action minus Date of Incident in days. Round to two decimal places.','@mean_gap_days[mean] where "mean" is a floating-point number rounded to two decimal places.',[['mean_gap_days',f'{st.mean(gap):.2f}']])
tc=Counter(r['Team'] for r in t)
q(SU,'How many Teams received exactly one suspension?','Each row is one suspension; count the rows of each Team and count the teams with exactly one.','@single_suspension_teams[count] where "count" is an integer.',[['single_suspension_teams',str(sum(v==1 for v in tc.values()))]])

for i,x in enumerate(Q): x['id']=780+i
for x in Q: print(json.dumps({k:x[k] for k in ['id','question','constraints','format','file','answers','batch']},ensure_ascii=False))
