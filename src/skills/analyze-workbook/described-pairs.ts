/**
 * @module described-pairs
 * '"Total" is written as the points of the side named first, a dash and the points of the side
 * named second (for example "80–70"). "margin" is the first number minus the second.': once the
 * text describes one column's cells as two numbers joined by a dash, a later figure stated over
 * "the first number" and "the second" (their sum, one less the other, or one of them) is taken
 * from that column, though the table holds other columns of dashed pairs. The figure's name must
 * be no column's, and the text must describe one such column alone.
 */
import { columnNames, type Frame } from './analysis-frame.ts';
import { mostlyPairs, pairFigures } from './pair-parts.ts';

/** 'The "Result" is written as goals for, a dash and goals against': the quoted column. */
const DESCRIBED =
  /["“]([^"”\n]{1,40})["”]\s+(?:(?:cells?|values?|column|entry|entries)\s+)?(?:is|are)\s+written\s+as\s+[^.;]{0,120}?\ba\s+dash\b/gi;

const NAME = String.raw`["“]?([A-Za-z_][\w' ]{0,30}?)["”]?`;
const SIDE = String.raw`(?:(first|second)\s+(?:number|figure)|(?:number|figure)\s+(before|after)\s+the\s+dash)`;
/** '"margin" is the first number minus the second', 'Margin = first number - second number', '"total" is the sum of the two numbers'. */
const FIGURES: readonly { pattern: RegExp; of: (match: RegExpExecArray) => Figure | undefined }[] = [
  {
    pattern: new RegExp(
      String.raw`(?:^|[.;]\s*|\b(?:and|then)\s+)${NAME}\s+(?:is|are|=)\s+(?:the\s+)?${SIDE}\s*(minus|plus|[-+−])\s*(?:the\s+)?(?:(first|second)(?:\s+(?:number|figure|one))?|(?:number|figure)\s+(before|after)\s+(?:it|the\s+dash))\b`,
      'i',
    ),
    of: (match) => {
      const left = sideOf(match[2], match[3]);
      const right = sideOf(match[5], match[6]);
      if (left === right) return undefined;
      const minus = /^(?:minus|-|−)$/i.test(match[4]!);
      return {
        words: `${left} ${minus ? '−' : '+'} ${right}`,
        of: (a, b) => {
          const [x, y] = left === 'first' ? [a, b] : [b, a];
          return minus ? x - y : x + y;
        },
      };
    },
  },
  {
    pattern: new RegExp(
      String.raw`(?:^|[.;]\s*|\b(?:and|then)\s+)${NAME}\s+(?:is|are|=)\s+the\s+sum\s+of\s+the\s+two\s+(?:numbers|figures)\b(?!\s+(?:in|of)\b)`,
      'i',
    ),
    of: () => ({ words: 'first + second', of: (a, b) => a + b }),
  },
  {
    pattern: new RegExp(
      String.raw`(?:^|[.;]\s*|\b(?:and|then)\s+)${NAME}\s+(?:is|are|=)\s+the\s+${SIDE}\b(?!\s+(?:in|of|minus|plus|times|is)\b)(?!\s+and\s+the\s+(?:first|second|number|figure)\b)`,
      'i',
    ),
    of: (match) => {
      const side = sideOf(match[2], match[3]);
      return { words: side, of: (a, b) => (side === 'first' ? a : b) };
    },
  },
];

type Figure = { readonly words: string; readonly of: (first: number, second: number) => number };

function sideOf(ordinal: string | undefined, dash: string | undefined): 'first' | 'second' {
  if (ordinal) return ordinal.toLowerCase() === 'first' ? 'first' : 'second';
  return dash?.toLowerCase() === 'before' ? 'first' : 'second';
}

/** The one column of dashed pairs the text describes as "written as …, a dash and …", else undefined. */
export function describedPairColumn(frame: Frame, text: string): string | undefined {
  const names = columnNames(frame);
  const described = new Set<string>();
  for (const match of text.matchAll(DESCRIBED)) {
    const name = names.find((item) => item.toLowerCase() === match[1]!.trim().toLowerCase());
    if (!name) continue;
    if (mostlyPairs(frame, name)) described.add(name);
  }
  return described.size === 1 ? [...described][0] : undefined;
}

/** Makes the figures a sentence states over the described column's two numbers; returns the clauses read. */
export function applyDescribedPairFigures(frame: Frame, sentence: string, text: string): string[] {
  const read: string[] = [];
  for (const { pattern, of } of FIGURES) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const name = match[1]!.trim();
    if (/^(?:it|this|that|which|each|the)$/i.test(name)) continue;
    if (columnNames(frame).some((item) => item.toLowerCase() === name.toLowerCase())) continue;
    const figure = of(match);
    const source = figure ? describedPairColumn(frame, text) : undefined;
    if (!figure || !source) continue;
    frame.derived.set(name, pairFigures(frame, source, figure.of));
    frame.steps.push(`${name} = ${figure.words} of the two numbers of ${source}`);
    read.push(match[0]);
  }
  return read;
}
