/**
 * @module subject-value
 * Whether the value of the asked type that an answer gives belongs to the subject the question
 * names, or to another item written beside it. A list written into running text gives each item
 * its own values: "1) Elm Court … Price: $410,000 2) Birch Lane Lofts, near the park …" gives
 * Elm Court's price, and "What is the price of Birch Lane Lofts?" is not answered by it, though
 * the sentence names Birch Lane Lofts. The answer is split into its items (numbered marks,
 * semicolons); the value answers only where one item holds both a word of
 * the subject and a value of the type asked.
 */

import { analyze } from '../index/analyze.ts';
import { expectedAnswerType, moneyAsked } from './answer-type.ts';

/** A sum of money: a currency sign or code next to a figure ("$975", "US$ 1.6", "R$67", "€ 40"). */
const MONEY_VALUE = /(?:(?:US|USD|CAD|C|R|A)?\$|[€£¥]|\b(?:USD|EUR|GBP|CAD)\s?)\s?\d[\d,.]*/giu;
/** A phone number, with or without its area code: "(713) 555-0142", "713.555.0142", "555-0142". */
const PHONE_VALUE = /(?<![\d-])(?:\(?\d{3}\)?[\s.-]?)?\d{3}[\s.-]\d{4}(?![\d-])/g;

/**
 * Where one item of a sentence ends: a numbered mark opening the next item ("2)", "(b)"), a
 * semicolon. (Two cited sentences are not two items: the second often goes on about the first one's subject.)
 */
const ITEM_BREAK = /\s\(?(?:\d{1,2}|[a-h])\)\s|;\s/;

/** Words that name the kind of value asked, or how it is asked: they name no subject. */
const KIND_WORDS = new Set(
  analyze(
    'price prices cost costs fee fees charge rent amount sum much many pay paid number numbers phone telephone ' +
      'fax cell mobile home work office direct line contact call reach give gave tell told say said send ' +
      'purchase sell sold buy bought worth value what which who how',
  ),
);

/** The value pattern for the type a question asks, when it is one a list item gives per subject. */
function valuePattern(question: string): RegExp | undefined {
  if (moneyAsked(question) !== undefined) return MONEY_VALUE;
  if (expectedAnswerType(question) === 'phone') return PHONE_VALUE;
  return undefined;
}

function holds(text: string, pattern: RegExp): boolean {
  return new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text);
}

/**
 * The answer gives a value of the type asked and names the question's subject, but never in the
 * same item: each value sits in an item of another subject ("Price: $410,000 2) Birch Lane
 * Lofts, near the park" for Birch Lane Lofts' price).
 */
export function valueOfOtherItem(question: string, answer: string): boolean {
  const pattern = valuePattern(question);
  if (pattern === undefined) return false;
  const subject = new Set(analyze(question).filter((word) => !KIND_WORDS.has(word) && !/^\d/.test(word)));
  if (subject.size === 0) return false;
  const named = (text: string): boolean => analyze(text).some((word) => subject.has(word));
  if (!holds(answer, pattern) || !named(answer)) return false;
  const items = answer.split(ITEM_BREAK).filter((item) => item.trim() !== '');
  if (items.length < 2) return false;
  return !items.some((item) => holds(item, pattern) && named(item));
}
