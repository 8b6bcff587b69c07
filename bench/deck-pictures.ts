/**
 * Renders decks for docs/deck.md: the sample report's deck in every theme (six representative
 * slides into docs/images/deck-<theme>.png), and one deck per language from real documents
 * (every slide into docs/images/deck-lang-<tag>.png): English, German and Japanese from
 * ../shared/corpus/office/docx, and Chinese from a short report written with our Word writer
 * (the corpus has no Chinese Word file). Each deck is converted with LibreOffice to PDF and
 * rasterised with pdftoppm. Run alone: `node bin/run-ts.js bench/deck-pictures.ts [themes|languages]`
 * (needs LibreOffice and poppler).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { writeDocx } from '../src/formats/docx/write-docx.ts';
import type { Document } from '../src/formats/model.ts';
import { themeNames } from '../src/formats/pptx/theme.ts';
import { readBuffer, readFile } from '../src/formats/read-file.ts';
import { fixedClock } from '../src/lib/clock.ts';
import { convertWithLibreOffice } from '../src/lib/libreoffice.ts';
import { buildDeck, writeDeck } from '../src/skills/build-deck/build-deck.ts';
import { CORPUS, EXAMPLES, REPO_ROOT } from '../test/helpers/paths.ts';

const source = await readFile(join(EXAMPLES, 'Q3 Business Review.docx'));
if (!source.success || source.data.type !== 'document') throw new Error('the sample report did not read');
const images = join(REPO_ROOT, 'docs', 'images');
mkdirSync(images, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'officemate-deck-pictures-'));
const TILE_W = 640;
const TILE_H = 360;
const GAP = 12;

const mode = process.argv[2];
for (const theme of mode === 'languages' ? [] : themeNames()) {
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

/** PDF pages of a deck as PNG tiles, composed into one sheet of every slide. */
async function contactSheet(deckPath: string, out: string, tileW = 480, columns = 3): Promise<number> {
  const dir = `${deckPath}.pages`;
  mkdirSync(dir, { recursive: true });
  const pdf = await convertWithLibreOffice(deckPath, { to: 'pdf', outDir: dir });
  const tileH = Math.round((tileW * 9) / 16);
  execFileSync('pdftoppm', [
    '-png',
    '-scale-to-x',
    String(tileW),
    '-scale-to-y',
    String(tileH),
    pdf,
    join(dir, 'slide'),
  ]);
  const pngs = readdirSync(dir)
    .filter((file) => file.startsWith('slide') && file.endsWith('.png'))
    .sort();
  const rows = Math.ceil(pngs.length / columns);
  const tiles = pngs
    .map((file, n) => {
      const data = readFileSync(join(dir, file)).toString('base64');
      return `<image x="${(n % columns) * (tileW + GAP)}" y="${Math.floor(n / columns) * (tileH + GAP)}" width="${tileW}" height="${tileH}" href="data:image/png;base64,${data}"/>`;
    })
    .join('');
  const width = columns * tileW + (columns - 1) * GAP;
  const height = rows * tileH + (rows - 1) * GAP;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#9CA3AF"/>${tiles}</svg>`;
  writeFileSync(out, new Resvg(svg).render().asPng());
  return pngs.length;
}

/** A short Chinese business report, written to .docx with our own writer. */
async function chineseReport(): Promise<Document> {
  const bytes = await writeDocx(
    {
      title: '第三季度运营回顾',
      blocks: [
        { kind: 'heading', level: 1, text: '概况' },
        {
          kind: 'paragraph',
          text: '第三季度收入达到四百四十万元，比上季度增长百分之十二。新客户数量增加了三百家，其中一半来自华东地区。',
        },
        { kind: 'paragraph', text: '毛利率下降到百分之六十五，主要原因是云服务成本增长快于收入。' },
        { kind: 'heading', level: 1, text: '各地区收入' },
        {
          kind: 'table',
          rows: [
            ['地区', '第二季度', '第三季度'],
            ['华东', '150', '172'],
            ['华南', '110', '118'],
            ['华北', '90', '96'],
            ['西部', '43', '54'],
          ],
        },
        { kind: 'heading', level: 1, text: '风险' },
        { kind: 'list-item', ordered: false, text: '云服务合同将于明年三月到期，需要尽快确定供应商。' },
        { kind: 'list-item', ordered: false, text: '新产品发布从十月推迟到十一月，影响第四季度的销售计划。' },
        { kind: 'heading', level: 1, text: '下一步' },
        {
          kind: 'paragraph',
          text: '财务部将于十二月前完成供应商评估。销售团队应当在下周提交第四季度的预算。',
        },
      ],
    },
    { clock: fixedClock('2026-01-15T09:00:00Z') },
  );
  const read = await readBuffer('运营回顾.docx', bytes);
  if (!read.success || read.data.type !== 'document') throw new Error('the Chinese report did not read back');
  return read.data;
}

const LANGUAGE_DECKS: { tag: string; name: string; load: () => Promise<Document> }[] = [
  { tag: 'en', name: 'docx4j_Convert_Out.docx', load: () => corpusDocument('docx4j_Convert_Out.docx') },
  { tag: 'de', name: 'poi_stress008.docx', load: () => corpusDocument('poi_stress008.docx') },
  { tag: 'ja', name: 'poi_stress019.docx', load: () => corpusDocument('poi_stress019.docx') },
  { tag: 'zh', name: '运营回顾.docx', load: chineseReport },
];

async function corpusDocument(name: string): Promise<Document> {
  const read = await readFile(join(CORPUS, 'office', 'docx', name));
  if (!read.success || read.data.type !== 'document') throw new Error(`${name} did not read`);
  return read.data;
}

for (const { tag, name, load } of mode === 'themes' ? [] : LANGUAGE_DECKS) {
  const deck = await buildDeck({ document: await load(), sourceName: name, slides: 12 });
  const pptx = join(work, `lang-${tag}.pptx`);
  writeFileSync(pptx, await writeDeck(deck));
  const pages = await contactSheet(pptx, join(images, `deck-lang-${tag}.png`));
  console.log(
    `| ${tag} | ${name} | ${pages} slides | labels ${deck.checks.language.labels} | title from ${deck.titleSource} | docs/images/deck-lang-${tag}.png |`,
  );
}
