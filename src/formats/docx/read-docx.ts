/**
 * @module read-docx
 * Word (.docx, .docm) into a Document. The body is walked in order: headings (by style name,
 * outline level or basedOn chain), paragraphs with runs (bold, italic, underline, strike,
 * links), list items (ordered or bulleted from numbering.xml, with their level), tables on a
 * dense grid (gridSpan/vMerge as colSpan/rowSpan plus covered cells), images with alt text,
 * charts, text boxes and comments after the paragraph that holds them; headers first,
 * footers, footnotes and endnotes last. Tracked insertions are kept and deletions dropped
 * (the document as accepted). `locator.paragraph` is the 1-based index of the body paragraph
 * (w:p, table cells included, in document order).
 */

import type { Block, Document, Run, TableCell } from '../model.ts';
import { readChart } from '../ooxml/chart.ts';
import { readCoreProperties } from '../ooxml/core-properties.ts';
import { imageType, missingPart, type OoxmlPackage, openPackage, optionalPart } from '../ooxml/package.ts';
import {
  attr,
  child,
  descendants,
  elements,
  isOn,
  path,
  relAttr,
  textOf,
  type XmlNode,
} from '../ooxml/xml.ts';
import type { ReaderInput } from '../reader.ts';
import { type Numbering, readNumbering } from './docx-numbering.ts';
import { type ParagraphStyle, readStyles, type StyleSheet } from './docx-styles.ts';
import { PAGE_FIELD, pageFieldHusk } from './page-field-husk.ts';
import { isSymbolFont, symbolFontChar } from './symbol-font.ts';

const EMU_PER_PX = 9525;
/** Bound on nesting (tables in tables, content controls) so crafted files cannot recurse forever. */
const MAX_DEPTH = 64;

type NoteRef = { kind: 'footnote' | 'endnote'; id: string; paragraph: number };

type Context = {
  readonly pkg: OoxmlPackage;
  readonly part: string;
  readonly styles: StyleSheet;
  readonly numbering: Numbering;
  readonly comments: ReadonlyMap<string, { author?: string; text: string }>;
  /** Counter of body paragraphs; undefined while reading notes, headers and text boxes. */
  paragraphCount: number;
  readonly noteRefs: NoteRef[];
  readonly emittedComments: Set<string>;
  /** Text box and image side blocks are only collected for the body. */
  readonly inBody: boolean;
  /** A header or footer, repeated on every page, where a line can be only its page number. */
  readonly pageFurniture?: boolean;
  /** Open complex fields of the body, which may span paragraphs (a table of contents does). */
  readonly fields: FieldState;
};

type ParagraphContent = {
  text: string;
  runs: Run[];
  /** Images, charts, text boxes and comments found inside, emitted after the paragraph. */
  extras: Block[];
  /** Where page-number fields with no cached value stood, as offsets into the text. */
  emptyPageFields: number[];
  /** The spans [start, end) of a header's or footer's text that are page-number fields' cached values. */
  pageNumbers: [number, number][];
};

type RunFormat = { bold?: boolean; italic?: boolean; underline?: boolean; strike?: boolean; link?: string };

/**
 * Complex fields (w:fldChar begin · instruction · separate · cached result · end), nested.
 * The instruction is never text; the cached result is, except where the field is one whose
 * result is not body text (a table of contents, an index) or where Word cached an error
 * ("Error! Reference source not found."), which is dropped.
 */
type FieldFrame = {
  instruction: string;
  inResult: boolean;
  /** Where the cached result starts, in the paragraph it starts in. */
  runsBefore: number;
  content?: ParagraphContent;
};
type FieldState = { stack: FieldFrame[] };

/** Field results that are never body text. */
const DROPPED_FIELD = /^\s*(?:TOC|INDEX|TOA|XE|TC|RD)\b/i;
/** What Word leaves as the cached result of a broken field, in the languages Word ships. */
export const FIELD_ERROR =
  /^\s*(?:Error!|Fehler!|Erreur\s?!|¡Error!|Errore!|Erro!|Fout!|Błąd!|Ошибка!|错误！|錯誤！|エラー！|오류!)/u;

