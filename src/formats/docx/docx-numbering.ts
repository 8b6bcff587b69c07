/**
 * @module docx-numbering
 * Word list definitions (numbering.xml): whether a list level is ordered or bulleted.
 * A w:num points at an abstract definition and may override single levels.
 */
import { attr, child, elements, type XmlNode } from '../ooxml/xml.ts';

export type Numbering = {
  /** True when the level of this list is numbered (decimal, letters, roman), false for bullets. */
  isOrdered(numId: string, level: number): boolean;
  /** False when the list id is 0 or unknown, i.e. the paragraph is not a list item. */
  exists(numId: string): boolean;
};

function levelFormats(node: XmlNode | undefined): Map<number, string> {
  const out = new Map<number, string>();
  for (const lvl of elements(node, 'lvl')) {
    const ilvl = Number(attr(lvl, 'ilvl') ?? 0);
    out.set(ilvl, attr(child(lvl, 'numFmt'), 'val') ?? 'decimal');
  }
  return out;
}

export function readNumbering(root: XmlNode | undefined): Numbering {
  const abstract = new Map<string, Map<number, string>>();
  for (const node of elements(root, 'abstractNum')) {
    const id = attr(node, 'abstractNumId');
    if (id !== undefined) abstract.set(id, levelFormats(node));
  }
  const nums = new Map<string, Map<number, string>>();
  for (const node of elements(root, 'num')) {
    const id = attr(node, 'numId');
    if (id === undefined) continue;
    const base = abstract.get(attr(child(node, 'abstractNumId'), 'val') ?? '') ?? new Map<number, string>();
    const merged = new Map(base);
    for (const override of elements(node, 'lvlOverride')) {
      const lvl = child(override, 'lvl');
      const format = attr(child(lvl, 'numFmt'), 'val');
      if (format) merged.set(Number(attr(override, 'ilvl') ?? 0), format);
    }
    nums.set(id, merged);
  }
  return {
    exists: (numId) => numId !== '0' && nums.has(numId),
    isOrdered: (numId, level) => {
      const format = nums.get(numId)?.get(level) ?? nums.get(numId)?.get(0) ?? 'bullet';
      return format !== 'bullet' && format !== 'none';
    },
  };
}
