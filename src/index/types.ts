/**
 * @module types
 * The public types of the work graph: chunks and their metadata, search requests and hits,
 * people, and the summary of an indexing run. Other areas (Q&A, mail, server) import these.
 */

import type { FileBudget } from '../formats/budget.ts';
import type { Locator } from '../formats/model.ts';
import type { Result } from '../lib/result.ts';

/** What a chunk is, whatever file it came from. */
export type ChunkType =
  | 'document'
  | 'slide'
  | 'sheet'
  | 'email'
  | 'event'
  | 'contact'
  | 'transcript'
  | 'chat';

export const CHUNK_TYPES: readonly ChunkType[] = [
  'document',
  'slide',
  'sheet',
  'email',
  'event',
  'contact',
  'transcript',
  'chat',
];

/** One person mentioned by a chunk, as written in the source. */
export type PersonRef = {
  readonly name?: string;
  readonly address?: string;
  /** The part the person plays in the chunk. */
  readonly role: 'from' | 'to' | 'cc' | 'attendee' | 'organizer' | 'speaker' | 'author' | 'contact';
};

/** A chunk as produced by chunking, before the store gives it an id. */
export type ChunkDraft = {
  readonly type: ChunkType;
  readonly title: string;
  /** The text that is searched and shown (quoted reply history left out; see chunk-file.ts for mail). */
  readonly text: string;
  readonly locator: Locator;
  readonly people: readonly PersonRef[];
  /** ISO 8601: the message date, event start, meeting date or file modification date. */
  readonly date?: string;
  /** ISO 8601: event end. */
  readonly endDate?: string;
  readonly threadId?: string;
  /** Structured data for this chunk: the CalendarEvent, Contact or message headers. */
  readonly data?: Readonly<Record<string, unknown>>;
};

/** A stored chunk. */
export type Chunk = ChunkDraft & {
  readonly id: number;
  readonly path: string;
  /** file:// URI of the source, with a fragment for the locator. */
  readonly uri: string;
  /** sha256 of the chunk text. */
  readonly hash: string;
  /** User names who may see the chunk; "*" means everyone. */
  readonly readers: readonly string[];
  readonly owner: string;
};

/** A source file known to the index. */
export type FileRecord = {
  readonly path: string;
  /** sha256 of the file bytes. */
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly chunks: number;
  /**
   * What a user counts in the file: its messages, events, contacts or chat messages when it
   * holds several such items (a mailbox, a calendar, an address book, a chat log), else 1 for
   * a document (0 when it gave no chunks).
   */
  readonly items: number;
  readonly owner: string;
  readonly readers: readonly string[];
  readonly indexedAt: string;
};

/** One person, merged across all sources. */
export type Person = {
  readonly id: number;
  readonly name: string;
  readonly emails: readonly string[];
  /** Other names and short names the person goes by. */
  readonly aliases: readonly string[];
  /** How many chunks mention the person. */
  readonly mentions: number;
};

export type SearchFilters = {
  readonly types?: readonly ChunkType[];
  /** Names, addresses or short names; a chunk matches when its sender is any of these people. */
  readonly from?: readonly string[];
  /** Recipients, attendees or any other participant. */
  readonly to?: readonly string[];
  /** ISO 8601, inclusive. */
  readonly since?: string;
  /** ISO 8601, exclusive. */
  readonly until?: string;
  /** Only chunks this user may read. */
  readonly asUser?: string;
  /** Only chunks whose path starts with one of these. */
  readonly paths?: readonly string[];
  readonly threadId?: string;
  /**
   * Quoted messages that the mailbox holds no original of (passages of quoted history, see
   * quoted-chunks.ts): left out when unset, ranked below every other passage with "also", alone
   * with "only".
   */
  readonly quoted?: 'also' | 'only';
};

export type SearchRequest = {
  /** Free text; may hold filters in words ("emails from Ann last week") or operators (from:ann type:email). */
  readonly query: string;
  /** Number of results (default 10). */
  readonly k?: number;
  readonly filters?: SearchFilters;
  /** "Now" for relative dates in the query. */
  readonly now?: Date;
  /** Read filters from the query words (default true). */
  readonly understand?: boolean;
  /** Pseudo-relevance feedback (default true). */
  readonly feedback?: boolean;
  /** Told what the ranking cost once it is done (tests and benchmarks). */
  readonly onCost?: (cost: SearchCost) => void;
};

