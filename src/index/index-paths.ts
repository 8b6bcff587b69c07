/**
 * @module index-paths
 * `indexPaths(index, paths, options)`: walks files and folders, reads each changed file
 * through the formats layer, chunks it and writes it in one transaction; skips files whose
 * content hash is unchanged, and removes files that disappeared. The store keeps the people
 * table up to date with each file.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile as readBytes, readdir, realpath, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, extname, join, resolve, sep } from 'node:path';
import type { Message, ParsedFile } from '../formats/model.ts';
import { toAppError } from '../lib/errors.ts';
import { failure, type Result, success } from '../lib/result.ts';
import { distinctWarnings } from '../lib/warnings.ts';
import { chunkFile, chunkUri } from './chunk-file.ts';
import { openIsolatedReader } from './isolated-reader.ts';
import type { SearchIndex } from './open-index.ts';
import { countMentions } from './people.ts';
import {
  chunkTerms,
  encodePostings,
  fileHeader,
  fileLengths,
  itemCount,
  quotedTerm,
  withIds,
} from './postings.ts';
import type { FileWrite, NewChunk, Store } from './store.ts';
import type {
  ChunkDraft,
  FileRecord,
  IndexError,
  IndexOptions,
  IndexSummary,
  IndexWarning,
  IsolatedReader,
} from './types.ts';

/** Extensions picked up when walking folders (files named explicitly are always tried). */
export const INDEXED_EXTENSIONS: ReadonlySet<string> = new Set([
  '.docx',
  '.docm',
  '.xlsx',
  '.xlsm',
  '.pptx',
  '.pptm',
  '.pdf',
  '.odt',
  '.ods',
  '.odp',
  '.doc',
  '.xls',
  '.ppt',
  '.csv',
  '.tsv',
  '.md',
  '.markdown',
  '.txt',
  '.html',
  '.htm',
  '.eml',
  '.mbox',
  '.msg',
  '.ics',
  '.vcs',
  '.vcf',
  '.vtt',
  '.json',
  '.log',
]);

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.svn', '.hg', '__pycache__']);

export function defaultOwner(): string {
  try {
    return process.env.OFFICEMATE_USER ?? userInfo().username;
  } catch {
    return 'owner';
  }
}

type Source = { path: string; explicit: boolean; maildir: boolean };

type Fingerprint = { hash: string; size: number; mtimeMs: number };

/** A file's first stage: unchanged since it was indexed, or its reading under way. */
type SourceRead =
  | { readonly kind: 'unchanged' }
  | {
      readonly kind: 'read';
      readonly previous: boolean;
      /** Absent when the file could not be read; `parsed` then holds the failure. */
      readonly fingerprint?: Fingerprint;
      readonly now: Date;
      readonly parsed: Promise<Result<ChunkDraft[]>>;
    };

async function isMaildirFolder(path: string): Promise<boolean> {
  try {
    const entries = new Set(await readdir(path));
    return entries.has('cur') && entries.has('new');
  } catch {
    return false;
  }
}

async function walk(root: string, out: Source[], errors: IndexError[]): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(root);
  } catch {
    errors.push({ path: root, code: 'file_not_found', message: `${root} does not exist.` });
    return;
  }
  if (!info.isDirectory()) {
    out.push({ path: root, explicit: true, maildir: false });
    return;
  }
  // Folders by their real path: a link back up the tree is walked once, never in a loop.
  const seen = new Set<string>();
  const visit = async (folder: string): Promise<void> => {
    const real = await realpath(folder).catch(() => folder);
    if (seen.has(real)) return;
    seen.add(real);
    if (await isMaildirFolder(folder)) {
      out.push({ path: folder, explicit: false, maildir: true });
      return;
    }
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      // A symbolic link counts as what it points to (a folder of links to the files to index);
      // a broken one is left out.
      const target = entry.isSymbolicLink() ? await stat(full).catch(() => undefined) : entry;
      if (!target) continue;
      if (target.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await visit(full);
      } else if (target.isFile()) {
        const ext = extname(entry.name).toLowerCase();
        if (INDEXED_EXTENSIONS.has(ext) || (ext === '' && /mbox|inbox|sent/i.test(entry.name)))
          out.push({ path: full, explicit: false, maildir: false });
      }
    }
  };
  await visit(root);
}

