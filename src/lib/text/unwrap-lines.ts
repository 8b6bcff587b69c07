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
 * Joins hard-wrapped lines. A line is wrapped when it is near the wrap `width` (mail), when the
 * next line's first word would not have fitted on it, when it stops mid-sentence (four words or
 * more) and the next line goes on in lower case, or when the next line is indented deeper than
 * the line that began the paragraph (a continuation typed under a numbered item).
 */
export function unwrapLines(lines: readonly string[], width = Number.POSITIVE_INFINITY): string[] {
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
