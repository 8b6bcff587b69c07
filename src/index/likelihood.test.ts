import { describe, expect, it } from 'vitest';
import { documentLikelihoods, logLikelihoods, relativeLikelihoods } from './likelihood.ts';
import { chunkTerms, encodePostings, fileHeader, fileLengths, markItems } from './postings.ts';
import type { CorpusStats } from './rank.ts';

// One file of four chunks; every chunk id is its own position.
const texts = [
  'lighthouse keeper logbook',
  'lighthouse lamp lens lighthouse beam',
  'ferry timetable for the winter season and the summer season of the island ferry',
  'lighthouse',
];
const chunks = texts.map((text, id) => ({ id, terms: chunkTerms({ title: '', body: text, people: '' }) }));
const postings = new Map<string, Uint8Array[]>();
for (const row of encodePostings(chunks, fileHeader(1, fileLengths(chunks.map((chunk) => chunk.terms)))))
  postings.set(row.term, [row.data]);
const bodyLength = chunks.reduce((sum, chunk) => sum + chunk.terms.bodyLength, 0);
const stats: CorpusStats = {
  chunks: chunks.length,
  titleLength: 0,
  bodyLength,
  peopleLength: 0,
  files: 1,
  fileTitleLength: 0,
  fileBodyLength: bodyLength,
  filePeopleLength: 0,
};
const ids = [0, 1, 2, 3];

describe('logLikelihoods', () => {
  it('is the Dirichlet-smoothed log likelihood of the query', () => {
    const mu = 10;
    const scores = logLikelihoods(ids, new Map([['lighthous', 1]]), postings, stats, mu);
    // "lighthouse" occurs 4 times among the index's 17 terms; chunk 1 holds it twice in 5.
    expect(bodyLength).toBe(17);
    const prior = (mu * 4) / bodyLength;
    expect(scores.get(1)).toBeCloseTo(Math.log((2 + prior) / (5 + mu)));
    expect(scores.get(3)).toBeCloseTo(Math.log((1 + prior) / (1 + mu)));
  });

  it('prefers more occurrences in a chunk of the same length, and a shorter chunk for the same count', () => {
    const scores = logLikelihoods(ids, new Map([['lighthous', 1]]), postings, stats, 10);
    expect(scores.get(1)).toBeGreaterThan(scores.get(0)!);
    expect(scores.get(3)).toBeGreaterThan(scores.get(0)!);
  });

  it('weighs each query term by its weight and keeps terms the index lacks finite', () => {
    const once = logLikelihoods(ids, new Map([['lamp', 1]]), postings, stats, 10);
    const twice = logLikelihoods(ids, new Map([['lamp', 2]]), postings, stats, 10);
    expect(twice.get(1)).toBeCloseTo(2 * once.get(1)!);
    const unknown = logLikelihoods(ids, new Map([['zeppelin', 1]]), postings, stats, 10);
    for (const id of ids) expect(Number.isFinite(unknown.get(id))).toBe(true);
  });
});

describe('relativeLikelihoods', () => {
  it('gives the likeliest chunk 1 and the others their likelihood ratio to it', () => {
    const weights = new Map([
      ['lighthous', 1],
      ['lamp', 1],
    ]);
    const matching = [0, 1, 3];
    const logs = logLikelihoods(matching, weights, postings, stats, 10);
    const relative = relativeLikelihoods(matching, weights, postings, stats, 10);
    expect(relative.get(1)).toBe(1);
    expect(relative.get(0)).toBeCloseTo(Math.exp(logs.get(0)! - logs.get(1)!));
    // One "lighthouse" in one term is likelier than one in three.
    expect(relative.get(3)).toBeGreaterThan(relative.get(0)!);
    expect(relative.get(3)).toBeLessThan(1);
  });
});