async function maildirFingerprint(path: string): Promise<Fingerprint> {
  const hash = createHash('sha256');
  let size = 0;
  let mtimeMs = 0;
  for (const sub of ['cur', 'new']) {
    const names = (await readdir(join(path, sub)).catch(() => [] as string[])).sort();
    for (const name of names) {
      const info = await stat(join(path, sub, name));
      hash.update(`${sub}/${name}:${info.size}:${info.mtimeMs}\n`);
      size += info.size;
      mtimeMs = Math.max(mtimeMs, info.mtimeMs);
    }
  }
  return { hash: hash.digest('hex'), size, mtimeMs };
}

/** Mailboxes larger than this are streamed message by message instead of read whole. */
const streamBytes = () => Number(process.env.OFFICEMATE_STREAM_BYTES ?? 64 * 1024 * 1024);

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Streams a large mbox: memory holds parsed messages (attachments listed, not parsed), never the raw file. */
async function readLargeMbox(path: string, now: Date): Promise<Result<ParsedFile>> {
  try {
    const { streamMbox } = await import('../formats/mail/read-mbox.ts');
    const messages: Message[] = [];
    for await (const message of streamMbox(path, { now, parseAttachments: false })) messages.push(message);
    return success({ type: 'mailbox', format: 'mbox', messages });
  } catch (thrown) {
    return failure(toAppError(thrown));
  }
}

/** Chunks of a file read in this thread (mail folders and streamed mailboxes, which bound themselves). */
function chunked(parsed: Result<ParsedFile>, path: string, fileDate: string): Result<ChunkDraft[]> {
  return parsed.success ? success(chunkFile(parsed.data, path, { fileDate }), parsed.warnings) : parsed;
}

/** The text of a chunk's people field: names and addresses. */
export function peopleText(draft: ChunkDraft): string {
  return draft.people.map((ref) => [ref.name ?? '', ref.address ?? ''].join(' ')).join(' ');
}

/** Everything a store writes for one file: chunks with their lengths, posting rows, mentions. */
export function fileWrite(
  file: Omit<FileRecord, 'chunks' | 'items'>,
  drafts: readonly ChunkDraft[],
): FileWrite {
  const prepared = drafts.map((draft) => {
    const terms = chunkTerms({ title: draft.title, body: draft.text, people: peopleText(draft) });
    const chunk: NewChunk = {
      ...draft,
      uri: chunkUri(file.path, draft.locator),
      hash: createHash('sha256').update(draft.text).digest('hex'),
      titleLength: terms.titleLength,
      bodyLength: terms.bodyLength,
      peopleLength: terms.peopleLength,
    };
    return { chunk, terms };
  });
  // A message quoted under a reply (quoted-chunks.ts) is a passage, not another item of the file,
  // and counts in no ranking statistic: its postings are kept under their own terms.
  const positioned = prepared.map((item, position) => ({ id: position, terms: item.terms }));
  const own = positioned.filter((_, position) => drafts[position]!.locator.quote === undefined);
  const quoted = positioned.filter((_, position) => drafts[position]!.locator.quote !== undefined);
  const lengths = fileLengths(own.map((item) => item.terms));
  // A mailbox, calendar, address book or chat log is a set of documents, not one.
  const items = itemCount(own.map((item) => drafts[item.id]!.type));
  // Encoded now, with positions for ids, so the term maps need not wait for the write.
  // Quoted terms sort first (quotedTerm's mark), so the rows stay in the store's key order.
  const rows = [
    ...(quoted.length > 0 ? encodePostings(quoted, fileHeader(0, lengths, items > 1, true)) : []).map(
      (row) => ({
        term: quotedTerm(row.term),
        data: row.data,
      }),
    ),
    ...encodePostings(own, fileHeader(0, lengths, items > 1)),
  ];
  return {
    file: { ...file, chunks: drafts.length, items },
    chunks: prepared.map((item) => item.chunk),
    lengths,
    stats: {
      chunks: own.length,
      titleLength: own.reduce((sum, item) => sum + item.terms.titleLength, 0),
      bodyLength: own.reduce((sum, item) => sum + item.terms.bodyLength, 0),
      peopleLength: own.reduce((sum, item) => sum + item.terms.peopleLength, 0),
    },
    postings: (ids, fileId) => withIds(rows, ids, fileId),
    mentions: countMentions(drafts.flatMap((draft) => draft.people)),
  };
}

/** Writes the chunks of one file (replacing any earlier version) in one transaction. */
export async function writeChunks(
  store: Store,
  file: Omit<FileRecord, 'chunks' | 'items'>,
  drafts: readonly ChunkDraft[],
): Promise<number[]> {
  return store.writeFile(fileWrite(file, drafts));
}

