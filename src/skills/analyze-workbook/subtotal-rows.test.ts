import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { detectTables } from './detect-tables.ts';
import { findInsights } from './find-insights.ts';
import { subtotalRows } from './subtotal-rows.ts';

function tableOf(csv: string) {
  return detectTables(csvToWorkbook(csv, 'orders.csv').sheets[0]!)[0]!;
}

// Orders by depot with a subtotal after each depot, in the layout spreadsheets write.
function depotOrders(label: (depot: string) => string): string {
  const depots: [string, number[]][] = [
    ['Ambleford', [910, 980, 1020, 950, 1005, 940]],
    ['Brindlemoor', [410, 380, 450, 395, 420, 405]],
    ['Corriwick', [120, 135, 110, 128, 117, 131]],
    ['Dunhallow', [2100, 2250, 1980, 2040, 2190, 2075]],
  ];
  const lines = ['Date,Product,Depot,Amount'];
  let day = 1;
  for (const [depot, amounts] of depots) {
    for (const [index, amount] of amounts.entries())
      lines.push(
        `2031-03-${String(day++).padStart(2, '0')},${index % 2 ? 'Lamps' : 'Chairs'},${depot},${amount}`,
      );
    lines.push(`,,${label(depot)},${amounts.reduce((total, amount) => total + amount, 0)}`);
  }
  return lines.join('\n');
}

describe('subtotal rows', () => {
  it('finds rows labelled "<group> Total"', () => {
    const table = tableOf(depotOrders((depot) => `${depot} Total`));
    expect([...subtotalRows(table)].map((row) => table.rowNumbers[row])).toEqual([8, 15, 22, 29]);
  });

  it('finds unlabelled rows that add up the rows above them since the previous one', () => {
    const table = tableOf(depotOrders(() => ''));
    expect([...subtotalRows(table)].map((row) => table.rowNumbers[row])).toEqual([8, 15, 22, 29]);
  });

  it('keeps a row named like a total whose figures add up nothing', () => {
    const table = tableOf(
      [
        'Client,Region,Revenue',
        'Quillory,North,40',
        'Total,South,55',
        'Vantrip,East,61',
        'Oskenby,West,38',
      ].join('\n'),
    );
    expect(subtotalRows(table).size).toBe(0);
  });

  it('keeps a row named "Subtotal" whose figure is no total of the rows above', () => {
    const table = tableOf(
      ['Function,Result', 'POWER,1024', 'ROUND,5', 'SIGN,1', 'SUBTOTAL,6.5', 'SUM,12', 'TRUNC,3'].join('\n'),
    );
    expect(subtotalRows(table).size).toBe(0);
  });

  it('does not take one figure plus zeros for a sum', () => {
    const table = tableOf(
      ['Label,North,South,West', 'a,517,623,731', 'b,0,0,0', 'c,517,623,731', 'd,1,2,3'].join('\n'),
    );
    expect(subtotalRows(table).size).toBe(0);
  });

  it('never ranks a subtotal row among the groups', () => {
    const insights = findInsights(tableOf(depotOrders((depot) => `${depot} Total`)));
    const ranking = insights.filter((insight) => insight.kind === 'top-contributors');
    expect(ranking.length).toBeGreaterThan(0);
    for (const insight of insights) expect(insight.sentence).not.toMatch(/\bTotal\b/);
    expect(ranking[0]!.sentence).toMatch(
      /^Dunhallow has the most Amount: 12\.6k, 58%.*Corriwick has the least, 741\b/,
    );
  });
});
