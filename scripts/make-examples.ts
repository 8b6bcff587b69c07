/**
 * Writes the binary files of the sample workspace (examples/workspace): two Word reports, the
 * sales workbook and the review deck, with charts rendered from the same sales data. The text
 * files there (mailbox, calendar, contacts, transcript, chat, notes) are written by hand.
 *
 * Run: node bin/run-ts.js scripts/make-examples.ts
 *
 * Output is deterministic for this machine's fonts: the same run gives the same bytes, because
 * the data is seeded, the clock is fixed and every package is normalised (dates, ids, zip order).
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalisePackage, writeDocx } from '../src/formats/docx/write-docx.ts';
import { fixedClock } from '../src/lib/clock.ts';
import { barChart, lineChart } from './examples/charts.ts';
import { reviewDeck } from './examples/deck.ts';
import { businessReview, productPlan } from './examples/documents.ts';
import { computeFigures } from './examples/figures.ts';
import { salesRows } from './examples/sales-data.ts';
import { salesWorkbook } from './examples/workbook.ts';

/** When the sample files were "last saved": the day before the demo's now (2026-03-12T09:00:00Z). */
const SAVED_AT = '2026-03-11T17:30:00Z';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workspace = join(root, 'examples', 'workspace');
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

const outputs: [string, Buffer][] = [
  ['Q3 Business Review.docx', await writeDocx(businessReview(figures, { byRegion }), { clock })],
  ['Product Plan 2026.docx', await writeDocx(productPlan({ trend }), { clock })],
  ['Sales 2024-2026.xlsx', normalisePackage(await salesWorkbook(rows, clock.now()), clock.now())],
  ['Q3 Review.pptx', normalisePackage(await reviewDeck(figures, { byRegion }), clock.now())],
];
for (const [name, bytes] of outputs) {
  await writeFile(join(workspace, name), bytes);
  process.stderr.write(`wrote examples/workspace/${name} (${(bytes.length / 1024).toFixed(1)} KiB)\n`);
}
