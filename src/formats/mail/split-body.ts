/**
 * @module split-body
 * Splits a plain-text mail body into the new text, the quoted earlier messages and the
 * signature. Pure and line-based: quoted replies are `>` lines (with the words wrapping left
 * unmarked between them) and blocks that start with an
 * "-----Original Message-----", "On ... wrote:", forwarded-message or Lotus Notes header; signatures start
 * at a "-- " line, a short sign-off block ("Thanks,", "Regards," ...) or a closing contact block
 * (name, title, address, phone: `contact-block.ts`) at the end.
 */

import { contactBlockStart } from './contact-block.ts';
import { nameOverStamp, opensNotesStamp } from './notes-address.ts';

export type SplitBody = {
  readonly text: string;
  readonly quoted?: string;
  readonly signature?: string;
};

const QUOTE_HEADER = [
  /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*Forwarded by\b.*$/i,
  /^\s*-{2,}\s*(?:Forwarded|Reply) message\s*-{2,}\s*$/i,
  /^\s*Begin forwarded message:\s*$/i,
  /^\s*_{5,}\s*$/,
];
const NOTES_STAMP =
  /^\s*(?:\S.{0,80}\s)?\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?\s*$/i;
/** A Lotus Notes header on one line: the writer, the date and time, then "To:". */
const NOTES_ONE_LINE =
  /^\s*\S[^\n]{0,80}?\s\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+To:\s*\S/i;
const WROTE_LINE = /^\s*On\b.{0,200}\bwrote:\s*$/i;
/** The words that close a message before the writer's name. */
const SIGN_OFF_WORDS =
  '(?:thanks(?: again| so much)?|thank you|many thanks|regards|best regards|kind regards|warm regards|best wishes|best|cheers|sincerely|yours(?: truly| sincerely)?|respectfully|all the best)';
const SIGN_OFF = new RegExp(`^\\s*${SIGN_OFF_WORDS}\\s*[,.!]?\\s*$`, 'i');
const SIGN_OFF_THEN = new RegExp(`^\\s*${SIGN_OFF_WORDS}\\s*[,.!-]?\\s+(\\S.*)$`, 'i');
/** A name of one to three capitalised words ("Ann", "Paul D", "Mary-Ann O'Hara"). */
const SHORT_NAME = /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}\s*$/u;
/** A sign-off with the writer's name on the same line: "Cheers, Ann L", "Thanks - Bo". */
const signOffNamed = (line: string) => SHORT_NAME.test(SIGN_OFF_THEN.exec(line)?.[1] ?? '');
const MAX_SIGN_OFF_LINES = 6;
/** A line naming an attached file, as mail programs list them under the text (" - Special Deed.DOC"). */
const ATTACHMENT_LINE = /^\s*-\s+\S.{0,120}\.[A-Za-z0-9]{2,5}\s*$/;

/**
 * A Lotus Notes header laid out in two columns: the writer's address and the date on the left,
 * "To:", "cc:" and "Subject:" on the right ("   ann.lee@example.c      To:   Bo Day/…" … "   11/26/2001 03:07 PM      Subject: …").
 */
function notesColumns(lines: readonly string[], index: number): boolean {
  if (!/\S\s{3,}To:\s*\S/.test(lines[index] ?? '')) return false;
  return lines
    .slice(index, index + 4)
    .some((line) => /\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}.*\s{3,}Subject:/i.test(line));
}

/** True for a line that begins a block of quoted earlier mail (everything below it is quoted). */
function isQuoteHeader(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  if (QUOTE_HEADER.some((pattern) => pattern.test(line))) return true;
  const next = lines[index + 1] ?? '';
  // "On ... wrote:" (maybe wrapped over two lines) starts a quote that runs to the end only when
  // no "> " lines follow it; otherwise the > lines are the quote and text after them is new.
  const wrote = WROTE_LINE.test(line)
    ? index
    : /^\s*On\s/i.test(line) && line.length < 200 && /\bwrote:\s*$/i.test(next)
      ? index + 1
      : -1;
  if (wrote >= 0) {
    const following = lines.slice(wrote + 1).find((item) => item.trim() !== '');
    return following === undefined || !/^\s*>/.test(following);
  }
  // A Notes writer line over its date stamp ("Ann Lee@ACME" over "09/25/2000 10:29 AM"), below the writer's own words.
  if (opensNotesStamp(lines, index)) return true;
  // A Notes header whose writer and date lines the export lost: "Sent by: Ann Lee" over "To: …".
  if (/^\s*Sent by:\s*\S/i.test(line) && /^\s*To:\s*\S/i.test(next)) return true;
  // An Outlook header block without the "Original Message" line: "From: ..." then "Sent:" or "Date:",
  // on the next line or run into the same one.
  if (/^\s*From:\s*\S/i.test(line) && /^\s*(Sent|Date):\s*\S/i.test(next) && index > 0) return true;
  if (/^\s*From:\s.+\s(?:Sent|Date):\s/i.test(line) && index > 0) return true;
  // A Lotus Notes header: "From: Ann Lee (on) 12/12/2000 11:56 AM", or "Ann Lee 11/26/2001 08:35 PM"
  // (the name may stand on the line above) with "To:" right below.
  if (/^\s*From:\s+\S.*\s(?:on\s+)?\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}\b/i.test(line)) return true;
  if (notesColumns(lines, index)) return true;
  // The same header run into one line: "Ann Lee/ACME@ACME 05/02/2001 05:29 PM  To: Bo Day/ACME@ACME, … Subject:".
  if (NOTES_ONE_LINE.test(line)) return true;
  if (
    NOTES_STAMP.test(line) &&
    [next, lines[index + 2] ?? ''].some((below) => /^\s*(?:To|Sent by):\s*\S/i.test(below))
  )
    return true;
  return false;
}

