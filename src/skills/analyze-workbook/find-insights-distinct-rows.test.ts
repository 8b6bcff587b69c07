/**
 * Outliers in a short list whose rows each name a different thing: the lines of a budget are not
 * draws from one population, so the largest line is not unusual. A short series over months, or a
 * list whose rows sit at one common level, still shows a row far from the rest.
 */
import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { detectTables } from './detect-tables.ts';
import { findInsights } from './find-insights.ts';

function outliers(csv: string): string[] {
  return detectTables(csvToWorkbook(csv, 'list').sheets[0]!)
    .flatMap((table) => findInsights(table))
    .filter((insight) => insight.kind === 'outlier')
    .map((insight) => insight.sentence);
}

const COSTS = [60, 45, 1500, 80, 55, 70, 40, 95, 65, 50, 75, 85, 62, 58];

describe('outliers in a short list of distinct things', () => {
  it('does not call the largest line of a club budget unusual', () => {
    const lines = [
      'Canoe rental',
      'Trail maps',
      'Lodge booking',
      'First-aid kits',
      'Rope and carabiners',
      'Water filters',
      'Headlamps',
      'Fuel canisters',
      'Camp stoves',
      'Insect repellent',
      'Ranger permits',
      'Shuttle bus',
      'Rain ponchos',
      'Compasses',
    ];
    const csv = ['Line,Cost', ...lines.map((line, index) => `${line},${COSTS[index]}`)].join('\n');
    expect(outliers(csv)).toEqual([]);
  });

  it('still flags a spike in a short series named by months', () => {
    const months = [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      'Jan',
      'Feb',
    ];
    const csv = [
      'Month,Cost',
      ...months.map((month, index) => `${month} ${index < 12 ? 2031 : 2032},${COSTS[index]}`),
    ].join('\n');
    expect(outliers(csv).join(' ')).toMatch(/1,?500/);
  });

  it('still flags a row far from a level the other rows share', () => {
    const riders = [
      'Quill Marsh',
      'Tova Brenn',
      'Elio Farrant',
      'Maud Pellow',
      'Ivo Tansy',
      'Rhea Calder',
      'Otto Wenlock',
      'Suki Dravel',
      'Nils Ashgrove',
      'Pia Lowther',
      'Cato Bramble',
      'Wren Oakhurst',
      'Lars Tibbet',
      'Yara Quenby',
    ];
    const laps = [40, 40, 39, 40, 38, 40, 37, 40, 39, 3, 40, 38, 40, 40];
    const csv = ['Rider,Laps', ...riders.map((rider, index) => `${rider},${laps[index]}`)].join('\n');
    expect(outliers(csv).join(' ')).toMatch(/Laps of 3 in row \d+ \(Pia Lowther\)/);
  });
});
