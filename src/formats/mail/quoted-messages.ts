/**
 * @module quoted-messages
 * The earlier messages a reply or forward carries below its own words, split at their headers
 * ("-----Original Message-----", "From:/Sent:" blocks, Notes stamps, "Forwarded by" lines),
 * each with its author, when it was written as the header says, and its own text. A mailbox
 * often holds the last reply alone (a deleted or inbox folder): then the quoted messages are
 * the only place the thread's facts are written. Pure; the index and the mail skills read it.
 */
import { forwardedBody, isHeaderLine, isNotesFieldsStamp, opensWithHeader } from './index-text.ts';
import { leadingNotesAddress, nameOverStamp, opensNotesStamp, readNotesAddress } from './notes-address.ts';
import { personName } from './person-name.ts';

export type QuotedMessage = {
  /** Who wrote it, as a person's name ("Ann Lee" from "Lee, Ann"), when its header says. */
  readonly author?: string;
  /** The writer's address, when the header gives one ("From: ann.lee@example.com [mailto:…]"). */
  readonly address?: string;
  /** When it was written, as its header says ("Wednesday, March 14, 2001 8:54 AM", "05/02/2001 04:29 PM"). */
  readonly sent?: string;
  /** Its own words: header lines dropped. */
  readonly text: string;
};

/** Lines that may open a quoted message; each is checked with the header test of the formats layer. */
const MAY_OPEN = /^\s*(?:-{2,}|_{5,}|from:|begin forwarded|\S.{0,120}\d{1,2}\/\d{1,2}\/\d{2,4})/i;

/** The ways a header names its writer, tried in order on the header's lines; each gives the name as written. */
const AUTHOR_RULES: readonly ((lines: readonly string[], header: string) => string | undefined)[] = [
  // "\"Ann Lee\" <ann@example.com> on 02/08/2001"
  (_, header) => /^\s*>?\s*"?([^"<>\n@]{3,40}?)"?\s*<[^>\n]+>\s+on\s/m.exec(header)?.[1],
  // "From: Lee, Ann [mailto:…]", "From: Ann Lee"
  (_, header) => /^\s*>?\s*From:\s*"?([^"<>\n@]{3,40}?)"?\s*(?:<|\[|$)/im.exec(header)?.[1],
  // A Notes address opening a line: "From: Ann Lee/HOU/ACME@ACME on 05/02/2001", "From:  Ann Lee @ ACME   05/02/2001".
  (lines) => lines.map(leadingNotesAddress).find(Boolean)?.name,
  // A Notes forward's column header: the name, a wide gap, then the date ("From:  Ann B Lee      04/01/2000 07:11 AM").
  (_, header) =>
    /^\s*>?\s*From:\s*(\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,3})\s{2,}\d{1,2}\/\d{1,2}\/\d{2,4}\s/mu.exec(
      header,
    )?.[1],
  // A Notes forward's column header after the sender's company: "Acme Corp.  From:  Ann Lee @ ACME   04/01/2000 07:11 AM".
  (_, header) =>
    /\bFrom:\s+(\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,3})\s+@\s*\S+\s{2,}\d{1,2}\/\d{1,2}\/\d{2,4}\s/mu.exec(
      header,
    )?.[1],
  // A Notes stamp with its fields on the name's line and no address: "Ann Lee 05/24/2001 09:05 AM \t To: Bo Day/HOU/ACME@ACME".
  (_, header) =>
    /^[ \t]*(\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,3})[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?[ \t]+To:\s/mu.exec(
      header,
    )?.[1],
  // A stamp with an address, the date below: "Ann Lee <alee@example.com>\n08/09/2001 02:35 PM".
  (_, header) =>
    /^\s*"?(\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]*){1,3})"?\s*<[^>\n]+>\s*\n\s*\d{1,2}\/\d{1,2}\/\d{2,4}/mu.exec(
      header,
    )?.[1],
  // A Notes stamp: the name, or a writer line, above the date ("Ann Lee\n06/01/2001 06:10 PM", "Ann Lee@ACME\n06/01/2001…").
  (lines) => {
    const at = lines.findIndex((_, i) => nameOverStamp(lines, i) !== undefined || opensNotesStamp(lines, i));
    return readNotesAddress(lines[at] ?? '')?.name ?? nameOverStamp(lines, at);
  },
];

/** Who wrote a quoted message, from its header ("\"Ann Lee\" <…> on 02/08/2001", "From: Lee, Ann", a Notes stamp). */
export function quotedAuthor(header: string): string | undefined {
  const lines = header.split('\n');
  for (const rule of AUTHOR_RULES) {
    // "From: Ann Lee on 02/23/2001 09:11 AM": the name, not the date after it.
    const name = rule(lines, header)
      ?.replace(/\s+on\s+\d.*$/i, '')
      .replace(/\/.*$/, '')
      .trim();
    if (name) return personName(name);
  }
  return undefined;
}

/**
 * A line without the "> " marks a mail program puts before each line it quotes ("> > Sorry to
 * hear", ">      -----Original Message-----"), so that a reply quoted inside a reply is split at
 * its own header and its words read without the marks.
 */
