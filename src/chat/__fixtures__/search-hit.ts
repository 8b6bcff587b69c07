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
