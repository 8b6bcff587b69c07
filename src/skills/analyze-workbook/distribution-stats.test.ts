import { describe, expect, it } from 'vitest';
import { chiSquareIndependence } from './distribution-stats.ts';

// Invented counts; the expected figures are scipy.stats.chi2_contingency's.
describe('chi-square test of independence', () => {
  it("applies Yates' continuity correction to a 2×2 table by default, as scipy does", () => {
    const result = chiSquareIndependence([
      [12, 5],
      [7, 14],
    ]);
    expect(result.corrected).toBe(true);
    expect(result.chi2).toBeCloseTo(3.831933, 5);
    expect(result.p).toBeCloseTo(0.050285, 5);
  });
  it('leaves the correction out when asked, and on larger tables', () => {
    expect(
      chiSquareIndependence(
        [
          [12, 5],
          [7, 14],
        ],
        false,
      ).chi2,
    ).toBeCloseTo(5.215686, 5);
    const wide = chiSquareIndependence([
      [12, 5, 3],
      [7, 14, 9],
    ]);
    expect(wide.corrected).toBe(false);
    expect(wide.chi2).toBeCloseTo(6.85307, 5);
  });
});
