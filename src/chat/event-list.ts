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
import type { CalendarEvent } from '../formats/model.ts';
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

async function readAll(index: SearchIndex): Promise<IndexedEvent[]> {
  const out: IndexedEvent[] = [];
  for (let offset = 0; offset < MAX_EVENTS; offset += PAGE) {
    const page = await index.store.queryChunks({ types: ['event'], limit: PAGE, offset, oldestFirst: true });
    for (const chunk of page) {
      const event = eventOf(chunk);
      if (event)
        out.push({
          chunk,
          event,
          hit: { ...chunk, chunkId: chunk.id, score: 0, snippet: chunk.text.slice(0, 200) },
        });
    }
    if (page.length < PAGE) break;
  }
  return out;
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
  const all = await kept.events;
  if (asUser === undefined) return all;
  const files = new Map((await index.store.listFiles()).map((file) => [file.path, file]));
  const access = resolveFilters({ asUser }, []);
  return all.filter((item) => {
    const file = files.get(item.chunk.path);
    return (
      file !== undefined &&
      matchesFilters({ ...item.chunk, owner: file.owner, readers: file.readers }, access)
    );
  });
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
