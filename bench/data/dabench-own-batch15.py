# Batch 15 (held out): hypothesis tests, correlations with p-values, outliers and single-row
# questions, with answers computed straight from the CSVs by the csv module and scipy.stats at
# scipy's defaults (Mann-Whitney U two-sided with method 'auto', Levene centred on the median,
# chi2_contingency with Yates' correction on 2x2 tables only).
# Run from anywhere: python3 bench/data/dabench-own-batch15.py prints the batch's JSON lines.
import csv, json, os, statistics as st
from collections import Counter
from scipy import stats
C=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','..','shared','corpus')+'/'
def load(f):
    rows=list(csv.reader(open(C+f,encoding='utf-8')))
    h=[x.replace('\n',' ') for x in rows[0]]
    seen=Counter(); names=[]
    for x in h:
        seen[x]+=1; names.append(x if seen[x]==1 else f'{x}.{seen[x]-1}')
    return [dict(zip(names,r)) for r in rows[1:]]
def num(x):
    x=x.replace('$','').replace(',','').replace('+','').replace('%','').strip()
    try: return float(x)
    except: return None
Q=[]
def q(file,question,constraints,fmt,answers):
    Q.append(dict(question=question,constraints=constraints,format=fmt,file=file,answers=answers,batch=15))
def single(rows,key,pick=max):
    best=pick(key(r) for r in rows); hits=[r for r in rows if key(r)==best]; assert len(hits)==1, hits; return hits[0]
def crosstab(rows,a,b):
    ra=sorted({r[a] for r in rows}); cb=sorted({r[b] for r in rows})
    return [[sum(r[a]==x and r[b]==y for r in rows) for y in cb] for x in ra]
f2=lambda x: f'{x:.2f}'
f3=lambda x: f'{x:.3f}'
f4=lambda x: f'{x:.4f}'

TR='tables/wikitablequestions/csv/204-csv/754.csv'
t=[r for r in load(TR) if num(r['Arrival']) is not None]
gnr=[num(r['Departure']) for r in t if r['Operator']=='GNR']; gne=[num(r['Departure']) for r in t if r['Operator']=='GN&GE']
mw=stats.mannwhitneyu(gnr,gne)
q(TR,'Is there a significant difference in Departure between the trains of operator GNR and those of operator GN&GE?',"Use a Mann-Whitney U test (two-sided) on the Departure values of the two Operator groups, GNR first. Leave out rows whose Arrival is not a single number. Report the U statistic and the p-value, rounded to four decimal places.",'@U_statistic[U], @p_value[p_value] where "U" and "p_value" are numbers rounded to four decimal places.',[['U_statistic',f4(mw.statistic)],['p_value',f4(mw.pvalue)]])
ga=[num(r['Arrival']) for r in t if r['Operator']=='GNR']; gea=[num(r['Arrival']) for r in t if r['Operator']=='GN&GE']
lv=stats.levene(ga,gea)
q(TR,'Do the Arrival values of the GNR trains and the GN&GE trains have equal variances?',"Use Levene's test (centered on the median) on the Arrival values of the two Operator groups. Leave out rows whose Arrival is not a single number. Report the p-value rounded to four decimal places.",'@levene_p[p_value] where "p_value" is a number rounded to four decimal places.',[['levene_p',f4(lv.pvalue)]])
pr=stats.pearsonr([num(r['Departure']) for r in t],[num(r['Arrival']) for r in t])
q(TR,'What is the Pearson correlation coefficient between Departure and Arrival, and its p-value?',"Leave out rows whose Arrival is not a single number. Round both to four decimal places.",'@r_value[r], @p_value[p] where "r" and "p" are numbers rounded to four decimal places.',[['r_value',f4(pr.statistic)],['p_value',f4(pr.pvalue)]])
first=single(t,lambda r: num(r['Departure']),min)
q(TR,'Which destination (Going to) has the earliest departing train?','Take the row with the smallest Departure and report its Going to value.','@earliest_destination[destination] where "destination" is a string.',[['earliest_destination',first['Going to']]])
tt=stats.ttest_ind(ga,gea)
q(TR,'Is the mean Arrival of the GNR trains different from that of the GN&GE trains?',"Use an independent two-sample t-test assuming equal variances, GNR first. Leave out rows whose Arrival is not a single number. Report the t statistic and the p-value rounded to four decimal places.",'@t_statistic[t], @p_value[p] where "t" and "p" are numbers rounded to four decimal places.',[['t_statistic',f4(tt.statistic)],['p_value',f4(tt.pvalue)]])

