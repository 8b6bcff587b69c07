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
import { MONTH_NAME_PATTERN, WEEKDAY_NAMES } from '../lib/text/calendar-names.ts';
import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import { MONEY_SUM_PATTERN } from '../lib/text/money.ts';
import {
  askedPhoneKinds,
  expectedAnswerType,
  moneyAsked,
  type PhoneKind,
  phoneKinds,
} from './answer-type.ts';
import { withoutMarks } from './citations.ts';
import { letterSlip } from './name-spelling.ts';
import { addressAsName } from './others-reason.ts';
import { answerWords, leadWriter, QUOTE_LEAD } from './quoted-source.ts';

/** A sum of money: a currency sign or code next to a figure ("$975", "US$ 1.6", "R$58", "€ 40"). */
const MONEY_VALUE = new RegExp(MONEY_SUM_PATTERN, 'giu');
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

/** A phone number on a line of several: "(713) 555-0142", "713.555.0142", "555-0142". */
const LINE_NUMBER = /\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?![\d-])|(?<![\d-])\d{3}[-.]\d{4}(?![\d-])/g;
/** A word that labels a phone number on a signature line, with its colon, dot or hash. */
const LABEL = String.raw`\(?(?:ph|phone|tel|telephone|voice|main|fax|cell|mobile|pager|home|work|office|desk|direct)\)?\s*[:.#]?`;
/** The text between two numbers is one label and nothing else. */
const LABEL_ONLY = new RegExp(String.raw`^\s*${LABEL}\s*$`, 'i');
/** A line whose labels come first: its text before the first number ends with a label ("Acme Corp.  ph: "). */
const LABEL_ENDS = new RegExp(String.raw`(?:^|\s)${LABEL}\s*$`, 'i');
/** A line whose labels come after: its text after the last number opens with a label (" Fax"). */
const LABEL_OPENS = new RegExp(String.raw`^\s*${LABEL}(?:\s|$)`, 'i');

/**
 * The kind of line asked is bound to one number of a signature line that gives several, each
 * with its own label, written the same way all along: "Acme Corp.  ph: 555-0107  fax 555-0101"
 * (each label before its number) or "555-0137 Voice 555-0164 Fax" (each after). The label
 * between two numbers is the next number's in the first way and the last number's in the second,
 * so "fax" is read as the second number's in both lines. A line of one number with its label
 * after it ("555-0164 Fax") is that kind's too.
 */
export function numberOfKindAsked(question: string, text: string): boolean {
  const asked = askedPhoneKinds(question);
  if (asked.length === 0) return false;
  const line = text.normalize('NFKC').replace(/\s*\[\d+\]\s*$/, '');
  const numbers = [...line.matchAll(LINE_NUMBER)];
  if (numbers.length === 0) return false;
  const gaps = numbers.map((number, i) =>
    line.slice(i === 0 ? 0 : numbers[i - 1]!.index! + numbers[i - 1]![0].length, number.index),
  );
  const last = numbers[numbers.length - 1]!;
  const tail = line.slice(last.index! + last[0].length).replace(/^[\s.]*$/, '');
  const fits = (label: string): boolean => phoneKinds(label).some((kind) => asked.includes(kind));
  // A line of one number and its label after it: "555-0164 Fax".
  if (numbers.length === 1) return (gaps[0] ?? '').trim() === '' && LABEL_ONLY.test(tail) && fits(tail);
  if (!gaps.slice(1).every((gap) => LABEL_ONLY.test(gap))) return false;
  const before = LABEL_ENDS.test(gaps[0] ?? '');
  const after = LABEL_OPENS.test(tail);
  if (before === after) return false;
  // Each number's own label: the text right before it, or right after it.
  const labels = before
    ? [LABEL_ENDS.exec(gaps[0] ?? '')?.[0] ?? '', ...gaps.slice(1)]
    : [...gaps.slice(1), LABEL_OPENS.exec(tail)?.[0] ?? ''];
  return labels.some(fits);
}

/**
 * The kinds the words between a line's numbers give, when the line writes each label before its
 * number ("phone 555-0100, fax 555-0101" → fax): the labels of its numbers after the first. A line
 * that labels its numbers after them ("555-0100 office or 555-0199 cell") gives none: the words
 * after the first number are its own label.
 */
