/**
 * @module read-pptx
 * PowerPoint (.pptx, .pptm) into a Presentation: slides in presentation order, each with its
 * title (title/ctrTitle placeholder, also emitted as a level-1 heading), text frames as
 * paragraph blocks with their indent level, tables, images with alt text, charts with their
 * series, SmartArt text, the footer and date placeholders as footer notes and comments with
 * their authors (both after the slide's shapes), speaker notes, the layout's name, hidden flag, transition and the shapes its animations target. Every block's locator names its 1-based slide.
 */

import { joinStackedLetters } from '../../lib/text/unwrap-lines.ts';
import type { Block, Presentation, Run, Slide, TableCell } from '../model.ts';
import { chartRefs, readChart } from '../ooxml/chart.ts';
import { readCoreProperties } from '../ooxml/core-properties.ts';
import { imageType, missingPart, type OoxmlPackage, openPackage, optionalPart } from '../ooxml/package.ts';
import { attr, child, descendants, elements, path, relAttr, textOf, type XmlNode } from '../ooxml/xml.ts';
import type { ReaderInput } from '../reader.ts';

const EMU_PER_PX = 9525;
const MAX_DEPTH = 64;
const MAX_SLIDES = 10_000;

type SlideContext = { readonly pkg: OoxmlPackage; readonly part: string; readonly slide: number };

type TextParagraph = { text: string; runs: Run[]; level: number };

function runProps(rPr: XmlNode | undefined, link: string | undefined): Omit<Run, 'text'> {
  const b = attr(rPr, 'b');
  const i = attr(rPr, 'i');
  const u = attr(rPr, 'u');
  const strike = attr(rPr, 'strike');
  return {
    ...(b === '1' || b === 'true' ? { bold: true } : {}),
    ...(i === '1' || i === 'true' ? { italic: true } : {}),
    ...(u && u !== 'none' ? { underline: true } : {}),
    ...(strike && strike !== 'noStrike' ? { strike: true } : {}),
    ...(link ? { link } : {}),
  };
}

/** The a:p paragraphs of a text body (txBody), each with its text, runs and level. */
export function textParagraphs(ctx: SlideContext, txBody: XmlNode | undefined): TextParagraph[] {
  const out: TextParagraph[] = [];
  for (const p of elements(txBody, 'p')) {
    const runs: Run[] = [];
    for (const item of elements(p)) {
      if (item.name === 'r' || item.name === 'fld') {
        const rPr = child(item, 'rPr');
        const click = child(rPr, 'hlinkClick');
        const rel = click ? ctx.pkg.rels(ctx.part).get(relAttr(click, 'id') ?? '') : undefined;
        const text = textOf(child(item, 't'));
        if (text) runs.push({ text, ...runProps(rPr, rel?.external ? rel.target : undefined) });
      } else if (item.name === 'br') {
        runs.push({ text: '\n' });
      }
    }
    const level = Number(attr(child(p, 'pPr'), 'lvl') ?? 0);
    out.push({ text: runs.map((run) => run.text).join(''), runs, level: Number.isFinite(level) ? level : 0 });
  }
  return out;
}

function hasFormatting(runs: readonly Run[]): boolean {
  return runs.some((run) => run.bold || run.italic || run.underline || run.strike || run.link);
}

function tableBlock(ctx: SlideContext, tbl: XmlNode): Block {
  const rows: TableCell[][] = elements(tbl, 'tr').map((tr) =>
    elements(tr, 'tc').map((tc) => {
      if (attr(tc, 'hMerge') === '1' || attr(tc, 'vMerge') === '1') return { text: '', merged: true };
      const text = joinStackedLetters(
        textParagraphs(ctx, child(tc, 'txBody'))
          .map((p) => p.text)
          .join('\n')
          .trim(),
      );
      const colSpan = Number(attr(tc, 'gridSpan') ?? 1);
      const rowSpan = Number(attr(tc, 'rowSpan') ?? 1);
      return { text, ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) };
    }),
  );
  return { kind: 'table', rows, locator: { slide: ctx.slide } };
}

function pictureBlock(ctx: SlideContext, pic: XmlNode): Block | undefined {
  const blip = descendants(child(pic, 'blipFill'), 'blip')[0];
  const rel = ctx.pkg.rels(ctx.part).get(relAttr(blip, 'embed') ?? '');
  if (!rel || rel.external) return undefined;
  const data = optionalPart(() => ctx.pkg.bytes(rel.target));
  if (!data) return undefined;
  const cNvPr = path(pic, 'nvPicPr', 'cNvPr');
  const alt = (attr(cNvPr, 'descr') ?? attr(cNvPr, 'title') ?? '').trim();
  const ext = path(pic, 'spPr', 'xfrm', 'ext');
  const cx = Number(attr(ext, 'cx'));
  const cy = Number(attr(ext, 'cy'));
  return {
    kind: 'image',
    contentType: imageType(ctx.pkg, rel.target),
    data,
    name: attr(cNvPr, 'name') ?? rel.target.split('/').pop() ?? rel.target,
    ...(alt ? { altText: alt } : {}),
    ...(cx > 0 ? { widthPx: Math.round(cx / EMU_PER_PX) } : {}),
    ...(cy > 0 ? { heightPx: Math.round(cy / EMU_PER_PX) } : {}),
    locator: { slide: ctx.slide },
  };
}