const unquoted = (line: string) => line.replace(/^(?:[ \t]*>)+ ?/, '');

/** A stamp that opens with the writer's address alone: "ann.lee@example.com on 11/26/2001 05:29:09 PM". */
const ADDRESS_STAMP = /^\s*>?\s*<?([\w.'+-]+@[\w-]+(?:\.[\w-]+)+)>?\s+on\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s/m;

/**
 * True when the quote opens at `lines[index]` with a Notes stamp's plain name over its date and
 * the header's fields below ("Ann Lee" over "05/16/2001 12:16 PM" over "To: Bo Day/HOU/ACME@ACME"),
 * no separator line above it. Inside a quote such a stamp is left to the separators: a reply
 * quoted below it may be written with its fields alone, and would be read as that stamp's writer's.
 */
function opensNamedStamp(lines: readonly string[], index: number): boolean {
  if (lines.slice(0, index).some((line) => line.trim() !== '')) return false;
  if (nameOverStamp(lines, index) === undefined) return false;
  return lines
    .slice(index + 2, index + 6)
    .filter((line) => line.trim() !== '')
    .slice(0, 2)
    .some((line) => isHeaderLine(line));
}

/** The quoted messages of a reply or forward, oldest last as they are written. Empty when the quote has no header (plain "> " lines). */
export function quotedMessages(quoted: string | undefined): QuotedMessage[] {
  if (!quoted?.trim()) return [];
  const lines = quoted.replace(/\r\n?/g, '\n').split('\n').map(unquoted);
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // A Notes stamp with the writer's address on its own line ("Ann Lee@ACME" over "09/25/2000 10:29 AM"),
    // with its plain name there and the fields below the date, or with its fields on the name's line.
    const notesStamp = opensNotesStamp(lines, i) || opensNamedStamp(lines, i) || isNotesFieldsStamp(line);
    if (!notesStamp && !MAY_OPEN.test(line)) continue;
    // A header block counts once: its later lines do not open another message.
    if (starts.length > 0 && i - starts.at(-1)! < 3) continue;
    if (notesStamp || opensWithHeader(lines.slice(i, i + 12).join('\n'))) starts.push(i);
  }
  if (starts.length === 0) return [];
  return starts
    .map((start, k) => {
      const part = lines.slice(start, starts[k + 1] ?? lines.length).join('\n');
      const header = part.split('\n').slice(0, 8).join('\n');
      const author = quotedAuthor(header);
      const address = (/^\s*>?\s*From:[^\n]*?([\w.'+-]+@[\w-]+(?:\.[\w-]+)+)/im.exec(header) ??
        ADDRESS_STAMP.exec(header))?.[1]?.toLowerCase();
      const sent = headerDate(header);
      return {
        ...(author ? { author } : {}),
        ...(address ? { address } : {}),
        ...(sent ? { sent } : {}),
        text: forwardedBody(part),
      };
    })
    .filter((message) => message.text.trim().length > 0);
}

/** A header's "Sent:" or "Date:" field, or the date and time of a Notes stamp, as written. */
const HEADER_DATES: readonly RegExp[] = [
  /^\s*>?\s*(?:Sent|Date):\s*(\S.*?)\s*$/im,
  /\b(\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)/i,
];

/** When a quoted message was written, as its header says; undefined when the header gives no date. */
export function headerDate(header: string): string | undefined {
  // A "Forwarded by Ann Lee on …" line gives when it was passed on, not when it was written.
  const own = header
    .split('\n')
    .filter((line) => !/\bForwarded by\b/i.test(line))
    .join('\n');
  for (const pattern of HEADER_DATES) {
    const found = pattern.exec(own)?.[1]?.replace(/\s+/g, ' ').trim();
    if (found) return found;
  }
  return undefined;
}

/** "On Tue, 3 May 2001 at 10:02, Ann Lee <ann@example.com> wrote:": when and who, as written. */
const ON_WROTE = /^\s*On\s+(.{4,80}?),\s*"?([^"<>,\n]{2,60}?)"?\s*(?:<[^>\n]+>)?\s+wrote:\s*$/i;

/**
 * A quote with no header block but an "On …, Ann Lee wrote:" line over "> " lines: one quoted
 * message, its writer and date from that line; undefined for any other quote.
 */
export function onWroteMessage(quoted: string): QuotedMessage | undefined {
  const lines = quoted.replace(/\r\n?/g, '\n').split('\n');
  const at = lines.findIndex((line) => line.trim() !== '');
  const match = ON_WROTE.exec(lines[at] ?? '');
  if (!match) return undefined;
  const text = lines
    .slice(at + 1)
    .map((line) => line.replace(/^\s*(?:>\s?)+/, ''))
    .join('\n')
    .trim();
  if (!text) return undefined;
  const author = personName(match[2]!.trim());
  return { ...(author ? { author } : {}), sent: match[1]!.trim(), text };
}

/** The quote's messages: split at their headers, or the one message of an "On …, Ann wrote:" quote. */
export function quotedHistory(quoted: string): QuotedMessage[] {
  const split = quotedMessages(quoted);
  if (split.length > 0) return split;
  const one = onWroteMessage(quoted);
  return one ? [one] : [];
}
