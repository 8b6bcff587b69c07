/**
 * @module conditional-labels
 * A column relabelled by a test on its own text, the way `np.where(s.str.startswith('Open'),
 * 'Open', 'Closed')` does: "Map Status to 'Active' when it begins with the word Active and to
 * 'Inactive' otherwise", "Label Result 'Win' if it starts with 'W', else 'Other'". The test is a
 * prefix, a suffix, a part the text contains, or the whole text; a missing cell stays missing.
 */
import { type Cell, cellsOf, type Frame, findMentions } from './analysis-frame.ts';

const QUOTED = String.raw`["'‘“]([^"'’”\n]{1,30})["'’”]`;
const TEST = String.raw`(begins?|starts?|ends?)\s+with|contains?|is|equals?`;
/** "Map Status to 'A' when it begins with (the word) W and to 'B' otherwise". */
const STATED = new RegExp(
  String.raw`\b(?:map|label|recode|set|replace|mark)\w*\s+(?:the\s+)?(.{1,40}?)\s+(?:to|as|with)?\s*${QUOTED}\s+(?:when|if|where)\s+(?:it|its (?:value|text)|the (?:value|text))\s+(${TEST})\s+(?:the\s+(?:word|text|letters?)\s+)?(?:${QUOTED}|([A-Za-z][\w-]*))[,;]?\s+(?:and\s+)?(?:(?:to|as)\s+)?${QUOTED}\s+(?:otherwise|else|if not|in every other case)\b`,
  'i',
);

type Test = (text: string, part: string) => boolean;

function testOf(verb: string): Test {
  const word = verb.toLowerCase();
  if (/^(?:begins?|starts?)/.test(word)) return (text, part) => text.startsWith(part);
  if (/^ends?/.test(word)) return (text, part) => text.endsWith(part);
  if (/^contains?/.test(word)) return (text, part) => text.includes(part);
  return (text, part) => text === part;
}

/** Does the relabelling a sentence states; returns the clause that stated it, or undefined. */
export function applyConditionalLabels(frame: Frame, sentence: string): string | undefined {
  const match = STATED.exec(sentence);
  if (!match) return undefined;
  const [, columnText, label, verb, , quotedPart, barePart, otherwise] = match;
  const column = findMentions(frame, columnText!)
    .filter((mention) => mention.strength >= 1)
    .map((mention) => mention.column)[0];
  if (!column) return undefined;
  const part = (quotedPart ?? barePart)!;
  const test = testOf(verb!);
  const source = frame.table.columns.find((item) => item.name === column);
  const cells = cellsOf(frame, column);
  // The cell as written: a number cell's text, so "begins with 1" reads "12".
  const texts = cells.map((cell, row) =>
    cell === null
      ? null
      : String(source && !frame.derived.has(column) ? (source.texts[row] ?? cell) : cell).trim(),
  );
  const next: Cell[] = texts.map((text) => (text === null ? null : test(text, part) ? label! : otherwise!));
  const matched = next.filter((cell) => cell === label).length;
  if (matched === 0) return undefined;
  frame.derived.set(column, next);
  frame.steps.push(
    `${column} relabelled: '${label}' when it ${verb!.toLowerCase()} '${part}' (${matched} cells), else '${otherwise}'`,
  );
  return match[0];
}
