/**
 * @module locators
 * Says where slide content came from in words, for speaker notes: "report.docx, section
 * "Revenue", paragraphs 12–18" or "pages 3–4".
 */
import type { Locator } from '../../formats/model.ts';

function span(label: string, plural: string, values: readonly number[]): string | undefined {
  if (values.length === 0) return undefined;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? `${label} ${min}` : `${plural} ${min}–${max}`;
}

/** The place a set of locators covers, e.g. "pages 3–4, paragraphs 12–18". */
export function describeLocators(locators: readonly Locator[]): string {
  const pick = (key: 'page' | 'paragraph' | 'slide' | 'line') =>
    locators.map((locator) => locator[key]).filter((value): value is number => typeof value === 'number');
  const parts = [
    span('page', 'pages', pick('page')),
    span('slide', 'slides', pick('slide')),
    span('paragraph', 'paragraphs', pick('paragraph')),
    span('line', 'lines', pick('line')),
  ];
  return parts.filter(Boolean).join(', ');
}

/** A "Source:" line for speaker notes. */
export function sourceLine(
  sourceName: string,
  section: string | undefined,
  locators: readonly Locator[],
): string {
  const where = describeLocators(locators);
  return `Source: ${sourceName}${section ? `, section “${section}”` : ''}${where ? `, ${where}` : ''}.`;
}