function inFieldCode(field: FieldState): boolean {
  return field.stack.some((frame) => !frame.inResult);
}

function hiddenResult(field: FieldState): boolean {
  return field.stack.some((frame) => frame.inResult && DROPPED_FIELD.test(frame.instruction));
}

function runFormat(rPr: XmlNode | undefined, link: string | undefined): RunFormat {
  const format: RunFormat = {};
  if (isOn(child(rPr, 'b'))) format.bold = true;
  if (isOn(child(rPr, 'i'))) format.italic = true;
  const u = child(rPr, 'u');
  if (u && attr(u, 'val') !== 'none') format.underline = true;
  if (isOn(child(rPr, 'strike')) || isOn(child(rPr, 'dstrike'))) format.strike = true;
  if (link) format.link = link;
  return format;
}

function sameFormat(a: Run, b: RunFormat): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.strike === b.strike &&
    a.link === b.link
  );
}

function pushRun(runs: Run[], text: string, format: RunFormat): void {
  if (!text) return;
  const last = runs[runs.length - 1];
  if (last && sameFormat(last, format)) {
    runs[runs.length - 1] = { ...last, text: last.text + text };
    return;
  }
  runs.push({ text, ...format });
}

function hasFormatting(runs: readonly Run[]): boolean {
  return runs.some((run) => run.bold || run.italic || run.underline || run.strike || run.link);
}

/** Chooses one branch of mc:AlternateContent (the first Choice), so content is not doubled. */
function alternate(node: XmlNode): XmlNode | undefined {
  return child(node, 'Choice') ?? child(node, 'Fallback');
}

function imageBlock(
  ctx: Context,
  relId: string | undefined,
  docPr: XmlNode | undefined,
  extent: XmlNode | undefined,
  paragraph: number,
): Block | undefined {
  if (!relId) return undefined;
  const rel = ctx.pkg.rels(ctx.part).get(relId);
  if (!rel || rel.external) return undefined;
  const data = optionalPart(() => ctx.pkg.bytes(rel.target));
  if (!data) return undefined;
  const alt = (attr(docPr, 'descr') ?? attr(docPr, 'title') ?? '').trim();
  const cx = Number(attr(extent, 'cx'));
  const cy = Number(attr(extent, 'cy'));
  return {
    kind: 'image',
    contentType: imageType(ctx.pkg, rel.target),
    data,
    name: attr(docPr, 'name') ?? rel.target.split('/').pop() ?? rel.target,
    ...(alt ? { altText: alt } : {}),
    ...(Number.isFinite(cx) && cx > 0 ? { widthPx: Math.round(cx / EMU_PER_PX) } : {}),
    ...(Number.isFinite(cy) && cy > 0 ? { heightPx: Math.round(cy / EMU_PER_PX) } : {}),
    locator: { paragraph },
  };
}

/** Text boxes inside a drawing or VML shape, read as their own paragraphs. */
function textBoxes(ctx: Context, node: XmlNode, paragraph: number, depth: number): Block[] {
  const out: Block[] = [];
  for (const box of descendants(node, 'txbxContent')) {
    const inner: Context = { ...ctx, inBody: false };
    const text = elements(box)
      .flatMap((item) => blockText(inner, item, depth + 1))
      .filter((line) => line.trim() !== '')
      .join('\n');
    if (text.trim()) out.push({ kind: 'note', noteKind: 'textbox', text, locator: { paragraph } });
  }
  return out;
}

