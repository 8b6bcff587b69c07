/**
 * @module example-files
 * Builds the binary files of the sample workspace in memory: two Word reports, the sales
 * workbook and the review deck, with charts rendered from the same seeded sales data.
 */
import { normalisePackage, writeDocx } from '../../src/formats/docx/write-docx.ts';
import { fixedClock } from '../../src/lib/clock.ts';
import { barChart, lineChart } from './charts.ts';
import { reviewDeck } from './deck.ts';
import { businessReview, productPlan } from './documents.ts';
import { computeFigures } from './figures.ts';
import { salesRows } from './sales-data.ts';
import { salesWorkbook } from './workbook.ts';

/** When the sample files were "last saved": the evening before the demo's now (2026-03-12T09:00:00Z). */
export const SAVED_AT = '2026-03-11T17:30:00Z';

export async function exampleFiles(): Promise<[name: string, bytes: Buffer][]> {
  const clock = fixedClock(SAVED_AT);
  const rows = salesRows();
  const figures = computeFigures(rows);
  const byRegion = barChart({
    title: 'Revenue by region, Q2 and Q3 FY2026',
    categories: figures.byRegion.map((row) => row.region),
    series: [
      { name: 'Q2 FY2026', values: figures.byRegion.map((row) => row.previous) },
      { name: 'Q3 FY2026', values: figures.byRegion.map((row) => row.current) },
    ],
  });
  const trend = lineChart({
    title: 'Monthly revenue and cost',
    categories: figures.monthly.map((row) => row.month),
    series: [
      { name: 'Revenue', values: figures.monthly.map((row) => row.revenue) },
      { name: 'Cost', values: figures.monthly.map((row) => row.cost) },
    ],
  });
  return [
    ['Q3 Business Review.docx', await writeDocx(businessReview(figures, { byRegion }), { clock })],
    ['Product Plan 2026.docx', await writeDocx(productPlan({ trend }), { clock })],
    ['Sales 2024-2026.xlsx', normalisePackage(await salesWorkbook(rows, clock.now()), clock.now())],
    ['Q3 Review.pptx', normalisePackage(await reviewDeck(figures, { byRegion }), clock.now())],
  ];
}
