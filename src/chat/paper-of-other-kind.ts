/**
 * @module paper-of-other-kind
 * "When did Orbis sign the supply agreement?" names a paper by its kind ("supply"). A mail that
 * writes the paper's noun only with another kind's word ("we signed a non-disclosure
 * agreement") and never the asked one tells of another paper: its dates, parties and sums are
 * not the asked paper's.
 */

import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';

/** Nouns of papers that people tell apart by a word before them: "the lease agreement", "the audit report". */
const PAPER_NOUN =
  '(?:agreements?|contracts?|letters?|memos?|memorand(?:um|a)|reports?|proposals?|leases?|invoices?|amendments?|licen[cs]es?|petitions?)';

/**
 * The word right before a paper's noun, after an article or a possessive and at most two other
 * words: "supply" in "the supply agreement", "bond" in "Ana's muni bond proposal". Without one
 * ("did the desks report …") the noun is as likely a verb.
 */
const KIND_BEFORE = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:the|a|an|my|our|your|his|her|their|its|this|that|\p{L}+['’]s)\s+(?:[\p{L}&-]+\s+){0,2}?(\p{L}[\p{L}-]+)\s+(${PAPER_NOUN})(?!\p{L})`,
  'gu',
);

/**
 * Words before a paper's noun that say no kind of paper: articles and possessives, verbs, and
 * words that tell one copy or stage of a paper from another ("the signed contract", "the final
 * report"), which a passage about the same paper may leave out.
 */
const NO_KIND = new Set(
  [
    'the a an this that these those my our your his her their its any some each every no one two both',
    'sign signed signing send sent sending get got draft drafted final new old revised amended updated latest last',
    'first second third next previous prior original executed attached enclosed current formal written proposed',
    'official initial preliminary complete full whole same other another such said above below short long',
    'is was are were be been will would did does do has have had to of for with and or in on at by from about',
    'what which whose how many much',
  ]
    .join(' ')
    .split(' '),
);

/** A kind word of a paper, as its index terms, and the paper's noun in the singular. */
type Kind = { readonly terms: readonly string[]; readonly noun: string };

/** The kind words written before a paper's noun in a text: "supply agreement" → supply, agreement. */
function kindsBefore(text: string): Kind[] {
  return [...text.toLowerCase().matchAll(KIND_BEFORE)]
    .filter((match) => !NO_KIND.has(match[1] ?? ''))
    .map((match) => ({ terms: analyze(match[1] ?? ''), noun: analyze(match[2] ?? '').join(' ') }))
    .filter((kind) => kind.terms.length > 0);
}

/**
 * True when the question names a paper by a kind word ("the supply agreement") that the passage
 * never writes, while the passage writes the paper's noun after another kind word ("a
 * non-disclosure agreement"): the answer is taken from what it says of another paper.
 */
export function paperOfOtherKind(question: string, hit: SearchHit): boolean {
  const asked = kindsBefore(question);
  if (asked.length === 0) return false;
  const passage = `${hit.title}\n${hit.text}`;
  const words = new Set(analyze(passage));
  const missing = asked.filter((kind) => !kind.terms.every((term) => words.has(term)));
  if (missing.length === 0) return false;
  const said = kindsBefore(passage);
  return missing.some((kind) => said.some((other) => other.noun === kind.noun));
}
