import { describe, expect, it } from 'vitest';
import { chunkTerms, encodePostings, fileHeader, fileLengths } from './postings.ts';
import {
  type CorpusStats,
  DEFAULT_RANK_PARAMS,
  feedbackLengthFactor,
  feedbackMix,
  feedbackModel,
  feedbackShare,
  mixQuery,
  type RankParams,
  scoreBm25f,
} from './rank.ts';

const params: RankParams = { ...DEFAULT_RANK_PARAMS, feedbackWeight: 0.3, feedbackFullUpTo: 10 };
const candidates: [string, number][] = [
  ['glacier', 0.5],
  ['moraine', 0.3],
  ['everywhere', 0.2],
];
/** "everywhere" is in every chunk, the others in a few. */
const df = (term: string) => (term === 'everywhere' ? 100 : 3);

function query(terms: number): Map<string, number> {
  return new Map(Array.from({ length: terms }, (_, i) => [`word${i}`, 1]));
}

describe('feedbackShare', () => {
  it('gives queries up to feedbackFullUpTo terms the full feedback weight', () => {
    expect(feedbackShare(params, 1)).toBeCloseTo(0.3);
    expect(feedbackShare(params, 10)).toBeCloseTo(0.3);
  });

  it('shrinks in proportion beyond it', () => {
    expect(feedbackShare(params, 20)).toBeCloseTo(0.15);
    expect(feedbackShare(params, 40)).toBeCloseTo(0.075);
  });

  it('is the plain weight for every length when the limit is infinite', () => {
    const flat = { ...params, feedbackFullUpTo: Number.POSITIVE_INFINITY };
    expect(feedbackShare(flat, 200)).toBeCloseTo(0.3);
  });
});

describe('feedbackLengthFactor', () => {
  const pivoted = { ...params, feedbackLengthPivot: 150, feedbackLengthPower: 1 };
  it('leaves feedback documents up to the pivot their full share', () => {
    expect(feedbackLengthFactor(pivoted, 40)).toBe(1);
    expect(feedbackLengthFactor(pivoted, 150)).toBe(1);
  });
  it('shrinks the share as pivot / length beyond it, to the given power', () => {
    expect(feedbackLengthFactor(pivoted, 600)).toBeCloseTo(0.25);
    expect(feedbackLengthFactor({ ...pivoted, feedbackLengthPower: 2 }, 300)).toBeCloseTo(0.25);
  });
  it('is 1 for every length when off', () => {
    expect(feedbackLengthFactor({ ...params, feedbackLengthPivot: 0 }, 5000)).toBe(1);
  });
});

describe('feedbackModel', () => {
  it("shares each text's weight among its terms and gives the texts' mean length in terms as they lend", () => {
    const { model, length } = feedbackModel([
      { text: 'glacier moraine glacier', score: 3 },
      { text: 'glacier lake ice sheet crevasse field', score: 1 },
    ]);
    expect(model[0]![0]).toBe('glacier');
    expect(model.reduce((sum, [, share]) => sum + share, 0)).toBeCloseTo(1);
    // Three terms at 3/4 of the weight, six at 1/4.
    expect(length).toBeCloseTo(0.75 * 3 + 0.25 * 6);
  });
});

describe('feedbackMix', () => {
  it('leaves out terms found in too many chunks and splits the share among the rest', () => {
    const { scale, added } = feedbackMix(query(2), candidates, df, 100, params);
    expect([...added.keys()]).toEqual(['glacier', 'moraine']);
    expect(added.get('glacier')! + added.get('moraine')!).toBeCloseTo(0.3);
    expect(added.get('glacier')! / added.get('moraine')!).toBeCloseTo(0.5 / 0.3);
    // The original query keeps 1 - share of the mass, spread over its two terms.
    expect(scale).toBeCloseTo(0.7 / 2);
  });

  it('gives a long question less feedback than a short one', () => {
    const short = mixQuery(query(5), candidates, df, 100, params);
    const long = mixQuery(query(30), candidates, df, 100, params);
    const feedbackMass = (mixed: Map<string, number>) =>
      (mixed.get('glacier') ?? 0) + (mixed.get('moraine') ?? 0);
    expect(feedbackMass(short)).toBeCloseTo(0.3);
    expect(feedbackMass(long)).toBeCloseTo(0.1);
    // Weights still sum to one: the original terms keep the rest.
    const total = [...long.values()].reduce((sum, weight) => sum + weight, 0);
    expect(total).toBeCloseTo(1);
  });

  it('adds nothing and keeps the query as it is when feedback is off', () => {
    const { scale, added } = feedbackMix(query(3), candidates, df, 100, { ...params, feedbackWeight: 0 });
    expect(added.size).toBe(0);
    expect(scale).toBe(1);
  });
});

