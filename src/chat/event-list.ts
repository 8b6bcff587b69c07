/**
 * @module event-list
 * The index's events, read once per version of the index and kept: agenda, next-meeting and
 * event questions look through every event (series are expanded around the day asked), and
 * reading and parsing them again for each question cost more than answering. The key is the
 * store's statistics object: the SQLite store hands back the same object until anything is
 * committed, so a change to the index reads the events again; a store that builds a new
 * object on each call simply reads them each time.
 */
import type { CalendarEvent } from '../formats/model.ts';
import { matchesFilters, resolveFilters } from '../index/filters.ts';
import type { SearchIndex } from '../index/open-index.ts';
import type { Chunk, SearchHit } from '../index/types.ts';

export type IndexedEvent = { readonly hit: SearchHit; readonly event: CalendarEvent; readonly chunk: Chunk };

const PAGE = 1000;
const MAX_EVENTS = 20_000;
const cache = new WeakMap<object, Promise<IndexedEvent[]>>();

function eventOf(chunk: Chunk): CalendarEvent | undefined {
  const data = chunk.data as Partial<CalendarEvent> | undefined;
  return data && data.type === 'event' && typeof data.start === 'string'
    ? (data as CalendarEvent)
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

/** Every event the user may read, oldest first. */
export async function indexedEvents(index: SearchIndex, asUser: string | undefined): Promise<IndexedEvent[]> {
  const version = await index.store.stats();
  let all = cache.get(version);
  if (!all) {
    all = readAll(index);
    cache.set(version, all);
  }
  const access = resolveFilters(asUser !== undefined ? { asUser } : {}, []);
  return (await all).filter((item) => matchesFilters(item.chunk, access));
}
