/**
 * @module filters
 * Whether a chunk passes the filters of a search: types, people (through the merged people
 * table), dates, readers, paths and thread, and whether a search takes quoted history. Pure, so both
 * stores filter the same way.
 */
import { lookupKeys, mentionKeys, personKeys, resolvePerson } from './people.ts';
import type { Chunk, Person, PersonRef, SearchFilters } from './types.ts';

export type ResolvedFilters = SearchFilters & {
  /** Keys of the people named by `from`, one set per name (a chunk must match each). */
  readonly fromKeys?: readonly ReadonlySet<string>[];
  readonly toKeys?: readonly ReadonlySet<string>[];
};

const SENDER_ROLES: ReadonlySet<PersonRef['role']> = new Set(['from', 'author', 'organizer', 'speaker']);

/** Turns the names in from/to into the keys of the people they resolve to. */
export function resolveFilters(filters: SearchFilters, people: readonly Person[]): ResolvedFilters {
  const keysFor = (name: string): Set<string> => {
    const keys = new Set(lookupKeys(name));
    for (const person of resolvePerson(people, name)) for (const key of personKeys(person)) keys.add(key);
    return keys;
  };
  return {
    ...filters,
    ...(filters.from?.length ? { fromKeys: filters.from.map(keysFor) } : {}),
    ...(filters.to?.length ? { toKeys: filters.to.map(keysFor) } : {}),
  };
}

function refMatches(ref: PersonRef, keys: ReadonlySet<string>): boolean {
  for (const key of mentionKeys(ref).strong) if (keys.has(key)) return true;
  return false;
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);

/** Whether a search takes the chunk as quoted history or as new text, as `filters.quoted` asks (quoted history only when asked for). */
export function matchesQuoted(
  chunk: Pick<Chunk, 'locator'>,
  filters: Pick<SearchFilters, 'quoted'>,
): boolean {
  return chunk.locator.quote !== undefined ? filters.quoted !== undefined : filters.quoted !== 'only';
}

export function matchesFilters(chunk: Chunk, filters: ResolvedFilters): boolean {
  if (filters.types?.length && !filters.types.includes(chunk.type)) return false;
  if (
    filters.asUser !== undefined &&
    !(chunk.readers.includes(filters.asUser) || chunk.readers.includes('*') || chunk.owner === filters.asUser)
  ) {
    return false;
  }
  if (filters.paths?.length && !filters.paths.some((prefix) => chunk.path.startsWith(prefix))) return false;
  if (filters.threadId && chunk.threadId !== filters.threadId) return false;
  if (filters.since || filters.until) {
    const when = time(chunk.date);
    if (Number.isNaN(when)) return false;
    // An event matches when it overlaps the range.
    const last = chunk.endDate ? time(chunk.endDate) : when;
    if (filters.since && (Number.isNaN(last) ? when : last) < time(filters.since)) return false;
    if (filters.until && when >= time(filters.until)) return false;
  }
  if (filters.fromKeys) {
    const senders = chunk.people.filter((ref) => SENDER_ROLES.has(ref.role));
    if (!filters.fromKeys.every((keys) => senders.some((ref) => refMatches(ref, keys)))) return false;
  }
  if (filters.toKeys) {
    const others = chunk.people.filter((ref) => ref.role !== 'from');
    if (!filters.toKeys.every((keys) => others.some((ref) => refMatches(ref, keys)))) return false;
  }
  return true;
}