const QUOTED_LINE = /^\s*>/;
/** Past this many characters, mail programs wrap a line (most at 72 to 78). */
const WRAP_WIDTH = 72;

/**
 * A few words a mail program's wrapping cut from the end of the quoted line above and left
 * unmarked between two quoted lines ("> … added at the cement" / "plant)" / "> with stained …"):
 * the line above ran near the wrap width, and its sentence runs on (it does not close it, or the
 * quoted line below goes on in lower case). An answer written between quoted lines ("> Budget?"
 * / "Approved.") is not one: the line above is short or closes its sentence.
 */
function wrappedQuoteTail(lines: readonly string[], index: number): boolean {
  const above = lines[index - 1] ?? '';
  const below = lines[index + 1];
  const tail = (lines[index] ?? '').trim();
  if (!QUOTED_LINE.test(above) || below === undefined || !QUOTED_LINE.test(below)) return false;
  if (tail === '' || tail.length > 30 || tail.split(/\s+/).length > 4) return false;
  if (above.trimEnd().length + 1 + tail.length <= WRAP_WIDTH) return false;
  return !/[.!?:]["')\]]?\s*$/.test(above) || /^\s*>[\s>]*\p{Ll}/u.test(below);
}

/** The line that introduces an AOL-style quote: "In a message dated 3/2/01 9:15:00 AM, ann@example.com writes:". */
const WRITES_LINE = /\bwrites:\s*$/i;
const ANGLE_OPEN = /^\s*<</;
const ANGLE_CLOSE = />>\s*$/;

/**
 * The lines of quotes written the AOL way: a "… writes:" paragraph (one or two lines) over a
 * block that opens with "<<" and closes with ">>". The block runs to the body's end when no line
 * closes it. A "<< File: plan.xls >>" attachment mark has no "writes:" line above it and stays.
 */
function angleQuoteLines(lines: readonly string[]): Set<number> {
  const quoted = new Set<number>();
  for (let index = 0; index < lines.length; index++) {
    if (!ANGLE_OPEN.test(lines[index] ?? '') || quoted.has(index)) continue;
    let writes = index - 1;
    while (writes >= 0 && (lines[writes] ?? '').trim() === '') writes--;
    if (writes < 0 || !WRITES_LINE.test(lines[writes] ?? '')) continue;
    // A header wrapped over two lines starts one line higher, when that line opens its paragraph
    // and does not close a sentence (then it is the writer's own line).
    const above = (lines[writes - 1] ?? '').trim();
    const wrapped = above !== '' && !/[.!?]$/.test(above) && (lines[writes - 2] ?? '').trim() === '';
    const start = wrapped ? writes - 1 : writes;
    let end = index;
    while (end < lines.length - 1 && !ANGLE_CLOSE.test(lines[end] ?? '')) end++;
    for (let line = start; line <= end; line++) quoted.add(line);
    index = end;
  }
  return quoted;
}

/**
 * A message's own text without the quotes written the AOL way (`angleQuoteLines`), for a reader
 * that must not take them for the writer's words (a thread summary). The index keeps them in the
 * text as read.
 */
export function withoutAngleQuotes(text: string): string {
  const lines = text.split('\n');
  const quoted = angleQuoteLines(lines);
  if (quoted.size === 0) return text;
  return trimBlankLines(lines.filter((_, index) => !quoted.has(index)));
}

function trimBlankLines(lines: readonly string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start++;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
  return (
    lines
      .slice(start, end)
      // trimEnd strips exactly what /\s+$/ matches, without the regex's quadratic time on long runs of spaces.
      .map((line) => line.trimEnd())
      .join('\n')
  );
}

/**
 * The line the quoted history's header starts at (`lines.length` when there is none): the
 * header itself, or the writer's name above a Notes stamp, or the left column of a two-column
 * Notes header. Lines marked with ">" are not headers; a caller that wants them cut too finds them itself.
 */
export function quoteHeaderStart(lines: readonly string[]): number {
  for (let index = 0; index < lines.length; index++) {
    if (!isQuoteHeader(lines, index)) continue;
    let start = index;
    // A Notes stamp with only the date has the writer's name on the line above (a writer line
    // with its address, "Ann Lee@ACME", opens the quote itself).
    if (nameOverStamp(lines, index - 1) !== undefined) start = index - 1;
    // The left column of a two-column Notes header starts a line or two above its "To:".
    if (notesColumns(lines, index))
      while (start > 0 && index - start < 2 && /^\s{4,}\S{1,40}\s*$/.test(lines[start - 1] ?? '')) start--;
    return start;
  }
  return lines.length;
}

/**
 * A body as a reader shows it: control characters that a quoted-printable or base64 body decoded
 * to ("=01", "=1D", left over from mangled punctuation) are dropped, and a form feed or vertical
 * tab breaks the line. Tabs and line breaks stay.
 */
function withoutControlCharacters(body: string): string {
  return body.replace(/[\f\v]/g, '\n').replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '');
}

