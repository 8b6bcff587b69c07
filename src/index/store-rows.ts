/**
 * @module store-rows
 * Row mapping and checks shared by the SQLite and PostgreSQL stores.
 */
import type { Locator } from '../formats/model.ts';
import { mergePeople, type PersonMention } from './people.ts';
import { decodePostings, HEADER_WORDS, ITEMS_FILE_SQL, POSTING_WORDS, rowFileId } from './postings.ts';
import type { CorpusStats } from './rank.ts';
import type { Chunk, ChunkType, FileRecord, Person, PersonRef } from './types.ts';

type Row = Record<string, unknown>;

const json = <T>(value: unknown, fallback: T): T => {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') return JSON.parse(value) as T;
  return value as T;
};

/** The statistics row's columns, in the order of `CorpusStats`. */
export const STATS_COLUMNS =
  'chunks, title_len, body_len, people_len, files, file_title_len, file_body_len, file_people_len';

export function rowToStats(row: Row): CorpusStats {
  return {
    chunks: Number(row.chunks),
    titleLength: Number(row.title_len),
    bodyLength: Number(row.body_len),
    peopleLength: Number(row.people_len),
    files: Number(row.files),
    fileTitleLength: Number(row.file_title_len),
    fileBodyLength: Number(row.file_body_len),
    filePeopleLength: Number(row.file_people_len),
  };
}

/**
 * SQL true for a chunk `c` of new text: not a message quoted under a reply (a locator with
 * `quote`, index/quoted-chunks.ts), which is no item of its file and counts in no ranking
 * statistic. Its locator's JSON is read as text, as SQLite stores it and Postgres casts it.
 */
export const NEW_TEXT_SQL = `CAST(c.locator AS TEXT) NOT LIKE '%"quote":%'`;

/**
 * A file's lengths as one document (postings.ts `fileLengths`) from its chunks of new text, as
 * SQL over the `files` table: the longest chunk title and people field, the bodies summed.
 */
export const FILE_LENGTHS_FROM_CHUNKS = {
  title_len: `(SELECT coalesce(max(c.title_len),0) FROM chunks c WHERE c.file_id = files.id AND ${NEW_TEXT_SQL})`,
  body_len: `(SELECT coalesce(sum(c.body_len),0) FROM chunks c WHERE c.file_id = files.id AND ${NEW_TEXT_SQL})`,
  people_len: `(SELECT coalesce(max(c.people_len),0) FROM chunks c WHERE c.file_id = files.id AND ${NEW_TEXT_SQL})`,
} as const;

/** `UPDATE files SET` list that recomputes every file's lengths from its chunks. */
export const FILE_LENGTHS_SQL = Object.entries(FILE_LENGTHS_FROM_CHUNKS)
  .map(([column, expression]) => `${column} = ${expression}`)
  .join(', ');

/** The chunk count and summed field lengths of the corpus statistics, as SQL over `chunks c` (add conditions after it). */
export const CHUNK_STATS_SQL = `SELECT count(*) AS chunks, coalesce(sum(c.title_len),0) AS title_len, coalesce(sum(c.body_len),0) AS body_len,
  coalesce(sum(c.people_len),0) AS people_len FROM chunks c WHERE ${NEW_TEXT_SQL}`;

/** The file count and summed file lengths of the corpus statistics, as SQL over `files f` (add conditions after it). */
export const FILE_STATS_SQL = `SELECT count(*) AS files, coalesce(sum(f.title_len),0) AS file_title_len, coalesce(sum(f.body_len),0) AS file_body_len,
  coalesce(sum(f.people_len),0) AS file_people_len FROM files f WHERE TRUE`;

/**
 * Marks (meta key `stats`) an index whose statistics and file lengths leave quoted messages out;
 * an older one has them recounted from its chunks once on open (its posting rows are written
 * again as its files are read again: the reading version changed with it).
 */
export const STATS_VERSION = 'new-text';

/** The query giving each file's stored lengths beside what its chunks give, for `checkFileLengths`. */
export const FILE_LENGTHS_CHECK_SQL = `SELECT path, title_len, body_len, people_len, ${Object.entries(
  FILE_LENGTHS_FROM_CHUNKS,
)
  .map(([column, expression]) => `${expression} AS chunk_${column}`)
  .join(', ')} FROM files`;

/** Every file's stored lengths must be what its chunks give. */
export function checkFileLengths(rows: readonly Row[]): string[] {
  const problems: string[] = [];
  for (const row of rows)
    for (const column of Object.keys(FILE_LENGTHS_FROM_CHUNKS))
      if (Number(row[column]) !== Number(row[`chunk_${column}`]))
        problems.push(
          `${row.path}: ${column} ${row[column]} stored, its chunks give ${row[`chunk_${column}`]}`,
        );
  return problems.slice(0, 20);
}