function drawingExtras(ctx: Context, drawing: XmlNode, paragraph: number, depth: number): Block[] {
  const out: Block[] = [];
  for (const holder of elements(drawing).filter((item) => item.name === 'inline' || item.name === 'anchor')) {
    const docPr = child(holder, 'docPr');
    const extent = child(holder, 'extent');
    const graphicData = path(holder, 'graphic', 'graphicData');
    for (const blip of descendants(graphicData, 'blip')) {
      const image = imageBlock(ctx, relAttr(blip, 'embed'), docPr, extent, paragraph);
      if (image) out.push(image);
    }
    for (const chart of elements(graphicData, 'chart')) {
      const rel = ctx.pkg.rels(ctx.part).get(relAttr(chart, 'id') ?? '');
      if (!rel || rel.external) continue;
      const block = optionalPart(() => readChart(ctx.pkg.xml(rel.target), { paragraph }));
      if (block) out.push(block);
    }
    out.push(...textBoxes(ctx, holder, paragraph, depth));
  }
  return out;
}

function vmlExtras(ctx: Context, pict: XmlNode, paragraph: number, depth: number): Block[] {
  const out: Block[] = [];
  for (const data of descendants(pict, 'imagedata')) {
    const shape = pict.children.find((item) => item.name === 'shape' || item.name === 'rect');
    const alt = attr(shape, 'alt') ?? attr(data, 'title');
    const image = imageBlock(
      ctx,
      relAttr(data, 'id'),
      alt ? { name: 'vml', attrs: { descr: alt }, children: [] } : undefined,
      undefined,
      paragraph,
    );
    if (image) out.push(image);
  }
  out.push(...textBoxes(ctx, pict, paragraph, depth));
  return out;
}

/** Walks the inline content of a paragraph (runs, links, insertions) in order. */
function collectInline(
  ctx: Context,
  node: XmlNode,
  content: ParagraphContent,
  link: string | undefined,
  paragraph: number,
  depth: number,
  field: FieldState,
): void {
  if (depth > MAX_DEPTH) return;
  for (const item of node.children) {
    switch (item.name) {
      case 'r':
        readRun(ctx, item, content, link, paragraph, depth, field);
        break;
      case 'hyperlink': {
        const rel = ctx.pkg.rels(ctx.part).get(relAttr(item, 'id') ?? '');
        const anchor = attr(item, 'anchor');
        const target = rel?.target ?? (anchor ? `#${anchor}` : undefined);
        collectInline(ctx, item, content, target ?? link, paragraph, depth + 1, field);
        break;
      }
      case 'ins':
      case 'moveTo':
      case 'smartTag':
      case 'fldSimple': {
        if (DROPPED_FIELD.test(attr(item, 'instr') ?? '')) break;
        const from = textLength(content);
        collectInline(ctx, item, content, link, paragraph, depth + 1, field);
        dropFieldError(content, from);
        if (ctx.pageFurniture && PAGE_FIELD.test(attr(item, 'instr') ?? ''))
          content.pageNumbers.push([from, textLength(content)]);
        if (PAGE_FIELD.test(attr(item, 'instr') ?? '') && textLength(content) === from)
          content.emptyPageFields.push(from);
        break;
      }
      case 'customXml':
      case 'dir':
      case 'bdo':
        collectInline(ctx, item, content, link, paragraph, depth + 1, field);
        break;
      case 'sdt':
        collectInline(ctx, child(item, 'sdtContent') ?? item, content, link, paragraph, depth + 1, field);
        break;
      case 'AlternateContent': {
        const branch = alternate(item);
        if (branch) collectInline(ctx, branch, content, link, paragraph, depth + 1, field);
        break;
      }
      case 'commentRangeStart':
        noteComment(ctx, attr(item, 'id'), content, paragraph);
        break;
      case 'oMath':
      case 'oMathPara':
        pushRun(content.runs, textOfMath(item), runFormat(undefined, link));
        break;
      default:
        break;
    }
  }
}

function textOfMath(node: XmlNode): string {
  return descendants(node, 't')
    .map((t) => textOf(t))
    .join('');
}

function noteComment(
  ctx: Context,
  id: string | undefined,
  content: ParagraphContent,
  paragraph: number,
): void {
  if (!id || ctx.emittedComments.has(id) || !ctx.inBody) return;
  const comment = ctx.comments.get(id);
  if (!comment) return;
  ctx.emittedComments.add(id);
  content.extras.push({
    kind: 'note',
    noteKind: 'comment',
    text: comment.text,
    ...(comment.author ? { author: comment.author } : {}),
    locator: { paragraph },
  });
}

