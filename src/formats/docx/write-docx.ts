/**
 * @module write-docx
 * Writes a WordDocument (or a `Document` read from any format) as a .docx through the `docx`
 * package: headings (Heading1..6 styles), runs with bold/italic/underline/links, bullet and
 * numbered lists with levels (their own numbering definitions, restarted per list), tables
 * with a styled header row, images with alt text, footnotes, page numbers in the footer,
 * and title/author in the core properties.
 *
 * Output is deterministic: the `docx` package stamps the core properties with the current
 * time, names hyperlink relationships with random ids and dates zip entries "now", so the
 * package is normalised afterwards (dates from the given clock, ids numbered in order, zip
 * entries dated at the clock's time). Same input and clock, same bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document as DocxDocument,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import type { Clock } from '../../lib/clock.ts';
import { fail } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import type { Block, Document } from '../model.ts';
import type { WordBlock, WordDocument, WordRun, WordTableCell, WordText } from './word-document.ts';

export type WriteDocxOptions = {
  /** The time written as created/modified and on the zip entries. Give a fixed clock for reproducible bytes. */
  readonly clock: Clock;
};

/** Widest an image is drawn, in pixels at 96 dpi (the text width of an A4/Letter page with 1" margins). */
const MAX_IMAGE_WIDTH_PX = 600;
const BULLETS = ['•', '◦', '▪'];
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

/** Writes a Word document and returns the .docx bytes. */
export async function writeDocx(input: WordDocument | Document, options: WriteDocxOptions): Promise<Buffer> {
  const document = isModelDocument(input) ? wordDocumentFromModel(input) : input;
  const built = buildDocx(document);
  const packed = await Packer.toBuffer(built);
  return normalisePackage(packed, options.clock.now());
}

function isModelDocument(input: WordDocument | Document): input is Document {
  return (input as Document).type === 'document';
}

// ---------------------------------------------------------------------------------------
// WordDocument -> docx objects

type BuildState = {
  footnotes: Record<string, { children: Paragraph[] }>;
  nextFootnote: number;
  /** Numbering instance of the list being written; a new list restarts its numbers. */
  listInstance: number;
  inList: boolean;
  /** Images written so far, to name each one ("Picture 1"). */
  images: number;
};

function buildDocx(document: WordDocument): DocxDocument {
  const state: BuildState = { footnotes: {}, nextFootnote: 1, listInstance: 0, inList: false, images: 0 };
  const children: (Paragraph | Table)[] = [];
  for (const block of document.blocks) {
    const isList = block.kind === 'list-item';
    if (isList && !state.inList) state.listInstance++;
    state.inList = isList;
    children.push(...buildBlock(block, state));
  }
  if (children.length === 0) children.push(new Paragraph({}));

  const footerLines = (document.footerLines ?? []).map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: xmlSafe(line), size: 18 })],
      }),
  );
  const pageLine =
    document.pageNumbers === false
      ? []
      : [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                size: 18,
              }),
            ],
          }),
        ];
  const footer =
    footerLines.length + pageLine.length > 0
      ? new Footer({ children: [...footerLines, ...pageLine] })
      : undefined;
  const header = document.headerText
    ? new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: xmlSafe(document.headerText), size: 18 })],
          }),
        ],
      })
    : undefined;

  return new DocxDocument({
    ...(document.title ? { title: xmlSafe(document.title) } : {}),
    // No author: none written (the library would write "Un-named", which readers show as a byline).
    creator: document.author ? xmlSafe(document.author) : '',
    lastModifiedBy: document.author ? xmlSafe(document.author) : 'Officemate',
    ...(document.subject ? { subject: xmlSafe(document.subject) } : {}),
    ...(document.description ? { description: xmlSafe(document.description) } : {}),
    ...(document.keywords?.length ? { keywords: xmlSafe(document.keywords.join(', ')) } : {}),
    revision: 1,
    footnotes: state.footnotes,
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.BULLET,
            text: BULLETS[level % BULLETS.length] ?? '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
        {
          reference: 'numbers',
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: ORDERED_FORMATS[level % ORDERED_FORMATS.length] ?? LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    styles: {
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true, color: '555555' },
          paragraph: { indent: { left: 720, right: 720 } },
        },
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true, size: 18, color: '444444' },
          paragraph: { spacing: { after: 200 } },
        },
        { id: 'Code', name: 'Code', basedOn: 'Normal', run: { font: 'Liberation Mono', size: 18 } },
      ],
    },
    sections: [
      {
        ...(header ? { headers: { default: header } } : {}),
        ...(footer ? { footers: { default: footer } } : {}),
        children,
      },
    ],
  });
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

