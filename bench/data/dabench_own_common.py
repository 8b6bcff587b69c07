# What the answer scripts of the DABench-form batches (dabench-own-batch27.py and later) share: where
# the corpus is, how a question is recorded, how a corpus table is loaded (cells as text, as written)
# and how a figure is written with two decimals.
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
