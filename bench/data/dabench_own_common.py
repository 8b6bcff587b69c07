# What the answer scripts of the DABench-form batches (dabench-own-batch27.py and later) share: where
# the corpus is, how a question is recorded, how a corpus table is loaded (cells as text, as written)
# how a figure is written with one to four decimals, how a DABench table is read (blanks as missing), how a
# figure written with thousands commas or spaces is read, and the one most frequent value of a count.
import os

import pandas as pd

C = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus') + '/'
W = 'tables/wikitablequestions/csv/'


def recorder(batch, questions):
    """A `q(file, question, constraints, fmt, answers, table=None)` that appends to `questions`, ids from batch·100 + 1."""

    def q(file, question, constraints, fmt, answers, table=None):
        item = dict(id=batch * 100 + 1 + len(questions), question=question, constraints=constraints, format=fmt,
                    file=file)
        if table:
            item['table'] = table
        item.update(answers=answers, batch=batch)
        questions.append(item)

    return q


def load(f):
    frame = pd.read_csv(C + f, dtype=str, keep_default_na=False, escapechar='\\')
    frame.columns = [c.replace('\n', ' ') for c in frame.columns]
    return frame


def f2(x): return f'{x:.2f}'


def f1(x): return f'{x:.1f}'


def f3(x): return f'{x:.3f}'


def f4(x): return f'{x:.4f}'


def read_dabench(name, **kw):
    """A table of the DABench folder, read by pandas as it reads a CSV (blanks as missing)."""
    return pd.read_csv(C + 'tables/dabench/tables/' + name, **kw)


def num(col):
    """A text column's figures as numbers, thousands commas and spaces left out; other text as missing."""
    return pd.to_numeric(col.str.replace(',', '').str.replace(' ', ''), errors='coerce')


def only_mode(counts):
    """The one most frequent value of a count and its count; asserts there is no tie."""
    top = counts.max()
    names = counts[counts == top].index.tolist()
    assert len(names) == 1, names
    return names[0], int(top)
