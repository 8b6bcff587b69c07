/**
 * @module other-name-figure
 * A sum asked of a thing the question names, answered by a sentence that never names it and
 * gives each of its sums after another name: "What is the asking price of the Orrin Creek
 * depot?" is not answered by "Our broker now lists Tarvel at $1,240,000 firm.", nor "How much
 * was Brenmoor Wind bought for?" by "Halden paid $41 million for two turbines.": the figure is
 * tied to Tarvel's or Halden's name, and only sits in a passage the question's words found.
 * A sentence that gives its sum with no other name before it ("The asking price is $410,000.")
 * may speak of the thing asked by its passage's subject, and is left alone.
 */
import { analyze } from '../index/analyze.ts';
import { MONTH_NAME_PATTERN, WEEKDAY_NAMES } from '../lib/text/calendar-names.ts';
import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import { MONEY_SUM_PATTERN } from '../lib/text/money.ts';
import { splitSentences } from '../lib/text/sentences.ts';
import { FUNCTION_WORDS, REQUEST_WORDS, SPOKEN_WORDS } from '../lib/text/stop-words.ts';
import { moneyAsked } from './answer-type.ts';
import { answerWords, MAIL_LEAD } from './quoted-source.ts';
import { namedSubjects } from './subject-value.ts';

/** A sum of money: a currency sign or code before a figure ("$39.00", "US$ 1.6", "€ 40", "USD 300"). */
const MONEY = new RegExp(MONEY_SUM_PATTERN, 'giu');

/** A capitalised word: a name, or the first word of a sentence. */
const CAPITALISED = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*/gu;

/** A day or a month: it dates a figure, it names no thing the figure is of. */
const CALENDAR_WORD = new RegExp(String.raw`^(?:${WEEKDAY_NAMES.join('|')}|${MONTH_NAME_PATTERN})$`, 'iu');

/** Words that open a sentence or a field's value without naming anything: "Incidentally", "Attached", "Following". */
const OPENER = /(?:ly|ed|ing)$/u;

/** A capitalised word that names something: not a word of grammar or speech, a day, a month, nor "I". */
function isName(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s?$/u, '');
  if (lower.length < 2 || FUNCTION_WORDS.has(lower) || REQUEST_WORDS.has(lower) || SPOKEN_WORDS.has(lower))
    return false;
  return !CALENDAR_WORD.test(lower) && !word.split('-').every((part) => CALENDAR_WORD.test(part));
}

/**
 * The names of a text before a point: capitalised words that name something. A label ("Price:")
 * names a field, not a thing; the first word of a sentence or of a field's value names something
 * unless it is an adverb or a participle ("Incidentally", "Attached"), or a word the sentence sets
 * off with a comma: a connective ("Therefore, I could take …", "Besides, …") or the one spoken to
 * ("Marta, the price is …"), neither of them the thing a figure is of.
 */
function namesIn(text: string): string[] {
  return [...text.matchAll(CAPITALISED)].flatMap(([word], i, all) => {
    const at = all[i]?.index ?? 0;
    if (/^\s*:/u.test(text.slice(at + word.length))) return [];
    const opens =
      /(?:^|[:.!?]\s*)$/u.test(text.slice(0, at).trimEnd() === '' ? '' : text.slice(0, at)) || at === 0;
    if (opens && (OPENER.test(word.toLowerCase()) || text.startsWith(',', at + word.length))) return [];
    return isName(word) ? [word] : [];
  });
}

/** A determiner right before a word: "the land", "its depot". */
const DETERMINER = /\b(?:the|this|that|these|those|its|their|our|your|his|her)\s+$/iu;

/** "What price did Ferro offer …", "How much will the Orrin board pay …": the one who acts, not the thing priced. */
const DOER =
  /\b(?:did|does|do|will|would|can|could|should|shall|may|might)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*)/gu;

/** "What rent did I quote Marta Quell …", "How much did I offer to Ames …": the one told or offered to, not the thing priced. */
const TOLD =
  /\b(?:tell|told|ask|asked|give|gave|given|send|sent|offer|offered|quote|quoted|promise|promised|email|e-mail|e-mailed|emailed|write|wrote|call|called|remind|reminded)\s+(?:to\s+)?((?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*)/gu;

/**
 * True when a sum is asked of a named thing ("the Orrin Creek depot", "Brenmoor Wind"), the answer
 * writes no word of that name, and every sum it gives follows, in its own sentence, a name the
 * question does not write ("on Tarvel", "Halden power"). The one who acts in the question ("What
 * price did Ferro offer …") is not the thing asked of.
 */
export function figureOfOtherName(question: string, answer: string): boolean {
  if (moneyAsked(question) === undefined) return false;
  const doers = new Set(
    [...question.matchAll(DOER), ...question.matchAll(TOLD)].flatMap((match) =>
      (match[1] ?? '').split(/\s+/u),
    ),
  );
  const subjects = namedSubjects(question)
    .map((name) => name.split(/\s+/u).filter((word) => word.length >= 3 && !doers.has(word)))
    .filter((words) => words.length > 0);
  if (subjects.length === 0) return false;
  const body = answerWords(answer.normalize('NFKC')).replace(MAIL_LEAD, '');
  const asked = new Set(analyze(question));
  // A word of the name written capitalised ("Halvek", "ITEM" in "ITEM1") or in lower case after a
  // determiner ("the land" for "the Orrin Land") may speak of the thing asked; not one written as
  // a word of another name right before it ("Tarvel Power"), nor a lower-case word alone ("and
  // power for May"): that is the common noun, not the name.
  const speaksOf = (word: string) =>
    [...body.matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(word)}`, 'giu'))].some((match) => {
      const head = body.slice(0, match.index);
      if (!/^\p{Lu}/u.test(match[0])) return DETERMINER.test(head);
      const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(head)?.[1];
      return (
        before === undefined ||
        namesIn(before).length === 0 ||
        analyze(before).some((term) => asked.has(term))
      );
    });
  if (subjects.some((words) => words.some(speaksOf))) return false;
  let sums = 0;
  for (const sentence of splitSentences(body)) {
    for (const sum of sentence.text.matchAll(MONEY)) {
      sums++;
      const others = namesIn(sentence.text.slice(0, sum.index)).filter(
        (word) => !analyze(word).some((term) => asked.has(term)),
      );
      if (others.length === 0) return false;
    }
  }
  return sums > 0;
}
