/**
 * @module notes-address
 * Lotus Notes addresses, the way Notes mail and its exports write them. A Notes address names a
 * person inside one organisation's directory: the name (written out, or as a local part), the
 * route through the directory, then the domain — "Ann B Lee/HOU/ACME@ACME",
 * "ann.lee/corp/acme@acme.com" — or, on the writer line above a date stamp, the name and the
 * domain alone ("Ann Lee@ACME"), spaced out in some "From:" lines ("Ann Lee @ ACME"). One reader
 * for every part that meets them: the header lines of quoted mail, runs of addresses in a
 * passage, the mailbox owner's keys and the writer of a quoted message. Pure.
 */

export type NotesAddress = {
  /** The name as written: "Ann B Lee", "ann.lee". */
  readonly name: string;
  /** The directory route, outermost last: ["HOU", "ACME"]; empty on a writer line ("Ann Lee@ACME"). */
  readonly route: readonly string[];
  readonly domain: string;
};

/** A name written out: one to four capitalised words ("Ann", "Ann B Lee", "Mary-Ann O'Hara"). */
const WRITTEN_NAME = String.raw`\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){0,3}`;
/** A local part as Notes keeps it: words, dots and spaces ("Ann B Lee", "ann.lee"). */
const LOCAL = String.raw`[\p{L}\d][\p{L}\d.'_ -]*?`;
const ROUTE = String.raw`(?:\/[\p{L}\d&' _-]+)+`;
const DOMAIN = String.raw`[\w-]+(?:\.[\w-]+)*`;

/** The name of a writer line: a written name of two words or more. */
const WRITER_NAME = new RegExp(`^${WRITTEN_NAME}$`, 'u');
/** A whole address with its route. */
const ROUTED = new RegExp(`^(${LOCAL})[ \\t]*(${ROUTE})@(${DOMAIN})$`, 'u');
/** A written name and the domain alone, "@" maybe spaced ("Ann Lee@ACME", "Ann Lee @ ACME"). */
const NAME_AT = new RegExp(`^(${WRITTEN_NAME})([ \\t]*)@([ \\t]*)(${DOMAIN})$`, 'u');
/** A written name's address opening a line, before the date or "on" that follows it. */
const LEADING = new RegExp(
  `^(${WRITTEN_NAME})(?:(${ROUTE})@(${DOMAIN})|[ \\t]*@[ \\t]*(${DOMAIN}))(?=[\\s,;]|$)`,
  'u',
);
/**
 * Every address in a text: Notes addresses with their route (the name part may be cut off by a
 * wrapped line: "erter/NA/Acme@ACME"), and plain mail addresses.
 */
const ADDRESS_IN_TEXT =
  /(?:(?:[\p{L}][\p{L}.'-]*\s+){0,3}[\p{L}][\p{L}.'-]*)?\/[\w/&-]+@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

const routeOf = (route: string) =>
  route
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * The text as one Notes address, or undefined: "Ann B Lee/HOU/ACME@ACME", "ann.lee/corp/acme@acme.com",
 * "Ann Lee@ACME". A plain address ("ann.lee@acme.com") is no Notes address, nor is a single name
 * before "@" without a route ("ann@ACME").
 */
export function readNotesAddress(text: string): NotesAddress | undefined {
  const trimmed = text.trim();
  const routed = ROUTED.exec(trimmed);
  if (routed?.[1] && routed[2] && routed[3])
    return { name: routed[1].trim(), route: routeOf(routed[2]), domain: routed[3] };
  const named = NAME_AT.exec(trimmed);
  const spaced = Boolean(named?.[2] || named?.[3]);
  if (named?.[1] && named[4] && (/\s/.test(named[1]) || spaced))
    return { name: named[1].trim(), route: [], domain: named[4] };
  return undefined;
}

/**
 * The Notes address of a person that opens a line, read up to the date or "on" after it
 * ("Ann Lee/HOU/ACME@ACME on 05/02/2001…", "Ann Lee @ ACME   05/02/2001…"), with at least two
 * name words; a leading "From:" or quote mark is passed over.
 */
export function leadingNotesAddress(line: string): NotesAddress | undefined {
  const rest = line.replace(/^\s*>?\s*(?:From:\s*)?/i, '');
  const match = LEADING.exec(rest);
  const name = match?.[1]?.trim();
  if (!match || !name || !/\s/.test(name)) return undefined;
  if (match[2] && match[3]) return { name, route: routeOf(match[2]), domain: match[3] };
  // Unspaced "Ann Lee@ACME" only stands alone (a writer line); spaced "Ann Lee @ ACME" opens "From:" lines.
  const spaced = /\s@|@\s/.test(match[0]);
  if (match[4] && (spaced || rest.trim() === match[0].trim())) return { name, route: [], domain: match[4] };
  return undefined;
}

/** A line that is a Notes writer and nothing else: "Ann Lee@ACME", "Ann B Lee/HOU/ACME@ACME". */
export function isNotesWriterLine(line: string): boolean {
  const name = readNotesAddress(line)?.name ?? '';
  return /\s/.test(name) && WRITER_NAME.test(name);
}

/** The date and time that open a Notes stamp line: "09/25/2000 10:29 AM". */
export const STAMP_DATE = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}/;

/** A name on a line of its own, as a Notes stamp writes it above the date ("Ann Lee", "Ann"). */
const STAMP_NAME = /^\s*(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3})\s*$/u;

/** The name on `lines[index]` when that line holds only a name and the next opens with a stamp's date ("Ann Lee" over "06/01/2001 06:10 PM"). */
export function nameOverStamp(lines: readonly string[], index: number): string | undefined {
  if (!STAMP_DATE.test(lines[index + 1] ?? '')) return undefined;
  return STAMP_NAME.exec(lines[index] ?? '')?.[1];
}

/**
 * True when `lines[index]` opens a Notes stamp: a writer line with the date below it, a blank
 * line maybe between ("Ann Lee@ACME" over "09/25/2000 10:29 AM").
 */
export function opensNotesStamp(lines: readonly string[], index: number): boolean {
  if (!isNotesWriterLine(lines[index] ?? '')) return false;
  const next = lines[index + 1] ?? '';
  return STAMP_DATE.test(next) || (next.trim() === '' && STAMP_DATE.test(lines[index + 2] ?? ''));
}

/**
 * The person a name names, as a key: "Ann B Lee" or "ann.b.lee" → "notes:ann.lee" (words of one
 * letter, the middle initials, left out); undefined unless two words remain.
 */
export function personKey(name: string): string | undefined {
  const words = name
    .toLowerCase()
    .split(/[\s._]+/)
    .filter((word) => word.length > 1);
  return words.length >= 2 && words.every((word) => /^[\p{L}'-]+$/u.test(word))
    ? `notes:${words.join('.')}`
    : undefined;
}

/** Every address written in a text, Notes and plain, in order. */
export function addressesIn(text: string): string[] {
  return text.match(ADDRESS_IN_TEXT) ?? [];
}

/** The text with every address replaced by a space. */
export function withoutAddresses(text: string): string {
  return text.replace(ADDRESS_IN_TEXT, ' ');
}
