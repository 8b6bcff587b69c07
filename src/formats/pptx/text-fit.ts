/**
 * @module text-fit
 * Text measurement and fitting for slide text boxes. Widths come from per-character advance
 * tables (Arial/Liberation Sans advances in 1/1000 em, scaled per font family; CJK ideographs
 * are one em), so fitting is deterministic and needs no font files. The tables err on the wide
 * side: a box we say fits does fit when rendered (checked against resvg in text-fit.test.ts).
 */

/** Font families we can measure; each theme font maps to one. */
export type MetricFamily = 'sans' | 'sans-wide' | 'serif-wide' | 'serif';

/** Arial advances for U+0020..U+007E, 1/1000 em. */
const ARIAL_ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** How much wider each family sets Latin text than Arial (measured against the installed fallbacks). */
const FAMILY_SCALE: Record<MetricFamily, number> = {
  sans: 1.0,
  'sans-wide': 1.14,
  'serif-wide': 1.16,
  serif: 0.95,
};

/** True for characters set one em wide: CJK ideographs, kana, Hangul, full-width forms. */
export function isWideChar(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

export function hasCjk(text: string): boolean {
  for (const char of text) if (isWideChar(char.codePointAt(0) ?? 0)) return true;
  return false;
}

/** How much wider bold Latin text sets than regular, per family. */
const BOLD_SCALE: Record<MetricFamily, number> = {
  sans: 1.06,
  'sans-wide': 1.13,
  'serif-wide': 1.13,
  serif: 1.06,
};

/** Advance of one character in em. */
function charEm(code: number, family: MetricFamily, bold: boolean): number {
  if (isWideChar(code)) return 1.0;
  const scale = FAMILY_SCALE[family] * (bold ? BOLD_SCALE[family] : 1);
  if (code >= 0x20 && code <= 0x7e) return ((ARIAL_ASCII[code - 0x20] ?? 556) / 1000) * scale;
  if (code === 0x2014) return 1.0 * scale; // em dash
  if (code === 0x2013 || code === 0x2022) return 0.556 * scale;
  if (code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d) return 0.333 * scale;
  if (code >= 0x0300 && code <= 0x036f) return 0; // combining marks
  if (code >= 0x0400 && code <= 0x04ff) return 0.62 * scale; // Cyrillic
  return 0.62 * scale; // other Latin and symbols: a wide average
}

/** Width of a single line of text in points at a font size in points. */
export function measureLine(text: string, fontSizePt: number, family: MetricFamily, bold = false): number {
  let em = 0;
  for (const char of text) em += charEm(char.codePointAt(0) ?? 0, family, bold);
  return em * fontSizePt;
}

/** Splits text into units that may not be broken: words (with their trailing space) or single CJK characters. */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  let current = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (isWideChar(code)) {
      if (current) units.push(current);
      current = '';
      units.push(char);
    } else if (char === ' ') {
      units.push(`${current} `);
      current = '';
    } else {
      current += char;
    }
  }
  if (current) units.push(current);
  return units;
}

/** Greedy line wrap; a word longer than the line is broken by characters. */
export function wrapText(
  text: string,
  widthPt: number,
  fontSizePt: number,
  family: MetricFamily,
  bold = false,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const unit of breakUnits(paragraph)) {
      const candidate = line + unit;
      if (measureLine(candidate.trimEnd(), fontSizePt, family, bold) <= widthPt || line === '') {
        if (line === '' && measureLine(unit.trimEnd(), fontSizePt, family, bold) > widthPt) {
          // An unbreakable unit wider than the box: split it by characters.
          let piece = '';
          for (const char of unit) {
            if (piece && measureLine(piece + char, fontSizePt, family, bold) > widthPt) {
              lines.push(piece);
              piece = '';
            }
            piece += char;
          }
          line = piece;
        } else {
          line = candidate;
        }
      } else {
        lines.push(line.trimEnd());
        line = unit;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** A text box in points, with its inner padding already removed. */
export type TextBox = { readonly widthPt: number; readonly heightPt: number };

export type FitParagraph = {
  readonly text: string;
  /** Indent in points (bullet indent plus level). */
  readonly indentPt?: number;
  readonly bold?: boolean;
};

export type FitResult = {
  readonly fontSizePt: number;
  readonly lines: number;
  readonly heightPt: number;
  readonly fits: boolean;
};

/** Line height as a multiple of the font size (single spacing in PowerPoint and LibreOffice is about 1.2). */
export const LINE_HEIGHT = 1.2;

/** Height of paragraphs set at a size, with `spaceAfterPt` between paragraphs. */
export function measureParagraphs(
  paragraphs: readonly FitParagraph[],
  box: TextBox,
  fontSizePt: number,
  family: MetricFamily,
  spaceAfterPt = 0,
): { lines: number; heightPt: number } {
  let lines = 0;
  for (const paragraph of paragraphs) {
    lines += wrapText(
      paragraph.text,
      box.widthPt - (paragraph.indentPt ?? 0),
      fontSizePt,
      family,
      paragraph.bold,
    ).length;
  }
  const heightPt = lines * fontSizePt * LINE_HEIGHT + Math.max(0, paragraphs.length - 1) * spaceAfterPt;
  return { lines, heightPt };
}

/**
 * The largest font size from `maxPt` down to `minPt` (in 1 pt steps) at which the paragraphs
 * fit the box. When even `minPt` does not fit, `fits` is false and the caller splits the content.
 */
export function fitParagraphs(
  paragraphs: readonly FitParagraph[],
  box: TextBox,
  options: { maxPt: number; minPt: number; family: MetricFamily; spaceAfterRatio?: number },
): FitResult {
  let last: FitResult | undefined;
  for (let size = options.maxPt; size >= options.minPt; size -= 1) {
    const measured = measureParagraphs(
      paragraphs,
      box,
      size,
      options.family,
      size * (options.spaceAfterRatio ?? 0),
    );
    last = {
      fontSizePt: size,
      lines: measured.lines,
      heightPt: measured.heightPt,
      fits: measured.heightPt <= box.heightPt,
    };
    if (last.fits) return last;
  }
  return last ?? { fontSizePt: options.minPt, lines: 0, heightPt: 0, fits: true };
}