function buildBlock(block: WordBlock, state: BuildState): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[Math.min(6, Math.max(1, block.level)) - 1],
          children: buildRuns(block, state),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: buildRuns(block, state, block.direction === 'rtl'),
          ...(block.align ? { alignment: ALIGNMENTS[block.align] } : {}),
          ...(block.direction === 'rtl' ? { bidirectional: true } : {}),
        }),
      ];
    case 'list-item':
      return [
        new Paragraph({
          children: buildRuns(block, state),
          numbering: {
            reference: block.ordered ? 'numbers' : 'bullets',
            level: Math.max(0, Math.min(8, block.level ?? 0)),
            instance: state.listInstance,
          },
        }),
      ];
    case 'table':
      return buildTable(block, state);
    case 'image':
      return buildImage(block, ++state.images);
    case 'quote':
      return block.text
        .split(/\r?\n/)
        .map((line) => new Paragraph({ style: 'Quote', children: [new TextRun(xmlSafe(line))] }));
    case 'code':
      return block.text.split(/\r?\n/).map(
        (line) =>
          new Paragraph({
            style: 'Code',
            children: [new TextRun({ text: xmlSafe(line), font: 'Liberation Mono' })],
          }),
      );
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function buildRuns(content: WordText, state: BuildState, rightToLeft = false): ParagraphChild[] {
  const runs: readonly WordRun[] = content.runs ?? [{ text: content.text ?? '' }];
  const out: ParagraphChild[] = [];
  for (const run of runs) {
    const texts = textRuns(run, rightToLeft);
    if (run.link) out.push(new ExternalHyperlink({ link: run.link, children: texts }));
    else out.push(...texts);
    if (run.footnote !== undefined) {
      const id = state.nextFootnote++;
      state.footnotes[String(id)] = {
        children: [new Paragraph({ children: [new TextRun(xmlSafe(run.footnote))] })],
      };
      out.push(new FootnoteReferenceRun(id));
    }
  }
  return out;
}

/** The runs for one WordRun; a line break inside the text starts a new run with a `w:br`. */
function textRuns(run: WordRun, rightToLeft = false): TextRun[] {
  const format = {
    ...(rightToLeft ? { rightToLeft: true } : {}),
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italics: true } : {}),
    ...(run.underline ? { underline: {} } : {}),
    ...(run.strike ? { strike: true } : {}),
    ...(run.link ? { style: 'Hyperlink' } : {}),
  };
  return xmlSafe(run.text)
    .split(/\r?\n/)
    .map((line, index) => new TextRun({ text: line, ...format, ...(index > 0 ? { break: 1 } : {}) }));
}

/** Characters XML 1.0 cannot carry (C0 controls other than tab and line breaks) are dropped. */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Rows padded with empty cells to the widest row, unless row spans make widths uneven on purpose. */
function padRows(rows: readonly (readonly (WordTableCell | string)[])[]): (WordTableCell | string)[][] {
  const spans = (cell: WordTableCell | string) =>
    typeof cell === 'string' ? 1 : Math.max(1, cell.colSpan ?? 1);
  if (rows.some((row) => row.some((cell) => typeof cell !== 'string' && (cell.rowSpan ?? 1) > 1)))
    return rows.map((row) => [...row]);
  const width = Math.max(1, ...rows.map((row) => row.reduce((sum, cell) => sum + spans(cell), 0)));
  return rows.map((row) => {
    const used = row.reduce((sum, cell) => sum + spans(cell), 0);
    return [...row, ...Array.from({ length: width - used }, () => '')];
  });
}

function buildTable(block: Extract<WordBlock, { kind: 'table' }>, state: BuildState): (Paragraph | Table)[] {
  if (block.rows.length === 0) return [];
  const headerRow = block.headerRow !== false;
  const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  const rows = padRows(block.rows).map((row, rowIndex) => {
    const isHeader = headerRow && rowIndex === 0;
    return new TableRow({
      tableHeader: isHeader,
      children: row.map((raw) => {
        const cell: WordTableCell = typeof raw === 'string' ? { text: raw } : raw;
        const runs = (cell.runs ?? [{ text: cell.text }]).map((run) =>
          isHeader ? { ...run, bold: true } : run,
        );
        return new TableCell({
          children: [new Paragraph({ children: buildRuns({ runs }, state) })],
          ...(cell.colSpan && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
          ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
          ...(isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } } : {}),
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
        });
      }),
    });
  });
  const table = new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  });
  return block.caption ? [table, captionParagraph(block.caption)] : [table];
}

function captionParagraph(text: string): Paragraph {
  return new Paragraph({ style: 'Caption', children: [new TextRun(xmlSafe(text))] });
}

const IMAGE_TYPES: Record<string, 'png' | 'jpg' | 'gif' | 'bmp'> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
};

