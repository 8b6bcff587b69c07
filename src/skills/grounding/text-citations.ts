/**
 * @module text-citations
 * Citations a model writes into free text, read the way a person would: "[1]", "[1, 2]",
 * "[1][2]", "[1-3]", full-width "【1】" and "［1］", before or after the full stop. A marker
 * right after a sentence's end ("…grew 12%. [1]" or "…grew 12%.[1]") belongs to that sentence,
 * not to the next one.
 */
import { splitSentences } from '../../lib/text/sentences.ts';

export type CitedSentence = { readonly text: string; readonly sources: readonly number[] };

const OPEN = '[\\[【［]';
const CLOSE = '[\\]】］]';
const LIST = '\\d+(?:\\s*(?:[,;，、]|[-–—~])\\s*\\d+)*';
const MARKER = new RegExp(`${OPEN}\\s*(${LIST})\\s*${CLOSE}`, 'g');
const MARKERS = `(?:\\s*${OPEN}\\s*${LIST}\\s*${CLOSE})+`;
/** Sentence end, then markers: move the markers before the end mark. */
const AFTER_STOP = new RegExp(`([.!?。！？])(${MARKERS})`, 'g');

/** The source numbers in one marker's list: "1, 2" → [1, 2]; "2-4" → [2, 3, 4]. */
function expand(list: string): number[] {
  const out: number[] = [];
  for (const item of list.split(/\s*[,;，、]\s*/)) {
    const range = /^(\d+)\s*[-–—~]\s*(\d+)$/.exec(item);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to >= from && to - from < 50) for (let n = from; n <= to; n++) out.push(n);
    } else if (/^\d+$/.test(item)) out.push(Number(item));
  }
  return out;
}

/** Splits cited free text into sentences, each with the source numbers it cites (deduplicated, in order). */
export function parseCitedText(text: string): CitedSentence[] {
  const normalized = text.replace(
    AFTER_STOP,
    (_all, stop: string, markers: string) => `${markers.trim()}${stop}`,
  );
  const out: CitedSentence[] = [];
  for (const span of splitSentences(normalized)) {
    const sources: number[] = [];
    for (const match of span.text.matchAll(MARKER))
      for (const n of expand(match[1] ?? '')) if (!sources.includes(n)) sources.push(n);
    const clean = span.text
      .replace(MARKER, '')
      .replace(/\s+([.!?,;:])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (!clean) {
      // A marker alone (a line break before it): it cites the sentence before.
      const last = out.at(-1);
      if (last) out[out.length - 1] = { ...last, sources: [...new Set([...last.sources, ...sources])] };
      continue;
    }
    out.push({ text: clean, sources });
  }
  return out;
}
