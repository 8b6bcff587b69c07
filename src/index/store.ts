/**
 * @module store
 * The persistence contract of the index. Two implementations pass one shared test suite
 * (store.contract.ts): SQLite (embedded default, one file) and PostgreSQL (team server).
 * Ranking is not the store's job: stores hand back posting rows and chunks, and the same
 * pure code (rank.ts) scores them, so both stores rank identically.
 */
import type { PersonMention } from './people.ts';
import type { FileLengths, PostingRow } from './postings.ts';
import type { CorpusStats } from './rank.ts';
import type { Chunk, ChunkDraft, ChunkType, FileRecord, Person } from './types.ts';

/** A chunk ready to write: the draft plus what the store cannot derive. */
export type NewChunk = ChunkDraft & {
  readonly uri: string;
  readonly hash: string;
  readonly titleLength: number;
  readonly bodyLength: number;
  readonly peopleLength: number;
};

/** Everything written for one file, in one transaction. */
export type FileWrite = {
  readonly file: FileRecord;
  readonly chunks: readonly NewChunk[];
  /** The file as one document (postings.ts `fileLengths`), kept for file-level ranking statistics. */
  readonly lengths: FileLengths;
  /**
   * What the file adds to the corpus statistics' chunk count and summed lengths: its chunks of new
   * text. Messages quoted under a reply (quoted-chunks.ts) count in no statistic, so quoted
   * history changes no score of new text.
   */
  readonly stats: Pick<CorpusStats, 'chunks' | 'titleLength' | 'bodyLength' | 'peopleLength'>;
  /** Builds the posting rows once the file and its chunks have ids (same order as `chunks`). */
  readonly postings: (ids: readonly number[], fileId: number) => PostingRow[];
  readonly mentions: readonly PersonMention[];
};

/** Filters a store can apply in its own query language (the rest is checked in code). */
export type ChunkQuery = {
  readonly types?: readonly ChunkType[];
  readonly since?: string;
  readonly until?: string;
  readonly threadId?: string;
  /** Newest first unless `oldestFirst`. */
  readonly oldestFirst?: boolean;
  readonly limit: number;
  readonly offset: number;
};

export type IntegrityReport = { readonly ok: boolean; readonly problems: readonly string[] };

export type Store = {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the store lives, without credentials. */
  readonly location: string;
  getFile(path: string): Promise<FileRecord | undefined>;
  listFiles(): Promise<FileRecord[]>;
  /**
   * Replaces a file's chunks, postings and people mentions atomically, and brings the people
   * table up to date in the same transaction; returns the new chunk ids. Safe with any number
   * of concurrent writers.
   */
  writeFile(write: FileWrite): Promise<number[]>;
  /**
   * Several files as `writeFile` does each, in one transaction (all or none of them), the people
   * table merged again once for all; returns each file's new chunk ids, in order. Fewer commits
   * and one people merge make a batch of files cheaper to write than one transaction each.
   */
  writeFiles(writes: readonly FileWrite[]): Promise<number[][]>;
  /** Removes a file and everything derived from it (people included) atomically. */
  removeFile(path: string): Promise<void>;
  /** Changes who may read a file and its chunks in place, in one transaction; false when the file is not indexed. */
  setReaders(path: string, readers: readonly string[]): Promise<boolean>;
  /**
   * Chunk count and summed field lengths, and file count and summed file lengths (each file as
   * one document, `FileWrite.lengths`): of the whole index, or with `reader` of the files
   * that user may read only (its owner, a user among its readers, or anyone when its readers
   * hold `*`: the rule of `matchesFilters` in filters.ts, applied here in the store's SQL).
   */
  stats(reader?: string): Promise<CorpusStats>;
  /**
   * Posting rows for each term (one per file holding the term, its header first: postings.ts);
   * with `reader`, only the rows
   * of files that user may read: the others are skipped in SQL on their file id, never returned.
   */
  postings(terms: readonly string[], reader?: string): Promise<Map<string, Uint8Array[]>>;
  /** How many chunks hold each term (without reading the postings themselves); `reader` as above. */
  documentFrequencies(terms: readonly string[], reader?: string): Promise<Map<string, number>>;
  getChunks(ids: readonly number[]): Promise<Chunk[]>;
  queryChunks(query: ChunkQuery): Promise<Chunk[]>;
  /** Every mention, summed over files. */
  mentions(): Promise<PersonMention[]>;
  /** The merged people, most mentioned first (kept per file by writeFile and removeFile). */
  people(): Promise<Person[]>;
  integrityCheck(): Promise<IntegrityReport>;
  close(): Promise<void>;
};
