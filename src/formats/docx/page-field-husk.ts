/**
 * @module page-field-husk
 * The words Word shows around a page-number field ("Page 2 of 5", "- 2 -", "Seite 2 von 5")
 * are left as a husk ("Page  of", "-  -", "Seite  von") when the fields have no cached value,
 * as in files written by a program that does not lay out pages. Given a paragraph's text and
 * where its empty page fields stood, `pageFieldHusk` finds the spans to cut: the marks and
 * page words just before each field and the marks, connectors and page words just after it.
 * Text that is not husk (a company name, "Confidential") is kept, with its own punctuation.
 */

/** Instructions of the fields that show a page number or a page count. */
export const PAGE_FIELD = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)(?![A-Z])/i;

/** Words naming a page, in the languages Word ships page-number footers in. */
const PAGE_WORDS = new Set([
  'page',
  'pages',
  'pg',
  'p',
  'pp',
  'seite',
  'seiten',
  'página',
  'pagina',
  'pág',
  'pag',
  'sida',
  'side',
  'sivu',
  'strona',
  'str',
  'strana',
  'stránka',
  'oldal',
  'sayfa',
  'страница',
  'стр',
  'сторінка',
]);

/** Words joining a page number to the page count ("of", "von", "sur", "z"). */
const CONNECTORS = new Set(['of', 'von', 'sur', 'de', 'di', 'van', 'z', 'ze', 'av', 'af', 'из', 'з']);

/** Characters around a page number that carry no words: spaces, dashes, slashes, brackets. */
const MARK = /[\s\-–—/|.:,()[\]·•#№]/u;
const SPACE = /\s/u;
const LETTER = /\p{L}/u;

function markBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && MARK.test(text[i - 1] ?? '')) i--;
  return i;
}

function markAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && MARK.test(text[i] ?? '')) i++;
  return i;
}

function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && LETTER.test(text[i - 1] ?? '')) i--;
  return text.slice(i, at);
}

function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && LETTER.test(text[i] ?? '')) i++;
  return text.slice(at, i);
}

/** A chapter's mark joined to the page number after it ("III-15", "A-3", "4.12"): part of the number. */
const CHAPTER_PREFIX = /(?:^|(?<=\s))(?:[IVXLC]{1,6}|[A-Z]|\d{1,3})[-–.]$/u;

/** Start of the husk before a field at `at`: marks and page words ("Page ", "- "), and a chapter's mark. */
function huskStart(text: string, at: number): number {
  const chapter = CHAPTER_PREFIX.exec(text.slice(0, at));
  if (chapter) at = chapter.index;
  let start = markBefore(text, at);
  for (;;) {
    const word = wordBefore(text, start);
    if (!word || !PAGE_WORDS.has(word.toLocaleLowerCase())) break;
    start = markBefore(text, start - word.length);
  }
  // Punctuation that closes the text before ("Acme Ltd.") is that text's own.
  while (start > 0 && start < at && !SPACE.test(text[start] ?? '')) start++;
  return start;
}

/** End of the husk after a field at `at`: marks, connectors and page words (" of ", " -"). */
function huskEnd(text: string, at: number): number {
  let end = markAfter(text, at);
  for (;;) {
    const word = wordAfter(text, end).toLocaleLowerCase();
    if (!word || !(CONNECTORS.has(word) || PAGE_WORDS.has(word))) break;
    end = markAfter(text, end + word.length);
  }
  // Punctuation that opens the text after ("(draft)") is that text's own.
  while (end < text.length && end > at && !SPACE.test(text[end - 1] ?? '')) end--;
  return end;
}

/**
 * The spans [start, end) of `text` that are husk around empty page fields at `positions`
 * (offsets into `text`), merged and in order.
 */
export function pageFieldHusk(text: string, positions: readonly number[]): [number, number][] {
  const spans = [...positions]
    .sort((a, b) => a - b)
    .map((at): [number, number] => [huskStart(text, at), huskEnd(text, at)]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > start) merged.push([start, end]);
  }
  return merged;
}
