/**
 * @module numbered-label
 * Things told apart by a number after their label ("Series 3", "Category 5", "Phase 3", "Room
 * 12"): a question that names one is not answered by a line that names the same label with
 * another number and never the one asked. "In the Kestrel chart, what is Series 3 for Category
 * 5?" is not answered by "Category 1, Series 6: 2.4"; "What does Phase 3 cost?" not by "Phase 2
 * costs 40,000".
 */
import {
  MONTH_NAME_PATTERN,
  OTHER_MONTH_NAME_PATTERN,
  POLISH_MONTH_PATTERN,
  RUSSIAN_MONTH_PATTERN,
} from '../lib/text/calendar-names.ts';
import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';
import { expectedAnswerType, NUMBER_WORDS } from './answer-type.ts';
import { withoutMarks } from './citations.ts';

/** A label word and the number after it: "Series 3", "phase 3", "Raum 12". No year, no decimal. */
const NUMBERED = /(?<![\p{L}\d.,])(\p{L}{3,})\s+(\d{1,3})(?![\d.,]\d|\s*(?:%|[-‑–/:]\s*\d))(?![\p{L}\d])/gu;

/** Words that count or place, not label, before a number ("under 18", "about 20", "top 10"). */
const NOT_LABELS = new Set([
  ...FUNCTION_WORDS,
  'top',
  'last',
  'first',
  'next',
  'past',
  'nearly',
  'almost',
  'around',
  'approximately',
  'roughly',
  'least',
  'total',
  'only',
  'just',
  'over',
  'under',
  'age',
  'aged',
]);

/** A month's name before a day ("October 31", "März 5", "мая 9"): a date, not a label. */
const MONTH = new RegExp(
  `^(?:${MONTH_NAME_PATTERN}|${OTHER_MONTH_NAME_PATTERN}|${RUSSIAN_MONTH_PATTERN}|${POLISH_MONTH_PATTERN})$`,
  'iu',
);

/** The label → numbers pairs a text names. */
function numberedLabels(text: string): Map<string, Set<string>> {
  const labels = new Map<string, Set<string>>();
  for (const [, word = '', number = ''] of text.matchAll(NUMBERED)) {
    const label = word.toLowerCase();
    if (NOT_LABELS.has(label) || MONTH.test(label)) continue;
    const numbers = labels.get(label) ?? new Set<string>();
    numbers.add(String(Number(number)));
    labels.set(label, numbers);
  }
  return labels;
}

/**
 * The question names a label with its number ("Category 5"), and the answer names the same label
 * only with other numbers ("Category 1"): the answer is of another numbered thing.
 */
export function otherNumberedLabel(question: string, answer: string): boolean {
  const asked = numberedLabels(question);
  if (asked.size === 0) return false;
  const given = numberedLabels(withoutMarks(answer));
  for (const [label, numbers] of asked) {
    const said = given.get(label);
    if (said && ![...numbers].some((number) => said.has(number))) return true;
  }
  return false;
}

/**
 * Words that name a place in a sequence by the number after them ("step 2", "page 14", "option
 * 3", "#13", "Example 4", "Table 2"): the number tells which one, not how much or how many.
 */
const SEQUENCE_LABEL =
  /(?:step|steps|part|parts|option|options|page|pages|line|lines|chapter|section|item|items|phase|stage|slide|question|point|(?<!\p{L})(?:examples?|tables?|figure|fig\.|exhibit|appendix|annex)|no\.?|nr\.?|number|#)\s*$/iu;

/** Figures and number words that may give an amount. */
const AMOUNT_WORD = new RegExp(
  String.raw`(?<![\p{L}\d])(?:\d[\d.,]*|${NUMBER_WORDS}|thousand|million|billion|half|several|few)(?![\p{L}\d])`,
  'giu',
);

/**
 * An amount asked ("What amount did Kit put in the request?", "How much …?") answered by a line
 * whose every number only tells which step, page or option it is ("At step 2 it says …"): no
 * amount is given.
 */
export function sequenceNumberForAmount(question: string, answer: string): boolean {
  if (expectedAnswerType(question) !== 'amount') return false;
  const said = withoutMarks(answer).normalize('NFKC');
  const numbers = [...said.matchAll(AMOUNT_WORD)];
  return (
    numbers.length > 0 &&
    numbers.every(
      // A sentence's full stop after the number ("Example 3.") is no decimal point.
      (match) =>
        SEQUENCE_LABEL.test(said.slice(0, match.index ?? 0)) && /^\d+$/.test(match[0].replace(/[.,]$/, '')),
    )
  );
}