/** What one search cost: postings scored, one per chunk and query or feedback term. */
export type SearchCost = { readonly scored: number };

export type SearchHit = {
  readonly chunkId: number;
  readonly path: string;
  readonly uri: string;
  readonly title: string;
  readonly locator: Locator;
  readonly score: number;
  /** A short passage around the best matching words. */
  readonly snippet: string;
  /** The whole chunk text. */
  readonly text: string;
  readonly type: ChunkType;
  readonly people: readonly PersonRef[];
  readonly date?: string;
  readonly threadId?: string;
  readonly data?: Readonly<Record<string, unknown>>;
};

/** How the query was understood: the filters read from it and the words left to rank by. */
export type ParsedQuery = {
  readonly text: string;
  readonly filters: SearchFilters;
};

export type SearchResponse = {
  readonly results: readonly SearchHit[];
  readonly parsed: ParsedQuery;
};

export type IndexError = { readonly path: string; readonly code: string; readonly message: string };
/** Something a reader skipped or guessed in a file it did index ("Event 3 could not be read: …"). */
export type IndexWarning = { readonly path: string; readonly type: string; readonly message: string };

export type IndexSummary = {
  /** Files read and (re)indexed in this run. */
  readonly files: number;
  /** Chunks written in this run. */
  readonly chunks: number;
  /** Items in the files written in this run (`FileRecord.items`: a mailbox's messages, a document as one). */
  readonly items: number;
  /** Files unchanged since the last run. */
  readonly skipped: number;
  /** Files met while walking a folder that are empty or in no format Officemate reads: left out, not errors. */
  readonly leftOut: number;
  /** Files removed from the index because they no longer exist. */
  readonly removed: number;
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly deleted: readonly string[];
  readonly errors: readonly IndexError[];
  /** What readers skipped or guessed inside the files indexed in this run, file by file. */
  readonly warnings: readonly IndexWarning[];
  readonly seconds: number;
};

export type IndexProgress = {
  readonly done: number;
  readonly total: number;
  readonly path: string;
  readonly chunks: number;
};

export type IndexOptions = {
  /** Owner of the new chunks (default: the OS user). */
  readonly owner?: string;
  /** Who may read the new chunks (default: [owner]). */
  readonly readers?: readonly string[];
  readonly onProgress?: (progress: IndexProgress) => void;
  /** Remove files under the given folders that no longer exist (default true). */
  readonly removeDeleted?: boolean;
  readonly now?: Date;
  /** Per-file budgets; a file over one is reported as `file_too_complex` and the run goes on. */
  readonly budget?: Partial<FileBudget>;
  /** A long-lived reader to use (a server keeps one); by default each run opens and closes its own. */
  readonly reader?: IsolatedReader;
};

/** "Now", and for calendars the window to expand recurrences in (ISO 8601). */
export type IsolatedReadOptions = {
  readonly now: Date;
  readonly window?: { readonly start: string; readonly end: string };
};

/** Reads and chunks files away from the caller's thread, within a budget (`isolated-reader.ts`). */
export type IsolatedReader = {
  chunk(
    path: string,
    bytes: Uint8Array,
    options: { now: Date; fileDate?: string },
  ): Promise<Result<ChunkDraft[]>>;
  markdown(
    path: string,
    bytes: Uint8Array,
    options: IsolatedReadOptions,
  ): Promise<Result<{ type: string; markdown: string }>>;
  /** The typed model of the file as plain JSON values (`toSerializable`). */
  model(
    path: string,
    bytes: Uint8Array,
    options: IsolatedReadOptions,
  ): Promise<Result<{ type: string; model: unknown }>>;
  close(): Promise<void>;
};

/** Query for structured items: events and contacts (and any chunk type) by metadata. */
export type ListRequest = {
  readonly type: ChunkType;
  readonly since?: string;
  readonly until?: string;
  readonly asUser?: string;
  readonly limit?: number;
  /** Keep items that mention this person (name, address or short name). */
  readonly person?: string;
};
