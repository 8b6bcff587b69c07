/**
 * @module counted-kind
 * A count asked of one kind of a thing ("How many plenary sessions …?", "¿Cuántas reuniones
 * ordinarias …?") is not answered by a line that counts another kind of it ("in 14 working
 * sessions", "en 14 reuniones de trabajo") and never names the kind asked. A count with no kind
 * of its own ("12 sessions") is left to the other rules.
 */

import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';
import { countedHead, NUMBER_WORDS } from './answer-type.ts';
import { withoutMarks } from './citations.ts';

/** The thing a question counts and the words that say which kind of it. */
interface CountAsked {
  readonly head: string;
  readonly kinds: readonly string[];
}

/** "¿Cuántas reuniones ordinarias …", "Combien de réunions publiques …": the noun and the plural adjective after it. */
const COUNTED_ABROAD =
  /(?<![\p{L}])(?:cu[aá]nt[oa]s|quant[oa]s|quant[ie]|combien\s+de|wie\s+viele)\s+(\p{L}{3,})\s+(\p{L}{3,})/iu;

/** Words that tell no kind, only how many or which in time ("new hires", "total votes"). */
const NO_KIND = new Set([
  ...FUNCTION_WORDS,
  'new',
  'total',
  'more',
  'other',
  'additional',
  'different',
  'many',
]);

const NUMBER = String.raw`(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)`;

/** The first letters of a word, to meet its other forms ("ordinarias" and "ordinaria", "ordinary"). */
const stemOf = (word: string) => word.toLowerCase().slice(0, Math.max(4, word.length - 3));

/** The thing counted and its kind words, else undefined. */
export function countAsked(question: string): CountAsked | undefined {
  const text = question.normalize('NFKC');
  const head = countedHead(text);
  if (head) {
    const phrase = /\bhow many\s+(.+)/i.exec(text)?.[1]?.split(/[\s?!,.;:]+/) ?? [];
    const kinds = phrase
      .slice(0, phrase.indexOf(head))
      .filter((word) => /^\p{Ll}{3,}$/u.test(word) && !NO_KIND.has(word));
    return kinds.length > 0 ? { head, kinds } : undefined;
  }
  const abroad = COUNTED_ABROAD.exec(text);
  const [noun = '', adjective = ''] = [abroad?.[1], abroad?.[2]];
  // An adjective after its noun agrees with it in the plural: "reuniones ordinarias", not "integrantes tiene".
  if (!abroad || !/s$/i.test(noun) || !/s$/i.test(adjective) || NO_KIND.has(adjective.toLowerCase()))
    return undefined;
  return { head: noun.toLowerCase(), kinds: [adjective.toLowerCase()] };
}

/**
 * The answer counts the thing asked as another kind of it ("14 working sessions", "14 reuniones de
 * trabajo") and writes no word of the kind asked.
 */
export function otherCountedKind(question: string, answer: string): boolean {
  const asked = countAsked(question);
  if (!asked) return false;
  const said = withoutMarks(answer).normalize('NFKC');
  const stems = asked.kinds.map(stemOf);
  const words = said.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((word) => stems.some((stem) => word.startsWith(stem)))) return false;
  const head = escapeRegExp(asked.head);
  // A kind before the noun ("14 working sessions") or after it ("14 reuniones de trabajo", "14 reuniones técnicas").
  const before = new RegExp(`(?<![\\p{L}\\d])${NUMBER}\\s+((?:\\p{L}+\\s+){1,2})${head}(?![\\p{L}])`, 'giu');
  const after = new RegExp(
    `(?<![\\p{L}\\d])${NUMBER}\\s+${head}\\s+(?:de\\s+\\p{L}{3,}|\\p{L}{3,}s)(?![\\p{L}])`,
    'iu',
  );
  const kindBefore = [...said.matchAll(before)].some((match) =>
    (match[1] ?? '')
      .trim()
      .split(/\s+/)
      .some((word) => !NO_KIND.has(word.toLowerCase())),
  );
  return kindBefore || after.test(said);
}

/** Units of time that a figure may count: "two week period", "3 days", "a 6-month term". */
const TIME_UNIT = String.raw`(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?)`;

/** Figures and number words that may count something. */
const COUNT_WORD = String.raw`(?:\d[\d.,]*|${NUMBER_WORDS}|a\s+few|several|a\s+couple\s+of)`;

/**
 * A count of things asked ("How many topic frameworks …?") answered by a line whose every count is
 * a span of time ("for the two week period", "within 30 days") and that never names the things
 * asked: it tells how long something lasts, not how many there are. A question that counts a
 * unit of time itself ("How many days …?") is left to the other rules.
 */
export function spanForCount(question: string, answer: string): boolean {
  const head = countedHead(question.normalize('NFKC'));
  if (!head || new RegExp(`^${TIME_UNIT}$`, 'i').test(head)) return false;
  const said = withoutMarks(answer).normalize('NFKC');
  if (new RegExp(`(?<![\\p{L}])${stemOf(head)}`, 'iu').test(said)) return false;
  const counts = [...said.matchAll(new RegExp(`(?<![\\p{L}\\d])${COUNT_WORD}(?![\\p{L}\\d])`, 'giu'))];
  if (counts.length === 0) return false;
  const span = new RegExp(
    `^[\\s-]*(?:full\\s+|whole\\s+|calendar\\s+|business\\s+|working\\s+)?${TIME_UNIT}(?![\\p{L}])`,
    'iu',
  );
  return counts.every((match) => span.test(said.slice((match.index ?? 0) + match[0].length)));
}
