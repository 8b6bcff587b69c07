/**
 * @module index-text
 * What of a message, beyond its own new words, is worth searching: the message a bare or
 * nearly bare forward carries ("Bob, see below." over a forwarded mail). Ordinary reply
 * history is left out, so a thread's text is not indexed once per reply. Pure; the chunker
 * decides where the text goes.
 */
import { addressesIn } from './notes-address.ts';

/** A message with fewer own words than this is a bare forward when it carries a forward. */
const FEW_OWN_WORDS = 12;
/** The most forwarded text kept for searching. */
const MAX_FORWARDED_CHARS = 4000;

const wordCount = (text: string) => (text.match(/\S+/g) ?? []).length;
const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A separator line that opens a forwarded or quoted message. */
const SEPARATOR = [
  /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*Forwarded (?:by|message)\b.*$/i,
  /^\s*Begin forwarded message:\s*$/i,
  /^\s*_{5,}\s*$/,
  // The second half of a separator wrapped at the line's end ("03:46 PM -----------").
  /^\s*\S.{0,40}\s-{5,}\s*$/,
];
/** A bare date and time line: the second line of a Notes stamp ("TIM DALE\n12/13/2000 03:32 PM"). */
const STAMP_DATE = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\s*$/i;
/**
 * A header line of a forwarded message: fields, a Lotus Notes "Name <addr> on 12/11/2000 04:00 PM",
 * or a Notes stamp with its fields run onto the same line ("Ann Lee@ACME 01/23/2001 04:33 PM \t To: Bo
 * Day/HOU/ACME@ACME  cc:   Subject: Bid").
 */
const HEADER_LINE = [
  /^\s*(?:From|To|Cc|Bcc|Sent|Date|Subject|Importance|Sensitivity|Priority|Sent by):/i,
  /^\s*\S.{0,120}\s(?:on\s+)?\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?\s*$/i,
  /^\s*\S.{0,120}\s\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?\s+To:\s/i,
];

/** True for a Notes stamp that runs its fields onto the name and date line ("Ann Lee@ACME 01/23/2001 04:33 PM \t To: …  cc:  Subject: Bid"). */
export function isNotesFieldsStamp(line: string): boolean {
  return HEADER_LINE[2]!.test(line);
}

/** True for a header line of a quoted or forwarded message ("Subject: …", "Ann Lee/ACME@ACME on 05/02/2001 04:29 PM"). */
export function isHeaderLine(line: string): boolean {
  return HEADER_LINE.some((pattern) => pattern.test(line));
}

/**
 * True when the quote opens with a forward's header (an "Original Message" or "Forwarded by"
 * line, an Outlook "From:/Sent:" block or a Notes stamp), not with "> " lines or "On … wrote:".
 */
export function opensWithHeader(quoted: string): boolean {
  const lines = quoted.split('\n').filter((line) => line.trim() !== '');
  const first = lines[0] ?? '';
  if (SEPARATOR.some((pattern) => pattern.test(first))) return true;
  return HEADER_LINE.some((pattern) => pattern.test(first)) && HEADER_LINE[0]!.test(lines[1] ?? '');
}

/** The forwarded message's own text: its leading separator and header lines dropped. */
export function forwardedBody(quoted: string): string {
  const lines = quoted.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  let header = false;
  while (start < lines.length) {
    const line = lines[start] ?? '';
    if (line.trim() === '') {
      start++;
      continue;
    }
    if (SEPARATOR.some((pattern) => pattern.test(line))) {
      start++;
      continue;
    }
    if (HEADER_LINE.some((pattern) => pattern.test(line)) || STAMP_DATE.test(line)) {
      header = true;
      start++;
      continue;
    }
    // A Notes stamp's name line, just before its date line.
    if (line.trim().length <= 40 && STAMP_DATE.test(lines[start + 1] ?? '')) {
      start++;
      continue;
    }
    // An address list the mail program wrapped without indenting it, in Notes form or as addresses ("Kim Lee/HOU/ACME@ACME, Bo Day").
    if (header && addressesIn(line).length > 0 && !/[.!?]\s*$/.test(line.trim())) {
      start++;
      continue;
    }
    // A field wrapped onto the next line ("To: Ann Lee,\n     Bob Day") still belongs to the header.
    if (header && /^\s+\S/.test(line) && !/^\s*$/.test(lines[start - 1] ?? '')) {
      start++;
      continue;
    }
    break;
  }
  return lines.slice(start).join('\n').trim();
}

/** A message's opening as openings are compared: its first 60 characters, spaces folded, in lower case. */
export function messageOpening(text: string): string {
  return flat(text).slice(0, 60);
}

/** The openings of the messages of a mailbox, to tell a forward of one of them (history) from news. */
export function messageOpenings(texts: readonly string[]): Set<string> {
  return new Set(texts.map(messageOpening).filter((opening) => opening.length >= 20));
}

/**
 * The forwarded text to search with a message, or undefined: only when the message says few
 * words itself, its quote opens with a forward's header, and what it forwards is not already
 * the text of another message in the same mailbox (quoted history of a thread).
 */
export function forwardToIndex(
  message: { readonly text: string; readonly quoted?: string },
  openings: ReadonlySet<string>,
): string | undefined {
  if (!message.quoted || wordCount(message.text) >= FEW_OWN_WORDS) return undefined;
  if (!opensWithHeader(message.quoted)) return undefined;
  const body = forwardedBody(message.quoted);
  if (wordCount(body) < 3) return undefined;
  if (openings.has(flat(body).slice(0, 60))) return undefined;
  return message.quoted.slice(0, MAX_FORWARDED_CHARS).trim();
}
