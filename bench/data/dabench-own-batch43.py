# Batch 43 (held out): model fits a person can check. DABench-form questions over DABench tables asking for a
# logistic regression (scikit-learn's defaults: L2 penalty, C = 1, lbfgs, max_iter as stated) on a seeded
# train_test_split or on the whole table, its accuracy / precision / recall / F1 on the test rows and its
# coefficients; a StandardScaler fitted on the training rows; a linear regression's R² and RMSE on the test rows;
# and three fits whose answer hangs on chance a seed cannot pin down here (k-fold cross-validation, a random forest,
# a neural network), where the right output is a refusal (their gold is scikit-learn's figure). Written before the
# engine ran on it; the check half was not read. Answers are computed with scikit-learn 1.2.1, pandas and numpy.
# Run from anywhere with a Python that has scikit-learn: python3 bench/data/dabench-own-batch43.py prints the lines.
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, mean_squared_error, precision_score, r2_score, recall_score
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

from dabench_own_common import C, f2, recorder

Q = []
q = recorder(43, Q)
T = 'tables/dabench/tables/'


def read(name):
    return pd.read_csv(C + T + name)


def f3(x): return f'{x:.3f}'


def f4(x): return f'{x:.4f}'


def split(d, features, target, size, seed):
    return train_test_split(d[features], d[target], test_size=size, random_state=seed)


F = 'titanic.csv'
d = read(F)
feats = ['Pclass', 'SibSp', 'Parch', 'Fare']
Xtr, Xte, ytr, yte = split(d, feats, 'Survived', 0.3, 42)
m = LogisticRegression(max_iter=1000).fit(Xtr, ytr)
q(T + F, 'Train a logistic regression classifier to predict whether a passenger survived from the ticket class, the number of siblings/spouses, the number of parents/children and the fare. What is its accuracy on the test set?',
  '{\nUse "Pclass", "SibSp", "Parch" and "Fare" as features and "Survived" as the target.\nSplit the data 70-30 into training and test sets with random_state=42.\nUse scikit-learn\'s LogisticRegression with default parameters and max_iter=1000.\nRound the accuracy to two decimal places.\n}',
  '{\n@accuracy[acc]\nwhere "acc" is the accuracy on the test set, rounded to two decimal places.\n}',
  [['accuracy', f2(accuracy_score(yte, m.predict(Xte)))]])

k = d.dropna(subset=['Age'])
feats = ['Pclass', 'Age', 'Fare']
Xtr, Xte, ytr, yte = split(k, feats, 'Survived', 0.2, 0)
m = LogisticRegression(max_iter=1000).fit(Xtr, ytr)
p = m.predict(Xte)
q(T + F, 'After dropping the passengers whose age is missing, fit a logistic regression model that predicts survival from the passenger class, the age and the fare. Report its precision, recall and F1 score on the test set.',
  '{\nFeatures: "Pclass", "Age", "Fare". Target: "Survived" (1 is the positive class).\nUse train_test_split with test_size=0.2 and random_state=0, and LogisticRegression(max_iter=1000) with its other parameters left at their defaults.\nRound each metric to two decimal places.\n}',
  '{\n@precision[p]\n@recall[r]\n@f1_score[f]\nwhere "p", "r" and "f" are rounded to two decimal places.\n}',
  [['precision', f2(precision_score(yte, p))], ['recall', f2(recall_score(yte, p))], ['f1_score', f2(f1_score(yte, p))]])

m = LogisticRegression().fit(d[['Fare']], d.Survived)
q(T + F, 'Fit a logistic regression of survival on the fare over all passengers, without a train/test split. What are the coefficient of the fare and the intercept?',
  '{\nUse "Fare" as the only feature and "Survived" as the target, on every row.\nUse scikit-learn\'s LogisticRegression with default parameters (L2 penalty, C=1.0, lbfgs).\nRound the coefficient and the intercept to four decimal places.\n}',
  '{\n@fare_coefficient[coef]\n@intercept[b0]\nwhere "coef" and "b0" are rounded to four decimal places.\n}',
  [['fare_coefficient', f4(m.coef_[0][0])], ['intercept', f4(m.intercept_[0])]])

