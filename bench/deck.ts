/**
 * Word → deck over every real .docx in ../shared/corpus/office/docx that has headings:
 * success rate, time per deck (Document → .pptx bytes, and with reading the .docx), section
 * coverage, slides over the word budget and overflowing text boxes. The peer, measured in the
 * same run, is a naive deck: one slide per top-level section with its first six sentences at
 * a fixed 22 pt, written by the same writer without fitting or compression.
 */
import { readFile as readBytes, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from '../src/formats/model.ts';
import { getTheme } from '../src/formats/pptx/theme.ts';
import { layoutSlide, overflowingBoxes, type SlideSpec } from '../src/formats/pptx/write-layout.ts';
import { writePptx } from '../src/formats/pptx/write-pptx.ts';
import { readBuffer } from '../src/formats/read-file.ts';
import { buildDeck } from '../src/skills/build-deck/build-deck.ts';
import { budgetProblem } from '../src/skills/build-deck/checks.ts';
import { candidatesOf } from '../src/skills/build-deck/key-points.ts';
import { outlineDocument } from '../src/skills/build-deck/outline.ts';
import { CORPUS, EXAMPLES } from '../test/helpers/paths.ts';

const folder = join(CORPUS, 'office', 'docx');
const theme = getTheme('clean');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The peer: one slide per section, first six sentences as they are, no fitting. */
async function naiveDeck(
  document: Document,
  name: string,
): Promise<{ ms: number; slides: number; overBudget: number; overflowing: number }> {
  const started = performance.now();
  const outline = outlineDocument(document, name);
  const slides: SlideSpec[] = [
    { layout: 'title', title: outline.title },
    ...outline.sections.map(
      (section): SlideSpec => ({
        layout: 'bullets',
        title: section.title,
        bullets: candidatesOf(section.parts.flatMap((part) => part.blocks))
          .slice(0, 6)
          .map((candidate) => ({ text: candidate.sentence })),
      }),
    ),
  ];
  // Fixed 22 pt: lay out with the shrink range closed.
  const fixed = {
    ...theme,
    sizes: { ...theme.sizes, minBody: theme.sizes.body, minTitle: theme.sizes.title },
  };
  await writePptx({ title: outline.title, slides }, { theme: fixed, motion: false });
  const ms = performance.now() - started;
  const overflowing = slides.reduce(
    (sum, slide) => sum + overflowingBoxes(layoutSlide(slide, fixed)).length,
    0,
  );
  const overBudget = slides.filter((slide) => budgetProblem(slide) !== undefined).length;
  return { ms, slides: slides.length, overBudget, overflowing };
}

// Warm up (module loading and JIT are not per-deck costs).
const warm = await readBuffer(
  'Q3 Business Review.docx',
  await readBytes(join(EXAMPLES, 'Q3 Business Review.docx')),
);
if (warm.success && warm.data.type === 'document')
  await buildDeck({ document: warm.data, sourceName: 'warm-up' });

type Row = {
  name: string;
  ok: boolean;
  error?: string;
  ms?: number;
  totalMs?: number;
  slides?: number;
  sections?: number;
  covered?: number;
  overBudget?: number;
  overflowing?: number;
  naive?: Awaited<ReturnType<typeof naiveDeck>>;
};
const rows: Row[] = [];
let unreadable = 0;
let withoutHeadings = 0;
for (const name of (await readdir(folder)).filter((file) => file.endsWith('.docx')).sort()) {
  const startedRead = performance.now();
  const read = await readBuffer(name, await readBytes(join(folder, name)));
  const readMs = performance.now() - startedRead;
  if (!read.success || read.data.type !== 'document') {
    unreadable++;
    continue;
  }
  if (!read.data.blocks.some((block) => block.kind === 'heading')) {
    withoutHeadings++;
    continue;
  }
  try {
    const started = performance.now();
    const deck = await buildDeck({ document: read.data, sourceName: name });
    const ms = performance.now() - started;
    rows.push({
      name,
      ok: true,
      ms,
      totalMs: ms + readMs,
      slides: deck.slides.length,
      sections: deck.checks.sections,
      covered: deck.checks.coveredSections,
      overBudget: deck.checks.overBudget.length,
      overflowing: deck.checks.overflowing.length,
      naive: await naiveDeck(read.data, name),
    });
  } catch (thrown) {
    rows.push({ name, ok: false, error: (thrown as Error).message });
  }
}

const ok = rows.filter((row) => row.ok);
const times = ok.map((row) => row.ms ?? 0);
const totals = ok.map((row) => row.totalMs ?? 0);
const naiveTimes = ok.map((row) => row.naive?.ms ?? 0);
const sum = (pick: (row: Row) => number) => ok.reduce((total, row) => total + pick(row), 0);

console.log(
  `Corpus: ${rows.length} readable .docx with headings (${withoutHeadings} without headings and ${unreadable} unreadable skipped).\n`,
);
console.log(
  '| file | slides | sections covered | over budget | overflowing boxes | build ms | naive: over budget | naive: overflowing |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  if (!row.ok) {
    console.log(`| ${row.name} | failed: ${row.error} | | | | | | |`);
    continue;
  }
  console.log(
    `| ${row.name} | ${row.slides} | ${row.covered}/${row.sections} | ${row.overBudget} | ${row.overflowing} | ${(row.ms ?? 0).toFixed(0)} | ${row.naive?.overBudget} | ${row.naive?.overflowing} |`,
  );
}
console.log('\n| measure | Officemate deck | naive peer (one slide per section, no fitting) | target |');
console.log('|---|---|---|---|');
console.log(
  `| success | ${ok.length}/${rows.length} (${((100 * ok.length) / Math.max(rows.length, 1)).toFixed(0)}%) | | 100% |`,
);
console.log(
  `| median build time per deck | ${median(times).toFixed(0)} ms | ${median(naiveTimes).toFixed(0)} ms (ratio ${(median(times) / Math.max(median(naiveTimes), 1)).toFixed(2)}×) | < 1000 ms |`,
);
console.log(
  `| worst build time per deck | ${Math.max(...times).toFixed(0)} ms | ${Math.max(...naiveTimes).toFixed(0)} ms | |`,
);
console.log(`| median with reading the .docx | ${median(totals).toFixed(0)} ms | | |`);
console.log(
  `| sections covered | ${sum((row) => row.covered ?? 0)}/${sum((row) => row.sections ?? 0)} | | all |`,
);
console.log(
  `| slides over word budget | ${sum((row) => row.overBudget ?? 0)} of ${sum((row) => row.slides ?? 0)} | ${sum((row) => row.naive?.overBudget ?? 0)} of ${sum((row) => row.naive?.slides ?? 0)} | 0 |`,
);
console.log(
  `| overflowing text boxes | ${sum((row) => row.overflowing ?? 0)} | ${sum((row) => row.naive?.overflowing ?? 0)} | 0 |`,
);
