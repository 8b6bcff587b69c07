/**
 * @module scoped-index
 * A view of an index that holds only the chunks passing some filters (types, paths): search,
 * listing and answering over it see nothing else. Used to keep a conversation to one file,
 * to mail, or to meetings. Ranking statistics stay those of the whole index.
 */
import { matchesFilters } from './filters.ts';
import type { SearchIndex } from './open-index.ts';
import type { Chunk, SearchFilters } from './types.ts';

const PAGE = 500;

export type IndexScope = Pick<SearchFilters, 'types' | 'paths'>;

export function scopedIndex(index: SearchIndex, scope: IndexScope): SearchIndex {
  if (!scope.types?.length && !scope.paths?.length) return index;
  const store = index.store;
  const inScope = <T extends Parameters<typeof matchesFilters>[0]>(chunks: T[]) =>
    chunks.filter((chunk) => matchesFilters(chunk, scope));
  return {
    ...index,
    store: {
      ...store,
      // Bound, because stores may keep their state on `this`.
      getFile: store.getFile.bind(store),
      listFiles: store.listFiles.bind(store),
      writeFile: store.writeFile.bind(store),
      writeFiles: store.writeFiles.bind(store),
      removeFile: store.removeFile.bind(store),
      setReaders: store.setReaders.bind(store),
      stats: store.stats.bind(store),
      postings: store.postings.bind(store),
      documentFrequencies: store.documentFrequencies.bind(store),
      mentions: store.mentions.bind(store),
      people: store.people.bind(store),
      integrityCheck: store.integrityCheck.bind(store),
      close: store.close.bind(store),
      getChunks: async (ids) => inScope(await store.getChunks(ids)),
      // Pages of the scoped view: the store's types narrowed to the scope's, its pages read
      // until this page is full, so a short page still means the end.
      async queryChunks(query) {
        const types = scope.types?.length
          ? query.types?.length
            ? query.types.filter((type) => scope.types!.includes(type))
            : scope.types
          : query.types;
        if (types && types.length === 0) return [];
        const wanted = query.offset + query.limit;
        const found: Chunk[] = [];
        for (let offset = 0; found.length < wanted; offset += PAGE) {
          const page = await store.queryChunks({
            ...query,
            ...(types ? { types } : {}),
            offset,
            limit: PAGE,
          });
          found.push(...inScope(page));
          if (page.length < PAGE) break;
        }
        return found.slice(query.offset, wanted);
      },
    },
  };
}