describe('scoreBm25f with file evidence', () => {
  // Two files of two chunks; chunks 1 and 3 read the same, file 2 is about tides throughout.
  const texts: Record<number, [number, string]> = {
    1: [1, 'tide tables for the harbour'],
    2: [1, 'opening hours of the museum and the cafe'],
    3: [2, 'tide tables for the harbour'],
    4: [2, 'spring tide and neap tide explained'],
  };
  const postings = new Map<string, Uint8Array[]>();
  let stats: CorpusStats = {
    chunks: 0,
    titleLength: 0,
    bodyLength: 0,
    peopleLength: 0,
    files: 0,
    fileTitleLength: 0,
    fileBodyLength: 0,
    filePeopleLength: 0,
  };
  // File 2 written again as a set of separate items (a mailbox of two messages): ids 13 and 14.
  const itemsPostings = new Map<string, Uint8Array[]>();
  for (const fileId of [1, 2]) {
    const chunks = Object.entries(texts)
      .filter(([, [file]]) => file === fileId)
      .map(([id, [, text]]) => ({
        id: Number(id),
        terms: chunkTerms({ title: '', body: text, people: '' }),
      }));
    const lengths = fileLengths(chunks.map((chunk) => chunk.terms));
    for (const row of encodePostings(chunks, fileHeader(fileId, lengths)))
      postings.set(row.term, [...(postings.get(row.term) ?? []), row.data]);
    const asItems = fileId === 1 ? chunks : chunks.map((chunk) => ({ ...chunk, id: chunk.id + 10 }));
    for (const row of encodePostings(asItems, fileHeader(fileId, lengths, fileId === 2)))
      itemsPostings.set(row.term, [...(itemsPostings.get(row.term) ?? []), row.data]);
    stats = {
      ...stats,
      chunks: stats.chunks + chunks.length,
      bodyLength: stats.bodyLength + chunks.reduce((sum, chunk) => sum + chunk.terms.bodyLength, 0),
      files: stats.files + 1,
      fileBodyLength: stats.fileBodyLength + lengths.bodyLength,
    };
  }
  const weights = new Map([['tide', 1]]);

  it('ranks equal passages by their files when the document weight is on', () => {
    const alone = scoreBm25f(weights, postings, stats, { ...DEFAULT_RANK_PARAMS, documentWeight: 0 });
    expect(alone.get(1)).toBeCloseTo(alone.get(3));
    const withFiles = scoreBm25f(weights, postings, stats, { ...DEFAULT_RANK_PARAMS, documentWeight: 1 });
    expect(withFiles.get(3)).toBeGreaterThan(withFiles.get(1));
    expect(withFiles.get(1)).toBeGreaterThan(alone.get(1));
    expect(withFiles.top(3).map((item) => item.id)).toEqual([4, 3, 1]);
  });

  it('scores each item of a mailbox, calendar, address book or chat log as a document of its own', () => {
    const params = { ...DEFAULT_RANK_PARAMS, documentWeight: 1 };
    const withFiles = scoreBm25f(weights, itemsPostings, stats, params);
    const alone = scoreBm25f(weights, itemsPostings, stats, { ...params, documentWeight: 0 });
    const share = withFiles.get(13) - alone.get(13);
    expect(share).toBeGreaterThan(0);
    // The item that says "tide" twice is the better document of the two.
    expect(withFiles.get(14) - alone.get(14)).toBeGreaterThan(share);
    // An item's share is its own: a sibling without the term leaves it as it was.
    const quieter = new Map<string, Uint8Array[]>();
    const sibling = {
      id: 14,
      terms: chunkTerms({ title: '', body: 'opening hours of the harbour', people: '' }),
    };
    const mailbox = [{ id: 13, terms: chunkTerms({ title: '', body: texts[3]![1], people: '' }) }, sibling];
    const lengths = fileLengths(mailbox.map((chunk) => chunk.terms));
    for (const [term, rows] of itemsPostings) if (term !== 'tide') quieter.set(term, rows);
    for (const row of encodePostings(mailbox, fileHeader(2, lengths, true)))
      if (row.term === 'tide') quieter.set('tide', [itemsPostings.get('tide')![0]!, row.data]);
    const quiet = scoreBm25f(weights, quieter, stats, params);
    const quietAlone = scoreBm25f(weights, quieter, stats, { ...params, documentWeight: 0 });
    expect(quiet.get(13) - quietAlone.get(13)).toBeCloseTo(share);
    expect(withFiles.passages().top(4)).toEqual(alone.top(4));
  });

  it('counts the rest of a file as a field of its chunks inside their saturation when fileFieldWeight is on', () => {
    const params = { ...DEFAULT_RANK_PARAMS, documentWeight: 0 };
    const off = scoreBm25f(weights, postings, stats, params);
    const field = scoreBm25f(weights, postings, stats, { ...params, fileFieldWeight: 0.5 });
    // Chunk 1's file says "tide" nowhere else: unchanged. Chunk 3's file says it twice more.
    expect(field.get(1)).toBeCloseTo(off.get(1), 12);
    expect(field.get(3)).toBeGreaterThan(off.get(3));
    // Still one saturated score: below the term's idf, which bounds BM25's weight of one term.
    const ceiling = Math.log(1 + (stats.chunks - 3 + 0.5) / 3.5);
    expect(field.get(3)).toBeLessThan(ceiling);
    // Files of separate items are documents of their own, not fields of each other.
    const items = scoreBm25f(weights, itemsPostings, stats, { ...params, fileFieldWeight: 0.5 });
    const itemsOff = scoreBm25f(weights, itemsPostings, stats, params);
    expect(items.get(13)).toBeCloseTo(itemsOff.get(13), 12);
  });

  it('still ranks by the passages alone through passages()', () => {
    const alone = scoreBm25f(weights, postings, stats, { ...DEFAULT_RANK_PARAMS, documentWeight: 0 });
    const withFiles = scoreBm25f(weights, postings, stats, { ...DEFAULT_RANK_PARAMS, documentWeight: 1 });
    expect(withFiles.passages().top(3)).toEqual(alone.top(3));
  });
});

