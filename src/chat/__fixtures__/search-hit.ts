import type { SearchHit } from '../../index/types.ts';

/** A search hit on one paragraph of an invented notes file, for tests of answer extraction. */
export function notesHit(
  text: string,
  type: SearchHit['type'] = 'document',
  extra: Partial<SearchHit> = {},
): SearchHit {
  return {
    chunkId: 1,
    path: '/work/notes.txt',
    uri: 'file:///work/notes.txt#p=1',
    title: 'notes.txt',
    locator: { paragraph: 1 },
    score: 1,
    snippet: '',
    text,
    type,
    people: [],
    ...extra,
  } as SearchHit;
}