function textLength(content: ParagraphContent): number {
  return content.runs.reduce((sum, run) => sum + run.text.length, 0);
}

/** A page-number field that ends with no cached value (no result, or an empty one, in this paragraph). */
function emptyPageField(frame: FieldFrame, content: ParagraphContent): boolean {
  if (!PAGE_FIELD.test(frame.instruction)) return false;
  if (!frame.inResult) return true;
  return frame.content === content && textLength(content) === frame.runsBefore;
}

/** Cuts spans [start, end) of the paragraph's text out of its runs. */
function cutRuns(content: ParagraphContent, spans: readonly [number, number][]): void {
  const kept: Run[] = [];
  let offset = 0;
  for (const run of content.runs) {
    let text = '';
    for (let i = 0; i < run.text.length; i++) {
      const at = offset + i;
      if (!spans.some(([start, end]) => at >= start && at < end)) text += run.text[i];
    }
    if (text) kept.push({ ...run, text });
    offset += run.text.length;
  }
  content.runs.splice(0, content.runs.length, ...kept);
}

/** Removes a field's cached result when it is Word's error text; `from` is where the result starts. */
function dropFieldError(content: ParagraphContent, from: number): void {
  const text = content.runs.map((run) => run.text).join('');
  if (!FIELD_ERROR.test(text.slice(from))) return;
  const kept: Run[] = [];
  let offset = 0;
  for (const run of content.runs) {
    const end = offset + run.text.length;
    if (end <= from) kept.push(run);
    else if (offset < from) kept.push({ ...run, text: run.text.slice(0, from - offset) });
    offset = end;
  }
  content.runs.splice(0, content.runs.length, ...kept);
}

function readRun(
  ctx: Context,
  run: XmlNode,
  content: ParagraphContent,
  link: string | undefined,
  paragraph: number,
  depth: number,
  field: FieldState,
): void {
  const rPr = child(run, 'rPr');
  const format = runFormat(rPr, link);
  // Hidden text (w:vanish, w:webHidden) is not shown, so it is not read.
  const hidden = isOn(child(rPr, 'vanish')) || isOn(child(rPr, 'webHidden'));
  const visible = () => !hidden && !inFieldCode(field) && !hiddenResult(field);
  for (const item of run.children) {
    switch (item.name) {
      case 't':
        if (visible()) pushRun(content.runs, textOf(item), format);
        break;
      case 'instrText': {
        const frame = field.stack.at(-1);
        if (frame && !frame.inResult) frame.instruction += textOf(item);
        break;
      }
      case 'tab':
      case 'ptab':
        if (visible()) pushRun(content.runs, '\t', format);
        break;
      case 'br':
      case 'cr':
        if (visible() && attr(item, 'type') !== 'page') pushRun(content.runs, '\n', format);
        break;
      case 'noBreakHyphen':
        if (visible()) pushRun(content.runs, '\u2011', format);
        break;
      case 'softHyphen':
        break;
      case 'sym': {
        const code = Number.parseInt(attr(item, 'char') ?? '', 16);
        // A symbol of the Symbol font is a place in that font's own encoding (0xDA "∨", not "Ú").
        const char = isSymbolFont(attr(item, 'font'))
          ? symbolFontChar(code)
          : Number.isFinite(code)
            ? String.fromCodePoint(code >= 0xf000 ? code - 0xf000 : code)
            : undefined;
        if (char && visible()) pushRun(content.runs, char, format);
        break;
      }
      case 'fldChar': {
        const type = attr(item, 'fldCharType');
        if (type === 'begin') field.stack.push({ instruction: '', inResult: false, runsBefore: 0 });
        else if (type === 'separate') {
          const frame = field.stack.at(-1);
          if (frame) {
            frame.inResult = true;
            frame.runsBefore = content.runs.map((each) => each.text).join('').length;
            frame.content = content;
          }
        } else if (type === 'end') {
          const frame = field.stack.pop();
          if (frame?.inResult && frame.content === content) {
            dropFieldError(content, frame.runsBefore);
            if (ctx.pageFurniture && PAGE_FIELD.test(frame.instruction))
              content.pageNumbers.push([frame.runsBefore, textLength(content)]);
          }
          if (frame && emptyPageField(frame, content) && !inFieldCode(field) && !hiddenResult(field))
            content.emptyPageFields.push(textLength(content));
        }
        break;
      }
      case 'footnoteReference':
      case 'endnoteReference': {
        const id = attr(item, 'id');
        if (id && ctx.inBody) {
          const kind = item.name === 'footnoteReference' ? 'footnote' : 'endnote';
          ctx.noteRefs.push({ kind, id, paragraph });
        }
        break;
      }
      case 'commentReference':
        noteComment(ctx, attr(item, 'id'), content, paragraph);
        break;
      case 'drawing':
        content.extras.push(...drawingExtras(ctx, item, paragraph, depth));
        break;
      case 'pict':
      case 'object':
        content.extras.push(...vmlExtras(ctx, item, paragraph, depth));
        break;
      case 'AlternateContent': {
        const branch = alternate(item);
        if (branch)
          readRun(ctx, { ...run, children: branch.children }, content, link, paragraph, depth + 1, field);
        break;
      }
      default:
        break;
    }
  }
}