export function labelsBetweenNumbers(text: string): PhoneKind[] {
  const line = text.normalize('NFKC');
  const numbers = [...line.matchAll(LINE_NUMBER)];
  const first = numbers[0];
  if (!first || !LABEL_ENDS.test(line.slice(0, first.index))) return [];
  return numbers.slice(1).flatMap((number, i) => {
    const previous = numbers[i];
    return previous ? phoneKinds(line.slice((previous.index ?? 0) + previous[0].length, number.index)) : [];
  });
}

/**
 * The kinds a line of one number gives it by a label written after it: "(207) 555-0164 Fax" →
 * fax, "555-0177 mobile" → cell; none for a line that labels its number otherwise or not at all.
 */
export function labelAfterNumber(text: string): PhoneKind[] {
  const line = text.normalize('NFKC').replace(/\s*\[\d+\]\s*$/, '');
  const numbers = [...line.matchAll(LINE_NUMBER)];
  if (numbers.length !== 1) return [];
  const number = numbers[0]!;
  const tail = line.slice(number.index! + number[0].length).replace(/^[\s.]*$/, '');
  return line.slice(0, number.index).trim() === '' && LABEL_ONLY.test(tail) ? phoneKinds(tail) : [];
}

/** An office extension: "x3-7257", "ext. 31234", "extension 4410". */
const EXTENSION_VALUE = /\b(?:ext(?:ension)?\.?\s*(?:no\.?|#|:)?\s*|(?<!\d\s?)x\s?)\d[\d-]{2,6}\b/i;
/** The kinds of line an extension never is: it rings a desk inside an office. */
const NOT_DESK_KINDS = new Set(['cell', 'home', 'fax', 'pager']);

/**
 * A cell, home, fax or pager number asked ("What's Ida Brenner's cell?") answered by a sentence
 * whose only number is an office extension ("Please call me at x4-5120"): that is a desk line.
 */
export function extensionForOtherKind(question: string, answer: string): boolean {
  const asked = askedPhoneKinds(question);
  if (asked.length === 0 || !asked.every((kind) => NOT_DESK_KINDS.has(kind))) return false;
  const said = withoutMarks(answer.normalize('NFKC'));
  return (
    EXTENSION_VALUE.test(said) &&
    !new RegExp(LINE_NUMBER.source).test(said) &&
    !/\+\d[\d\s-]{7,}\d/.test(said)
  );
}

/** "What is Ida Brenner's cell number?": the name before the possessive of a number asked. */
const PERSON_OF_NUMBER =
  /((?:\p{Lu}[\p{L}'.-]*\s+){0,2}\p{Lu}[\p{L}-]*)'s?\s+(?:[\p{L}-]+\s+){0,2}?(?:phone|cell|mobile|fax|pager|home|work|office|number)\b/u;

/**
 * One row of a table of people's numbers: a name of two or three capitalised words, then two or
 * more numbers (a phone, an office extension "X41234") with only spaces between them, as in
 * "Oskar Lind   X41234   555-0131   555-0188" under "Work  Home  Cell".
 */
const ROSTER_ROW =
  /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'.-]*\s+){1,2}\p{Lu}[\p{L}'.-]*)\s+(?:(?:[xX]\s?\d{3,6}|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})\s+){1,3}\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?![\d-])/u;

/**
 * A person's number asked ("What is Ida Brenner's cell number?") answered by a row of a table of
 * numbers that belongs to someone else ("Work Home Cell Oskar Lind X41234 555-0131 555-0188"),
 * where the answer never names the one asked: the numbers are the other person's.
 */
export function rosterRowOfOther(question: string, answer: string): boolean {
  const person = PERSON_OF_NUMBER.exec(question)?.[1];
  if (person === undefined) return false;
  const asked = analyze(person).filter((word) => !KIND_WORDS.has(word));
  if (asked.length === 0) return false;
  const said = withoutMarks(answer.normalize('NFKC'));
  const named = new Set(analyze(said));
  if (asked.some((word) => named.has(word))) return false;
  return ROSTER_ROW.test(said);
}

/** A name the question asks of: capitalised words after its first, joined by "of", "for", "the" ("Lake Ardon Inn", "Hall of Pines"). */
const NAMED_SUBJECT = /(?<=\s)\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|de|la)\s+)?\p{Lu}[\p{L}'’-]*)*/gu;

/** A name that is only a day or a month ("Friday", "June"), or the asker ("I"): it names no entry. */
const NOT_SUBJECT = new RegExp(
  String.raw`^(?:I|(?:${WEEKDAY_NAMES.join('|')}|${MONTH_NAME_PATTERN})\.?)$`,
  'i',
);

/**
 * The names a question asks of, past its first word: "What is the asking price of Lake Ardon
 * Inn?" → "Lake Ardon Inn"; not a day, a month, the asker, nor a name of only the kind of value
 * asked ("Price").
 */
export function namedSubjects(question: string): string[] {
  return [...question.matchAll(NAMED_SUBJECT)]
    .map(([name]) => name.replace(/['’]s?$/, ''))
    .filter((name) => !NOT_SUBJECT.test(name) && analyze(name).some((word) => !KIND_WORDS.has(word)));
}

/** How far after the name, in characters, its entry of a list may run ("Ardon Inn\n9:10 am\n$140 per person"). */
const ENTRY_REACH = 160;
/** Where an entry of a list ends before that: a blank line. */
const ENTRY_END = /\n[ \t]*\n/;

/** A value written as its digits alone: "$1,295.00" → "1295", "(713) 555-0142" → "7135550142". */
function digitsOf(value: string): string {
  return value.replace(/\.00$/, '').replace(/\D/g, '');
}

/** A line that heads an entry or a section: a few words on their own, no sentence's end. */
const HEADING_LINE = /^[ \t*•-]*[\p{Lu}\p{N}][^\n.?!;]{0,38}[ \t]*$/u;
/** The most words a heading line holds. */
const HEADING_WORDS = 5;

/**
 * Whether the answer's words are written in `body` after `from` (the end of a heading line)
 * with no other heading line between: they stand in that heading's section.
 */
function inSectionOf(body: string, from: number, said: string): boolean {
  const words = said.trim().split(/\s+/).slice(0, 6);
  if (words.length < 3) return false;
  const at = body
    .slice(from)
    .search(new RegExp(words.map((word) => escapeRegExp(word)).join(String.raw`\s+`), 'u'));
  if (at < 0) return false;
  return !body
    .slice(from, from + at)
    .split('\n')
    .slice(1, -1)
    .some((line) => HEADING_LINE.test(line) && line.trim().split(/\s+/).length <= HEADING_WORDS);
}

/**
 * A sum or a number asked of a thing the question names ("How much per person is the round at
 * Lake Ardon?"), answered by a line of a list that never names it ("$140 per person.") while the
 * message gives the thing its own values of that type in its entry, under its name written on a
 * line of its own and before a blank line ("Lake Ardon\n9:10 am\n$185"): the line is another
 * entry's. A name said in running text heads no entry ("… the data on Elm Court … $25,000 for
 * management … The asking price is $2,700,000."). The answer is kept when
 * its value is one of the entry's (a cell number under "Home" and "Cell" lines).
 */
export function valueOfOtherEntry(question: string, text: string, answer: string): boolean {
  const pattern =
    valuePattern(question) ??
    (expectedAnswerType(question) === 'amount' ? MONEY_VALUE : undefined) ??
    (askedPhoneKinds(question).length > 0 ? PHONE_VALUE : undefined);
  if (pattern === undefined) return false;
  const said = answerWords(answer.normalize('NFKC'));
  const given = [...said.matchAll(new RegExp(pattern.source, 'giu'))].map(([value]) => digitsOf(value));
  if (given.length === 0) return false;
  const saidWords = new Set(analyze(said));
  const body = text.normalize('NFKC');
  return namedSubjects(question).some((name) => {
    if (analyze(name).some((word) => saidWords.has(word))) return false;
    // The name as the heading of an entry: on a line of its own, at most a colon or a dash after it.
    const mention = new RegExp(
      String.raw`(?:^|\n)[ \t*•-]*${escapeRegExp(name).replace(/\s+/g, String.raw`\s+`)}[ \t]*[:–—-]?[ \t]*(?=\n)`,
      'gi',
    );
    const mentions = [...body.matchAll(mention)];
    // The answer written under the name's own heading, with no other heading between: the
    // heading opens a section of prose, and the value is the section's, however far down.
    if (mentions.some((found) => inSectionOf(body, found.index + found[0].length, said))) return false;
    const bound = mentions.flatMap((found) => {
      const after = body
        .slice(found.index + found[0].length, found.index + found[0].length + ENTRY_REACH)
        .split(ENTRY_END)[0];
      return [...(after ?? '').matchAll(new RegExp(pattern.source, 'giu'))].map(([value]) => digitsOf(value));
    });
    return bound.length > 0 && !given.some((value) => bound.includes(value));
  });
}

/** A person the question asks of by given name and surname, before a possessive: "What is Ida Brenner's extension?". */
const PERSON_ASKED = /(?<![\p{L}])(\p{Lu}[\p{Ll}'-]+)\s+(\p{Lu}[\p{Ll}'-]+)['’]s?(?![\p{L}])/u;
/** Words that stand before a surname without being a given name: titles and the asker's relations. */
const NOT_GIVEN =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Mister|Madam|Uncle|Aunt|Auntie|Father|Mother|Dear|Hi|Hello|Hey|Thanks|Thank)$/;

/** The fewest letters of a given name that a slip of one letter may still be read in ("Carl" is no slip of "Carol"). */
const SLIP_LENGTH = 5;

/**
 * Whether two given names may be one person's: the same name, one the other's short form ("Dan",
 * "Daniel"), or a slip of one letter in a name of five letters or more, two neighbours swapped
 * or one letter dropped ("Marta" written "Mrata"); a letter changed is another name ("Marta", "Marti").
 */
function sameGiven(one: string, other: string): boolean {
  const a = one.toLowerCase();
  const b = other.toLowerCase();
  if (a.startsWith(b) || b.startsWith(a)) return true;
  return Math.min(a.length, b.length) >= SLIP_LENGTH && a[0] === b[0] && letterSlip(a, b);
}

/**
 * A value asked of a person named by given name and surname ("What is Ida Brenner's
 * extension?") answered by a sentence that names another person of the same surname ("… or
 * Tomas Brenner at x5-7095") and never the given name asked: the value is the namesake's.
 */
export function namesakeForPerson(question: string, answer: string): boolean {
  const asked = PERSON_ASKED.exec(question);
  if (asked === null) return false;
  const [, given = '', surname = ''] = asked;
  const said = withoutMarks(answer.normalize('NFKC'));
  if (new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(given)}(?![\p{L}])`, 'u').test(said)) return false;
  const bearers = [
    ...said.matchAll(
      new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{Ll}'-]+)\s+${escapeRegExp(surname)}(?![\p{L}])`, 'gu'),
    ),
  ].map(([, name = '']) => name);
  return bearers.some((name) => !NOT_GIVEN.test(name) && !sameGiven(name, given));
}

/** A line that is only a phone number or an office extension, with at most a label: "4-0711", "x27310", "Cell: 555-0142", "(f) (555) 010-0142". */
const NUMBER_LINE = /^\s*(?:\(?[\p{L}.#]+\)?\s*[:.]?\s*)?(?:\+?\(?\d[\d\s().-]{2,}\d|x\s?\d{4,6})\s*$/iu;

/**
 * A person's number asked ("What is Tomas Vale's extension?") answered by a line that is only a
 * number, from a quoted message that person wrote ("Thanks for your time, / Tomas Vale /
 * 4-0711"): the number of their own signature. The writer is the one asked when the surnames
 * agree and one given name is the other's short form ("Tom", "Tomas"); "Vale, Tomas" is read
 * both ways. A cell, home, fax or pager asked is taken only from a line labelled so.
 */
export function writersOwnNumber(question: string, answer: string, writer: string | undefined): boolean {
  if (writer === undefined) return false;
  const asked = PERSON_ASKED.exec(question);
  if (asked === null) return false;
  const [, given = '', surname = ''] = asked;
  const line = answer
    .normalize('NFKC')
    .replace(/\s*\[\d+\]\s*$/, '')
    .replace(/\.$/, '');
  if (!NUMBER_LINE.test(line)) return false;
  // A cell, home, fax or pager asked: only a line whose own label names that kind.
  const kinds: readonly PhoneKind[] = askedPhoneKinds(question).filter((kind) => kind !== 'work');
  if (kinds.length > 0 && !phoneKinds(line).some((kind) => kinds.includes(kind))) return false;
  const name = writerNames(writer);
  return (
    name !== undefined && name.surname.toLowerCase() === surname.toLowerCase() && sameGiven(name.given, given)
  );
}

/** A quoted writer's given name and surname, "Vale, Tomas" read as "Tomas Vale"; undefined for one word. */
function writerNames(writer: string): { readonly given: string; readonly surname: string } | undefined {
  const comma = /^\s*([^,]+),\s*([^,]+?)\s*$/.exec(writer);
  const words = (comma ? `${comma[2]} ${comma[1]}` : writer).trim().split(/\s+/);
  if (words.length < 2) return undefined;
  return { given: words[0] ?? '', surname: words[words.length - 1] ?? '' };
}

/**
 * A person's number asked by their name without a possessive ("What number did Tomas Vale ask
 * to be called at?") answered by a sentence of a quoted message that person wrote, which asks to
 * be called back and gives one number with no other name before it ("Please call me at
 * (555) 010 0142 when you can."): the writer's own number. The writer is the one asked when the
 * surnames agree and one given name is the other's short form; a cell, home, fax or pager asked
 * is not told by such a line, which labels no kind.
 */
export function writersCallBackNumber(question: string, answer: string, writer: string | undefined): boolean {
  if (writer === undefined) return false;
  if (askedPhoneKinds(question).some((kind) => kind !== 'work')) return false;
  const name = writerNames(writer);
  if (name === undefined) return false;
  const namesWriter = [...question.normalize('NFKC').matchAll(NAME_PAIR_BEFORE)].some(
    ([, given = '', surname = '']) =>
      surname.replace(/['’]s?$/, '').toLowerCase() === name.surname.toLowerCase() &&
      sameGiven(name.given, given),
  );
  if (!namesWriter) return false;
  const body = withoutMarks(answer.normalize('NFKC')).replace(QUOTE_LEAD, '');
  if (!CALL_BACK.test(body)) return false;
  const numbers = [...body.matchAll(new RegExp(PHONE_VALUE.source, 'g'))];
  const number = numbers[0];
  if (numbers.length !== 1 || number === undefined) return false;
  const before = body.slice(Math.max(0, (number.index ?? 0) - OWNER_REACH), number.index);
  return [...before.matchAll(NAME_PAIR_BEFORE)].length === 0;
}

/** How far before a number the name of the one it belongs to may stand ("Tomas Lind (extension 27514)"). */
const OWNER_REACH = 30;

/** A given name and a surname, capitalised: "Tomas Lind". */
const NAME_PAIR_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{Ll}'-]+)\s+(\p{Lu}[\p{Ll}'-]+)(?![\p{L}])/gu;

/**
 * A writer asking to be called back: "Please call if you have questions", "call me at", "give me
 * a ring", "feel free to call", "you can reach me". A number with no name before it in such a
 * sentence is the writer's own.
 */
const CALL_BACK =
  /\b(?:please\s+(?:call|phone|ring|contact)|(?:call|phone|ring|contact|reach)\s+me\b|give\s+me\s+a\s+(?:call|ring)|feel\s+free\s+to\s+(?:call|phone|contact)|call\s+if\b)/i;

/**
 * A person's number asked ("What is Ida Brenner's office extension?") answered by a sentence
 * whose every number comes right after another person's name ("While she is away, ask
 * Tomas Lind (extension 27514) or Ana Ruiz (extension 26083).") or after a pronoun for another
 * person it names ("… with Ana Ruiz … or calling her at extension 4-6120"), never naming the one
 * asked: those are the others' numbers. So is a number in a writer's own call-back line,
 * "On …, Tomas Lind wrote (…): Please call if you have questions (x4410).", where the writer (the
 * quote's lead, or the one given) is another.
 */
export function numberOfOtherNamed(
  question: string,
  answer: string,
  writer: string | undefined = leadWriter(answer.normalize('NFKC')),
): boolean {
  const person = PERSON_OF_NUMBER.exec(question)?.[1];
  if (person === undefined) return false;
  const asked = new Set(analyze(person).filter((word) => !KIND_WORDS.has(word)));
  if (asked.size === 0) return false;
  // The lead naming a quoted message's writer and subject is not the answer's own text.
  const body = withoutMarks(answer.normalize('NFKC')).replace(QUOTE_LEAD, '');
  const numbers = [
    ...body.matchAll(new RegExp(PHONE_VALUE.source, 'g')),
    ...body.matchAll(new RegExp(EXTENSION_VALUE.source, 'gi')),
  ];
  if (numbers.length === 0) return false;
  const isAsked = (name: string) => analyze(name).some((word) => asked.has(word));
  // "… with Vera Holm by writing to her … or calling her at extension 4-6120": a pronoun for
  // the other person the answer names, when it never names the one asked.
  const others = [...body.matchAll(NAME_PAIR_BEFORE)].filter((pair) => !isAsked(`${pair[1]} ${pair[2]}`));
  const otherByPronoun = others.length > 0 && !isAsked(body);
  // "On …, Tomas Lind wrote (…): Please call if you have questions (x4410).": the writer's own
  // number. A writer given by address, "tomas.lind@…", is read by the words of its name.
  const writerName = writer === undefined ? undefined : addressAsName(writer);
  const writersCallBack =
    writerName !== undefined &&
    analyze(writerName).length > 0 &&
    !isAsked(writerName) &&
    !isAsked(body) &&
    CALL_BACK.test(body);
  return numbers.every((number) => {
    const before = body.slice(Math.max(0, (number.index ?? 0) - OWNER_REACH), number.index);
    // Two capitalised words alone, not part of a longer run ("North Grain Desk" names a desk).
    const names = [...before.matchAll(NAME_PAIR_BEFORE)].filter(
      (pair) =>
        !/^\s+\p{Lu}/u.test(before.slice((pair.index ?? 0) + pair[0].length)) &&
        !/\p{Lu}[\p{L}'-]*\s+$/u.test(before.slice(0, pair.index)),
    );
    const owner = names[names.length - 1];
    if (owner === undefined) return writersCallBack || (otherByPronoun && /\b(?:her|him)\b/i.test(before));
    return !isAsked(`${owner[1]} ${owner[2]}`);
  });
}

/** How far back in its passage the one a sentence's pronoun points to is looked for. */
const PRONOUN_REACH = 300;

/**
 * A value asked of a person the question names ("What raise does Lena Voss plan for Piet
 * Aronsen?") answered by a sentence that names them only by a pronoun ("Lena Voss plans to give
 * him a $12,000 raise."), where the text before it in the passage names another person last
 * ("Tomas Lind's contract runs out …") and nothing before it names the one asked: the pronoun is
 * that other person.
 */
export function pronounForOtherPerson(question: string, passage: string, answer: string): boolean {
  const asked = [...question.matchAll(NAME_PAIR_BEFORE)].map((pair) => ({
    words: new Set(analyze(`${pair[1]} ${pair[2]}`)),
    surname: (pair[2] ?? '').replace(/['’]s?$/, ''),
  }));
  if (asked.length === 0) return false;
  const body = answerWords(answer).trim();
  if (!/\b(?:him|her|his)\b/i.test(body)) return false;
  const said = new Set(analyze(body));
  const unnamed = asked.filter((person) => ![...person.words].some((word) => said.has(word)));
  if (unnamed.length === 0) return false;
  const first =
    body
      .split(/(?<=[.!?])\s/)[0]
      ?.replace(/\s*\[\d+\]\s*$/, '')
      .slice(0, 40) ?? '';
  const at = first ? passage.indexOf(first) : -1;
  if (at < 0) return false;
  const before = passage.slice(Math.max(0, at - PRONOUN_REACH), at);
  const pairs = [...before.matchAll(NAME_PAIR_BEFORE)].filter(
    (pair) =>
      !asked.some((person) => analyze(`${pair[1]} ${pair[2]}`).some((word) => person.words.has(word))),
  );
  if (pairs.length === 0) return false;
  // The one asked named anywhere before it (a mail "About Piet Aronsen:" on him) may be whom it means.
  const earlier = passage.slice(0, at);
  return unnamed.some((person) => !new RegExp(`\\b${escapeRegExp(person.surname)}\\b`, 'i').test(earlier));
}
