/**
 * @module read-as-number
 * Columns the text says to read as numbers: 'Read "Stay (Days)" as a number of days', '"Fee" read as
 * a number', 'the number in "Score"'. A column of figures written with units or marks ("1,240 days",
 * "152*") is typed as an identifier since each cell differs; such a sentence makes it a measure.
 */
import { columnNames, type Frame } from './analysis-frame.ts';

const READ_AS = [
  /\bread(?:ing)?\s+"([^"\n]{1,80})"\s+as\s+(?:an?\s+)?(?:numbers?|figures?|amounts?)\b/gi,
  /"([^"\n]{1,80})"\s+(?:is\s+|are\s+)?read\s+as\s+(?:an?\s+)?(?:numbers?|figures?|amounts?)\b/gi,
  /\bthe\s+(?:number|figure)\s+(?:written\s+)?in\s+"([^"\n]{1,80})"/gi,
];

/** The columns, by their names in the frame, that the text says to read as numbers. */
export function columnsReadAsNumbers(frame: Frame, text: string): Set<string> {
  const names = columnNames(frame);
  const found = new Set<string>();
  for (const pattern of READ_AS)
    for (const match of text.matchAll(pattern)) {
      const quoted = match[1]!.toLowerCase();
      const name = names.find((item) => item.toLowerCase() === quoted);
      if (name) found.add(name);
    }
  return found;
}