function readParagraphContent(ctx: Context, p: XmlNode, paragraph: number, depth: number): ParagraphContent {
  const content: ParagraphContent = { text: '', runs: [], extras: [], emptyPageFields: [], pageNumbers: [] };
  collectInline(ctx, p, content, undefined, paragraph, depth, ctx.inBody ? ctx.fields : { stack: [] });
  // "Page  of": the words around page fields that have no value are not read.
  if (content.emptyPageFields.length > 0) {
    const text = content.runs.map((run) => run.text).join('');
    cutRuns(content, pageFieldHusk(text, content.emptyPageFields));
  }
  // A header or footer line that is only its page number ("1", "- 2 -", "Page 3 of 9", "III-15")
  // holds no words: the number is whichever page was laid out last, not the line's text.
  if (content.pageNumbers.length > 0 && onlyPageNumbers(content)) content.runs.splice(0);
  content.text = content.runs.map((run) => run.text).join('');
  if (!ctx.inBody) content.extras = [];
  return content;
}

/** Whether a paragraph is nothing but its page-number fields' values and the page words and marks around them. */
function onlyPageNumbers(content: ParagraphContent): boolean {
  const text = content.runs.map((run) => run.text).join('');
  let rest = '';
  const positions: number[] = [];
  let from = 0;
  for (const [start, end] of content.pageNumbers) {
    rest += text.slice(from, start);
    positions.push(rest.length);
    from = Math.max(from, end);
  }
  rest += text.slice(from);
  let kept = '';
  let at = 0;
  for (const [start, end] of pageFieldHusk(rest, positions)) {
    kept += rest.slice(at, start);
    at = end;
  }
  return !/[\p{L}\p{N}]/u.test(kept + rest.slice(at));
}

/** Plain text lines of a block-level element (paragraph or table), for notes and text boxes. */
function blockText(ctx: Context, node: XmlNode, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  if (node.name === 'p') return [readParagraphContent(ctx, node, 0, depth).text];
  if (node.name === 'tbl') {
    return elements(node, 'tr').map((tr) =>
      elements(tr, 'tc')
        .map((tc) =>
          elements(tc)
            .flatMap((item) => blockText(ctx, item, depth + 1))
            .join(' '),
        )
        .join('\t'),
    );
  }
  if (node.name === 'sdt')
    return elements(child(node, 'sdtContent')).flatMap((item) => blockText(ctx, item, depth + 1));
  if (node.name === 'customXml' || node.name === 'ins' || node.name === 'moveTo')
    return elements(node).flatMap((item) => blockText(ctx, item, depth + 1));
  if (node.name === 'AlternateContent')
    return elements(alternate(node)).flatMap((item) => blockText(ctx, item, depth + 1));
  return [];
}

