/**
 * @module event-list
 * The index's events, read once per version of the index and kept: agenda, next-meeting and
 * event questions look through every event (series are expanded around the day asked), and
 * reading and parsing them again for each question cost more than answering. The version is
 * the store's statistics (chunk count and summed field lengths), compared by value, so a
 * store that builds a new statistics object on each call (PostgreSQL) still finds its events;
 * each store object (a scoped view included) keeps its own. Who may read an event is checked
 * on each call against the files' current readers, which a change of readers alone (same
 * statistics) does not leave stale.
 */

import { isSeries } from '../formats/calendar/recurrence.ts';
import type { Attendee, CalendarEvent, FreeBusy } from '../formats/model.ts';
import { matchesFilters, resolveFilters } from '../index/filters.ts';
import type { SearchIndex } from '../index/open-index.ts';
import type { Chunk, SearchHit } from '../index/types.ts';
import { withName } from './event-name.ts';
import { withDecidedPlace } from './event-place.ts';

export type IndexedEvent = { readonly hit: SearchHit; readonly event: CalendarEvent; readonly chunk: Chunk };

const PAGE = 1000;
const MAX_EVENTS = 20_000;
const cache = new WeakMap<object, { readonly version: string; readonly events: Promise<IndexedEvent[]> }>();

/** The appointment a chunk holds: an event or a to-do; a journal entry is notes, read as text only. */
function eventOf(chunk: Chunk): CalendarEvent | undefined {
  const data = chunk.data as Partial<CalendarEvent> | undefined;
  return data && data.type === 'event' && typeof data.start === 'string' && !data.journal
    ? withName(withDecidedPlace(data as CalendarEvent))
    : undefined;
}

/** Every calendar chunk of the index (events, undated events, free/busy lists), oldest first. */
async function calendarChunks(index: SearchIndex): Promise<Chunk[]> {
  const out: Chunk[] = [];
  for (let offset = 0; offset < MAX_EVENTS; offset += PAGE) {
    const page = await index.store.queryChunks({ types: ['event'], limit: PAGE, offset, oldestFirst: true });
    out.push(...page);
    if (page.length < PAGE) break;
  }
  return out;
}

const hitOf = (chunk: Chunk): SearchHit => ({
  ...chunk,
  chunkId: chunk.id,
  score: 0,
  snippet: chunk.text.slice(0, 200),
});

async function readAll(index: SearchIndex): Promise<IndexedEvent[]> {
  return (await calendarChunks(index)).flatMap((chunk) => {
    const event = eventOf(chunk);
    return event ? [{ chunk, event, hit: hitOf(chunk) }] : [];
  });
}

/** The index's version: its statistics as a value. */
async function versionOf(index: SearchIndex): Promise<string> {
  const stats = await index.store.stats();
  return [stats.chunks, stats.titleLength, stats.bodyLength, stats.peopleLength].join(':');
}

/** Every event the user may read, oldest first. */
export async function indexedEvents(index: SearchIndex, asUser: string | undefined): Promise<IndexedEvent[]> {
  const version = await versionOf(index);
  let kept = cache.get(index.store);
  if (kept?.version !== version) {
    const events = readAll(index);
    kept = { version, events };
    cache.set(index.store, kept);
    // A failed read is not kept: the next question reads again.
    events.catch(() => {
      if (cache.get(index.store) === kept) cache.delete(index.store);
    });
  }
  return readableBy(index, asUser, await kept.events);
}

/** The items whose chunk the user may read, as the files' current readers say. */
async function readableBy<T extends { readonly chunk: Chunk }>(
  index: SearchIndex,
  asUser: string | undefined,
  items: readonly T[],
): Promise<T[]> {
  if (asUser === undefined) return [...items];
  const files = new Map((await index.store.listFiles()).map((file) => [file.path, file]));
  const access = resolveFilters({ asUser }, []);
  return items.filter((item) => {
    const file = files.get(item.chunk.path);
    return (
      file !== undefined &&
      matchesFilters({ ...item.chunk, owner: file.owner, readers: file.readers }, access)
    );
  });
}

export type IndexedFreeBusy = { readonly hit: SearchHit; readonly list: FreeBusy; readonly chunk: Chunk };

/** Every free/busy list (VFREEBUSY with periods) the user may read; read afresh, as few questions ask for them. */
export async function indexedFreeBusy(
  index: SearchIndex,
  asUser: string | undefined,
): Promise<IndexedFreeBusy[]> {
  const lists = (await calendarChunks(index)).flatMap((chunk) => {
    const data = chunk.data as (Partial<FreeBusy> & { type?: string }) | undefined;
    return data?.type === 'free-busy' && Array.isArray(data.periods)
      ? [{ chunk, list: data as FreeBusy, hit: hitOf(chunk) }]
      : [];
  });
  return readableBy(index, asUser, lists);
}

/**
 * The events that may be held on a day: those written within three days of it (a day in any
 * zone, and one spanning several days), and every series, whose occurrences the caller reads.
 */
export async function eventsNear(
  index: SearchIndex,
  day: Date,
  asUser: string | undefined,
): Promise<SearchHit[]> {
  const from = day.getTime() - 3 * 86_400_000;
  const until = day.getTime() + 3 * 86_400_000;
  return (await indexedEvents(index, asUser))
    .filter(({ event, chunk }) => {
      if (isSeries(event)) return true;
      const start = chunk.date ? Date.parse(chunk.date) : Number.NaN;
      const end = chunk.endDate ? Date.parse(chunk.endDate) : start;
      return start <= until && end >= from;
    })
    .map(({ hit }) => hit);
}

export type IndexedAttendees = {
  readonly hit: SearchHit;
  readonly chunk: Chunk;
  readonly summary: string;
  readonly attendees: readonly Attendee[];
};

/** Every event, dated or not, that names attendees, with them as written (delegations included). */
export async function indexedAttendees(
  index: SearchIndex,
  asUser: string | undefined,
): Promise<IndexedAttendees[]> {
  const items = (await calendarChunks(index)).flatMap((chunk) => {
    const data = chunk.data as { summary?: unknown; attendees?: unknown } | undefined;
    return Array.isArray(data?.attendees) && data.attendees.length > 0
      ? [
          {
            chunk,
            hit: hitOf(chunk),
            summary: typeof data.summary === 'string' ? data.summary : '',
            attendees: data.attendees as Attendee[],
          },
        ]
      : [];
  });
  return readableBy(index, asUser, items);
}