RI='tables/wikitablequestions/csv/202-csv/128.csv'
t=[r for r in load(RI) if num(r['n']) is not None]
n=[num(r['n']) for r in t]
sw=stats.shapiro(n)
q(RI,'Does the refractive index n follow a normal distribution?',"Use the Shapiro-Wilk test on the numeric n values; leave out values that are not a number. Report the W statistic and the p-value rounded to four decimal places.",'@W_statistic[W], @p_value[p] where "W" and "p" are numbers rounded to four decimal places.',[['W_statistic',f4(sw.statistic)],['p_value',f4(sw.pvalue)]])
top=single(t,lambda r: num(r['n']))
q(RI,'Which Material has the highest refractive index n?','Leave out n values that are not a number.','@material[name] where "name" is a string.',[['material',top['Material']]])
m,s=st.mean(n),st.pstdev(n)
q(RI,'How many materials have an outlier refractive index by the Z-score method?','A value is an outlier when its absolute Z-score exceeds 2; use the population standard deviation. Leave out n values that are not a number.','@outlier_count[count] where "count" is an integer.',[['outlier_count',str(sum(abs((x-m)/s)>2 for x in n))]])
q1,q3=[float(x) for x in (st.quantiles(n,n=4,method='inclusive')[0],st.quantiles(n,n=4,method='inclusive')[2])]; iqr=q3-q1
q(RI,'How many materials have an outlier refractive index by the IQR method?','An outlier lies below Q1 - 1.5*IQR or above Q3 + 1.5*IQR. Leave out n values that are not a number.','@iqr_outliers[count] where "count" is an integer.',[['iqr_outliers',str(sum(x<q1-1.5*iqr or x>q3+1.5*iqr for x in n))]])
ks=stats.kstest(n,'norm',args=(st.mean(n),st.stdev(n)))
q(RI,'Is the distribution of the refractive index n normal according to the Kolmogorov-Smirnov test?',"Compare the numeric n values with a normal distribution whose mean and standard deviation are the sample mean and sample standard deviation. Report the KS statistic and the p-value rounded to four decimal places.",'@ks_statistic[D], @p_value[p] where "D" and "p" are numbers rounded to four decimal places.',[['ks_statistic',f4(ks.statistic)],['p_value',f4(ks.pvalue)]])
wl=[r for r in t if num(r['λ (nm)']) is not None]
q(RI,'What is the mean n of the materials measured at a wavelength λ (nm) of 589.29?',"Only rows whose λ (nm) is 589.29. Round to four decimal places.",'@mean_n[mean] where "mean" is a number rounded to four decimal places.',[['mean_n',f4(st.mean(num(r['n']) for r in t if r['λ (nm)']=='589.29'))]])

VS='tables/wikitablequestions/csv/204-csv/390.csv'
t=load(VS)
big=single([r for r in t if num(r['Quantity']) is not None],lambda r: num(r['Quantity']))
q(VS,'Which Nation ordered the largest Quantity of vessels in a single order?','Take the row with the maximum Quantity and report its Nation.','@nation[name] where "name" is a string.',[['nation',big['Nation']]])
a=[num(r['Quantity']) for r in t if r['Type']=='4207' and num(r['Quantity']) is not None]; b=[num(r['Quantity']) for r in t if r['Type']!='4207' and num(r['Quantity']) is not None]
q(VS,'How many more vessels per order do Type 4207 orders have than the other types, on average?','Mean Quantity of the rows whose Type is 4207 minus the mean Quantity of the other rows; leave out rows without a Quantity. Round to two decimal places.','@mean_difference[difference] where "difference" is a number rounded to two decimal places.',[['mean_difference',f2(st.mean(a)-st.mean(b))]])

DB='tables/wikitablequestions/csv/203-csv/596.csv'
t=load(DB)
c=stats.chi2_contingency(crosstab(t,'Result','Surface'))
q(DB,'Is the Result of a final independent of its Surface?','Use a chi-square test of independence on the contingency table of Result and Surface. Report the chi-square statistic and the p-value rounded to four decimal places.','@chi2_statistic[chi2], @p_value[p] where "chi2" and "p" are numbers rounded to four decimal places.',[['chi2_statistic',f4(c.statistic)],['p_value',f4(c.pvalue)]])
q(DB,'How many finals did she win on Clay?',"A final was won when its Result is 'Winner'.",'@clay_wins[count] where "count" is an integer.',[['clay_wins',str(sum(r['Result']=='Winner' and r['Surface']=='Clay' for r in t))]])

