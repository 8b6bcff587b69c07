import { describe, expect, it } from 'vitest';
import { standardDeviation } from './distribution-stats.ts';
import {
  bartlett,
  kolmogorovCdf,
  kruskalWallis,
  ksNormal,
  ksTwoSample,
  levene,
  mannWhitneyU,
} from './rank-tests.ts';
import { mean } from './stats.ts';

// Invented samples; the expected figures are scipy.stats' at its defaults.
const X = [3.1, 4.7, 2.2, 5.9, 4.4];
const Y = [6.3, 5.1, 7.8, 6.6, 4.9, 7.2];
const A = [1, 2, 2, 3, 4, 4, 4, 5, 6, 7];
const B = [3, 4, 5, 5, 6, 7, 7, 8, 9, 9, 10];
const C = [2, 9, 4, 11, 3];

describe('Mann-Whitney U', () => {
  it('counts the exact distribution for a small sample without ties', () => {
    const result = mannWhitneyU(X, Y);
    expect(result.statistic).toBe(2);
    expect(result.p).toBeCloseTo(0.017316017, 8);
  });
  it('uses the normal approximation with the ties and continuity corrections otherwise', () => {
    const result = mannWhitneyU(A, B);
    expect(result.statistic).toBe(18.5);
    expect(result.p).toBeCloseTo(0.0106693006, 8);
  });
  it('reports U for the first sample: swapping the samples gives n1·n2 − U and the same p', () => {
    const swapped = mannWhitneyU(Y, X);
    expect(swapped.statistic).toBe(28);
    expect(swapped.p).toBeCloseTo(0.017316017, 8);
  });
});

describe('tests over several groups', () => {
  it('Kruskal-Wallis H with the ties correction', () => {
    const result = kruskalWallis([A, B, C]);
    expect(result.statistic).toBeCloseTo(5.9125977178, 8);
    expect(result.p).toBeCloseTo(0.0520110617, 8);
  });
  it('Levene centred on the median, or on the mean when asked', () => {
    expect(levene([A, B, C]).statistic).toBeCloseTo(1.5974670845, 8);
    expect(levene([A, B, C]).p).toBeCloseTo(0.2240634577, 8);
    expect(levene([A, B, C], 'mean').p).toBeCloseTo(0.0177603541, 8);
  });
  it('Bartlett', () => {
    const result = bartlett([A, B, C]);
    expect(result.statistic).toBeCloseTo(3.5704196638, 8);
    expect(result.p).toBeCloseTo(0.1677618555, 8);
  });
});

describe('Kolmogorov-Smirnov', () => {
  it('one sample against a normal with the sample mean and standard deviation, exact p', () => {
    const values = [12.1, 14.3, 9.8, 15.2, 11.7, 13.3, 10.9, 16.8, 12.6, 14.9, 8.7, 13.8];
    const result = ksNormal(values, mean(values), standardDeviation(values))!;
    expect(result.statistic).toBeCloseTo(0.0772786871, 8);
    expect(result.p).toBeCloseTo(0.9999918369, 8);
  });
  it('the exact distribution of D agrees with the textbook critical value', () => {
    // n = 20: the two-sided 5% critical value of D is 0.2941.
    expect(1 - kolmogorovCdf(20, 0.2941)!).toBeCloseTo(0.05, 3);
  });
  it('two samples, exact lattice count', () => {
    const result = ksTwoSample(X, Y)!;
    expect(result.statistic).toBeCloseTo(0.8, 10);
    expect(result.p).toBeCloseTo(0.0476190476, 8);
  });
});
