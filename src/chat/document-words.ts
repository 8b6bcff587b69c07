/**
 * @module document-words
 * Words a question names its document by ("… at the town council of Harbourton", "selon le guide
 * de l'étudiant"): when search returns mostly passages of one office file, the question's words
 * that stand in most of them say which file, not which passage, and they crowd out the passage
 * that holds the question's other words. The question without them, searched within that file,
 * finds it. Mail folders and chat logs are one file of many messages: their words are no file's
 * name.
 */
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { type AnswerType, askedHead, askedNoun, countedNoun } from './answer-type.ts';
import { fullNameWords, questionTerms } from './question-terms.ts';

/** The fewest passages of the top hit's file among the hits for its words to be read as the file's. */
const MIN_SAME_FILE = 3;
/** The share of that file's passages a word must stand in to name the file. */
const FILE_WORD_SHARE = 0.6;
/** The fewest words of the question's own (not question words) left to search by. */
const MIN_LEFT = 2;
/** Passages of office files: a document's paragraphs, a deck's slides, a workbook's sheets. */
const OFFICE_TYPES: ReadonlySet<string> = new Set(['document', 'slide', 'sheet']);

export type DocumentWords = {
  /** The file the question's words name. */
  readonly path: string;
  /** The question without the words that name the file. */
  readonly rest: string;
};

/** A question's words in order, each with its analysed terms. */
const wordsOf = (question: string) =>
  [...question.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)].map((match) => ({
    word: match[0],
    terms: analyze(match[0]),
  }));

/**
 * The file that most of the hits come from (the top hit's) and the question without the words
 * that stand in most of its passages; undefined when the hits are not mostly of one office file,
 * when no word names it, or when fewer than two of the question's own words would be left. The
 * thing asked ("how many benchmarks", "which competition") is never the file's name.
 */
export function documentWords(
  question: string,
  hits: readonly SearchHit[],
  type?: AnswerType,
): DocumentWords | undefined {
  const top = hits[0];
  if (!top || !OFFICE_TYPES.has(top.type)) return undefined;
  const same = hits.filter((hit) => hit.path === top.path);
  if (same.length < MIN_SAME_FILE || same.length * 2 <= hits.length) return undefined;
  const carried = same.map((hit) => new Set(analyze(`${hit.title}\n${hit.text}`)));
  const asked = new Set(
    [askedHead(question), askedNoun(question), countedNoun(question)].flatMap((word) =>
      word ? analyze(word) : [],
    ),
  );
  const own = new Set(questionTerms(question, type));
  const namesFile = (term: string) =>
    own.has(term) &&
    !asked.has(term) &&
    carried.filter((terms) => terms.has(term)).length >= same.length * FILE_WORD_SHARE;
  // A name of several words is dropped whole or kept whole: "the National Urban Council" is not
  // "Council" once "National Urban" stand everywhere.
  const names = fullNameWords(question);
  const nameFile = (term: string) =>
    names.filter((name) => name.includes(term)).every((name) => name.every(namesFile)) && namesFile(term);
  const words = wordsOf(question);
  const kept = words.filter(({ terms }) => terms.length === 0 || !terms.every(nameFile));
  const left = new Set(kept.flatMap(({ terms }) => terms.filter((term) => own.has(term))));
  if (kept.length === words.length || left.size < MIN_LEFT) return undefined;
  return { path: top.path, rest: kept.map(({ word }) => word).join(' ') };
}
