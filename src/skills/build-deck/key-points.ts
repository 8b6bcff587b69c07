/**
 * @module key-points
 * Extractive key points: sentences (and list items) of a passage ranked by how much of the
 * section's distinctive vocabulary they carry (term frequency in the section times inverse
 * frequency across sections), with small boosts for paragraph-opening sentences and figures;
 * the best are compressed into bullets and returned in document order.
 */
import type { Block, Locator } from '../../formats/model.ts';
import { withoutTypedMark } from '../../lib/text/item-marks.ts';
import {
  compressSentence,
  contentWords,
  countWords,
  MAX_BULLET_WORDS,
  shortenAtPhrase,
  splitSentences,
} from './sentences.ts';

export type Candidate = {
  /** The full sentence, as written. */
  readonly sentence: string;
  readonly locator: Locator;
  /** Position in the passage, for document order. */
  readonly order: number;
  readonly fromList: boolean;
  /** A list item, or a paragraph numbered or lettered by hand as one ("A.    Parking …"). */
  readonly item: boolean;
  readonly firstInParagraph: boolean;
  readonly level: 0 | 1;
};

export type KeyPoint = Candidate & { readonly bullet: string; readonly score: number };

/** Drops list markers typed as text ("* ", "- ", "• ", "1) ") and capitalises the first letter. */
function cleanSentence(text: string): string {
  return text
    .trim()
    .replace(/^(?:[*•·▪‣◦-]|\(?\d{1,2}[.)])\s+|^[・※]\s*/u, '')
    .replace(/^(\p{Ll})/u, (letter) => letter.toUpperCase());
}

/** "Figure 1. …", "Table 2: …": captions describe a visual and are not points of their own. */
export function isCaption(text: string): boolean {
  return /^(?:figure|fig\.|table|chart|exhibit|图|表)\s*\d+[.:]/i.test(text.trim());
}

/**
 * A line of markup quoted in a document (`<kiln:log>`, `<kiln:firing id="7" peak="1260C"/>`): out of
 * its tags it holds no two words in a row, so on a slide it shows code, not a point.
 */
export function isMarkupLine(text: string): boolean {
  const trimmed = text.trim();
  if (!/^<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/.test(trimmed)) return false;
  return !/\p{L}{2,}\s+\p{L}{2,}/u.test(trimmed.replace(/<[^<>]*>/g, ' '));
}

/** Sentences and list items of a run of blocks. */
export function candidatesOf(blocks: readonly Block[]): Candidate[] {
  const out: Candidate[] = [];
  for (const block of blocks) {
    if ('text' in block && isMarkupLine(block.text)) continue;
    if (block.kind === 'list-item') {
      out.push({
        sentence: cleanSentence(block.text),
        locator: block.locator,
        order: out.length,
        fromList: true,
        item: true,
        firstInParagraph: true,
        level: block.level > 0 ? 1 : 0,
      });
    } else if (block.kind === 'paragraph' || (block.kind === 'note' && block.noteKind === 'textbox')) {
      if (isCaption(block.text)) continue;
      const unmarked = withoutTypedMark(block.text);
      const item = unmarked !== block.text;
      splitSentences(unmarked).forEach((sentence, index) => {
        // A bare cross-reference or aside ("(Section 3.0)", "(see above)") says nothing on a slide.
        if (/^\([^()]*\)[.;]?$/.test(sentence.trim())) return;
        // A label before the list item that follows it ("Secondary:", "Secondary: 1.") is no point.
        if (/^[^:]{1,40}:\s*(?:\d{1,3}[.)]?)?$/.test(sentence.trim())) return;
        out.push({
          sentence: cleanSentence(sentence),
          locator: block.locator,
          order: out.length,
          fromList: false,
          item,
          firstInParagraph: index === 0,
          level: 0,
        });
      });
    }
  }
  return out;
}

/** Inverse section frequency of each word over a set of section texts. */
export function inverseFrequencies(sectionTexts: readonly string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const text of sectionTexts)
    for (const word of new Set(contentWords(text))) df.set(word, (df.get(word) ?? 0) + 1);
  const n = Math.max(sectionTexts.length, 1);
  const idf = new Map<string, number>();
  for (const [word, count] of df) idf.set(word, Math.log(1 + n / count));
  return idf;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let both = 0;
  for (const word of setA) if (setB.has(word)) both++;
  const union = setA.size + setB.size - both;
  return union === 0 ? 0 : both / union;
}