feats = ['Pclass', 'Age', 'SibSp', 'Fare']
Xtr, Xte, ytr, yte = split(k, feats, 'Survived', 0.25, 1)
sc = StandardScaler().fit(Xtr)
m = LogisticRegression().fit(sc.transform(Xtr), ytr)
signs = ['positive' if c > 0 else 'negative' for c in m.coef_[0]]
q(T + F, 'Using the passengers with a known age, standardize the class, age, number of siblings/spouses and fare with a StandardScaler fitted on the training rows, then train a logistic regression to predict survival. What is the test accuracy, and is the age coefficient positive or negative?',
  '{\nFeatures: "Pclass", "Age", "SibSp", "Fare"; target "Survived".\nSplit with train_test_split(test_size=0.25, random_state=1). Fit the StandardScaler on the training set only and apply it to both sets.\nLogisticRegression with default parameters.\nRound the accuracy to two decimal places.\n}',
  '{\n@test_accuracy[acc]\n@age_coefficient_sign[sign]\nwhere "acc" is rounded to two decimal places and "sign" is "positive" or "negative".\n}',
  [['test_accuracy', f2(accuracy_score(yte, m.predict(sc.transform(Xte))))], ['age_coefficient_sign', signs[1]]])

Xtr, Xte, ytr, yte = split(d, ['Pclass', 'Fare'], 'Survived', 0.3, 7)
m = LogisticRegression(max_iter=500).fit(Xtr, ytr)
p = m.predict(Xte)
q(T + F, 'Predict survival with a logistic regression on the ticket class and the fare. How many passengers in the test set does the model predict to survive, and how many of them actually survived?',
  '{\nFeatures "Pclass" and "Fare", target "Survived".\nUse a 70/30 train/test split with random_state=7 and LogisticRegression(max_iter=500).\n}',
  '{\n@predicted_survivors[n]\n@true_positives[tp]\nwhere "n" and "tp" are integers.\n}',
  [['predicted_survivors', str(int(p.sum()))], ['true_positives', str(int(((p == 1) & (yte.values == 1)).sum()))]])

F = 'baseball_data.csv'
b = read(F)
feats = ['number_of_runs', 'number_of_hits', 'number_of_home_runs', 'number_of_walks']
k = b.dropna(subset=feats + ['indicator_of_free_agency_eligibility'])
Xtr, Xte, ytr, yte = split(k, feats, 'indicator_of_free_agency_eligibility', 0.3, 42)
m = LogisticRegression(max_iter=1000).fit(Xtr, ytr)
q(T + F, 'Can the batting statistics tell which players are eligible for free agency? Train a logistic regression on runs, hits, home runs and walks and report its accuracy on the held-out rows.',
  '{\nDrop rows with missing values in the features or the target.\nFeatures: "number_of_runs", "number_of_hits", "number_of_home_runs", "number_of_walks". Target: "indicator_of_free_agency_eligibility".\nUse train_test_split(test_size=0.3, random_state=42) and LogisticRegression(max_iter=1000).\nRound to two decimal places.\n}',
  '{\n@free_agency_accuracy[acc]\nwhere "acc" is rounded to two decimal places.\n}',
  [['free_agency_accuracy', f2(accuracy_score(yte, m.predict(Xte)))]])

k = b.dropna(subset=['number_of_hits', 'salary_in_thousands_of_dollars'])
Xtr, Xte, ytr, yte = split(k, ['number_of_hits'], 'salary_in_thousands_of_dollars', 0.2, 42)
lm = LinearRegression().fit(Xtr, ytr)
pr = lm.predict(Xte)
q(T + F, 'Train a linear regression model that predicts the salary from the number of hits and evaluate it on the test set. What are the R-squared and the root mean squared error on the test set?',
  '{\nUse "number_of_hits" as the feature and "salary_in_thousands_of_dollars" as the target.\nSplit the data 80-20 into training and test sets with random_state=42.\nRound both values to two decimal places.\n}',
  '{\n@r_squared[r2]\n@rmse[error]\nwhere "r2" and "error" are rounded to two decimal places.\n}',
  [['r_squared', f2(r2_score(yte, pr))], ['rmse', f2(np.sqrt(mean_squared_error(yte, pr)))]])