describe('logLikelihoods with field weights', () => {
  it('counts a title occurrence as many times as its field weight, in the chunk and the index', () => {
    const titled = [
      { id: 0, terms: chunkTerms({ title: 'wharf', body: 'crane pier', people: '' }) },
      { id: 1, terms: chunkTerms({ title: '', body: 'wharf crane pier', people: '' }) },
    ];
    const rows = new Map<string, Uint8Array[]>();
    for (const row of encodePostings(titled, fileHeader(1, fileLengths(titled.map((chunk) => chunk.terms)))))
      rows.set(row.term, [row.data]);
    const titledStats: CorpusStats = { ...stats, chunks: 2, titleLength: 1, bodyLength: 5, files: 1 };
    const query = new Map([['wharf', 1]]);
    const even = logLikelihoods([0, 1], query, rows, titledStats, 10);
    expect(even.get(0)).toBeCloseTo(even.get(1)!);
    const fields = { title: 2, people: 1, body: 1 };
    const weighted = logLikelihoods([0, 1], query, rows, titledStats, 10, fields);
    // Chunk 0: 2 of 4 weighted terms; the index: 3 of 7.
    expect(weighted.get(0)).toBeCloseTo(Math.log((2 + (10 * 3) / 7) / (4 + 10)));
    expect(weighted.get(0)).toBeGreaterThan(weighted.get(1)!);
  });
});

describe('documentLikelihoods', () => {
  // File 1: a long report in two passages; file 2: a short note; file 3: a mailbox of two messages.
  const report = [
    { id: 10, terms: chunkTerms({ title: '', body: 'lighthouse keeper logbook winter', people: '' }) },
    { id: 11, terms: chunkTerms({ title: '', body: 'lighthouse lamp lens beam', people: '' }) },
  ];
  const note = [{ id: 20, terms: chunkTerms({ title: '', body: 'lighthouse ferry', people: '' }) }];
  const mailbox = [
    { id: 30, terms: chunkTerms({ title: '', body: 'lighthouse visit saturday', people: '' }) },
    { id: 31, terms: chunkTerms({ title: '', body: 'lighthouse lamp broken again', people: '' }) },
  ];
  const rows = new Map<string, Uint8Array[]>();
  const add = (file: number, chunks: typeof report, items = false) => {
    for (const row of encodePostings(
      chunks,
      fileHeader(file, fileLengths(chunks.map((chunk) => chunk.terms))),
    ))
      rows.set(row.term, [...(rows.get(row.term) ?? []), items ? markItems(row.data) : row.data]);
  };
  add(1, report);
  add(2, note);
  add(3, mailbox, true);
  const all = [...report, ...note, ...mailbox];
  const length = all.reduce((sum, chunk) => sum + chunk.terms.bodyLength, 0);
  const docStats: CorpusStats = {
    ...stats,
    chunks: all.length,
    bodyLength: length,
    files: 3,
    fileBodyLength: length,
  };
  const query = new Map([
    ['lighthous', 1],
    ['lamp', 1],
  ]);

  it('scores a file as one document over all its passages that hold a query term', () => {
    const documents = documentLikelihoods([10], query, rows, docStats, 10);
    const report10 = documents.get(10)!;
    expect(report10.key).toBe('f1');
    expect([...report10.chunks].sort()).toEqual([10, 11]);
    // The report holds "lighthouse" twice and "lamp" once in 8 terms; the index 5 and 2 in 17.
    expect(length).toBe(17);
    const expected = Math.log((2 + (10 * 5) / 17) / (8 + 10)) + Math.log((1 + (10 * 2) / 17) / (8 + 10));
    expect(report10.logLikelihood).toBeCloseTo(expected);
  });

  it('gives both passages of one file the same document, and a passage alone its own', () => {
    const documents = documentLikelihoods([10, 11, 20], query, rows, docStats, 10);
    expect(documents.get(11)).toBe(documents.get(10));
    expect(documents.get(20)!.key).toBe('f2');
    expect(documents.get(20)!.chunks).toEqual([20]);
  });

  it('keeps each item of a mailbox a document of its own, scored as its chunk', () => {
    const documents = documentLikelihoods([30, 31], query, rows, docStats, 10);
    expect(documents.get(31)!.key).toBe('c31');
    expect(documents.get(31)!.chunks).toEqual([31]);
    const alone = logLikelihoods([31], query, rows, docStats, 10);
    expect(documents.get(31)!.logLikelihood).toBeCloseTo(alone.get(31)!);
  });
});
