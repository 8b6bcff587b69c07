import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCollection, grade } from '../bench/ir-qmsum.ts';

const meetings = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '..',
  '..',
  'shared',
  'corpus',
  'meetings',
  'qmsum',
);

describe('grade', () => {
  it('gives 2 to the document holding most of the span, 1 to others holding a fifth of it', () => {
    const span = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    const docs = [
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      [12, 13, 14, 15, 16, 17],
      [18, 19, 20],
      [30, 31],
    ];
    expect(grade(span, docs)).toEqual([1, 2, 1, 0]);
  });

  it('leaves a document holding less than a fifth of the span unjudged', () => {
    expect(grade([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [[1], [2, 3, 4, 5, 6, 7, 8, 9, 10]])).toEqual([0, 2]);
  });
});

describe.skipIf(!existsSync(join(meetings, 'test')))('the QMSum long-document collection', () => {
  it('reads the tuning half only, topics and uncovered stretches as documents', async () => {
    const collection = await buildCollection(join(meetings, 'test'));
    const ids = new Set(collection.docs.map((doc) => doc.id));
    expect(collection.docs).toHaveLength(71);
    expect(collection.queries).toHaveLength(80);
    // Every document comes from a meeting of the tuning half (test/), none from the check half (val/).
    const tuning = readdirSync(join(meetings, 'test')).map((name) => name.replace(/\.json$/, ''));
    const check = readdirSync(join(meetings, 'val')).map((name) => name.replace(/\.json$/, ''));
    const meetingOf = (id: string) => id.replace(/-\d+$/, '');
    expect(new Set(collection.docs.map((doc) => meetingOf(doc.id)))).toEqual(new Set(tuning));
    expect(check.some((name) => ids.has(`${name}-1`))).toBe(false);
    for (const judgment of collection.qrels) expect(ids.has(judgment.doc)).toBe(true);
    // Bed003: "Summarize what was said on intentionality" spans turns 54-76, across the
    // preliminaries (0-64) and the intentions topic (65-111): 11 turns in the first, 12 in the second.
    const intentionality = collection.qrels.filter((judgment) => judgment.query === 'Bed003-q3');
    expect(intentionality).toEqual([
      { query: 'Bed003-q3', doc: 'Bed003-1', grade: 1 },
      { query: 'Bed003-q3', doc: 'Bed003-2', grade: 2 },
    ]);
    const first = collection.docs.find((doc) => doc.id === 'Bed003-1');
    expect(first?.title).toBe('');
    expect(first?.text.split('\n')[0]).toBe('Grad C: Nice .');
    expect(collection.docs.every((doc) => !doc.text.includes('{'))).toBe(true);
  });
});