/**
 * Files read in one run are written in batches of up to this many chunks, one transaction
 * each (a file larger than that goes alone). Each commit rewrites every page its posting rows
 * touch, and a file's rows touch pages across the whole term index; each batch merges the
 * people reachable from its mentions again. Both costs are per batch, so larger batches write
 * less; what a batch holds in memory (its chunks and encoded posting rows, a few MB per
 * thousand messages) bounds it. A crash still leaves each file whole, old or new.
 */
export const BATCH_CHUNKS = 5_000;

/**
 * What reading a file yields changes when a reader or the chunker changes (cell comments read,
 * a time zone read right, an event's conference line and replies, a card's e-mail kinds), and
 * its terms when the analyser changes (British spellings folded to American ones). The stored
 * fingerprint carries this number, so `index` reads every file
 * again after such a change instead of keeping chunks or terms an older version made. Raise it
 * with any change to a reader, to chunking or to analysis that alters a file's chunks or terms.
 * 10: a sheet's cells carry the text their number format shows; a slide's footer and date
 * placeholders are read as footer notes, not slide text; a PDF's paragraphs break where the type
 * size changes, its largest first-page line styled Title.
 * 11: a slide's speaker notes are kept as "Speaker notes: …"; a table or sheet cell of several
 * lines (a list in a cell, "Handle" over "Bars") is one line of its row.
 * 12: a card's ROLE (apart from TITLE), messaging handles (IMPP, X-SKYPE, X-AIM…) and CATEGORIES.
 * 13: a slide table cell written one letter a line is one word; mail addresses lose stray quotes
 * ("'ann.lee'@…") and take the name an X-To / X-cc list gives them.
 * 14: a calendar's Markdown counts "1 event" in the singular and names its window only as the
 * span repeating events were expanded in (a one-off event of 2012 is no event "between 2025 and 2027").
 * 15: a card's ORG units after the organization's name are its department.
 * 16: a Word paragraph's words around page-number fields with no cached value ("Page  of") are not read.
 * 17: an empty line inside a calendar no longer cuts off the property whose folded value follows it.
 * 18: a long plain-text block wrapped by hand with no blank line in it is read as the paragraphs
 * its line ends show; a Word header or footer line that is only a page number ("1", "Page 1 of 3",
 * "III-15") is not read.
 * 19: a card's other fields with a readable label (MAILER, GENDER, LANG, phonetic names, file-as…) are kept.
 * 20: in plain text, a short capitalised line over the paragraph it titles is read as a heading.
 * 21: each quoted message the mailbox does not hold is a passage of its own (who wrote it and when, as
 * its header says, in its data); the quoted history kept for reading is cut at a word.
 * 22: a card's e-mails, addresses and web pages keep the kind their TYPE says ("Home address: …",
 * "Work web page: …") in its passage and its data.
 * 23: in plain text, lines typed with list marks ("- ", "1.") are list items, a heading typed over them is a
 * heading, and a file's first line over labelled lines ("Date: …") or over its first section is its title.
 * 24: the postings of quoted messages are kept under their own terms, and quoted messages count in no
 * ranking statistic (document frequencies, chunk count, average lengths, a file's lengths); a bare
 * forward keeps who wrote each message it carries, and when, in its data (`forwardedFrom`).
 * 25: a calendar event written without a start (DTSTART), and a reminder (VALARM) written outside any
 * event, is a passage of its own, at no date: its title, notes, place, ways to join and who answered;
 * an event's reminders are kept in its data (`alarms`).
 * 26: an event's CATEGORIES and its ATTACH links are kept in its data (`categories`, `attachments`),
 * and a card's ADR parts (street, city, region, postal code, country) in its (`addressParts`).
 * 27: RDATE given as periods is read, each period as an occurrence at its start, and a lone
 * "this and future" override that carries its own RDATE or RRULE is read as the series.
 * 28: a French or Italian elided article is no part of the word after it ("d'Orvanne" is indexed
 * as "orvanne", the word a table writes without it).
 * 29: a series' RDATE starts are kept in each of its events' data (`rdates`), so that a series
 * listed by dates is expanded around any day asked, as one given by a rule.
 * 30: a sheet's window of rows that opens inside a stacked block carries that block's title rows and
 * column labels after the sheet's first row (sheet-block.ts).
 * 31: a card's position (GEO, "coordinates"), a key given by its address (KEY, "public key") and
 * the web pages an address book labels by group ("item6.X-ABLabel:BLOG", "blog") are among its
 * fields.
 * 32: a mail's words that wrapping cut from a long quoted line, left unmarked between two
 * quoted lines, are quoted text, not the writer's own (split-body.ts).
 * 33: quoted messages that open with a Lotus Notes stamp and no separator line, or whose writer is
 * known only by address, are split out and indexed, and quoted reports are kept to 16,000
 * characters (quoted-messages.ts).
 * 34: a series listed by RDATE alone holds its DTSTART as its first occurrence (the calendar
 * engine gave the listed dates only).
 * 35: control characters a mail body decodes to ("=01" in quoted-printable) are left out of its
 * text, and a form feed breaks its line (split-body.ts).
 * 36: a card's grouped number, e-mail or address with no TYPE takes its group's label as its kind
 * ("item2.TEL" with "item2.X-ABLabel:BOAT_PHONE" is the "boat phone" number), and an event's reminder
 * that goes out by e-mail keeps the addresses it is sent to in its data (`mailTo`).
 * 37: a calendar's free/busy lists (VFREEBUSY with periods) are indexed, each as a passage of its
 * own kind, and an attendee's DELEGATED-TO is kept (`delegatedTo`) and written in the event's text.
 * 38: an attendee's MEMBER groups are kept (`memberOf`) and written in the event's text.
 * 39: a TZID that only states an offset from UTC ("(GMT +01:00)") is read as that fixed offset
 * (time-zones.ts), where it was read as UTC.
 */
