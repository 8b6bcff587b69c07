/**
 * Word → deck over every readable .docx in ../shared/corpus/office/docx: success rate, heading
 * coverage against the navigation pane, share of the text with a slide, label-language
 * mismatches, cut table cells, Word field artefacts, title source, slides over the word
 * budget, overflowing text boxes, and median and worst time. The peer, measured in the same
 * run and held to the same checks, is a naive deck: one slide per top-level section with its
 * first six sentences at a fixed 22 pt, an English agenda and summary, and tables cut to fit
 * with "…", written by the same writer without fitting or compression.
 *
 * Documents are split by a hash of the file name into a tuning half and a check half
 * (about one in three); both are reported apart. `--half tuning|check` runs one of them.
 * The legacy .doc and OpenDocument .odt files of ../shared/corpus/office/other, which are read
 * through LibreOffice, are reported on their own (skipped when LibreOffice is missing).
 */
import { readFile as readBytes, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Block, Document } from '../src/formats/model.ts';
import { getTheme } from '../src/formats/pptx/theme.ts';
import { layoutSlide, type SlideSpec } from '../src/formats/pptx/write-layout.ts';
import { writePptx } from '../src/formats/pptx/write-pptx.ts';
import { readBuffer } from '../src/formats/read-file.ts';
import { findLibreOffice } from '../src/lib/libreoffice.ts';
import { buildDeck, writeDeck } from '../src/skills/build-deck/build-deck.ts';
import { checkDeck, type DeckChecks } from '../src/skills/build-deck/checks.ts';
import { candidatesOf } from '../src/skills/build-deck/key-points.ts';
import { outlineDocument } from '../src/skills/build-deck/outline.ts';
import type { PlannedSlide } from '../src/skills/build-deck/storyline.ts';
import { CORPUS, EXAMPLES } from '../test/helpers/paths.ts';

const folder = join(CORPUS, 'office', 'docx');
const theme = getTheme('clean');

