/**
 * @module retrieve
 * Passages for a question. Dates in a question often say when the thing asked about happens
 * ("the hotel John is booked into on April 4"), not when the mail about it was written, so
 * they are a preference, not a filter: one search without them, deep enough that what falls
 * inside the range is among the results, and those hits interleaved with the best overall.
 * (A date filter inside the search walks the whole ranking, fetching every matching chunk,
 * when few fall in the range.) Mail written after `now` did not exist when the question was
 * asked and is left out.
 */

import { analyze } from '../index/analyze.ts';
import type { SearchIndex } from '../index/open-index.ts';
import { parseQuery } from '../index/query.ts';
import { search } from '../index/search.ts';
import type { SearchFilters, SearchHit } from '../index/types.ts';
import { cyrillicSpelling, translates } from '../lib/text/cross-language.ts';
import { INDEX_STOP_WORDS } from '../lib/text/stop-words.ts';
import { askedCodes, holdsCode } from './code-match.ts';
import { questionTerms } from './question-terms.ts';

export type Retrieval = {
  readonly results: readonly SearchHit[];
  /** True when the question's words set a date range. */
  readonly dated: boolean;
};

// Only mail carries a reliable date of writing; chat logs and notes often carry the file's.
const WRITTEN_TYPES = new Set(['email']);
/** How many times k results are read when mail written after `now` crowds the first ones out. */
const LATER_DEPTH = 4;
/** Results read when the question names dates, to find the hits that fall inside them. */
const DATED_DEPTH = 100;

function existedAt(hit: SearchHit, now: Date): boolean {
  return !(WRITTEN_TYPES.has(hit.type) && hit.date !== undefined && hit.date > now.toISOString());
}

function inRange(hit: SearchHit, since: string | undefined, until: string | undefined): boolean {
  if (!hit.date) return false;
  const when = Date.parse(hit.date);
  const end = typeof hit.data?.end === 'string' ? Date.parse(hit.data.end) : when;
  if (since && (Number.isNaN(end) ? when : end) < Date.parse(since)) return false;
  return !(until && when >= Date.parse(until));
}

/** The question's filters (people, types) with the caller's; the caller's win. */
function merge(parsed: SearchFilters, explicit: SearchFilters): SearchFilters {
  const merged: Record<string, unknown> = { ...parsed };
  for (const [key, value] of Object.entries(explicit)) {
    if (value === undefined) continue;
    const known = merged[key];
    merged[key] = Array.isArray(value) && Array.isArray(known) ? [...new Set([...known, ...value])] : value;
  }
  return merged as SearchFilters;
}

/** Words that name the kind of file a passage is in: "the budget slide", "on the rates sheet". */
const KIND_WORDS: ReadonlyArray<readonly [RegExp, 'slide' | 'sheet']> = [
  [/\b(?:slides?|decks?|presentations?)\b/i, 'slide'],
  [/\b(?:sheets?|spreadsheets?|workbooks?|worksheets?)\b/i, 'sheet'],
];

/** The one kind of passage the question names, when no filter already sets the types. */
function namedKind(query: string, filters: SearchFilters): 'slide' | 'sheet' | undefined {
  if (filters.types?.length) return undefined;
  const kinds = KIND_WORDS.filter(([words]) => words.test(query)).map(([, kind]) => kind);
  return kinds.length === 1 ? kinds[0] : undefined;
}

/** Whether the only kind the question's words set is events ("the meeting on …") and the caller set none. */
function readsMeetingAsEvent(read: SearchFilters, explicit: SearchFilters): boolean {
  return !explicit.types?.length && read.types?.length === 1 && read.types[0] === 'event';
}

/** Whether a passage's title carries half the words of the topic or more ("Mtg w/Ana Ruiz & Ben Ode"). */
function titlesTopic(hits: readonly SearchHit[], words: string): boolean {
  const topic = [...new Set(questionTerms(words))];
  if (topic.length === 0) return true;
  return hits.some((hit) => {
    const title = new Set(questionTerms(hit.title));
    return topic.filter((term) => title.has(term)).length * 2 >= topic.length;
  });
}