F = 'arrest_expungibility.csv'
a = read(F).dropna(subset=['Age', 'Count'])
a['Expungible'] = a.Expungible.astype(int)
Xtr, Xte, ytr, yte = split(a, ['Age', 'Count'], 'Expungible', 0.25, 3)
m = LogisticRegression().fit(Xtr, ytr)
q(T + F, 'Build a logistic regression model that predicts whether an arrest is expungible from the age and the count. What is the model\'s accuracy on the test data?',
  '{\nFeatures "Age" and "Count"; target "Expungible" (True as 1, False as 0).\nUse train_test_split with test_size=0.25 and random_state=3, and scikit-learn\'s LogisticRegression with default settings.\nRound the accuracy to three decimal places.\n}',
  '{\n@expungible_accuracy[acc]\nwhere "acc" is rounded to three decimal places.\n}',
  [['expungible_accuracy', f3(accuracy_score(yte, m.predict(Xte)))]])

F = 'titanic.csv'
k = d.dropna(subset=['Age'])
Xtr, Xte, ytr, yte = split(k, ['Age'], 'Fare', 0.25, 7)
lm = LinearRegression().fit(Xtr, ytr)
q(T + F, 'Among the passengers with a known age, how well does a linear regression of the fare on the age do on unseen passengers? Report the R² on the test set.',
  '{\nUse "Age" as the predictor and "Fare" as the response.\nSplit with train_test_split(test_size=0.25, random_state=7).\nRound to three decimal places.\n}',
  '{\n@test_r2[r2]\nwhere "r2" is rounded to three decimal places.\n}',
  [['test_r2', f3(r2_score(yte, lm.predict(Xte)))]])

feats = ['Pclass', 'SibSp', 'Parch', 'Fare']
acc = cross_val_score(LogisticRegression(max_iter=1000), d[feats], d.Survived, cv=5).mean()
q(T + F, 'Estimate how well a logistic regression predicts survival from the class, the siblings/spouses, the parents/children and the fare using 5-fold cross-validation. What is the mean accuracy across the folds?',
  '{\nFeatures: "Pclass", "SibSp", "Parch", "Fare"; target "Survived".\nUse cross_val_score with cv=5 and LogisticRegression(max_iter=1000).\nRound to two decimal places.\n}',
  '{\n@cv_accuracy[acc]\nwhere "acc" is rounded to two decimal places.\n}',
  [['cv_accuracy', f2(acc)]])

Xtr, Xte, ytr, yte = split(d, feats, 'Survived', 0.3, 42)
rf = RandomForestClassifier(random_state=42).fit(Xtr, ytr)
q(T + F, 'Train a random forest classifier to predict survival from the class, the siblings/spouses, the parents/children and the fare. What is its accuracy on the test set?',
  '{\nFeatures: "Pclass", "SibSp", "Parch", "Fare"; target "Survived".\nSplit 70-30 with random_state=42 and use RandomForestClassifier(random_state=42).\nRound to two decimal places.\n}',
  '{\n@rf_accuracy[acc]\nwhere "acc" is rounded to two decimal places.\n}',
  [['rf_accuracy', f2(accuracy_score(yte, rf.predict(Xte)))]])

feats = ['number_of_runs', 'number_of_hits', 'number_of_home_runs', 'number_of_walks']
k = b.dropna(subset=feats + ['indicator_of_free_agency_eligibility'])
Xtr, Xte, ytr, yte = split(k, feats, 'indicator_of_free_agency_eligibility', 0.3, 42)
sc = StandardScaler().fit(Xtr)
nn = MLPClassifier(hidden_layer_sizes=(16,), max_iter=2000, random_state=42).fit(sc.transform(Xtr), ytr)
q(T + F, 'Train a small neural network to predict free-agency eligibility from runs, hits, home runs and walks. What is its accuracy on the test set?',
  '{\nFeatures "number_of_runs", "number_of_hits", "number_of_home_runs", "number_of_walks", scaled with a StandardScaler fitted on the training rows; target "indicator_of_free_agency_eligibility"; rows with missing values dropped.\nSplit with test_size=0.3 and random_state=42. Use MLPClassifier(hidden_layer_sizes=(16,), max_iter=2000, random_state=42).\nRound to two decimal places.\n}',
  '{\n@nn_accuracy[acc]\nwhere "acc" is rounded to two decimal places.\n}',
  [['nn_accuracy', f2(accuracy_score(yte, nn.predict(sc.transform(Xte))))]])

for item in Q:
    print(json.dumps(item))