export const READING_VERSION = 39;

/** The fingerprint stored for a file: its content hash under this reading version. */
export function storedFingerprint(contentHash: string): string {
  return `r${READING_VERSION}:${contentHash}`;
}

/** Indexes files and folders; see the module comment. */
export async function indexPaths(
  index: SearchIndex,
  paths: readonly string[],
  options: IndexOptions = {},
): Promise<IndexSummary> {
  const started = Date.now();
  const owner = options.owner ?? defaultOwner();
  const readers = options.readers ?? [owner];
  const errors: IndexError[] = [];
  const warnings: IndexWarning[] = [];
  const found: Source[] = [];
  const roots = paths.map((path) => resolve(path));
  for (const root of roots) await walk(root, found, errors);
  // A file named twice (or inside a folder also named) is read once.
  const seen = new Set<string>();
  const sources = found.filter((source) => !seen.has(source.path) && Boolean(seen.add(source.path)));
  const added: string[] = [];
  const changed: string[] = [];
  let files = 0;
  let chunks = 0;
  let items = 0;
  let skipped = 0;
  let leftOut = 0;
  let done = 0;
  let own: IsolatedReader | undefined;
  /** Files read and analysed, waiting to be written together. */
  let batch: { write: FileWrite; previous: boolean }[] = [];
  let batchChunks = 0;
  const written = (write: FileWrite, previous: boolean) => {
    (previous ? changed : added).push(write.file.path);
    files++;
    chunks += write.chunks.length;
    items += write.file.items;
  };
  const flush = async () => {
    const pending = batch;
    batch = [];
    batchChunks = 0;
    if (pending.length === 0) return;
    try {
      await index.store.writeFiles(pending.map((item) => item.write));
      for (const item of pending) written(item.write, item.previous);
    } catch {
      // One file's failure must not cost the others: write each alone, and report the ones that fail.
      for (const item of pending) {
        try {
          await index.store.writeFile(item.write);
          written(item.write, item.previous);
        } catch (thrown) {
          const error = toAppError(thrown);
          errors.push({ path: item.write.file.path, code: error.code, message: error.message });
        }
      }
    }
  };
  const isolated = (): IsolatedReader => {
    if (options.reader) return options.reader;
    own ??= openIsolatedReader(options.budget);
    return own;
  };
  /** Stage one of a file: its fingerprint, the skip decision, and its reading started. */
  const readSource = async (source: Source): Promise<SourceRead> => {
    try {
      const previous = await index.store.getFile(source.path);
      let bytes: Buffer | undefined;
      let fingerprint: Fingerprint;
      if (source.maildir) fingerprint = await maildirFingerprint(source.path);
      else {
        const info = await stat(source.path);
        const streamed = info.size > streamBytes() && /\.mbox$|^[^.]*$/i.test(basename(source.path));
        if (streamed)
          fingerprint = { hash: await hashFile(source.path), size: info.size, mtimeMs: info.mtimeMs };
        else {
          bytes = await readBytes(source.path);
          fingerprint = {
            hash: createHash('sha256').update(bytes).digest('hex'),
            size: bytes.length,
            mtimeMs: info.mtimeMs,
          };
        }
      }
      if (
        previous &&
        previous.hash === storedFingerprint(fingerprint.hash) &&
        previous.owner === owner &&
        JSON.stringify(previous.readers) === JSON.stringify(readers)
      )
        return { kind: 'unchanged' };
      const now = options.now ?? new Date();
      const fileDate = new Date(fingerprint.mtimeMs).toISOString();
      let parsed: Promise<Result<ChunkDraft[]>>;
      if (source.maildir)
        parsed = import('../formats/read-file.ts').then(async ({ readFile }) =>
          chunked(await readFile(source.path, { now }), source.path, fileDate),
        );
      else if (!bytes)
        parsed = readLargeMbox(source.path, now).then((read) => chunked(read, source.path, fileDate));
      // Every other file is read and chunked in a worker, within its budget.
      else parsed = isolated().chunk(source.path, bytes, { now, fileDate });
      // Awaited later, when this file's turn comes; a throw becomes that file's failure.
      const settled = parsed.catch((thrown: unknown) => failure(toAppError(thrown)));
      return { kind: 'read', previous: previous !== undefined, fingerprint, now, parsed: settled };
    } catch (thrown) {
      const error = failure(toAppError(thrown));
      return { kind: 'read', previous: false, now: new Date(), parsed: Promise.resolve(error) };
    }
  };
  // One file is read ahead: the worker reads and chunks the next file while this thread
  // analyses and writes the current one.
  let ahead = sources[0] ? readSource(sources[0]) : undefined;
  for (const [position, source] of sources.entries()) {
    done++;
    const read = await ahead!;
    const following = sources[position + 1];
    ahead = following ? readSource(following) : undefined;
    if (read.kind === 'unchanged') {
      skipped++;
      options.onProgress?.({ done, total: sources.length, path: source.path, chunks: 0 });
      continue;
    }
    try {
      const parsed = await read.parsed;
      if (!parsed.success) {
        if (
          !source.explicit &&
          (parsed.error.code === 'format_unknown' || parsed.error.code === 'file_empty')
        ) {
          leftOut++;
        } else errors.push({ path: source.path, code: parsed.error.code, message: parsed.error.message });
        options.onProgress?.({ done, total: sources.length, path: source.path, chunks: 0 });
        continue;
      }
      const { fingerprint, now } = read;
      if (!fingerprint) continue;
      const drafts = parsed.data;
      const write = fileWrite(
        {
          path: source.path,
          hash: storedFingerprint(fingerprint.hash),
          size: fingerprint.size,
          mtimeMs: fingerprint.mtimeMs,
          owner,
          readers,
          indexedAt: now.toISOString(),
        },
        drafts,
      );
      if (batchChunks > 0 && batchChunks + drafts.length > BATCH_CHUNKS) await flush();
      batch.push({ write, previous: read.previous });
      // The same warning for many items of a file ("An event with no title or UID has no start time") is said once.
      for (const { type, message } of distinctWarnings(parsed.warnings))
        warnings.push({ path: source.path, type, message });
      batchChunks += drafts.length;
      options.onProgress?.({ done, total: sources.length, path: source.path, chunks: drafts.length });
    } catch (thrown) {
      const error = toAppError(thrown);
      errors.push({ path: source.path, code: error.code, message: error.message });
      options.onProgress?.({ done, total: sources.length, path: source.path, chunks: 0 });
    }
  }
  await flush();
  await own?.close();
  // Files that were indexed under these roots and are gone now.
  const deleted: string[] = [];
  if (options.removeDeleted !== false) {
    for (const file of await index.store.listFiles()) {
      if (seen.has(file.path)) continue;
      const underRoot = roots.some(
        (root) => file.path === root || file.path.startsWith(root.endsWith(sep) ? root : root + sep),
      );
      if (!underRoot) continue;
      const exists = await stat(file.path).then(
        () => true,
        () => false,
      );
      if (exists) continue;
      await index.store.removeFile(file.path);
      deleted.push(file.path);
    }
  }
  const relevantErrors = errors.filter(
    (error) => !(error.code === 'file_not_found' && deleted.includes(error.path)),
  );
  return {
    files,
    chunks,
    items,
    skipped,
    leftOut,
    removed: deleted.length,
    added,
    changed,
    deleted,
    errors: relevantErrors,
    warnings,
    seconds: Math.round((Date.now() - started) / 10) / 100,
  };
}

/** Removes files from the index by path. */
export async function removePaths(index: SearchIndex, paths: readonly string[]): Promise<number> {
  let removed = 0;
  for (const path of paths) {
    const file = await index.store.getFile(resolve(path));
    if (!file) continue;
    await index.store.removeFile(file.path);
    removed++;
  }
  return removed;
}
