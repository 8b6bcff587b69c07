/**
 * @module unwrap-lines
 * Lines a writer or a mail program broke by hand inside one paragraph, joined back into the
 * sentences they are: mail wrapped at a fixed width, table cells typed with line breaks and an
 * indented continuation. List items, "Field: value" lines and lines laid out in columns stay on their own.
 */

const BULLET = /^\s*(?:[-*•·]|\d{1,2}[.)]|[a-z][.)])\s+/;
const FIELD_LINE = /^\s*[\p{L}][\p{L}\s/#&.-]{0,30}:\s+\S/u;
const SENTENCE_END = /[.!?:;)\]"'”]$/;
/** A line laid out in columns: cells parted by a tab or a run of spaces not after a full stop ("North   Ada Corvin  (555) 014 - 2290"). */
const COLUMNS = /[^\s.!?:;]\s{2,}\S|\S\t+\S/;

const indentOf = (line: string) => line.length - line.trimStart().length;
/**
 * A line that stops on a short lower-case word ("… will be held at", "… se réunira au"): an
 * article or a preposition, which no sentence ends on, so the next line goes on with it even
 * when it opens with a capital or a figure (the name or the number it introduces).
 */
const ENDS_ON_SHORT_WORD = /\s\p{Ll}{1,2}$/u;

/**
 * Joins hard-wrapped lines. A line is wrapped when it is near the wrap `width` (mail), when the
 * next line's first word would not have fitted on it, when it stops mid-sentence (four words or
 * more) and the next line goes on in lower case or the line stops on a short lower-case word
 * (see ENDS_ON_SHORT_WORD), or when the next line is indented deeper than the line that began
 * the paragraph (a continuation typed under a numbered item).
 */
export function unwrapLines(
  lines: readonly string[],
  width = Number.POSITIVE_INFINITY,
  /** Whether a line that stops on a short lower-case word goes on (documents broken by hand; not mail, wrapped by width). */
  shortWordGoesOn = false,
): string[] {
  const out: string[] = [];
  let current = '';
  let startIndent = 0;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (current === '') {
      current = line;
      startIndent = indentOf(raw);
    } else current = `${current}${/-$/.test(current) && /^\p{Ll}/u.test(line) ? '' : ' '}${line}`;
    const nextRaw = lines[i + 1] ?? '';
    const next = nextRaw.trim();
    const length = raw.trimEnd().length;
    const nextWord = next.split(/\s/)[0]?.length ?? 0;
    const midSentence = !SENTENCE_END.test(line);
    const wrapped =
      (length >= width * 0.72 ||
        (length >= width * 0.4 && length + 1 + nextWord > width * 0.95) ||
        (midSentence && /^\p{Ll}/u.test(next) && line.split(/\s+/).length >= 4) ||
        (shortWordGoesOn &&
          ENDS_ON_SHORT_WORD.test(line) &&
          /^[\p{Lu}\p{N}]/u.test(next) &&
          line.split(/\s+/).length >= 4) ||
        (midSentence && indentOf(nextRaw) > startIndent && line.split(/\s+/).length >= 4)) &&
      !/[:]$/.test(line) &&
      next !== '' &&
      !BULLET.test(next) &&
      !(FIELD_LINE.test(next) && FIELD_LINE.test(line)) &&
      !(COLUMNS.test(line) && COLUMNS.test(next));
    if (!wrapped) {
      out.push(current);
      current = '';
    }
  });
  if (current) out.push(current);
  return out;
}

const LOWER = /^\p{Ll}$/u;
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

/**
 * A word written one character a line, as a narrow cell or a vertical label holds it
 * ("H⏎e⏎a⏎d⏎e⏎r⏎3" → "Header3"), joined back. It takes three lines or more of one letter or digit
 * each, at least half of them lower-case letters (or all Chinese, Japanese or Korean characters), so a
 * list of single marks ("A⏎B⏎C", "1⏎2⏎3") stays as it is.
 */
export function joinStackedLetters(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length < 3 || !lines.every((line) => [...line].length === 1 && /[\p{L}\p{N}]/u.test(line)))
    return text;
  const lower = lines.filter((line) => LOWER.test(line)).length;
  return lower * 2 >= lines.length || lines.every((line) => CJK_CHAR.test(line)) ? lines.join('') : text;
}

/** A line that ends a sentence: ".", "!" or "?", maybe spaced off and maybe followed by a closing quote or bracket. */
export const ENDS_SENTENCE = /[.!?]\s?["'”’)]?$/;
/** A line that opens one: a capital or a figure, maybe after an opening quote or bracket. */
const OPENS_SENTENCE = /^["'“‘(]?[\p{Lu}\p{N}]/u;

/** The width a block of lines was wrapped at: the 90th percentile of its line lengths. */
function wrapWidth(lengths: readonly number[]): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * 0.9)] ?? 0;
}

/**
 * A long block of text wrapped by hand with no blank line between its paragraphs, cut back into
 * its paragraphs from how its lines end: a line that ends a sentence while the next line's first
 * word would still have fitted on it ends a paragraph, and so does a sentence end before a line
 * indented deeper than the block's lines usually are. In text with lower-case letters, a short
 * line before a capital (a heading typed into the block) stands alone too. A sentence end near
 * the wrap width is no break: the writer's program wrapped there. Blocks of fewer than eight
 * lines, or whose lines are not mostly near one width (verse, addresses, lists), are left whole.
 * Returns the lines of each paragraph.
 */
export function wrappedParagraphs(lines: readonly string[]): string[][] {
  const kept = lines.map((line) => line.trimEnd());
  const lengths = kept.map((line) => line.length);
  const width = wrapWidth(lengths);
  const nearWidth = lengths.filter((length) => length >= width * 0.8).length;
  if (kept.length < 8 || width < 40 || nearWidth * 2 < kept.length) return [kept];
  const indents = kept.map(indentOf).sort((a, b) => a - b);
  const usualIndent = indents[Math.floor(indents.length / 2)] ?? 0;
  const mixedCase = /\p{Ll}/u.test(kept.join(''));
  const paragraphs: string[][] = [[]];
  kept.forEach((raw, i) => {
    paragraphs.at(-1)?.push(raw);
    const nextRaw = kept[i + 1];
    if (nextRaw === undefined) return;
    const line = raw.trim();
    const next = nextRaw.trim();
    if (!OPENS_SENTENCE.test(next) || BULLET.test(next)) return;
    const nextWord = next.split(/\s/)[0]?.length ?? 0;
    const roomLeft = raw.length + 1 + nextWord < width;
    const indented = indentOf(nextRaw) > usualIndent;
    const heading =
      mixedCase && raw.length < width * 0.6 && line.split(/\s+/).length <= 10 && !/[,;:\-–—]$/.test(line);
    const previousEnded = i === 0 || ENDS_SENTENCE.test((kept[i - 1] ?? '').trim());
    if ((ENDS_SENTENCE.test(line) && (roomLeft || indented)) || (heading && previousEnded))
      paragraphs.push([]);
  });
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}
