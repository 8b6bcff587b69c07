/**
 * @module quoted-history
 * The earlier messages a reply or forward carries below its own words, split at their headers
 * ("-----Original Message-----", "From:/Sent:" blocks, Notes stamps, "Forwarded by" lines),
 * each with its author and its own text. A mailbox often holds the last reply alone (a deleted
 * or inbox folder): then the quoted messages are the only place the thread's facts are written.
 */
import { forwardedBody, opensWithHeader } from '../../formats/mail/index-text.ts';

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

/** "Lee, Ann" → "Ann Lee". */
function personName(name: string): string {
  const [last, first] = name.split(',').map((part) => part.trim());
  return first && last ? `${first} ${last}` : name.trim();
}

/** Who wrote a quoted message, from its header ("\"Ann Lee\" <…> on 02/08/2001", "From: Lee, Ann", a Notes stamp). */
export function quotedAuthor(header: string): string | undefined {
  const match =
    /^\s*>?\s*"?([^"<>\n@]{3,40}?)"?\s*<[^>\n]+>\s+on\s/m.exec(header) ??
    /^\s*>?\s*From:\s*"?([^"<>\n@]{3,40}?)"?\s*(?:<|\[|$)/im.exec(header) ??
    // A Notes address: "From: Ann Lee/HOU/ECT@ECT on 05/02/2001", "Ann Lee/ACME@acmeXgate 05/02/2001 05:29 PM",
    // "From:  Ann Lee @ ECT    05/02/2001 05:29 PM".
    /^\s*>?\s*(?:From:\s*)?(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){1,3})(?:\/[\w/ -]*@|\s+@\s+)[\w.-]+/mu.exec(
      header,
    ) ??
    // A Notes stamp with an address, the date on the next line ("Ann Lee <alee@example.com>\n08/09/2001 02:35 PM").
    /^\s*"?(\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]*){1,3})"?\s*<[^>\n]+>\s*\n\s*\d{1,2}\/\d{1,2}\/\d{2,4}/mu.exec(
      header,
    ) ??
    // A Notes stamp: the name on its own line above the date ("Ann Lee\n06/01/2001 06:10 PM", "Ann Lee@ACME\n06/01/2001…").
    /^\s*(\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]*){1,3})(?:\/[\w/ -]*)?(?:@[\w.-]+)?\s*\n\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d/mu.exec(
      header,
    );
  const name = match?.[1]?.replace(/\/.*$/, '').trim();
  return name ? personName(name) : undefined;
}

/** A Notes writer line: "Ann Lee@ACME", "Ann B Lee/HOU/ACME@ACME". */
const NOTES_WRITER = /^\s*\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){1,3}(?:\/[\w -]+)*@[\w.-]+\s*$/u;
/** A Notes date stamp opening a quote: "09/25/2000 10:29 AM". */
const DATE_STAMP = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}/;

/**
 * A Notes header whose writer line ("Ann Lee@ACME") stayed at the foot of the message's own text,
 * its date stamp opening the quote: the writer line moves into the quote, so the quoted message
 * has its author and the writer's name is not read as the message's own words.
 */
export function withNotesWriterQuoted<M extends { readonly text: string; readonly quoted?: string }>(
  message: M,
): M {
  if (!message.quoted || !DATE_STAMP.test(message.quoted.split('\n')[0] ?? '')) return message;
  const lines = message.text.trimEnd().split('\n');
  const writer = lines.at(-1) ?? '';
  if (lines.length < 2 || !NOTES_WRITER.test(writer)) return message;
  return {
    ...message,
    text: lines.slice(0, -1).join('\n').trimEnd(),
    quoted: `${writer.trim()}\n${message.quoted}`,
  };
}

/** The quoted messages of a reply or forward, oldest last as they are written. Empty when the quote has no header (plain "> " lines). */
export function quotedMessages(quoted: string | undefined): QuotedMessage[] {
  if (!quoted?.trim()) return [];
  const lines = quoted.replace(/\r\n?/g, '\n').split('\n');
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // A Notes stamp with the writer's address on its own line ("Ann Lee@ACME" over "09/25/2000 10:29 AM").
    const notesStamp = NOTES_WRITER.test(line) && DATE_STAMP.test(lines[i + 1] ?? '');
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
