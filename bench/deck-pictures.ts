/**
 * Renders the sample report's deck in every theme for docs/deck.md: builds it, converts it
 * with LibreOffice to PDF, rasterises with pdftoppm, and composes six representative slides
 * (title, bullets, chart, table, callout or picture, summary) into docs/images/deck-<theme>.png.
 * Run alone: `node bin/run-ts.js bench/deck-pictures.ts` (needs LibreOffice and poppler).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { themeNames } from '../src/formats/pptx/theme.ts';
import { readFile } from '../src/formats/read-file.ts';
import { convertWithLibreOffice } from '../src/lib/libreoffice.ts';
import { buildDeck, writeDeck } from '../src/skills/build-deck/build-deck.ts';
import { EXAMPLES, REPO_ROOT } from '../test/helpers/paths.ts';

const source = await readFile(join(EXAMPLES, 'Q3 Business Review.docx'));
if (!source.success || source.data.type !== 'document') throw new Error('the sample report did not read');
const images = join(REPO_ROOT, 'docs', 'images');
mkdirSync(images, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'officemate-deck-pictures-'));
const TILE_W = 640;
const TILE_H = 360;
const GAP = 12;

for (const theme of themeNames()) {
  const deck = await buildDeck({
    document: source.data,
    sourceName: 'Q3 Business Review.docx',
    theme,
    slides: 14,
  });
  const pptx = join(work, `${theme}.pptx`);
  writeFileSync(pptx, await writeDeck(deck));
  const pdf = await convertWithLibreOffice(pptx, { to: 'pdf', outDir: join(work, theme) });
  execFileSync('pdftoppm', [
    '-png',
    '-scale-to-x',
    String(TILE_W),
    '-scale-to-y',
    String(TILE_H),
    pdf,
    join(work, theme, 'slide'),
  ]);
  const pngs = readdirSync(join(work, theme))
    .filter((file) => file.startsWith('slide') && file.endsWith('.png'))
    .sort();
  const pick = (test: (index: number) => boolean, fallback: number) => {
    const index = deck.slides.findIndex((_, i) => test(i));
    return index >= 0 ? index : fallback;
  };
  const chosen = [
    0,
    pick((i) => deck.slides[i]?.role === 'content', 1),
    pick((i) => deck.slides[i]?.layout === 'chart', 2),
    pick((i) => deck.slides[i]?.layout === 'table', 3),
    pick((i) => ['image', 'figure', 'quote'].includes(deck.slides[i]?.layout ?? ''), 4),
    deck.slides.length - 1,
  ];
  const tiles = chosen
    .map((slide, n) => {
      const file = pngs[slide];
      if (!file) return '';
      const data = readFileSync(join(work, theme, file)).toString('base64');
      return `<image x="${(n % 3) * (TILE_W + GAP)}" y="${Math.floor(n / 3) * (TILE_H + GAP)}" width="${TILE_W}" height="${TILE_H}" href="data:image/png;base64,${data}"/>`;
    })
    .join('');
  const width = 3 * TILE_W + 2 * GAP;
  const height = 2 * TILE_H + GAP;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#9CA3AF"/>${tiles}</svg>`;
  const out = join(images, `deck-${theme}.png`);
  writeFileSync(out, new Resvg(svg).render().asPng());
  console.log(
    `| ${theme} | ${deck.slides.length} slides | slides ${chosen.map((n) => n + 1).join(', ')} | docs/images/deck-${theme}.png |`,
  );
}