function buildImage(block: Extract<WordBlock, { kind: 'image' }>, index: number): Paragraph[] {
  const type = IMAGE_TYPES[block.contentType.toLowerCase()];
  if (!type) {
    fail('format_unsupported', `An image of type ${block.contentType} cannot be written to Word.`, {
      hint: 'Convert it to PNG or JPEG first.',
    });
  }
  if (!(block.widthPx > 0 && block.heightPx > 0)) {
    fail('bad_usage', `The image "${block.altText}" has no size (${block.widthPx}×${block.heightPx} px).`, {
      hint: 'Give widthPx and heightPx in pixels.',
    });
  }
  const scale = Math.min(1, MAX_IMAGE_WIDTH_PX / block.widthPx);
  const image = new ImageRun({
    type,
    data: block.data,
    transformation: { width: Math.round(block.widthPx * scale), height: Math.round(block.heightPx * scale) },
    altText: {
      name: `Picture ${index}`,
      description: block.altText,
      title: block.altText.slice(0, 80),
    },
  });
  const out = [new Paragraph({ alignment: AlignmentType.CENTER, children: [image] })];
  if (block.caption) out.push(captionParagraph(block.caption));
  return out;
}

// ---------------------------------------------------------------------------------------
// Document model -> WordDocument

/**
 * Maps a `Document` read from any format to a WordDocument. Footnote and endnote blocks are
 * attached to the paragraph before them; the source's header and footer text is kept as the
 * header and footer when every page has the same (a page number is left to the page field);
 * comments are left out;
 * charts become a table of their series; images without a known size are written at 480×320 px.
 */
export function wordDocumentFromModel(document: Document): WordDocument {
  const blocks: WordBlock[] = [];
  for (const block of document.blocks) {
    const converted = convertBlock(block, blocks);
    if (converted) blocks.push(converted);
  }
  const header = pageTexts(document, 'header');
  const footer = pageTexts(document, 'footer');
  return {
    ...(document.metadata.title ? { title: document.metadata.title } : {}),
    ...(document.metadata.author ? { author: document.metadata.author } : {}),
    blocks,
    ...(header.length ? { headerText: header.join(' · ') } : {}),
    ...(footer.length ? { footerLines: footer } : {}),
  };
}

/** A page number as a header or footer holds it once rendered ("2", "v", "Page 2 of 5", "- 2 -"). */
const PAGE_NUMBER = /^(?:page\s*)?[-–\s]*(?:\d+|[ivxlc]+)[-–\s]*(?:(?:of|\/)\s*\d+)?$/i;

/**
 * The lines of the source's header or footer, when it has one: page numbers aside, every page
 * shows the same text. Headers that change from section to section ("Contents (continued)",
 * "Figures (continued)") belong to their pages, and one header cannot stand for them all.
 */
function pageTexts(document: Document, kind: 'header' | 'footer'): string[] {
  const texts = new Set(
    document.blocks.flatMap((block) => {
      if (block.kind !== 'note' || block.noteKind !== kind) return [];
      const lines = block.text
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line && !PAGE_NUMBER.test(line));
      return lines.length ? [lines.join('\n')] : [];
    }),
  );
  return texts.size === 1 ? ([...texts][0] ?? '').split('\n') : [];
}

function convertBlock(block: Block, previous: WordBlock[]): WordBlock | undefined {
  switch (block.kind) {
    case 'heading':
      return { kind: 'heading', level: Math.min(6, Math.max(1, block.level)) as 1, ...textOf(block) };
    case 'paragraph':
      return {
        kind: 'paragraph',
        ...(block.direction === 'rtl' ? { direction: 'rtl' as const } : {}),
        ...textOf(block),
      };
    case 'list-item':
      return { kind: 'list-item', ordered: block.ordered, level: block.level, ...textOf(block) };
    case 'table':
      return {
        kind: 'table',
        rows: block.rows.map((row) =>
          row
            .filter((cell) => !cell.merged)
            .map((cell) => ({
              text: cell.text,
              ...(cell.colSpan ? { colSpan: cell.colSpan } : {}),
              ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
            })),
        ),
        ...(block.caption ? { caption: block.caption } : {}),
      };
    case 'image':
      return IMAGE_TYPES[block.contentType.toLowerCase()]
        ? {
            kind: 'image',
            data: block.data,
            contentType: block.contentType,
            widthPx: block.widthPx ?? 480,
            heightPx: block.heightPx ?? 320,
            altText: block.altText ?? block.name ?? 'Image',
          }
        : { kind: 'paragraph', text: `[Image: ${block.altText ?? block.name ?? block.contentType}]` };
    case 'chart': {
      const categories = block.series[0]?.categories ?? [];
      return {
        kind: 'table',
        caption: block.title ?? `${block.chartType} chart`,
        rows: [
          ['', ...block.series.map((series) => series.name)],
          ...categories.map((category, index) => [
            category,
            ...block.series.map((series) => String(series.values[index] ?? '')),
          ]),
        ],
      };
    }
    case 'note': {
      if (block.noteKind !== 'footnote' && block.noteKind !== 'endnote')
        return block.noteKind === 'textbox' ? { kind: 'paragraph', text: block.text } : undefined;
      const last = previous.at(-1);
      if (last && (last.kind === 'paragraph' || last.kind === 'list-item' || last.kind === 'heading')) {
        const runs = last.runs ?? [{ text: last.text ?? '' }];
        const withNote = [...runs.slice(0, -1), { ...(runs.at(-1) ?? { text: '' }), footnote: block.text }];
        previous[previous.length - 1] = { ...last, runs: withNote, text: undefined } as WordBlock;
        return undefined;
      }
      return { kind: 'paragraph', runs: [{ text: '', footnote: block.text }] };
    }
    case 'quote':
      return { kind: 'quote', text: block.text };
    case 'code':
      return { kind: 'code', text: block.text };
  }
}

