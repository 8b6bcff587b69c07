/**
 * @module worded-bounds
 * Bounds a person writes around their number, in the one form the row rules read: "3 rounds or
 * more" and "3 or more rounds" as "at least 3 rounds", "2 goals or fewer" as "at most 2 goals",
 * "no more than 2" as "at most 2", "no fewer than 4" as "at least 4", "won up to 2 races" as "won
 * at most 2 races", and "won between 2 and 4 races" as "won at least 2 races and won at most 4
 * races". Text with no such bound is returned as written.
 */

import {
  cellsOf,
  type Frame,
  findMentions,
  isNumberingColumn,
  isNumericColumn,
  wordsOf,
} from './analysis-frame.ts';
import { boundOf, withBarIncluded } from './comparison-words.ts';

/** Words after a number that are no count of rows' things: a share, a multiple, a spread. */
const NOT_A_COUNTED_NOUN =
  /^(?:percent|per|times|x|standard|std|sds?|sigmas?|deviations?|of|and|or|to|than|more|less|fewer|greater|higher|lower|above|below|over|under)$/i;

/** The verbs or "with" words a "between … and …" or "up to" bound of a count follows ("won", "scored", "with"). */
const LEAD = String.raw`with|having|has|have|had|[a-z]{3,}ed|made|make|makes|won|win|wins|got|get|gets|ran|run|runs|drew|draw|draws|take|takes|took|play|plays`;

/** The text with each worded bound written as "at least N" or "at most N". */
export function boundsAsAtLeastAtMost(text: string): string {
  return (
    text
      // "no more than 2", "not more than 2": at most; "no fewer than 4", "no less than 4": at least.
      .replace(
        /\b(no|not)\s+(more|fewer|less)\s+than\s+(?=-?\d)/gi,
        (_, no: string, word: string) => `${boundOf(`${no} ${word} than`)} `,
      )
      // "3 rounds or more", "30 points or fewer": a noun between the number and its bound.
      .replace(
        /(?<![\w.:$€£])(\d+(?:\.\d+)?)\s+([a-z]{3,})\s+or\s+(more|greater|higher|above|over|less|fewer|lower|below|under)\b(?!\s+than\b)/gi,
        (whole, number: string, noun: string, word: string) => {
          const bound = boundOf(word);
          return NOT_A_COUNTED_NOUN.test(noun) || !bound
            ? whole
            : `${withBarIncluded(bound)} ${number} ${noun}`;
        },
      )
      // "won up to 2 races": a count's upper bound, the number followed by its noun.
      .replace(
        new RegExp(String.raw`\b(${LEAD})\s+up\s+to\s+(\d+(?:\.\d+)?)\s+([a-z]{3,})\b`, 'gi'),
        (whole, lead: string, number: string, noun: string) =>
          NOT_A_COUNTED_NOUN.test(noun) ? whole : `${lead} at most ${number} ${noun}`,
      )
      // "won between 2 and 4 races": both bounds, each after its verb.
      .replace(
        new RegExp(
          String.raw`\b(${LEAD})\s+between\s+(\d+(?:\.\d+)?)\s+and\s+(\d+(?:\.\d+)?)\s+([a-z]{3,})\b`,
          'gi',
        ),
        (whole, lead: string, low: string, high: string, noun: string) =>
          NOT_A_COUNTED_NOUN.test(noun) || Number(low) > Number(high)
            ? whole
            : `${lead} at least ${low} ${noun} and ${lead} at most ${high} ${noun}`,
      )
  );
}

/** Whether the text right after a number bounds it: " rounds or more", " or fewer", " to 5". */
export function boundFollows(after: string): boolean {
  return /^(?:\s+[a-z]{3,})?\s+or\s+(?:more|greater|higher|above|over|less|fewer|lower|below|under)\b|^\s*(?:to|[-–])\s*\d/i.test(
    after,
  );
}

/**
 * "the singers who were never a soloist" over a Soloist column counting each singer's turns:
 * "never a X" (after "was", "were", "has been" …) is a count of none, written "with at most 0 X",
 * when `countColumn` says the words after it name a column of counts. Other text is returned as written.
 */
export function neverAsNone(text: string, countColumn: (phrase: string) => string | undefined): string {
  return text.replace(
    /\b(?:was|were|is|are|has been|have been|had been)\s+never\s+(?:a|an)\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)/gi,
    (whole, phrase: string) => {
      // "never a soloist in the spring concert": the shorter phrase when the longer names no column.
      const column = countColumn(phrase) ?? countColumn(phrase.split(/\s+/)[0]!);
      return column ? `with ${column} at most 0` : whole;
    },
  );
}

/**
 * The column a phrase names in full ("soloist" for Soloist) whose cells are counts: whole
 * numbers, none below 0, in a column that is no identifier or numbering. Undefined otherwise.
 */
export function countColumnNamed(frame: Frame, phrase: string): string | undefined {
  const words = wordsOf(phrase).length;
  const named = findMentions(frame, phrase).find(
    (mention) =>
      mention.position === 0 && mention.strength >= words && wordsOf(mention.column).length === words,
  )?.column;
  if (!named || !isNumericColumn(frame, named) || isNumberingColumn(frame, named)) return undefined;
  if (frame.table.columns.find((column) => column.name === named)?.type === 'identifier') return undefined;
  const cells = cellsOf(frame, named).filter((cell) => cell !== null);
  return cells.length > 0 &&
    cells.every((cell) => typeof cell === 'number' && Number.isInteger(cell) && cell >= 0)
    ? named
    : undefined;
}
