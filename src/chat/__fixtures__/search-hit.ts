import { basename } from 'node:path';
import type { SearchHit } from '../../index/types.ts';

type Writable<T> = { -readonly [K in keyof T]?: T[K] };

/**
 * One search hit for a test, with the fields a test does not care about filled in: a document
 * chunk of an invented file under /work, scored 1, naming no one. A test gives the text and
 * whatever it means to vary (the path, the type, the locator, the people, the date, the data).
 */
export function searchHit(fields: Writable<SearchHit> & { readonly text: string }): SearchHit {
  const path = fields.path ?? '/work/notes.txt';
  return {
    chunkId: 1,
    path,
    uri: `file://${path}`,
    title: basename(path),
    locator: {},
    score: 1,
    snippet: '',
    type: 'document',
    people: [],
    ...fields,
  } as SearchHit;
}

/** A search hit on one paragraph of an invented notes file, for tests of answer extraction. */
export function notesHit(
  text: string,
  type: SearchHit['type'] = 'document',
  extra: Partial<SearchHit> = {},
): SearchHit {
  return searchHit({ uri: 'file:///work/notes.txt#p=1', locator: { paragraph: 1 }, text, type, ...extra });
}

/**
 * A search hit on one event of an invented calendar file: its summary as title and text, the rest
 * of the event's fields from `data` (start, end, recurrence …), its uid `<uidPrefix>-<id>`.
 */
export function eventHit(data: Record<string, unknown>, id: number, uidPrefix: string): SearchHit {
  return searchHit({
    chunkId: id,
    path: '/work/studio.ics',
    uri: `file:///work/studio.ics#event=${id}`,
    title: String(data.summary),
    text: String(data.summary),
    type: 'event',
    data: { type: 'event', uid: `${uidPrefix}-${id}`, attendees: [], allDay: false, locator: {}, ...data },
  });
}
