/**
 * @module card-line-asked
 * Whether a labelled line of a contact card's passage ("Work e-mail: ana@acme.example",
 * "cell: 555-0100", "Sister: Bea") answers what a question asks of the person. A card's passage
 * is found by the person's name alone, so any of its lines may be read as the answer to a
 * question about a field the card lacks: "What's Ana Ruiz's shoe size?" is not answered by her
 * work e-mail. A line answers when it shares a word with the question, the person's name
 * aside, or when the question asks its kind in other words ("How can I call Ana?" for a phone
 * line, "Where does Ana live?" for an address; "where" alone asks no address, since "Where can I
 * get Ana's key?" asks another thing).
 */
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { questionTerms } from './question-terms.ts';

/** A line's kind, by its label or value, and the words a question asks that kind with. */
const LINE_KINDS: readonly (readonly [(label: string, value: string) => boolean, string])[] = [
  [
    (label, value) => /\be-?mail\b/i.test(label) || /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value),
    'email e-mail mail write reach contact address',
  ],
  [
    (label) => /\baddress\b/i.test(label),
    'address live lives street based located location home postal mail visit office',
  ],
  [
    (label, value) =>
      /\b(?:phone|voice|cell|mobile|fax|pager|tel|text|video|iphone|main)\b/i.test(label) ||
      /^(?:tel:)?\+?[\d\s().-]{7,}(?:;ext=\d+)?$/i.test(value),
    'phone number call cell mobile fax reach telephone tel ring text contact pager extension',
  ],
  [
    (label, value) =>
      /\b(?:web ?page|url|homepage|home page|blog|site)\b/i.test(label) ||
      /^(?:https?:\/\/|www\.)/i.test(value),
    'web website site page homepage url link blog online',
  ],
];

const KIND_TERMS = LINE_KINDS.map(([test, words]) => [test, new Set(analyze(words))] as const);

/** A value of a known kind written alone: an e-mail address, a phone number, a web link. */
const KNOWN_VALUE = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:tel:)?\+?[\d\s().-]{7,}|(?:https?:\/\/|www\.)\S+)$/i;

/** The value of an unlabelled line of the card's name and one value of a known kind, if it is one. */
function bareValue(line: string, title: string): string | undefined {
  const words = new Set(title.toLowerCase().split(/\s+/).filter(Boolean));
  const rest = line
    .split(/\s+/)
    .filter((word) => !words.has(word.toLowerCase().replace(/[,;]$/, '')))
    .join(' ')
    .trim();
  return KNOWN_VALUE.test(rest) ? rest : undefined;
}

/** "Label: value" of a line, the label a few words long. */
const LABELLED = /^([^:\n]{1,40}?):\s*(\S.*)$/;

/**
 * True when the answer is one labelled line of a contact card that the question does not ask:
 * it shares no word with the question (the person's name aside) and is no kind of line the
 * question asks in other words.
 */
export function cardLineUnasked(
  question: string,
  hit: Pick<SearchHit, 'type' | 'title'>,
  answer: string,
): boolean {
  if (hit.type !== 'contact') return false;
  const line = answer
    .replace(/\s*\[\d+\]/g, '')
    .trim()
    .replace(/\.$/, '');
  if (line.includes('\n')) return false;
  const name = new Set(analyze(hit.title));
  const labelled = LABELLED.exec(line);
  // A line with no label is read by its value only when that value is an address, a number or a
  // link beside the card's name ("Ana Ruiz ana@acme.example"); a company or a title is left alone.
  const bare = labelled ? undefined : bareValue(line, hit.title);
  if (!labelled && !bare) return false;
  const label = labelled?.[1] ?? '';
  const value = labelled?.[2] ?? bare ?? '';
  const asked = questionTerms(question).filter((term) => !name.has(term));
  if (asked.length === 0) return false;
  const told = new Set(analyze(line));
  for (const [test, terms] of KIND_TERMS) if (test(label, value)) for (const term of terms) told.add(term);
  return !asked.some((term) => told.has(term));
}