describe('scoreBm25f term models', () => {
  // Four one-chunk files of 10, 20, 10 and 40 body words; "heron" twice in the first, once in
  // the second (the collection of dfr.test.ts).
  const bodies = [
    `heron heron ${'reed '.repeat(8)}`,
    `heron ${'reed '.repeat(19)}`,
    'reed '.repeat(10),
    'reed '.repeat(40),
  ];
  const postings = new Map<string, Uint8Array[]>();
  let bodyLength = 0;
  for (const [index, body] of bodies.entries()) {
    const terms = chunkTerms({ title: '', body, people: '' });
    bodyLength += terms.bodyLength;
    const chunks = [{ id: index + 1, terms }];
    for (const row of encodePostings(chunks, fileHeader(index + 1, fileLengths([terms]))))
      postings.set(row.term, [...(postings.get(row.term) ?? []), row.data]);
  }
  const stats: CorpusStats = {
    chunks: 4,
    titleLength: 0,
    bodyLength,
    peopleLength: 0,
    files: 4,
    fileTitleLength: 0,
    fileBodyLength: bodyLength,
    filePeopleLength: 0,
  };
  const weights = new Map([['heron', 1]]);
  const passages = { ...DEFAULT_RANK_PARAMS, documentWeight: 0 };

  it('reads the collection as intended', () => {
    expect(bodyLength).toBe(80);
  });

  it('scores BM25F as idf times the saturated pseudo-frequency by default', () => {
    // idf = ln(1 + (4 - 2 + 0.5) / (2 + 0.5)) = ln 2; pseudo = 2 / (1 - 0.6 + 0.6 * 10 / 20)
    // = 2.857143; 2.857143 / (1.2 + 2.857143) = 0.704225; times ln 2 = 0.488136
    const scores = scoreBm25f(weights, postings, stats, passages);
    expect(scores.get(1)).toBeCloseTo(0.488136, 5);
    expect(scores.size).toBe(2);
  });

  it('adds BM25+ lower bound and BM25L shift', () => {
    // BM25+: + ln 2 * 1 / (k1 + 1) = 0.315067
    const plus = scoreBm25f(weights, postings, stats, { ...passages, bm25PlusDelta: 1 });
    expect(plus.get(1)).toBeCloseTo(0.803203, 5);
    // BM25L: pseudo 3.357143; 3.357143 / 4.557143 * ln 2 = 0.510625
    const shifted = scoreBm25f(weights, postings, stats, { ...passages, bm25LDelta: 0.5 });
    expect(shifted.get(1)).toBeCloseTo(0.510625, 5);
  });

  it('scores DPH alone and added to BM25F', () => {
    const dph = scoreBm25f(weights, postings, stats, { ...passages, bm25Weight: 0, dfrWeight: 1 });
    expect(dph.get(1)).toBeCloseTo(1.38557, 4);
    expect(dph.get(2)).toBeCloseTo(0.768833, 4);
    const fused = scoreBm25f(weights, postings, stats, { ...passages, dfrWeight: 0.5 });
    expect(fused.get(1)).toBeCloseTo(0.488136 + 0.5 * 1.38557, 4);
  });

  it('scores PL2 with its length normalisation', () => {
    const pl2 = { ...passages, bm25Weight: 0, dfrWeight: 1, dfrModel: 'pl2' as const };
    expect(scoreBm25f(weights, postings, stats, pl2).get(1)).toBeCloseTo(1.26107, 4);
    // A larger c lifts the short document's normalised frequency, and its score with it.
    expect(scoreBm25f(weights, postings, stats, { ...pl2, dfrC: 4 }).get(1)).toBeGreaterThan(1.3);
  });

  it('scores the information-based LGD and SPL alone and added to BM25F', () => {
    const lgd = { ...passages, bm25Weight: 0, dfrWeight: 1, dfrModel: 'lgd' as const };
    expect(scoreBm25f(weights, postings, stats, lgd).get(1)).toBeCloseTo(2.87575, 4);
    const spl = { ...passages, bm25Weight: 0, dfrWeight: 1, dfrModel: 'spl' as const };
    expect(scoreBm25f(weights, postings, stats, spl).get(1)).toBeCloseTo(2.46722, 4);
    const fused = scoreBm25f(weights, postings, stats, { ...passages, dfrWeight: 0.1, dfrModel: 'lgd' });
    expect(fused.get(1)).toBeCloseTo(0.488136 + 0.1 * 2.87575, 4);
  });
});