function smartArtBlocks(ctx: SlideContext, graphicData: XmlNode): Block[] {
  const relIds = child(graphicData, 'relIds');
  const rel = ctx.pkg.rels(ctx.part).get(relAttr(relIds, 'dm') ?? '');
  if (!rel || rel.external) return [];
  const root = optionalPart(() => ctx.pkg.xml(rel.target));
  const out: Block[] = [];
  for (const pt of descendants(root, 'pt')) {
    const t = child(pt, 't');
    if (!t) continue;
    const text = textParagraphs(ctx, t)
      .map((p) => p.text)
      .join('\n')
      .trim();
    if (text) out.push({ kind: 'paragraph', text, style: 'SmartArt', locator: { slide: ctx.slide } });
  }
  return out;
}

type ShapeResult = { title?: string; blocks: Block[]; footers: Block[] };

/**
 * Placeholders that show the deck's running lines, not the slide's content: the footer and the
 * date (and the header of notes and handouts). Their text is kept as a footer or header note,
 * so it is still found, but it is not slide text a summary or outline chooses from.
 */
const RUNNING_PLACEHOLDERS: Readonly<Record<string, 'footer' | 'header'>> = {
  ftr: 'footer',
  dt: 'footer',
  hdr: 'header',
};

function placeholderType(shape: XmlNode): string | undefined {
  const nv = elements(shape).find((item) => item.name.startsWith('nv'));
  const ph = path(nv, 'nvPr', 'ph');
  if (!ph) return undefined;
  return attr(ph, 'type') ?? 'body';
}

function shapeBlocks(ctx: SlideContext, tree: XmlNode, result: ShapeResult, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const shape of elements(tree)) {
    switch (shape.name) {
      case 'sp': {
        const type = placeholderType(shape);
        // A slide number, or a date field (it shows the day the deck was opened or saved), says
        // nothing of the slide; a date typed into the date placeholder is the slide's own date.
        if (type === 'sldNum' || (type === 'dt' && descendants(shape, 'fld').length > 0)) break;
        const paragraphs = textParagraphs(ctx, child(shape, 'txBody')).filter((p) => p.text.trim() !== '');
        if (paragraphs.length === 0) break;
        const running = type === undefined ? undefined : RUNNING_PLACEHOLDERS[type];
        if (running) {
          const text = paragraphs.map((p) => p.text.trim()).join('\n');
          result.footers.push({ kind: 'note', noteKind: running, text, locator: { slide: ctx.slide } });
          break;
        }
        if ((type === 'title' || type === 'ctrTitle') && result.title === undefined) {
          const title = paragraphs
            .map((p) => p.text.trim())
            .join(' ')
            .replace(/\s+/g, ' ');
          result.title = title;
          result.blocks.push({ kind: 'heading', level: 1, text: title, locator: { slide: ctx.slide } });
          break;
        }
        for (const p of paragraphs) {
          result.blocks.push({
            kind: 'paragraph',
            text: p.text,
            ...(hasFormatting(p.runs) ? { runs: p.runs } : {}),
            ...(type === 'subTitle' ? { style: 'Subtitle' } : {}),
            level: p.level,
            locator: { slide: ctx.slide },
          });
        }
        break;
      }
      case 'grpSp':
        shapeBlocks(ctx, shape, result, depth + 1);
        break;
      case 'pic': {
        const image = pictureBlock(ctx, shape);
        if (image) result.blocks.push(image);
        break;
      }
      case 'graphicFrame': {
        const graphicData = path(shape, 'graphic', 'graphicData');
        const tbl = child(graphicData, 'tbl');
        if (tbl) result.blocks.push(tableBlock(ctx, tbl));
        if (graphicData && child(graphicData, 'relIds'))
          result.blocks.push(...smartArtBlocks(ctx, graphicData));
        for (const id of graphicData ? chartRefs(graphicData) : []) {
          const rel = ctx.pkg.rels(ctx.part).get(id);
          if (!rel || rel.external) continue;
          const chart = optionalPart(() => readChart(ctx.pkg.xml(rel.target), { slide: ctx.slide }));
          if (chart) result.blocks.push(chart);
        }
        break;
      }
      case 'AlternateContent': {
        const branch = child(shape, 'Choice') ?? child(shape, 'Fallback');
        if (branch) shapeBlocks(ctx, branch, result, depth + 1);
        break;
      }
      default:
        break;
    }
  }
}

function notesText(pkg: OoxmlPackage, slidePart: string, slide: number): string | undefined {
  const rel = pkg.relOfType(slidePart, 'notesSlide');
  if (!rel || rel.external) return undefined;
  const root = optionalPart(() => pkg.xml(rel.target));
  const tree = path(root, 'cSld', 'spTree');
  const ctx: SlideContext = { pkg, part: rel.target, slide };
  const lines: string[] = [];
  for (const shape of descendants(tree, 'sp')) {
    const type = placeholderType(shape);
    if (type !== 'body') continue;
    for (const p of textParagraphs(ctx, child(shape, 'txBody'))) lines.push(p.text);
  }
  const text = lines.join('\n').trim();
  return text || undefined;
}

