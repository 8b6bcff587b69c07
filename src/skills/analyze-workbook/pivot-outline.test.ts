import { describe, expect, it } from 'vitest';
import type { Cell, Sheet } from '../../formats/model.ts';
import { answerQuestion } from './answer-question.ts';
import { detectTables } from './detect-tables.ts';
import { pickTable } from './pick-table.ts';

const t = (value: string): Cell => ({ type: 'text', value });
const n = (value: number): Cell => ({ type: 'number', value });
const _ = null;

const sheetOf = (name: string, rows: (Cell | null)[][]): Sheet => ({
  name,
  hidden: false,
  rows,
  merges: [],
  tables: [],
});

// The same harvest as a flat list and as a pivot in outline form (each season written once over its two rows).
const flat = sheetOf('Harvest', [
  [t('Season'), t('Crop'), t('Tons'), t('Sales')],
  [n(2031), t('Barley'), n(40), n(900)],
  [n(2031), t('Rye'), n(25), n(610)],
  [n(2032), t('Barley'), n(44), n(950)],
  [n(2032), t('Rye'), n(21), n(540)],
]);
const outline = sheetOf('Harvest pivot', [
  [t('Season'), t('Data'), t('Barley'), t('Rye'), t('Grand Total')],
  [n(2031), t('Sum of Tons'), n(40), n(25), n(65)],
  [_, t('Sum of Sales'), n(900), n(610), n(1510)],
  [n(2032), t('Sum of Tons'), n(44), n(21), n(65)],
  [_, t('Sum of Sales'), n(950), n(540), n(1490)],
  [t('Total Sum of Tons'), _, n(84), n(46), n(130)],
]);

describe('a pivot in outline form', () => {
  it('has its outer labels filled down over their runs, so the second row of a run is found', () => {
    const [table] = detectTables(outline);
    expect(table?.columns[0]?.texts.slice(0, 4)).toEqual(['2031', '2031', '2032', '2032']);
    const answer = answerQuestion(table!, 'What were the sales of Rye in 2032?');
    expect(answer.answer.map(Number)).toEqual([540]);
  });

  it('keeps blanks that follow no outline pattern: there they are missing values', () => {
    const [table] = detectTables(
      sheetOf('Gaps', [
        [t('Crew'), t('Boat'), t('Catch')],
        [t('Ash'), t('Gull'), n(3)],
        [_, t('Tern'), n(4)],
        [t('Bryn'), t('Gull'), n(5)],
        [t('Cole'), t('Skua'), n(6)],
        [_, t('Tern'), n(2)],
      ]),
    );
    expect(table?.columns[0]?.texts[1]).toBe('');
  });
});

describe('which table a question is about', () => {
  const tables = [...detectTables(outline), ...detectTables(flat)];

  it('is the one holding each value the question names in a column of its own', () => {
    expect(pickTable(tables, 'What were the sales for Rye in 2032?')?.name).toBe('Harvest');
  });

  it('is not a pivot because the question says "sum of", which names the pivot\'s aggregate', () => {
    const onePivot = [
      ...detectTables(
        sheetOf('Pivot', [
          [t('Crop'), t('Sum of Sales')],
          [t('Barley'), n(1850)],
          [t('Rye'), n(1150)],
        ]),
      ),
      ...detectTables(flat),
    ];
    expect(pickTable(onePivot, 'What is the sum of sales for Barley in 2031?')?.name).toBe('Harvest');
  });
});
