/**
 * @module retrieve
 * Passages for a question. Dates in a question often say when the thing asked about happens
 * ("the hotel John is booked into on April 4"), not when the mail about it was written, so
 * when the question's words set a date range, the passages found without it are interleaved
 * with those found within it. Mail and chat written after `now` did not exist when the
 * question was asked and are left out.
 */
import type { SearchIndex } from '../index/open-index.ts';
import { search } from '../index/search.ts';
import type { SearchFilters, SearchHit } from '../index/types.ts';

export type Retrieval = {
  readonly results: readonly SearchHit[];
  /** True when the question's words set a date range. */
  readonly dated: boolean;
};

// Only mail carries a reliable date of writing; chat logs and notes often carry the file's.
const WRITTEN_TYPES = new Set(['email']);

function existedAt(hit: SearchHit, now: Date): boolean {
  return !(WRITTEN_TYPES.has(hit.type) && hit.date !== undefined && hit.date > now.toISOString());
}

export async function retrieve(
  index: SearchIndex,
  query: string,
  options: { readonly k: number; readonly now: Date; readonly filters: SearchFilters },
): Promise<Retrieval> {
  const { k, now, filters } = options;
  const first = await search(index, { query, k: k + 4, now, filters });
  const dated = Boolean(first.parsed.filters.since || first.parsed.filters.until);
  const within = first.results.filter((hit) => existedAt(hit, now));
  if (!dated) return { results: within.slice(0, k), dated };
  const undated = (await search(index, { query, k: k + 4, now, filters, understand: false })).results.filter(
    (hit) => existedAt(hit, now),
  );
  const seen = new Set<string>();
  const merged: SearchHit[] = [];
  for (let i = 0; merged.length < k && (i < within.length || i < undated.length); i++)
    for (const hit of [within[i], undated[i]])
      if (hit && !seen.has(hit.uri) && merged.length < k) {
        seen.add(hit.uri);
        merged.push(hit);
      }
  return { results: merged, dated };
}
