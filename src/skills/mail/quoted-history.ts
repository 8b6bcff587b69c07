/**
 * @module quoted-history
 * The earlier messages a reply or forward carries below its own words, split at their headers
 * ("-----Original Message-----", "From:/Sent:" blocks, Notes stamps, "Forwarded by" lines),
 * each with its author and its own text. A mailbox often holds the last reply alone (a deleted
 * or inbox folder): then the quoted messages are the only place the thread's facts are written.
 */
import { forwardedBody, opensWithHeader } from '../../formats/mail/index-text.ts';
import {
  leadingNotesAddress,
  nameOverStamp,
  opensNotesStamp,
  readNotesAddress,
} from '../../formats/mail/notes-address.ts';
import { personName } from '../../formats/mail/person-name.ts';

export type QuotedMessage = {
  /** Who wrote it, as a person's name ("Ann Lee" from "Lee, Ann"), when its header says. */
  readonly author?: string;
  /** The writer's address, when the header gives one ("From: ann.lee@example.com [mailto:…]"). */
  readonly address?: string;
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
    const name = rule(lines, header)?.replace(/\/.*$/, '').trim();
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

/** The quoted messages of a reply or forward, oldest last as they are written. Empty when the quote has no header (plain "> " lines). */
export function quotedMessages(quoted: string | undefined): QuotedMessage[] {
  if (!quoted?.trim()) return [];
  const lines = quoted.replace(/\r\n?/g, '\n').split('\n').map(unquoted);
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // A Notes stamp with the writer's address on its own line ("Ann Lee@ACME" over "09/25/2000 10:29 AM").
    const notesStamp = opensNotesStamp(lines, i);
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
      const address = /^\s*>?\s*From:[^\n]*?([\w.'+-]+@[\w-]+(?:\.[\w-]+)+)/im
        .exec(header)?.[1]
        ?.toLowerCase();
      return { ...(author ? { author } : {}), ...(address ? { address } : {}), text: forwardedBody(part) };
    })
    .filter((message) => message.text.trim().length > 0);
}

/**
 * True when the newest message a reply quotes was written by the given person (by address, or
 * by a first name they go by): they answered before this message, though their answer is not
 * in the mailbox.
 */
export function quotesReplyFrom(
  quoted: string | undefined,
  addresses: ReadonlySet<string>,
  firstNames: ReadonlySet<string>,
): boolean {
  const newest = quotedMessages(quoted)[0];
  if (!newest) return false;
  if (newest.address && addresses.has(newest.address)) return true;
  const first = (newest.author?.split(/\s+/)[0] ?? newest.address?.split(/[.@_]/)[0] ?? '').toLowerCase();
  return first.length > 1 && firstNames.has(first);
}
