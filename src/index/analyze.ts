/**
 * @module analyze
 * Text to index terms, the same at index and query time: Unicode word splitting, lower case,
 * English possessives and stop words removed, Porter2 stemming for Latin words, and Chinese,
 * Japanese and Korean runs segmented into words with ICU's dictionary (Intl.Segmenter), plus
 * the character bigrams of long CJK words so that partial matches still score.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;

/** Lucene's English stop words plus a few question words that carry no topic. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u3005\u30fc]+/gu;
const KANA = /[\u3040-\u30ff]/u;
const HANGUL = /[\uac00-\ud7af]/u;
const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’.][\p{L}\p{M}\p{N}_]+|,\p{N}+)*/gu;
const LATIN_WORD = /^[a-z]+$/;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let found = segmenters.get(locale);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, found);
  }
  return found;
}

const stems = new Map<string, string>();
/** Porter2 stem of a lower-case Latin word (memoised). */
export function stem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    found = LATIN_WORD.test(word) ? porter2(word) : word;
    if (stems.size < 200_000) stems.set(word, found);
  }
  return found;
}

/** Splits a CJK run into dictionary words (ICU), with bigrams of words longer than two characters. */
export function segmentCjk(run: string): string[] {
  const locale = KANA.test(run) ? 'ja' : HANGUL.test(run) ? 'ko' : 'zh';
  const out: string[] = [];
  for (const part of segmenter(locale).segment(run)) {
    if (!part.isWordLike) continue;
    const word = part.segment;
    out.push(word);
    if (word.length > 2) for (let i = 0; i + 2 <= word.length; i++) out.push(word.slice(i, i + 2));
  }
  return out;
}

function addLatin(text: string, out: string[]): void {
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    if (word.includes('’')) word = word.replace(/’/g, "'");
    if (word.endsWith("'s")) word = word.slice(0, -2);
    if (word.includes("'")) word = word.replace(/'/g, '');
    if (word.includes('.')) {
      // u.s.a -> usa; 3.5 stays; e-mail addresses arrive split by the regex already
      if (/^[\p{L}](?:\.[\p{L}])+$/u.test(word)) word = word.replace(/\./g, '');
      else {
        for (const part of word.split('.')) pushWord(part, out);
        continue;
      }
    }
    pushWord(word, out);
  }
}

function pushWord(word: string, out: string[]): void {
  if (word === '' || STOP_WORDS.has(word)) return;
  out.push(stem(word));
}

/** The index terms of a text, in order. */
export function analyze(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  if (!CJK.test(lower)) {
    addLatin(lower, out);
    return out;
  }
  let last = 0;
  for (const match of lower.matchAll(CJK_RUN)) {
    const index = match.index ?? 0;
    if (index > last) addLatin(lower.slice(last, index), out);
    out.push(...segmentCjk(match[0]));
    last = index + match[0].length;
  }
  if (last < lower.length) addLatin(lower.slice(last), out);
  return out;
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
