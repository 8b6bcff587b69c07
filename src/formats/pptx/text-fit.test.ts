import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { fitParagraphs, type MetricFamily, measureLine, wrapText } from './text-fit.ts';

/** Width of a line rendered by resvg with a real font, in points at 100 pt. */
function renderedWidth(text: string, font: string, bold: boolean): number {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="200"><text x="0" y="120" font-family="${font}, Noto Sans CJK SC" font-weight="${bold ? 700 : 400}" font-size="100">${escaped}</text></svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: font } }).getBBox()?.width ?? 0;
}

describe('text metrics', () => {
  const samples = [
    'The quarterly revenue grew by 12 percent across all regions',
    'WWW MMM Operations Summary',
    'Next steps: hire 3 engineers, ship v2.0 (Q3)',
    '季度收入增长百分之十二，主要来自亚太地区',
  ];
  const fonts: [string, MetricFamily][] = [
    ['Liberation Sans', 'sans'],
    ['DejaVu Sans', 'sans-wide'],
    ['DejaVu Serif', 'serif-wide'],
  ];
  it('estimates within a few percent of the installed fonts (resvg), never far under', () => {
    for (const [font, family] of fonts) {
      for (const bold of [false, true]) {
        for (const text of samples) {
          const actual = renderedWidth(text, font, bold);
          expect(actual, `${font} ${text}`).toBeGreaterThan(0);
          const ratio = measureLine(text, 100, family, bold) / actual;
          expect(ratio, `${font}${bold ? ' bold' : ''}: ${text}`).toBeGreaterThan(0.88);
          expect(ratio, `${font}${bold ? ' bold' : ''}: ${text}`).toBeLessThan(1.12);
        }
      }
    }
  });
});

describe('wrapText', () => {
  it('breaks between words only, and each line fits the width', () => {
    const text =
      'Revenue rose twelve percent to four point two million dollars, led by Asia-Pacific and Europe';
    const lines = wrapText(text, 200, 18, 'sans');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(measureLine(line, 18, 'sans')).toBeLessThanOrEqual(200);
  });
  it('breaks CJK text between characters', () => {
    const lines = wrapText('季度收入增长百分之十二主要来自亚太地区', 100, 20, 'sans');
    expect(lines.length).toBe(4);
    expect(lines.join('')).toBe('季度收入增长百分之十二主要来自亚太地区');
  });
});

describe('fitParagraphs', () => {
  const paragraphs = Array.from({ length: 6 }, (_, index) => ({
    text: `Bullet ${index + 1} says something of about twelve words in plain English here`,
    indentPt: 22,
  }));
  it('keeps the largest size when the text fits', () => {
    expect(
      fitParagraphs(
        paragraphs.slice(0, 2),
        { widthPt: 800, heightPt: 300 },
        { maxPt: 22, minPt: 14, family: 'sans' },
      ).fontSizePt,
    ).toBe(22);
  });
  it('shrinks until the text fits, and says when even the smallest size does not', () => {
    const shrunk = fitParagraphs(
      paragraphs,
      { widthPt: 400, heightPt: 300 },
      { maxPt: 22, minPt: 12, family: 'sans' },
    );
    expect(shrunk.fits).toBe(true);
    expect(shrunk.fontSizePt).toBeLessThan(22);
    expect(shrunk.heightPt).toBeLessThanOrEqual(300);
    const tooMuch = fitParagraphs(
      paragraphs,
      { widthPt: 200, heightPt: 80 },
      { maxPt: 22, minPt: 14, family: 'sans' },
    );
    expect(tooMuch.fits).toBe(false);
    expect(tooMuch.fontSizePt).toBe(14);
  });
});