FT='tables/wikitablequestions/csv/204-csv/404.csv'
t=load(FT)
home=[num(r['Attendance']) for r in t if r['Venue']=='Metropolitan Stadium']; away=[num(r['Attendance']) for r in t if r['Venue']!='Metropolitan Stadium']
w=stats.ttest_ind(home,away,equal_var=False)
q(FT,'Is the mean Attendance of the games at Metropolitan Stadium different from the mean Attendance of the other games?',"Use Welch's t-test (unequal variances), Metropolitan Stadium games first. Report the p-value rounded to four decimal places.",'@p_value[p] where "p" is a number rounded to four decimal places.',[['p_value',f4(w.pvalue)]])
most=single(t,lambda r: num(r['Attendance']))
q(FT,'Which Opponent drew the largest Attendance?','Take the game with the maximum Attendance and report its Opponent as written.','@opponent[name] where "name" is a string.',[['opponent',most['Opponent']]])
mw=stats.mannwhitneyu(home,away)
q(FT,'Does the Attendance differ between the games at Metropolitan Stadium and the other games?','Use the Mann-Whitney U test (two-sided), Metropolitan Stadium games first. Report the U statistic and the p-value rounded to four decimal places.','@U_statistic[U], @p_value[p] where "U" and "p" are numbers rounded to four decimal places.',[['U_statistic',f4(mw.statistic)],['p_value',f4(mw.pvalue)]])

WR='tables/wikitablequestions/csv/204-csv/818.csv'
t=load(WR)
places=Counter(r['Place:'] for r in t if r['Place:']).most_common(2); assert places[0][1]>places[1][1]
q(WR,'Which Place hosted the most title changes?','Count the rows of each Place, leaving out rows without a Place.','@place[name] where "name" is a string.',[['place',places[0][0]]])
caguas=[num(r['Reigns:']) for r in t if r['Place:']=='Caguas, Puerto Rico']; bay=[num(r['Reigns:']) for r in t if r['Place:']=='Bayamon, Puerto Rico']
mw=stats.mannwhitneyu(caguas,bay)
q(WR,"Do the Reigns of title changes in Caguas differ from those in Bayamon?","Use the Mann-Whitney U test (two-sided) on Reigns, with the rows whose Place is 'Caguas, Puerto Rico' first and the rows whose Place is 'Bayamon, Puerto Rico' second. Report the p-value rounded to four decimal places.",'@p_value[p] where "p" is a number rounded to four decimal places.',[['p_value',f4(mw.pvalue)]])
q(WR,'What is the average number of Reigns?','Leave out rows without a Reigns value. Round to two decimal places.','@mean_reigns[mean] where "mean" is a number rounded to two decimal places.',[['mean_reigns',f2(st.mean(num(r['Reigns:']) for r in t if num(r['Reigns:']) is not None))]])

CL='tables/wikitablequestions/csv/203-csv/472.csv'
t=load(CL)
c=stats.chi2_contingency(crosstab(t,'Home Team','Stadium'))
q(CL,'Is the Stadium associated with the Home Team?','Use a chi-square test of independence on the contingency table of Home Team and Stadium, with the team names as written. Report the chi-square statistic rounded to two decimal places.','@chi2_statistic[chi2] where "chi2" is a number rounded to two decimal places.',[['chi2_statistic',f2(c.statistic)]])
q(CL,'How many matches were played at Estadio Azteca?','Count the rows whose Stadium is Estadio Azteca.','@azteca_matches[count] where "count" is an integer.',[['azteca_matches',str(sum(r['Stadium']=='Estadio Azteca' for r in t))]])

TN='tables/wikitablequestions/csv/204-csv/69.csv'
t=load(TN)
cc=Counter(r['County'] for r in t); top=cc.most_common(2); assert top[0][1]>top[1][1]
q(TN,'Which County has the most towns in the table?','Count the rows of each County.','@county[name] where "name" is a string.',[['county',top[0][0]]])
yrs=[r for r in t if num(r['Established']) is not None]
old=single(yrs,lambda r: num(r['Established']),min)
q(TN,'Which town was established earliest?','Use only rows whose Established value is a plain year; take the smallest and report its Town name.','@town[name] where "name" is a string.',[['town',old['Town name']]])

if __name__=='__main__':
    for item in Q: print(json.dumps(item, ensure_ascii=False))
