/**
 * @module analyze
 * Text to index terms, the same at index and query time: Unicode word splitting, lower case,
 * English possessives and stop words removed, Porter2 stemming for Latin words. Chinese,
 * Japanese and Korean runs are folded to Simplified Chinese (OpenCC's table, so Traditional
 * and Simplified text match) and indexed three ways at once: dictionary words (jieba for
 * Chinese, ICU for Japanese and Korean), overlapping character bigrams, and single characters
 * (kept apart with a `_` mark, used by one-character queries only).
 */
import { createRequire } from 'node:module';
import { memoized } from '../lib/memo.ts';
import { stem } from '../lib/text/stem.ts';
import { FUNCTION_WORDS, INDEX_STOP_WORDS, REQUEST_WORDS } from '../lib/text/stop-words.ts';

export { stem } from '../lib/text/stem.ts';

/** The stop words dropped from every indexed text (Lucene's English list). */
export const STOP_WORDS: ReadonlySet<string> = INDEX_STOP_WORDS;

const require = createRequire(import.meta.url);

const CJK_CHARS = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff';
const CJK = new RegExp(`[${CJK_CHARS}]`, 'u');
/** A run of Chinese, Japanese or Korean characters (with the iteration and length marks). */
export const CJK_RUN = new RegExp(`[${CJK_CHARS}\\u3005\\u30fc]+`, 'gu');
const KANA = /[\u3040-\u30ff]/u;
const HANGUL = /[\uac00-\ud7af]/u;
const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’.][\p{L}\p{M}\p{N}_]+|,\p{N}+)*/gu;
/** Marks single-character CJK terms so they never merge with one-character words. */
const UNIGRAM = '_';

type Segment = (run: string) => readonly string[];

let jieba: { cut(text: string): string[] } | undefined;
function chineseWords(run: string): readonly string[] {
  if (!jieba) {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
  }
  return jieba.cut(run);
}

const segmenters = new Map<string, Intl.Segmenter>();
function icuWords(locale: string): Segment {
  return (run) => {
    let found = segmenters.get(locale);
    if (!found) {
      found = new Intl.Segmenter(locale, { granularity: 'word' });
      segmenters.set(locale, found);
    }
    const out: string[] = [];
    for (const part of found.segment(run)) if (part.isWordLike) out.push(part.segment);
    return out;
  };
}

let toSimplified: ((text: string) => string) | undefined;
/** Traditional Chinese characters and phrases to Simplified (OpenCC's table); other text unchanged. */
export function simplifyChinese(text: string): string {
  if (!toSimplified) {
    const opencc = require('opencc-js') as {
      Converter(options: { from: string; to: string }): (s: string) => string;
    };
    toSimplified = opencc.Converter({ from: 't', to: 'cn' });
  }
  return toSimplified(text);
}

function cjkSegmenter(run: string): Segment {
  if (KANA.test(run)) return icuWords('ja');
  if (HANGUL.test(run)) return icuWords('ko');
  return chineseWords;
}

/** Folds a CJK run to the form terms are made from: Simplified Chinese unless it is Japanese or Korean. */
function foldRun(run: string): string {
  return KANA.test(run) || HANGUL.test(run) ? run : simplifyChinese(run);
}

/**
 * The terms of one CJK run: its words, the character bigrams that are not already a word at
 * the same place, and (at index time, or for a one-character query) its single characters.
 */
export function segmentCjk(run: string, unigrams: 'all' | 'single' = 'all'): string[] {
  const folded = foldRun(run);
  const chars = [...folded];
  if (chars.length === 1) return [UNIGRAM + folded];
  const out: string[] = [];
  const wordAt = new Set<string>();
  let at = 0;
  for (const word of cjkSegmenter(folded)(folded)) {
    const length = [...word].length;
    if (CJK.test(word)) {
      out.push(word);
      if (length === 2) wordAt.add(`${at}:${word}`);
    }
    at += length;
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i]! + chars[i + 1]!;
    if (!wordAt.has(`${i}:${bigram}`)) out.push(bigram);
  }
  if (unigrams === 'all') for (const char of chars) out.push(UNIGRAM + char);
  return out;
}

/** An English contraction: the word and its clitic ("we'll", "don't", "i'd"). */
const CONTRACTION = /^(\p{L}+?)(n't|'d|'m|'ve|'ll|'re)$/u;
/** Contracted words whose first part is not the word itself ("can't", "won't"). */
const CONTRACTED_HEADS: ReadonlyMap<string, string> = new Map([
  ['ca', 'can'],
  ['wo', 'will'],
  ['sha', 'shall'],
  ['ai', 'is'],
]);

/**
 * A French or Italian article, pronoun or preposition elided before a word ("d'Orvanne",
 * "l'université", "qu'une", "dell'anno"): the word is the one after it, as it is written
 * without it elsewhere ("ORVANNE" in a table).
 */
const ELIDED = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|un)'(?=\p{L})/u;

/**
 * The words of one match of WORD: an elided article dropped, possessives and contractions'
 * clitics dropped ("we'll" is "we", not "well"), other quotes dropped, dotted abbreviations joined.
 */