/** Splits a body into new text, quoted text and signature. */
export function splitBody(body: string): SplitBody {
  const lines = withoutControlCharacters(body.replace(/\r\n?/g, '\n')).split('\n');
  const quoteStart = quoteHeaderStart(lines);
  const own: string[] = [];
  const quoted: string[] = [];
  for (let index = 0; index < quoteStart; index++) {
    const line = lines[index] ?? '';
    if (wrappedQuoteTail(lines, index)) {
      quoted.push(line);
    } else if (QUOTED_LINE.test(line)) {
      // The "... wrote:" line just above a quoted block belongs to the quote.
      if (!/^\s*>/.test(lines[index - 1] ?? '')) {
        let back = own.length - 1;
        while (back >= 0 && (own[back] ?? '').trim() === '') back--;
        if (back >= 0 && /\bwrote:\s*$/i.test(own[back] ?? '')) {
          if (!/^\s*On\s/i.test(own[back] ?? '') && back > 0 && /^\s*On\s/i.test(own[back - 1] ?? '')) back--;
          quoted.push(...own.splice(back).filter((item) => item.trim() !== ''));
        }
      }
      quoted.push(line);
    } else {
      own.push(line);
    }
  }
  quoted.push(...lines.slice(quoteStart));

  const { text, signature } = splitSignature(own);
  const quotedText = trimBlankLines(quoted).trimStart();
  return {
    text,
    ...(quotedText ? { quoted: quotedText } : {}),
    ...(signature ? { signature } : {}),
  };
}

function splitSignature(lines: readonly string[]): { text: string; signature?: string } {
  const dashes = lines.findIndex((line) => line === '-- ' || line === '--');
  if (dashes >= 0) {
    const signature = trimBlankLines(lines.slice(dashes + 1));
    return { text: trimBlankLines(lines.slice(0, dashes)), ...(signature ? { signature } : {}) };
  }
  let end = lines.length;
  // Blank lines and the names of attached files (" - Deed.DOC") close many messages below the signature.
  while (end > 0 && ((lines[end - 1] ?? '').trim() === '' || ATTACHMENT_LINE.test(lines[end - 1] ?? '')))
    end--;
  for (let index = end - 1; index >= Math.max(1, end - MAX_SIGN_OFF_LINES); index--) {
    const line = lines[index] ?? '';
    if (line.trim() === '') break;
    if (SIGN_OFF.test(line) || (index === end - 1 && signOffNamed(line))) {
      const rest = lines.slice(index + 1, end);
      if (rest.every((item) => item.trim().length <= 60)) {
        const text = trimBlankLines(lines.slice(0, index));
        if (text) return { text, signature: trimBlankLines(lines.slice(index, end)) };
      }
      break;
    }
  }
  // No sign-off: a closing block of name, title, address and phone is still a signature.
  const contact = contactBlockStart(lines.slice(0, end));
  if (contact > 0) {
    const text = trimBlankLines(lines.slice(0, contact));
    if (text) return { text, signature: trimBlankLines(lines.slice(contact)) };
  }
  return { text: trimBlankLines(lines) };
}