/**
 * A file's item count (`FileRecord.items`, postings.ts `itemCount`) from its chunks, as SQL
 * over the `files` table: its chunks when they are several items, else 1 (0 without chunks). A
 * message quoted under a reply is no item (NEW_TEXT_SQL).
 */
export const ITEMS_FROM_CHUNKS = `CASE WHEN ${ITEMS_FILE_SQL} THEN (SELECT count(*) FROM chunks c WHERE c.file_id = files.id AND ${NEW_TEXT_SQL})
  WHEN EXISTS (SELECT 1 FROM chunks c WHERE c.file_id = files.id) THEN 1 ELSE 0 END`;

/** The query giving each file's stored item count beside what its chunks give, for `checkItems`. */
export const ITEMS_CHECK_SQL = `SELECT path, items, ${ITEMS_FROM_CHUNKS} AS chunk_items FROM files`;

/** Every file's stored item count must be what its chunks give. */
export function checkItems(rows: readonly Row[]): string[] {
  return rows
    .filter((row) => Number(row.items) !== Number(row.chunk_items))
    .slice(0, 20)
    .map((row) => `${row.path}: ${row.items} items stored, its chunks give ${row.chunk_items}`);
}

export function rowToFile(row: Row): FileRecord {
  return {
    path: String(row.path),
    hash: String(row.hash),
    size: Number(row.size),
    mtimeMs: Number(row.mtime_ms),
    chunks: Number(row.chunks),
    items: Number(row.items),
    owner: String(row.owner),
    readers: json<string[]>(row.readers, []),
    indexedAt: String(row.indexed_at),
  };
}

export function rowToChunk(row: Row): Chunk {
  const data = json<Record<string, unknown> | null>(row.data, null);
  return {
    id: Number(row.id),
    path: String(row.path),
    uri: String(row.uri),
    type: String(row.type) as ChunkType,
    title: String(row.title),
    text: String(row.text),
    locator: json<Locator>(row.locator, {}),
    people: json<PersonRef[]>(row.people, []),
    ...(row.date ? { date: String(row.date) } : {}),
    ...(row.end_date ? { endDate: String(row.end_date) } : {}),
    ...(row.thread_id ? { threadId: String(row.thread_id) } : {}),
    ...(data ? { data } : {}),
    hash: String(row.hash),
    readers: json<string[]>(row.readers, []),
    owner: String(row.owner),
  };
}

export function rowToPerson(row: Row): Person {
  return {
    id: Number(row.id),
    name: String(row.name),
    emails: json<string[]>(row.emails, []),
    aliases: json<string[]>(row.aliases, []),
    mentions: Number(row.mentions),
  };
}

/** Every row must start with its file's header, and every posting name a chunk of that file, once per term. */
export function checkPostings(
  rows: Iterable<[string, number, Uint8Array]>,
  chunkFiles: ReadonlyMap<number, number>,
): string[] {
  const problems: string[] = [];
  for (const [term, fileId, data] of rows) {
    if (data.byteLength % 12 !== 0 || data.byteLength < (HEADER_WORDS + POSTING_WORDS) * 4) {
      problems.push(`postings of "${term}" in file ${fileId} have a broken length`);
      continue;
    }
    const view = decodePostings(data);
    if (rowFileId(view) !== fileId)
      problems.push(`postings of "${term}" in file ${fileId} carry the header of file ${rowFileId(view)}`);
    const seen = new Set<number>();
    for (let i = HEADER_WORDS; i < view.length; i += POSTING_WORDS) {
      const id = view[i]!;
      if (chunkFiles.get(id) !== fileId)
        problems.push(`postings of "${term}" name chunk ${id}, which is not in file ${fileId}`);
      if (seen.has(id)) problems.push(`postings of "${term}" name chunk ${id} twice`);
      seen.add(id);
    }
    if (problems.length > 20) break;
  }
  return problems;
}

/** The stored people must be exactly what merging every mention gives (ids aside). */
export function checkPeople(stored: readonly Person[], mentions: readonly PersonMention[]): string[] {
  const shape = (people: readonly Person[]) =>
    people
      .map((person) => JSON.stringify([person.name, person.emails, person.aliases, person.mentions]))
      .sort();
  const want = shape(mergePeople(mentions));
  const have = shape(stored);
  if (JSON.stringify(want) === JSON.stringify(have)) return [];
  const missing = want.filter((item) => !have.includes(item)).slice(0, 3);
  const extra = have.filter((item) => !want.includes(item)).slice(0, 3);
  return [
    `the people table differs from the mentions (missing ${missing.join(' ') || 'none'}; extra ${extra.join(' ') || 'none'})`,
  ];
}