function matchWords(match: string, out: string[]): void {
  let word = match;
  if (word.includes('’')) word = word.replace(/’/g, "'");
  if (word.includes("'")) word = word.replace(ELIDED, '');
  if (word.endsWith("'s")) word = word.slice(0, -2);
  else {
    const contraction = CONTRACTION.exec(word);
    if (contraction) word = CONTRACTED_HEADS.get(contraction[1]!) ?? contraction[1]!;
  }
  if (word.includes("'")) word = word.replace(/'/g, '');
  if (word.includes('.')) {
    // u.s.a -> usa; 3.5 stays; e-mail addresses arrive split by the regex already
    if (/^[\p{L}](?:\.[\p{L}])+$/u.test(word)) word = word.replace(/\./g, '');
    else {
      for (const part of word.split('.')) if (part) out.push(part);
      return;
    }
  }
  if (word) out.push(word);
}

function latinWords(text: string, out: string[]): void {
  const matches = text.match(WORD);
  if (matches) for (const match of matches) matchWords(match, out);
}

const NO_TERMS: readonly string[] = [];

/**
 * The index terms of one match of WORD: its words without stop words, stemmed. Remembered,
 * since most text repeats a small vocabulary.
 */
const matchTerms = memoized((match: string): readonly string[] => {
  const words: string[] = [];
  matchWords(match, words);
  const kept = words.filter((word) => !STOP_WORDS.has(word)).map(stem);
  return kept.length > 0 ? kept : NO_TERMS;
}, 200_000);

/** Splits lower-cased text into Latin words and CJK runs, in order. */
function pieces(lower: string, onLatin: (text: string) => void, onCjk: (run: string) => void): void {
  if (!CJK.test(lower)) {
    onLatin(lower);
    return;
  }
  let last = 0;
  for (const match of lower.matchAll(CJK_RUN)) {
    const index = match.index ?? 0;
    if (index > last) onLatin(lower.slice(last, index));
    onCjk(match[0]);
    last = index + match[0].length;
  }
  if (last < lower.length) onLatin(lower.slice(last));
}

/** The index terms of a text, in order. */
export function analyze(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  pieces(
    lower,
    (latin) => {
      const matches = latin.match(WORD);
      if (!matches) return;
      for (const match of matches) {
        const terms = matchTerms(match);
        if (terms.length === 1) out.push(terms[0]!);
        else for (const term of terms) out.push(term);
      }
    },
    (run) => {
      for (const term of segmentCjk(run)) out.push(term);
    },
  );
  return out;
}

/** One word of a text in order: its lower-case form and its index term (undefined for a stop word). */
export type PlacedWord = { readonly word: string; readonly term: string | undefined };

/**
 * The Latin words of a text in order, stop words included (they hold their place, so "design
 * of editing" keeps its two content words two places apart); each CJK run holds one place.
 */
export function placedWords(text: string): PlacedWord[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const out: PlacedWord[] = [];
  const words: string[] = [];
  pieces(
    lower,
    (latin) => {
      words.length = 0;
      latinWords(latin, words);
      for (const word of words) out.push({ word, term: STOP_WORDS.has(word) ? undefined : stem(word) });
    },
    () => out.push({ word: '', term: undefined }),
  );
  return out;
}

/** Quoted passages of a query: "…", “…”, '…' or ‘…’ around words. */
const QUOTED = /["“]([^"“”]+)["”]|(?<![\p{L}\p{N}])['‘]([^'‘’]+)['’](?![\p{L}\p{N}])/gu;

/** Quoted passages of at most this many words are names or titles; longer ones are citations. */
const QUOTED_NAME = 3;

/** The words of the short quoted names in a query ('Just chatting'), kept whole in any question. */
function quotedWords(lower: string): Set<string> {
  const out = new Set<string>();
  for (const match of lower.matchAll(QUOTED)) {
    const words: string[] = [];
    latinWords(match[1] ?? match[2] ?? '', words);
    if (words.length <= QUOTED_NAME) for (const word of words) out.add(word);
  }
  return out;
}

/** Questions of at least this many content words lose the words that only frame the request. */
const LONG_QUESTION = 4;

/**
 * The words of a search query, each with its term (CJK terms stand for themselves). Short
 * queries are analysed as indexed text is. In longer
 * questions the closed-class words ("what", "can", "would") and the words that frame a request
 * ("I am interested in papers that describe …") are dropped, so that the topic words decide
 * the ranking; words of a short quoted name are always kept, and a query made only of such words keeps them. CJK runs of one character search
 * single characters; longer runs search words and bigrams.
 */
export function queryWordForms(text: string): { readonly word: string; readonly term: string }[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const latin: string[] = [];
  const cjk: string[] = [];
  pieces(
    lower,
    (part) => latinWords(part, latin),
    (run) => cjk.push(...segmentCjk(run, 'single')),
  );
  const quoted = quotedWords(lower);
  const content = latin.filter((word) => !STOP_WORDS.has(word));
  const open = content.filter((word) => quoted.has(word) || !FUNCTION_WORDS.has(word));
  const topical = open.filter((word) => quoted.has(word) || !REQUEST_WORDS.has(word));
  const chosen =
    topical.length + cjk.length >= LONG_QUESTION || (topical.length > 0 && open.length >= LONG_QUESTION)
      ? topical
      : open.length > 0
        ? open
        : content;
  return [
    ...chosen.map((word) => ({ word, term: stem(word) })),
    ...cjk.map((term) => ({ word: term, term })),
  ];
}

/** The terms of a search query (see `queryWordForms`), in order. */
export function analyzeQuery(text: string): string[] {
  return queryWordForms(text).map((placed) => placed.term);
}

/** Term frequencies of a text. */
export function termFrequencies(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of analyze(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** True when the text contains Chinese, Japanese or Korean characters. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