function layoutName(pkg: OoxmlPackage, slidePart: string): string | undefined {
  const rel = pkg.relOfType(slidePart, 'slideLayout');
  if (!rel || rel.external) return undefined;
  const root = optionalPart(() => pkg.xml(rel.target));
  return attr(child(root, 'cSld'), 'name');
}

function transitionOf(root: XmlNode): string | undefined {
  let transition = child(root, 'transition');
  if (!transition) {
    for (const alt of elements(root, 'AlternateContent')) {
      transition = path(alt, 'Choice', 'transition') ?? path(alt, 'Fallback', 'transition');
      if (transition) break;
    }
  }
  if (!transition) return undefined;
  const effect = elements(transition).find((item) => item.name !== 'sndAc' && item.name !== 'extLst');
  return effect?.name;
}

function animationsOf(root: XmlNode): string[] {
  const timing = child(root, 'timing');
  const out: string[] = [];
  for (const target of descendants(timing, 'spTgt')) {
    const id = attr(target, 'spid');
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/** Comment authors by id: the legacy list (commentAuthors.xml) and the modern one (authors.xml). */
function commentAuthors(pkg: OoxmlPackage, main: string): Map<string, string> {
  const authors = new Map<string, string>();
  for (const type of ['commentAuthors', 'authors']) {
    const rel = pkg.relOfType(main, type);
    if (!rel || rel.external) continue;
    const root = optionalPart(() => pkg.xml(rel.target));
    for (const author of elements(root)) {
      const id = attr(author, 'id');
      const name = attr(author, 'name');
      if (id && name) authors.set(id, name);
    }
  }
  return authors;
}

/** A slide's comments (legacy p:cm with p:text, modern ones with a text body), each with its author. */
function commentBlocks(ctx: SlideContext, authors: ReadonlyMap<string, string>): Block[] {
  const rel = ctx.pkg.relOfType(ctx.part, 'comments');
  if (!rel || rel.external) return [];
  const root = optionalPart(() => ctx.pkg.xml(rel.target));
  return descendants(root, 'cm').flatMap((comment): Block[] => {
    const body = child(comment, 'txBody');
    const text = (
      body
        ? textParagraphs(ctx, body)
            .map((p) => p.text)
            .join('\n')
        : textOf(child(comment, 'text'))
    ).trim();
    if (!text) return [];
    const author = authors.get(attr(comment, 'authorId') ?? '');
    return [
      {
        kind: 'note',
        noteKind: 'comment',
        text,
        ...(author ? { author } : {}),
        locator: { slide: ctx.slide },
      },
    ];
  });
}

function readSlide(
  pkg: OoxmlPackage,
  part: string,
  index: number,
  authors: ReadonlyMap<string, string>,
): Slide {
  const root = pkg.xml(part);
  if (!root) missingPart(pkg.path, `slide part ${part}`);
  const ctx: SlideContext = { pkg, part, slide: index };
  const result: ShapeResult = { blocks: [], footers: [] };
  shapeBlocks(ctx, path(root, 'cSld', 'spTree') ?? { name: 'spTree', attrs: {}, children: [] }, result, 0);
  result.blocks.push(...result.footers);
  result.blocks.push(...commentBlocks(ctx, authors));
  const notes = notesText(pkg, part, index);
  const layout = layoutName(pkg, part);
  const transition = transitionOf(root);
  const animations = animationsOf(root);
  const show = attr(root, 'show');
  return {
    index,
    ...(result.title !== undefined ? { title: result.title } : {}),
    ...(layout ? { layout } : {}),
    hidden: show === '0' || show === 'false',
    blocks: result.blocks,
    ...(notes ? { notes } : {}),
    ...(transition ? { transition } : {}),
    ...(animations.length ? { animations } : {}),
  };
}

export async function readPptx(input: ReaderInput): Promise<Presentation> {
  const pkg = openPackage(input);
  const main = pkg.mainPart() ?? (pkg.has('ppt/presentation.xml') ? 'ppt/presentation.xml' : undefined);
  if (!main || !pkg.has(main)) missingPart(input.path, 'presentation part (ppt/presentation.xml)');
  const root = pkg.xml(main);
  const rels = pkg.rels(main);
  const parts: string[] = [];
  for (const sldId of elements(child(root, 'sldIdLst'), 'sldId')) {
    const rel = rels.get(relAttr(sldId, 'id') ?? '');
    if (rel && !rel.external && pkg.has(rel.target)) parts.push(rel.target);
    if (parts.length >= MAX_SLIDES) break;
  }
  const authors = commentAuthors(pkg, main);
  const slides = parts.map((part, i) => readSlide(pkg, part, i + 1, authors));
  return {
    type: 'presentation',
    format: input.format === 'pptx' ? 'pptx' : input.format,
    metadata: readCoreProperties(pkg),
    slides,
  };
}
