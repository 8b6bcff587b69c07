import { describe, expect, it } from 'vitest';
import {
  type DfrCollection,
  dfrWeight,
  documentShare,
  dph,
  inexpb2,
  inl2,
  lgd,
  normalisedFrequency,
  pl2,
  spl,
} from './dfr.ts';

// Four documents of 10, 20, 10 and 40 words (average 20); "heron" is twice in the first and
// once in the second: collection frequency 3, document frequency 2. The expected figures are
// the formulas worked through by hand (log2 throughout).
const collection: DfrCollection = {
  documents: 4,
  averageLength: 20,
  termFrequency: 3,
  documentFrequency: 2,
};

describe('normalisedFrequency', () => {
  it('scales a frequency by log2(1 + c * average / length)', () => {
    // 2 * log2(1 + 20 / 10) = 2 * log2(3)
    expect(normalisedFrequency(2, 10, 20, 1)).toBeCloseTo(3.169925, 5);
    // A document of average length with c = 1: log2(2) = 1, the frequency as it is.
    expect(normalisedFrequency(1, 20, 20, 1)).toBeCloseTo(1, 9);
    expect(normalisedFrequency(0, 20, 20, 1)).toBe(0);
  });
});

describe('dph', () => {
  it('follows the formula on a short document with the term twice', () => {
    // f = 2/10; norm = (1 - f)^2 / (tf + 1) = 0.64 / 3
    // tf * log2(tf * avg / len * N / F) = 2 * log2(4 * 4/3) = 4.830075
    // 0.5 * log2(2π * tf * (1 - f)) = 0.5 * log2(10.05310) = 1.664787
    // (4.830075 + 1.664787) * 0.213333 = 1.385570
    expect(dph(2, 10, collection)).toBeCloseTo(1.38557, 4);
  });

  it('gives less to one occurrence in a longer document', () => {
    expect(dph(1, 20, collection)).toBeCloseTo(0.768833, 4);
    expect(dph(1, 20, collection)).toBeLessThan(dph(2, 10, collection));
  });

  it('gives nothing where the term is the whole document or is absent', () => {
    expect(dph(3, 3, collection)).toBe(0);
    expect(dph(0, 10, collection)).toBe(0);
  });

  it('never goes below zero for a term commoner than chance would have it', () => {
    const everywhere = { ...collection, termFrequency: 400, documentFrequency: 4 };
    expect(dph(1, 40, everywhere)).toBe(0);
  });
});

describe('models on a normalised frequency', () => {
  const tfn = normalisedFrequency(2, 10, 20, 1);

  it('PL2', () => {
    // λ = F / N = 0.75; (tfn log2(tfn / λ) + (λ - tfn) log2 e + 0.5 log2(2π tfn)) / (tfn + 1)
    // = (6.59177 - 3.49122 + 2.15796) / 4.16993 = 1.26107
    expect(pl2(tfn, collection)).toBeCloseTo(1.26107, 4);
  });

  it('InL2', () => {
    // tfn / (tfn + 1) * log2((N + 1) / (df + 0.5)) = 0.760188 * log2(2)
    expect(inl2(tfn, collection)).toBeCloseTo(0.760188, 5);
  });

  it('In_expB2', () => {
    // expected df = 4 (1 - (3/4)^3) = 2.3125; idf = log2(5 / 2.8125) = 0.830075
    // after-effect (F + 1) / (df (tfn + 1)) = 4 / 8.33985 = 0.479625; tfn * idf * that = 1.26203
    expect(inexpb2(tfn, collection)).toBeCloseTo(1.26203, 4);
  });

  it('dfrWeight picks the model named', () => {
    expect(dfrWeight('dph', 2, 10, tfn, collection)).toBe(dph(2, 10, collection));
    expect(dfrWeight('pl2', 2, 10, tfn, collection)).toBe(pl2(tfn, collection));
    expect(dfrWeight('inl2', 2, 10, tfn, collection)).toBe(inl2(tfn, collection));
    expect(dfrWeight('inexpb2', 2, 10, tfn, collection)).toBe(inexpb2(tfn, collection));
    expect(dfrWeight('lgd', 2, 10, tfn, collection)).toBe(lgd(tfn, collection));
    expect(dfrWeight('spl', 2, 10, tfn, collection)).toBe(spl(tfn, collection));
  });
});

describe('information-based models (LGD, SPL)', () => {
  const tfn = normalisedFrequency(2, 10, 20, 1);

  it('take λ as the share of documents holding the term, kept below 1', () => {
    expect(documentShare(collection)).toBe(0.5);
    expect(documentShare({ ...collection, documentFrequency: 4 })).toBeLessThan(1);
  });

  it('LGD', () => {
    // λ = df / N = 0.5; log2((tfn + λ) / λ) = log2(7.33985) = 2.87575
    expect(lgd(tfn, collection)).toBeCloseTo(2.87575, 4);
    // One occurrence in a document of average length: tfn 1, log2(3)
    expect(lgd(1, collection)).toBeCloseTo(Math.log2(3), 9);
  });

  it('SPL', () => {
    // λ^(tfn / (tfn + 1)) = 0.5^0.760188 = 0.590420; (0.590420 - 0.5) / 0.5 = 0.180839
    // -log2(0.180839) = 2.46722
    expect(spl(tfn, collection)).toBeCloseTo(2.46722, 4);
    // tfn 1: -log2((√0.5 - 0.5) / 0.5) = 1.27155
    expect(spl(1, collection)).toBeCloseTo(1.27155, 4);
  });

  it('weigh a rarer term more, and a term of every document about one bit at tfn 1', () => {
    const rarer = { ...collection, documentFrequency: 1 };
    expect(lgd(1, rarer)).toBeGreaterThan(lgd(1, collection));
    expect(spl(1, rarer)).toBeGreaterThan(spl(1, collection));
    const everywhere = { ...collection, documentFrequency: 4 };
    expect(lgd(1, everywhere)).toBeCloseTo(1, 4);
    expect(spl(1, everywhere)).toBeCloseTo(1, 4);
  });

  it('give nothing to an absent term', () => {
    expect(lgd(0, collection)).toBe(0);
    expect(spl(0, collection)).toBe(0);
  });
});