/** The first list's hits and the second's in turn, each once, up to k. */
function interleave(first: readonly SearchHit[], second: readonly SearchHit[], k: number): SearchHit[] {
  const seen = new Set<string>();
  const merged: SearchHit[] = [];
  for (let i = 0; merged.length < k && (i < first.length || i < second.length); i++)
    for (const hit of [first[i], second[i]])
      if (hit && !seen.has(hit.uri) && merged.length < k) {
        seen.add(hit.uri);
        merged.push(hit);
      }
  return merged;
}

/** Passages read for the names a question writes in Latin letters, spelled in Cyrillic. */
const CYRILLIC_DEPTH = 4;
/** The fewest letters a capitalised word has to be read as a name. */
const NAME_LETTERS = 4;

/**
 * The names a question writes in Latin letters past its first word ("the Zarevsk town
 * administration", "Holmgren's birthday"), spelled as a text in Russian writes them, as terms.
 */
function cyrillicNameTerms(query: string): string[] {
  const words = query.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  const names = words
    .slice(1)
    .map((word) => word.replace(/['’]s?$/u, ''))
    .filter((word) => word.length >= NAME_LETTERS && /^[A-Z][a-z]+$/.test(word));
  return [
    ...new Set(
      names.flatMap((name) => analyze(cyrillicSpelling(name) ?? '')).filter((term) => term.length >= 3),
    ),
  ];
}

type RetrieveOptions = {
  readonly k: number;
  readonly now: Date;
  readonly filters: SearchFilters;
  /** Read deeper when mail written after `now` leaves fewer than k results (see LATER_DEPTH). */
  readonly fill?: boolean;
};

/**
 * The passages for a question. A code or identifier it names ("session QK2.15") is matched as
 * a person matches it: the passages that hold it whole come first, found by the code alone when
 * the question's other words rank them low (those the words rank high first).
 */
export async function retrieve(
  index: SearchIndex,
  query: string,
  options: RetrieveOptions,
): Promise<Retrieval> {
  const ranked = await withCyrillicNames(index, query, options, await retrieveRanked(index, query, options));
  const codes = askedCodes(query);
  if (codes.length === 0) return ranked;
  const { k, now, filters } = options;
  const holds = (hit: SearchHit) => codes.some((code) => holdsCode(`${hit.title}\n${hit.text}`, code));
  const byCode: SearchHit[] = [];
  for (const code of codes) {
    const { results } = await search(index, { query: code, k: k + 4, now, filters, understand: false });
    byCode.push(...results.filter((hit) => existedAt(hit, now) && holds(hit)));
  }
  const first = [...ranked.results.filter(holds), ...byCode];
  if (first.length === 0) return ranked;
  const seen = new Set<string>();
  const results = [...first, ...ranked.results].filter(
    (hit) => !seen.has(hit.uri) && Boolean(seen.add(hit.uri)),
  );
  return { results: results.slice(0, k), dated: ranked.dated };
}

/**
 * Whether a text carries a word of the question besides its names: a figure it writes ("110th",
 * "2017") or a word it writes translated or respelled ("administration", "Администрации"). A
 * name alone ("Robert" in a list of poets' birthdays) is a namesake, not the thing asked.
 */
function carriesOtherWord(query: string, text: string): boolean {
  const figures = new Set(text.match(/\d+/g) ?? []);
  if ((query.match(/\d+/g) ?? []).some((figure) => figures.has(figure))) return true;
  const asked = (query.match(/\p{L}+/gu) ?? []).filter(
    (word) =>
      word.length >= NAME_LETTERS && !/^\p{Lu}/u.test(word) && !INDEX_STOP_WORDS.has(word.toLowerCase()),
  );
  if (asked.length === 0) return false;
  const written = new Set(text.match(/\p{L}+/gu) ?? []);
  return asked.some((word) => [...written].some((other) => translates(word, other)));
}

/**
 * A question in English over a file in Russian shares no word with it but the names it writes
 * ("Zarevsk" and "Заревск"): the passages that write one of its names in Cyrillic, which its
 * words leave out of the ranking, are read after the others.
 */
async function withCyrillicNames(
  index: SearchIndex,
  query: string,
  options: RetrieveOptions,
  ranked: Retrieval,
): Promise<Retrieval> {
  const terms = cyrillicNameTerms(query);
  if (terms.length === 0) return ranked;
  const { now, filters } = options;
  const { results } = await search(index, {
    query: terms.join(' '),
    k: CYRILLIC_DEPTH,
    now,
    filters,
    understand: false,
  });
  const known = new Set(ranked.results.map((hit) => hit.uri));
  const more = results.filter((hit) => {
    if (known.has(hit.uri) || !existedAt(hit, now)) return false;
    const written = new Set(analyze(`${hit.title} ${hit.text}`));
    return terms.some((term) => written.has(term)) && carriesOtherWord(query, `${hit.title} ${hit.text}`);
  });
  return more.length === 0 ? ranked : { results: [...ranked.results, ...more], dated: ranked.dated };
}

async function retrieveRanked(
  index: SearchIndex,
  query: string,
  options: RetrieveOptions,
): Promise<Retrieval> {
  const { k, now, filters } = options;
  const parsed = parseQuery(query, { now, people: await index.store.people() });
  const { since, until, ...rest } = parsed.filters;
  const dated = Boolean(since || until);
  if (!dated) {
    const searchAt = (depth: number) =>
      search(index, { query: parsed.text, k: depth, now, filters: merge(rest, filters), understand: false });
    let { results } = await searchAt(k + 4);
    // Mail written after `now` took places in the ranking: read deeper for k that existed then.
    if (options.fill && results.length === k + 4 && results.filter((hit) => existedAt(hit, now)).length < k)
      ({ results } = await searchAt(LATER_DEPTH * k));
    const found = results.filter((hit) => existedAt(hit, now)).slice(0, k);
    if (readsMeetingAsEvent(rest, filters) && found.length > 0) {
      // "Which room is the budget meeting on Friday in?": a meeting is told in mail (a notice,
      // an invitation) as often as in a calendar, so the word is a preference for events, not
      // a filter: the events found are read beside the best passages of any kind.
      const { types: _read, ...untyped } = rest;
      const any = await search(index, {
        query: parsed.text,
        k: k + 4,
        now,
        filters: merge(untyped, filters),
        understand: false,
      });
      const existing = any.results.filter((hit) => existedAt(hit, now));
      return { results: interleave(found, existing, k), dated };
    }
    const kind = namedKind(query, { ...rest, ...filters });
    if (kind && found.length > 0) {
      // "the budget review slide": passages of that kind, which the words alone may
      // leave below a long document that repeats them, are read beside the best overall.
      const typed = await search(index, {
        query: parsed.text,
        k,
        now,
        filters: merge(rest, { ...filters, types: [kind] }),
        understand: false,
      });
      return { results: interleave(found, typed.results, k), dated };
    }
    if (found.length > 0 || Object.keys(rest).length === 0) return { results: found, dated };
    // Filters read from the words (a person, a type) that leave nothing: the words are the
    // question's topic, not a filter. Search the words as asked.
    const again = await search(index, { query, k: k + 4, now, filters, understand: false });
    const asked = again.results.filter((hit) => existedAt(hit, now));
    if (!readsMeetingAsEvent(rest, filters) || titlesTopic(asked.slice(0, k), parsed.text))
      return { results: asked.slice(0, k), dated };
    // "the meeting on pricing rules" with no such event and no passage titled by
    // its topic: the words without "meeting" (which every notice's subject repeats) may find its
    // notice in mail; both are read, the words as asked first.
    const { types: _read, ...untyped } = rest;
    const words = await search(index, {
      query: parsed.text,
      k: k + 4,
      now,
      filters: merge(untyped, filters),
      understand: false,
    });
    return {
      results: interleave(
        asked,
        words.results.filter((hit) => existedAt(hit, now)),
        k,
      ),
      dated,
    };
  }
  // The words as asked (people read from a dated question are often its topic, not a filter).
  const { results } = await search(index, {
    query,
    k: Math.max(DATED_DEPTH, k),
    now,
    filters,
    understand: false,
  });
  const existing = results.filter((hit) => existedAt(hit, now));
  const within = existing.filter((hit) => inRange(hit, since, until));
  return { results: interleave(within, existing, k), dated };
}