function paragraphStyle(ctx: Context, pPr: XmlNode | undefined): ParagraphStyle | undefined {
  const id = attr(child(pPr, 'pStyle'), 'val');
  return id ? ctx.styles.get(id) : ctx.styles.defaultParagraph;
}

/** One body paragraph into its block (or none when empty) plus side blocks. */
function paragraphBlocks(ctx: Context, p: XmlNode, depth: number): Block[] {
  ctx.paragraphCount++;
  const index = ctx.paragraphCount;
  const pPr = child(p, 'pPr');
  // A paragraph whose mark was deleted merges with the next in the accepted text; reading it
  // on its own keeps its words, which matters more here than the exact join.
  const content = readParagraphContent(ctx, p, index, depth);
  const style = paragraphStyle(ctx, pPr);
  const text = content.text.replace(/\s+$/u, '');
  const out: Block[] = [];
  const locator = { paragraph: index };
  const runs = hasFormatting(content.runs) ? { runs: content.runs } : {};
  if (text.trim() !== '') {
    const outline = attr(child(pPr, 'outlineLvl'), 'val');
    const directLevel = outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : undefined;
    const headingLevel = directLevel ?? style?.headingLevel;
    const numPr = child(pPr, 'numPr');
    const numId = attr(child(numPr, 'numId'), 'val') ?? style?.numbering?.numId;
    const level = Number(attr(child(numPr, 'ilvl'), 'val') ?? style?.numbering?.level ?? 0);
    if (headingLevel !== undefined) {
      out.push({
        kind: 'heading',
        level: Math.min(Math.max(headingLevel, 1), 9),
        text: text.trim(),
        ...runs,
        locator,
      });
    } else if (numId && ctx.numbering.exists(numId)) {
      out.push({
        kind: 'list-item',
        level,
        ordered: ctx.numbering.isOrdered(numId, level),
        text: text.trim(),
        ...runs,
        locator,
      });
    } else if (style && /quote/i.test(style.name)) {
      out.push({ kind: 'quote', text, locator });
    } else {
      const bidi =
        isOn(child(pPr, 'bidi')) ||
        (child(pPr, 'bidi') === undefined && (style?.bidi === true || mostlyRtl(text)));
      out.push({
        kind: 'paragraph',
        text,
        ...runs,
        ...(style && style.name !== 'Normal' ? { style: style.name } : {}),
        ...(bidi ? { direction: 'rtl' as const } : {}),
        locator,
      });
    }
  }
  out.push(...content.extras);
  return out;
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/gu;
const LTR_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/gu;

/** True when Hebrew/Arabic letters outnumber Latin, Greek and Cyrillic ones. */
export function mostlyRtl(text: string): boolean {
  const rtl = text.match(RTL_LETTER)?.length ?? 0;
  if (rtl === 0) return false;
  return rtl > (text.match(LTR_LETTER)?.length ?? 0);
}

type GridCell = { text: string; colSpan: number; rowSpan: number; merged: boolean; origin?: GridCell };

function tableBlocks(ctx: Context, tbl: XmlNode, depth: number): Block[] {
  const firstParagraph = ctx.paragraphCount + 1;
  const grid: GridCell[][] = [];
  const extras: Block[] = [];
  const rows = rowsOf(tbl, depth);
  for (const tr of rows) {
    const row: GridCell[] = [];
    const before = Number(attr(path(tr, 'trPr', 'gridBefore'), 'val') ?? 0);
    for (let i = 0; i < Math.min(before, 1000); i++)
      row.push({ text: '', colSpan: 1, rowSpan: 1, merged: false });
    for (const tc of cellsOf(tr, depth)) {
      const tcPr = child(tc, 'tcPr');
      const span = Math.min(Math.max(Number(attr(child(tcPr, 'gridSpan'), 'val') ?? 1) || 1, 1), 1000);
      const vMerge = child(tcPr, 'vMerge');
      const continues = vMerge !== undefined && (attr(vMerge, 'val') ?? 'continue') === 'continue';
      const column = row.length;
      const lines: string[] = [];
      for (const item of elements(tc)) {
        if (item.name === 'p') {
          const blocks = paragraphBlocks(ctx, item, depth + 1);
          for (const block of blocks) {
            if (
              block.kind === 'heading' ||
              block.kind === 'paragraph' ||
              block.kind === 'list-item' ||
              block.kind === 'quote'
            )
              lines.push(block.text);
            else extras.push(block);
          }
        } else if (item.name === 'tbl') {
          // Nested tables flatten into the cell's text; their side blocks still surface.
          for (const block of tableBlocks(ctx, item, depth + 1)) {
            if (block.kind !== 'table') {
              extras.push(block);
              continue;
            }
            const text = block.rows
              .map((row) =>
                row
                  .map((cell) => cell.text)
                  .filter((cell) => cell !== '')
                  .join('\t'),
              )
              .filter((line) => line !== '')
              .join('\n');
            if (text) lines.push(text);
          }
        } else {
          lines.push(...blockText(ctx, item, depth + 1).filter((line) => line.trim() !== ''));
        }
      }
      if (continues) {
        const above = grid[grid.length - 1]?.[column];
        const origin = above ? (above.origin ?? above) : undefined;
        if (origin) origin.rowSpan++;
        const cell: GridCell = {
          text: '',
          colSpan: span,
          rowSpan: 1,
          merged: true,
          ...(origin ? { origin } : {}),
        };
        row.push(cell);
      } else {
        row.push({ text: lines.join('\n'), colSpan: span, rowSpan: 1, merged: false });
      }
      const head = row[row.length - 1]!;
      for (let i = 1; i < span; i++)
        row.push({ text: '', colSpan: 1, rowSpan: 1, merged: true, origin: head.origin ?? head });
    }
    grid.push(row);
  }
  const frozen: TableCell[][] = grid.map((row) =>
    row.map((cell) => {
      if (cell.merged) return { text: '', merged: true };
      return {
        text: cell.text,
        ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
        ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
      };
    }),
  );
  const caption = attr(path(tbl, 'tblPr', 'tblCaption'), 'val');
  return [
    { kind: 'table', rows: frozen, ...(caption ? { caption } : {}), locator: { paragraph: firstParagraph } },
    ...extras,
  ];
}

function unwrap(node: XmlNode, name: string, depth: number): XmlNode[] {
  if (depth > MAX_DEPTH) return [];
  const out: XmlNode[] = [];
  for (const item of elements(node)) {
    if (item.name === name) out.push(item);
    else if (item.name === 'sdt') out.push(...unwrap(child(item, 'sdtContent') ?? item, name, depth + 1));
    else if (item.name === 'customXml' || item.name === 'ins' || item.name === 'moveTo')
      out.push(...unwrap(item, name, depth + 1));
  }
  return out;
}

const rowsOf = (tbl: XmlNode, depth: number) => unwrap(tbl, 'tr', depth);
const cellsOf = (tr: XmlNode, depth: number) => unwrap(tr, 'tc', depth);

function bodyBlocks(ctx: Context, container: XmlNode, depth: number): Block[] {
  if (depth > MAX_DEPTH) return [];
  const out: Block[] = [];
  for (const item of elements(container)) {
    switch (item.name) {
      case 'p':
        out.push(...paragraphBlocks(ctx, item, depth));
        break;
      case 'tbl':
        out.push(...tableBlocks(ctx, item, depth));
        break;
      case 'sdt':
        out.push(...bodyBlocks(ctx, child(item, 'sdtContent') ?? item, depth + 1));
        break;
      case 'customXml':
      case 'ins':
      case 'moveTo':
        out.push(...bodyBlocks(ctx, item, depth + 1));
        break;
      case 'AlternateContent': {
        const branch = alternate(item);
        if (branch) out.push(...bodyBlocks(ctx, branch, depth + 1));
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** Notes parts (footnotes.xml, endnotes.xml, comments.xml): id → text (and author). */
function readNotes(
  ctx: Context,
  part: string | undefined,
  element: string,
): Map<string, { author?: string; text: string }> {
  const out = new Map<string, { author?: string; text: string }>();
  if (!part) return out;
  const root = optionalPart(() => ctx.pkg.xml(part));
  const noteCtx: Context = { ...ctx, part, inBody: false };
  for (const note of elements(root, element)) {
    const type = attr(note, 'type');
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    const id = attr(note, 'id');
    if (id === undefined) continue;
    const text = elements(note)
      .flatMap((item) => blockText(noteCtx, item, 1))
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n');
    const author = attr(note, 'author');
    out.set(id, { text, ...(author ? { author } : {}) });
  }
  return out;
}

function headerFooterBlocks(
  ctx: Context,
  body: XmlNode | undefined,
  kind: 'header' | 'footer',
  paragraph: number,
): Block[] {
  const seen = new Set<string>();
  const out: Block[] = [];
  const rels = ctx.pkg.rels(ctx.part);
  for (const sectPr of descendants(body, 'sectPr')) {
    for (const ref of elements(sectPr, `${kind}Reference`)) {
      const rel = rels.get(relAttr(ref, 'id') ?? '');
      if (!rel || rel.external || seen.has(rel.target)) continue;
      seen.add(rel.target);
      const root = optionalPart(() => ctx.pkg.xml(rel.target));
      const partCtx: Context = { ...ctx, part: rel.target, inBody: false, pageFurniture: true };
      const text = elements(root)
        .flatMap((item) => blockText(partCtx, item, 1))
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join('\n');
      if (text && !out.some((block) => block.kind === 'note' && block.text === text)) {
        out.push({ kind: 'note', noteKind: kind, text, locator: { paragraph } });
      }
    }
  }
  return out;
}

export async function readDocx(input: ReaderInput): Promise<Document> {
  const pkg = openPackage(input);
  const main = pkg.mainPart() ?? (pkg.has('word/document.xml') ? 'word/document.xml' : undefined);
  if (!main || !pkg.has(main)) missingPart(input.path, 'main document part (word/document.xml)');
  const root = pkg.xml(main);
  const body = child(root, 'body');
  if (!body) missingPart(input.path, 'document body');
  const partOf = (suffix: string) => {
    const rel = pkg.relOfType(main, suffix);
    return rel && !rel.external && pkg.has(rel.target) ? rel.target : undefined;
  };
  const stylesPart = partOf('styles');
  const numberingPart = partOf('numbering');
  const base: Context = {
    pkg,
    part: main,
    styles: readStyles(stylesPart ? optionalPart(() => pkg.xml(stylesPart)) : undefined),
    numbering: readNumbering(numberingPart ? optionalPart(() => pkg.xml(numberingPart)) : undefined),
    comments: new Map(),
    paragraphCount: 0,
    noteRefs: [],
    emittedComments: new Set(),
    inBody: true,
    fields: { stack: [] },
  };
  const ctx: Context = { ...base, comments: readNotes(base, partOf('comments'), 'comment') };
  const headers = headerFooterBlocks(ctx, body, 'header', 1);
  const blocks = bodyBlocks(ctx, body, 0);
  const footers = headerFooterBlocks(ctx, body, 'footer', Math.max(ctx.paragraphCount, 1));
  const notes: Block[] = [];
  const footnotes = readNotes(ctx, partOf('footnotes'), 'footnote');
  const endnotes = readNotes(ctx, partOf('endnotes'), 'endnote');
  const seen = new Set<string>();
  for (const ref of ctx.noteRefs) {
    const key = `${ref.kind}:${ref.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const note = (ref.kind === 'footnote' ? footnotes : endnotes).get(ref.id);
    if (note?.text)
      notes.push({
        kind: 'note',
        noteKind: ref.kind,
        text: note.text,
        locator: { paragraph: ref.paragraph },
      });
  }
  return {
    type: 'document',
    format: input.format === 'docx' ? 'docx' : input.format,
    metadata: readCoreProperties(pkg),
    blocks: [...headers, ...blocks, ...footers, ...notes],
  };
}