/** Share of a sentence that looks like markup or code (tags, attributes, braces, paths). */
export function codeLikeness(text: string): number {
  const symbols = (text.match(/[<>{}=\\/_#|@$]|&[a-z]+;/gi) ?? []).length;
  const markup = /<\/?[a-z][\w:-]*[\s>]|\w+="[^"]*"|https?:\/\//i.test(text) ? 0.5 : 0;
  return Math.min(1, markup + symbols / Math.max(text.length / 6, 1));
}

/** Scores each candidate against the passage's vocabulary. */
export function scoreCandidates(
  candidates: readonly Candidate[],
  idf: ReadonlyMap<string, number>,
  headingText = '',
): { candidate: Candidate; score: number }[] {
  const tf = new Map<string, number>();
  for (const candidate of candidates)
    for (const word of contentWords(candidate.sentence)) tf.set(word, (tf.get(word) ?? 0) + 1);
  const headingWords = new Set(contentWords(headingText));
  return candidates.map((candidate) => {
    const words = [...new Set(contentWords(candidate.sentence))];
    let score = 0;
    for (const word of words)
      score += Math.log(1 + (tf.get(word) ?? 0)) * (idf.get(word) ?? 1) * (headingWords.has(word) ? 1.5 : 1);
    score /= Math.sqrt(Math.max(words.length, 4));
    const length = countWords(candidate.sentence);
    if (candidate.firstInParagraph) score *= 1.15;
    // The opening sentence of a passage usually states its point.
    if (candidate.order === 0 && !candidate.fromList) score *= 1.5;
    if (/\d/.test(candidate.sentence)) score *= 1.1;
    if (length < 4) score *= 0.4;
    if (/[?]$/.test(candidate.sentence)) score *= 0.6;
    score *= 1 - Math.min(0.9, codeLikeness(candidate.sentence));
    // Contact lines ("questions go to ann@example.com") are not key points.
    if (/\S+@\S+\.\w|https?:\/\/|www\./i.test(candidate.sentence)) score *= 0.3;
    return { candidate, score };
  });
}

/**
 * Picks up to `count` key points: the best-scoring candidates that compress into a bullet and
 * do not repeat one already chosen, in document order.
 */
export function pickKeyPoints(
  candidates: readonly Candidate[],
  idf: ReadonlyMap<string, number>,
  count: number,
  headingText = '',
  exclude: ReadonlySet<string> = new Set(),
): KeyPoint[] {
  const ranked = scoreCandidates(candidates, idf, headingText).sort(
    (a, b) => b.score - a.score || a.candidate.order - b.candidate.order,
  );
  const chosen: KeyPoint[] = [];
  const chosenWords: string[][] = [];
  for (const { candidate, score } of ranked) {
    if (chosen.length >= count) break;
    if (exclude.has(candidate.sentence)) continue;
    const bullet = compressSentence(candidate.sentence);
    if (!bullet) continue;
    const words = contentWords(bullet);
    if (words.length === 0) continue;
    if (chosenWords.some((other) => jaccard(other, words) > 0.6)) continue;
    chosen.push({ ...candidate, bullet, score });
    chosenWords.push(words);
  }
  return withListLead(chosen, candidates, count).sort((a, b) => a.order - b.order);
}

/**
 * Items of a list chosen without the sentence that introduces them ("… shall not harm any of
 * the following:" over "Nesting sites", "Old orchards"): alone, the items do not say what they
 * are a list of. When every point is an item and the sentence that leads into their list ends
 * with a colon, it goes first — in its first words, marked "…", when no clause of it makes a
 * bullet — and the items go under it; the weakest item gives up its place if the count is full.
 */
function withListLead(
  chosen: readonly KeyPoint[],
  candidates: readonly Candidate[],
  count: number,
): KeyPoint[] {
  if (chosen.length === 0 || !chosen.every((point) => point.item)) return [...chosen];
  const firstItem = Math.min(...chosen.map((point) => point.order));
  // The last sentence before the first chosen item that is not an item itself: the list's lead-in when it ends in a colon.
  const before = candidates.filter((candidate) => candidate.order < firstItem && !candidate.item).at(-1);
  if (!before || !/:\s*$/.test(before.sentence)) return [...chosen];
  const bullet = compressSentence(before.sentence) ?? shortenAtPhrase(before.sentence, MAX_BULLET_WORDS);
  if (!bullet) return [...chosen];
  const items = [...chosen];
  if (items.length >= count && items.length > 1) {
    const weakest = items.reduce((a, b) => (b.score < a.score ? b : a));
    items.splice(items.indexOf(weakest), 1);
  }
  return [
    { ...before, bullet, score: Math.max(...items.map((point) => point.score)), level: 0 },
    ...items.map((point): KeyPoint => ({ ...point, level: 1 })),
  ];
}
