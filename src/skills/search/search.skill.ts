/**
 * @module search-skill
 * `search`: ranked passages from the index, trimmed to what the user may read. Filters come
 * from the words ("emails from Ann last week"), from operators (from: to: type: since:
 * until:) or from the input's fields.
 */
import { z } from 'zod';
import { chunkTypeOfWord, parseDateValue, parseQuery } from '../../index/query.ts';
import { search } from '../../index/search.ts';
import { CHUNK_TYPES, type ChunkType, type SearchFilters, type SearchHit } from '../../index/types.ts';
import { fail } from '../../lib/errors.ts';
import { defineSkill, LocatorSchema, type SkillContext } from '../skill.ts';

const SearchInput = z.object({
  query: z.string().min(1).max(2000),
  k: z.number().int().min(1).max(1000).default(10),
  types: z
    .array(z.string())
    .max(10)
    .default([])
    .describe(`Any of ${CHUNK_TYPES.join(', ')}.`),
  from: z.array(z.string().max(320)).max(20).default([]),
  to: z.array(z.string().max(320)).max(20).default([]),
  since: z.string().max(100).optional().describe('ISO 8601 or words ("last monday").'),
  until: z.string().max(100).optional(),
  literal: z.boolean().default(false).describe('Rank the words as written: read no filters from them.'),
});
type SearchInput = z.output<typeof SearchInput>;

function buildFilters(input: SearchInput, now: Date, asUser: string | undefined): SearchFilters {
  const types: ChunkType[] = [];
  for (const word of input.types) {
    // The words a query reads as a type work as --type too: "mail", "decks", "meetings".
    const type = chunkTypeOfWord(word);
    if (!type)
      fail('bad_usage', `--type ${word} is not a chunk type.`, {
        hint: `Use one of: ${CHUNK_TYPES.join(', ')}.`,
      });
    if (!types.includes(type)) types.push(type);
  }
  const date = (flag: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const parsed = parseDateValue(value, now);
    if (!parsed)
      fail('bad_usage', `--${flag} ${value} is not a date.`, {
        hint: 'Use ISO 8601 (2026-03-01) or words ("last monday").',
      });
    return parsed.toISOString();
  };
  const since = date('since', input.since);
  const until =
    input.until === undefined ? undefined : (endOf(input.until, now) ?? date('until', input.until));
  return {
    ...(types.length ? { types } : {}),
    ...(input.from.length ? { from: input.from } : {}),
    ...(input.to.length ? { to: input.to } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(asUser ? { asUser } : {}),
  };
}

/**
 * The end of the day or month an --until value names, so that the day is included as the same
 * words in a query include it ("until 2026-03-10" reaches to the end of 10 March); a value with a
 * time of day ends at that time (undefined here).
 */
function endOf(value: string, now: Date): string | undefined {
  const trimmed = value.trim();
  if (/T\d/.test(trimmed)) return undefined;
  const month = /^(\d{4})-(\d{2})$/.exec(trimmed);
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]), 1)).toISOString();
  return parseQuery(`until ${trimmed}`, { now }).filters.until;
}

/** The user whose permissions trim results; none for the local owner who asked for everything. */
export function readerOf(context: SkillContext): string | undefined {
  return context.seesAll ? undefined : context.user;
}

export function presentHit(hit: SearchHit) {
  return {
    chunkId: hit.chunkId,
    path: hit.path,
    uri: hit.uri,
    title: hit.title,
    locator: hit.locator,
    score: hit.score,
    snippet: hit.snippet,
    type: hit.type,
    ...(hit.date ? { date: hit.date } : {}),
    ...(hit.threadId ? { threadId: hit.threadId } : {}),
  };
}

export const searchSkill = defineSkill({
  id: 'search',
  description: 'Search your indexed work: ranked passages with people, time and type filters.',
  input: SearchInput,
  output: z.looseObject({
    results: z.array(
      z.looseObject({
        path: z.string(),
        title: z.string(),
        locator: LocatorSchema,
        score: z.number(),
        snippet: z.string(),
      }),
    ),
    parsed: z.unknown(),
  }),
  async execute(input, context) {
    const now = context.clock.now();
    const response = await search(await context.index(), {
      query: input.query,
      k: input.k,
      now,
      filters: buildFilters(input, now, readerOf(context)),
      understand: !input.literal,
    });
    return { data: { results: response.results.map(presentHit), parsed: response.parsed } };
  },
});
