/**
 * @module docx-styles
 * Word paragraph styles (styles.xml) resolved to what a reader needs: the style's name, its
 * heading level (from "Heading N"/"Title" names or an outline level, following basedOn), and
 * any numbering the style carries.
 */
import { attr, child, elements, isOn, path, type XmlNode } from '../ooxml/xml.ts';

export type ParagraphStyle = {
  readonly id: string;
  readonly name: string;
  /** 1-based heading level, when the style is a heading. */
  readonly headingLevel?: number;
  readonly numbering?: { readonly numId: string; readonly level: number };
  /** Right-to-left paragraphs (w:bidi on the style, a parent, or the document defaults). */
  readonly bidi?: boolean;
};

export type StyleSheet = {
  get(id: string | undefined): ParagraphStyle | undefined;
  /** The default paragraph style (w:default="1"). */
  readonly defaultParagraph?: ParagraphStyle;
};

type RawStyle = {
  id: string;
  name: string;
  basedOn?: string;
  outline?: number;
  numId?: string;
  ilvl?: number;
  bidi?: boolean;
};

/**
 * "heading 1", "Heading1" → level; other names → undefined. "Title" is not a heading: Word's
 * navigation pane leaves it out, and readers keep it as a paragraph styled "Title".
 */
export function headingLevelFromName(name: string): number | undefined {
  const match = /^heading\s*([1-9])$/i.exec(name.trim());
  if (match) return Number(match[1]);
  return undefined;
}

export function readStyles(root: XmlNode | undefined): StyleSheet {
  const raw = new Map<string, RawStyle>();
  let defaultId: string | undefined;
  const defaultBidi = isOn(path(root, 'docDefaults', 'pPrDefault', 'pPr', 'bidi'));
  for (const style of elements(root, 'style')) {
    if ((attr(style, 'type') ?? 'paragraph') !== 'paragraph') continue;
    const id = attr(style, 'styleId');
    if (!id) continue;
    const pPr = child(style, 'pPr');
    const outline = attr(child(pPr, 'outlineLvl'), 'val');
    const numPr = child(pPr, 'numPr');
    const entry: RawStyle = { id, name: attr(child(style, 'name'), 'val') ?? id };
    const bidi = child(pPr, 'bidi');
    if (bidi) entry.bidi = isOn(bidi);
    const basedOn = attr(child(style, 'basedOn'), 'val');
    if (basedOn) entry.basedOn = basedOn;
    if (outline !== undefined && Number.isFinite(Number(outline))) entry.outline = Number(outline);
    const numId = attr(child(numPr, 'numId'), 'val');
    if (numId) entry.numId = numId;
    const ilvl = attr(path(numPr, 'ilvl'), 'val');
    if (ilvl !== undefined) entry.ilvl = Number(ilvl);
    raw.set(id, entry);
    if (attr(style, 'default') === '1' || attr(style, 'default') === 'true') defaultId = id;
  }
  const resolved = new Map<string, ParagraphStyle>();
  const resolve = (id: string, depth = 0): ParagraphStyle | undefined => {
    const done = resolved.get(id);
    if (done) return done;
    const style = raw.get(id);
    if (!style) return undefined;
    const parent = style.basedOn && depth < 20 ? resolve(style.basedOn, depth + 1) : undefined;
    let headingLevel = headingLevelFromName(style.name) ?? headingLevelFromName(style.id);
    if (headingLevel === undefined && style.outline !== undefined && style.outline < 9)
      headingLevel = style.outline + 1;
    if (headingLevel === undefined && style.outline === undefined) headingLevel = parent?.headingLevel;
    const numbering = style.numId ? { numId: style.numId, level: style.ilvl ?? 0 } : parent?.numbering;
    const bidi = style.bidi ?? parent?.bidi ?? defaultBidi;
    const out: ParagraphStyle = {
      id,
      name: style.name,
      ...(headingLevel !== undefined ? { headingLevel } : {}),
      ...(numbering && numbering.numId !== '0' ? { numbering } : {}),
      ...(bidi ? { bidi } : {}),
    };
    resolved.set(id, out);
    return out;
  };
  return {
    get: (id) => (id ? resolve(id) : undefined),
    ...(defaultId ? { defaultParagraph: resolve(defaultId) } : {}),
  };
}