function textOf(block: {
  text: string;
  runs?: readonly {
    text: string;
    bold?: boolean;
    italic?: boolean;
    underline?: boolean;
    strike?: boolean;
    link?: string;
  }[];
}): WordText {
  if (!block.runs?.length) return { text: block.text };
  return {
    runs: block.runs.map((run) => ({
      text: run.text,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italic: true } : {}),
      ...(run.underline ? { underline: true } : {}),
      ...(run.strike ? { strike: true } : {}),
      ...(run.link ? { link: run.link } : {}),
    })),
  };
}

// ---------------------------------------------------------------------------------------
// Deterministic package

/**
 * Rewrites the package so it depends only on its input and `now`: core-property dates set to
 * `now` (second precision), random relationship ids renamed in order of appearance, entries
 * drawing ids numbered per package, entries written in a fixed order with `now` as their zip date.
 */
export function normalisePackage(packed: Buffer | Uint8Array, now: Date): Buffer {
  const entries = unzipSync(new Uint8Array(packed));
  const names = Object.keys(entries);
  const stamp = `${now.toISOString().slice(0, 19)}Z`;
  const texts = new Map<string, string>();
  for (const name of names) {
    if (/\.(xml|rels)$/.test(name)) texts.set(name, strFromU8(entries[name] ?? new Uint8Array()));
  }
  const core = texts.get('docProps/core.xml');
  if (core) {
    texts.set(
      'docProps/core.xml',
      core.replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${stamp}$2`,
      ),
    );
  }
  // Relationship ids the docx package draws at random: "rId" and 21 nanoid characters.
  const randomIds = new Map<string, string>();
  for (const name of [...texts.keys()].sort()) {
    if (!name.endsWith('.rels')) continue;
    for (const match of (texts.get(name) ?? '').matchAll(/Id="(rId[a-z0-9_-]{21})"/g)) {
      const id = match[1] ?? '';
      if (!randomIds.has(id)) randomIds.set(id, `rIdLink${randomIds.size + 1}`);
    }
  }
  if (randomIds.size > 0) {
    const pattern = new RegExp(`"(${[...randomIds.keys()].map(escapeRegExp).join('|')})"`, 'g');
    for (const [name, text] of texts)
      texts.set(
        name,
        text.replace(pattern, (_, id: string) => `"${randomIds.get(id) ?? id}"`),
      );
  }
  // Drawing ids come from a counter that lives as long as the process; number them per package.
  let drawing = 0;
  for (const name of [...texts.keys()].sort()) {
    if (!name.startsWith('word/') || !name.endsWith('.xml')) continue;
    texts.set(
      name,
      (texts.get(name) ?? '').replace(
        /(<wp:docPr\b[^>]*?\bid=")\d+"/g,
        (_, head: string) => `${head}${++drawing}"`,
      ),
    );
  }
  const zipped: Zippable = {};
  const mtime = zipDate(now);
  const ordered = ['[Content_Types].xml', ...names.filter((name) => name !== '[Content_Types].xml').sort()];
  for (const name of ordered) {
    if (!(name in entries)) continue;
    const text = texts.get(name);
    zipped[name] = [
      text !== undefined ? strToU8(text) : (entries[name] ?? new Uint8Array()),
      { mtime, level: 6 },
    ];
  }
  return Buffer.from(zipSync(zipped));
}

/** Zip dates are local wall-clock times from 1980 on; write the UTC wall clock so bytes do not depend on the machine's zone. */
function zipDate(now: Date): Date {
  const clamped = Math.max(now.getTime(), Date.UTC(1980, 0, 1, 12));
  const utc = new Date(clamped);
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
}