/** The held-out third: FNV-1a of the file name, modulo 3. */
export function isCheckHalf(name: string): boolean {
  let hash = 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash % 3 === 0;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** "…"-cut cell text, as a naive writer does to make a table fit. */
function cut(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max)}…`;
}

/** The peer: title, English agenda, one slide per section (first six sentences), cut tables, English summary. */
async function naiveDeck(document: Document, name: string): Promise<{ ms: number; checks: DeckChecks }> {
  const started = performance.now();
  const outline = outlineDocument(document, name);
  const planned: PlannedSlide[] = [
    { role: 'title', sections: [], spec: { layout: 'title', title: outline.title } },
    {
      role: 'agenda',
      sections: [],
      spec: {
        layout: 'bullets',
        title: 'Agenda',
        bullets: outline.sections.slice(0, 8).map((s) => ({ text: s.title })),
      },
    },
  ];
  outline.sections.forEach((section, index) => {
    const blocks = section.parts.flatMap((part) => part.blocks);
    planned.push({
      role: 'content',
      sections: [index],
      spec: {
        layout: 'bullets',
        title: section.title,
        bullets: candidatesOf(blocks)
          .slice(0, 6)
          .map((candidate) => ({ text: candidate.sentence })),
      },
    });
    const table = blocks.find((block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table');
    if (table && table.rows.length > 1)
      planned.push({
        role: 'table',
        sections: [index],
        spec: {
          layout: 'table',
          title: section.title,
          header: (table.rows[0] ?? []).slice(0, 6).map((cell) => cut(cell.text)),
          rows: table.rows.slice(1, 8).map((row) => row.slice(0, 6).map((cell) => cut(cell.text))),
        },
      });
  });
  planned.push({
    role: 'summary',
    sections: [],
    spec: { layout: 'bullets', title: 'Summary', bullets: [{ text: `${outline.sections.length} sections` }] },
  });
  // Fixed 22 pt: lay out with the shrink range closed.
  const fixed = {
    ...theme,
    sizes: { ...theme.sizes, minBody: theme.sizes.body, minTitle: theme.sizes.title },
  };
  const slides: SlideSpec[] = planned.map((slide) => slide.spec);
  await writePptx({ title: outline.title, slides }, { theme: fixed, motion: false });
  const ms = performance.now() - started;
  const laidOut = slides.map((slide) => layoutSlide(slide, fixed));
  return { ms, checks: checkDeck(outline, planned, laidOut, 'en') };
}

// Warm up (module loading and JIT are not per-deck costs).
const warm = await readBuffer(
  'Q3 Business Review.docx',
  await readBytes(join(EXAMPLES, 'Q3 Business Review.docx')),
);
if (warm.success && warm.data.type === 'document')
  await writeDeck(await buildDeck({ document: warm.data, sourceName: 'warm-up' }));

type Row = {
  name: string;
  half: 'tuning' | 'check';
  ok: boolean;
  error?: string;
  ms?: number;
  slides?: number;
  checks?: DeckChecks;
  naive?: Awaited<ReturnType<typeof naiveDeck>>;
};

const halfArg = process.argv.indexOf('--half');
const onlyHalf = halfArg >= 0 ? process.argv[halfArg + 1] : undefined;
const rows: Row[] = [];
const unreadable: string[] = [];
for (const name of (await readdir(folder)).filter((file) => file.endsWith('.docx')).sort()) {
  const half = isCheckHalf(name) ? 'check' : 'tuning';
  if (onlyHalf && half !== onlyHalf) continue;
  const read = await readBuffer(name, await readBytes(join(folder, name)));
  if (!read.success || read.data.type !== 'document') {
    unreadable.push(name);
    continue;
  }
  try {
    const started = performance.now();
    const deck = await buildDeck({ document: read.data, sourceName: name });
    await writeDeck(deck);
    const ms = performance.now() - started;
    rows.push({
      name,
      half,
      ok: true,
      ms,
      slides: deck.slides.length,
      checks: deck.checks,
      naive: await naiveDeck(read.data, name),
    });
  } catch (thrown) {
    rows.push({ name, half, ok: false, error: (thrown as Error).message });
  }
}

console.log(
  `Corpus: ${rows.length} readable .docx (${unreadable.length} unreadable skipped: ${unreadable.join(', ')}).\n`,
);
console.log(
  '| file | half | slides | headings covered | text with a slide | title from | label language | mismatches | cut cells | artefacts | build ms |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  if (!row.ok || !row.checks) {
    console.log(`| ${row.name} | ${row.half} | failed: ${row.error} | | | | | | | | |`);
    continue;
  }
  const c = row.checks;
  console.log(
    `| ${row.name} | ${row.half} | ${row.slides} | ${c.coveredSections}/${c.sections} | ${(100 * c.wordsCovered).toFixed(0)}% | ${c.titleSource} | ${c.language.document} → ${c.language.labels} | ${c.language.mismatches.length} | ${c.truncatedCells.length} | ${c.artefacts.length} | ${(row.ms ?? 0).toFixed(0)} |`,
  );
}

function summary(label: string, subset: readonly Row[]): void {
  const ok = subset.filter((row) => row.ok && row.checks);
  const sum = (pick: (checks: DeckChecks) => number, naive = false) =>
    ok.reduce((total, row) => total + pick((naive ? row.naive?.checks : row.checks) as DeckChecks), 0);
  const times = ok.map((row) => row.ms ?? 0);
  const naiveTimes = ok.map((row) => row.naive?.ms ?? 0);
  const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(b, 1)).toFixed(1)}%)`;
  const words = (naive: boolean) =>
    `${((100 * sum((c) => c.wordsCovered, naive)) / Math.max(ok.length, 1)).toFixed(0)}%`;
  console.log(`\n### ${label}: ${subset.length} documents\n`);
  console.log('| measure | Officemate deck | naive peer | target |');
  console.log('|---|---|---|---|');
  console.log(`| documents that give a deck | ${pct(ok.length, subset.length)} | | 100% |`);
  console.log(
    `| headings covered (navigation pane) | ${pct(
      sum((c) => c.coveredSections),
      sum((c) => c.sections),
    )} | ${pct(
      sum((c) => c.coveredSections, true),
      sum((c) => c.sections, true),
    )} | ≥ 95% |`,
  );
  console.log(`| text with a slide (mean share) | ${words(false)} | ${words(true)} | |`);
  console.log(
    `| label-language mismatches | ${sum((c) => c.language.mismatches.length)} | ${sum((c) => c.language.mismatches.length, true)} | 0 |`,
  );
  console.log(
    `| cut table cells | ${sum((c) => c.truncatedCells.length)} | ${sum((c) => c.truncatedCells.length, true)} | 0 |`,
  );
  console.log(
    `| field artefacts | ${sum((c) => c.artefacts.length)} | ${sum((c) => c.artefacts.length, true)} | 0 |`,
  );
  console.log(
    `| titles from the file name | ${ok.filter((row) => row.checks?.titleSource === 'file-name').length} | | |`,
  );
  console.log(
    `| slides over word budget | ${sum((c) => c.overBudget.length)} | ${sum((c) => c.overBudget.length, true)} | 0 |`,
  );
  console.log(
    `| overflowing text boxes | ${sum((c) => c.overflowing.length)} | ${sum((c) => c.overflowing.length, true)} | 0 |`,
  );
  console.log(
    `| median time per deck (Document → .pptx) | ${median(times).toFixed(0)} ms | ${median(naiveTimes).toFixed(0)} ms (ratio ${(median(times) / Math.max(median(naiveTimes), 1)).toFixed(2)}×) | < 1000 ms |`,
  );
  console.log(
    `| worst time per deck | ${Math.max(0, ...times).toFixed(0)} ms | ${Math.max(0, ...naiveTimes).toFixed(0)} ms | |`,
  );
}

summary(
  'Tuning half',
  rows.filter((row) => row.half === 'tuning'),
);
summary(
  'Check half (held out)',
  rows.filter((row) => row.half === 'check'),
);

// Word documents LibreOffice reads for us (.doc, .odt): slow to read, so only counted here.
if (!onlyHalf && findLibreOffice()) {
  const other = join(CORPUS, 'office', 'other');
  const converted: Row[] = [];
  for (const name of (await readdir(other)).filter((file) => /\.(?:odt|doc)$/.test(file)).sort()) {
    const read = await readBuffer(name, await readBytes(join(other, name)));
    if (!read.success || read.data.type !== 'document') {
      unreadable.push(name);
      continue;
    }
    const started = performance.now();
    const deck = await buildDeck({ document: read.data, sourceName: name });
    await writeDeck(deck);
    converted.push({
      name,
      half: isCheckHalf(name) ? 'check' : 'tuning',
      ok: true,
      ms: performance.now() - started,
      slides: deck.slides.length,
      checks: deck.checks,
      naive: await naiveDeck(read.data, name),
    });
  }
  summary('.doc and .odt read through LibreOffice (both halves)', converted);
}
