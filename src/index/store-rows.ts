/**
 * @module store-rows
 * Row mapping and checks shared by the SQLite and PostgreSQL stores.
 */
import type { Locator } from '../formats/model.ts';
import { mergePeople, type PersonMention } from './people.ts';
import { decodePostings } from './postings.ts';
import type { Chunk, ChunkType, FileRecord, Person, PersonRef } from './types.ts';

type Row = Record<string, unknown>;

const json = <T>(value: unknown, fallback: T): T => {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') return JSON.parse(value) as T;
  return value as T;
};

export function rowToFile(row: Row): FileRecord {
  return {
    path: String(row.path),
    hash: String(row.hash),
    size: Number(row.size),
    mtimeMs: Number(row.mtime_ms),
    chunks: Number(row.chunks),
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

/** Every posting must name a chunk of the file it is stored under, once per term. */
export function checkPostings(
  rows: Iterable<[string, number, Uint8Array]>,
  chunkFiles: ReadonlyMap<number, number>,
): string[] {
  const problems: string[] = [];
  for (const [term, fileId, data] of rows) {
    if (data.byteLength % 12 !== 0) {
      problems.push(`postings of "${term}" in file ${fileId} have a broken length`);
      continue;
    }
    const view = decodePostings(data);
    const seen = new Set<number>();
    for (let i = 0; i < view.length; i += 3) {
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
