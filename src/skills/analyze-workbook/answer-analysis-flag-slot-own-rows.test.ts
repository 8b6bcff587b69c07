import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented courier roster: whether each rider qualifies for the winter bonus, and deliveries made.
const ROSTER = `rider,indicator_of_bonus_eligibility,deliveries
Orla Venn,1,41
Tamsin Hyde,1,38
Piet Graaf,0,22
Nour Azar,0,19
Ines Kolb,1,44
Bram Otto,0,25
Yusuf Dere,1,40
Lea Mott,0,21
`;

const REQUEST = {
  question:
    'Do riders eligible for the bonus make a different number of deliveries? Perform an independent two-sample t-test on deliveries.',
  constraints:
    '{\nCompare "deliveries" of the rows whose "indicator_of_bonus_eligibility" is 1 with that of the rows where it is 0, using scipy.stats.ttest_ind. Report the mean deliveries of the eligible riders and whether the difference is significant at 0.05.\n}',
  format:
    '{\n@mean_deliveries_eligible[mean]\n@result[significance]\nwhere "mean" is rounded to two decimal places and "significance" is "significant difference" or "no significant difference".\n}',
};

describe('a slot named by a flag word beside a test that reads the flag', () => {
  it('never answers the mean over every row for the slot that names the flagged group', () => {
    // Every row: 250 / 8 = 31.25; the eligible riders: 163 / 4 = 40.75.
    let slots: Record<string, string> | undefined;
    try {
      slots = ask(ROSTER, REQUEST).slots;
    } catch {
      slots = undefined;
    }
    expect(slots?.mean_deliveries_eligible).not.toBe('31.25');
    if (slots) expect(slots.mean_deliveries_eligible).toBe('40.75');
  });
});
