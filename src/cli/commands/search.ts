/**
 * @module search-command
 * `officemate search QUERY`: ranked passages from the index. Filters come from the words
 * ("emails from Ann last week"), from operators (from: to: type: since: until:) or from flags.
 * `--batch FILE.jsonl` answers `{ id, query, k?, type?, from?, to?, since?, until?, as? }` per line.
 */

import { openIndex } from '../../index/open-index.ts';
import { parseDateValue } from '../../index/query.ts';
import { search } from '../../index/search.ts';
import {
  CHUNK_TYPES,
  type ChunkType,
  type SearchFilters,
  type SearchHit,
  type SearchResponse,
} from '../../index/types.ts';
import { fail } from '../../lib/errors.ts';
import { booleanFlag, integerFlag, listFlag, stringFlag } from '../args.ts';
import { runBatch } from '../batch.ts';
import type { Command } from '../command.ts';

const USAGE =
  'search QUERY [--k N] [--type T] [--from P] [--to P] [--since D] [--until D] [--as USER] [--batch FILE.jsonl] [--json]';

type Options = {
  k?: number;
  types?: string[];
  from?: string[];
  to?: string[];
  since?: string;
  until?: string;
  as?: string;
  literal?: boolean;
};

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string')
    return value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  return [];
}

function buildFilters(options: Options, now: Date): SearchFilters {
  const types: ChunkType[] = [];
  for (const type of options.types ?? []) {
    if (!CHUNK_TYPES.includes(type as ChunkType))
      fail('bad_usage', `--type ${type} is not a chunk type.`, {
        hint: `Use one of: ${CHUNK_TYPES.join(', ')}.`,
      });
    types.push(type as ChunkType);
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
  const since = date('since', options.since);
  const until = date('until', options.until);
  return {
    ...(types.length ? { types } : {}),
    ...(options.from?.length ? { from: options.from } : {}),
    ...(options.to?.length ? { to: options.to } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(options.as ? { asUser: options.as } : {}),
  };
}

function present(hit: SearchHit) {
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

function describeLocator(hit: SearchHit): string {
  const l = hit.locator;
  if (l.slide !== undefined) return `slide ${l.slide}`;
  if (l.sheet !== undefined) return `${l.sheet}${l.range ? `!${l.range}` : ''}`;
  if (l.page !== undefined) return `page ${l.page}`;
  if (l.messageId !== undefined) return `<${l.messageId}>`;
  if (l.start !== undefined)
    return `${Math.floor(l.start / 60)}:${String(Math.floor(l.start % 60)).padStart(2, '0')}`;
  if (l.turn !== undefined) return `turn ${l.turn}`;
  if (l.paragraph !== undefined) return `paragraph ${l.paragraph}`;
  return '';
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search the index: ranked passages with people, time and type filters.',
  usage: USAGE,
  options: {
    k: { type: 'string' },
    type: { type: 'string', multiple: true },
    from: { type: 'string', multiple: true },
    to: { type: 'string', multiple: true },
    since: { type: 'string' },
    until: { type: 'string' },
    as: { type: 'string' },
    batch: { type: 'string' },
    literal: { type: 'boolean', default: false },
  },
  help: [
    'Query syntax: free words, plus filters in words or operators:',
    '  "emails from Ann last week about the budget"  -> type email, from Ann, last week, "budget"',
    '  from:asmith to:"Bob Lee" type:email since:2026-03-01 until:2026-03-08',
    '',
    'Flags:',
    '  --k N            number of results (default 10)',
    '  --type T         document, slide, sheet, email, event, contact, transcript, chat (repeatable)',
    '  --from P         sender/author/organizer/speaker: a name, address or short name',
    '  --to P           recipient, attendee or other participant',
    '  --since D        on or after D (ISO 8601 or words); --until D: before D',
    '  --as USER        only what USER may read',
    '  --literal        rank the words as written: read no filters from them',
    '  --batch FILE     JSON lines { id, query, k?, type?, from?, to?, since?, until?, as? }; one JSON line out per query',
  ].join('\n'),
  async run(context) {
    const batch = stringFlag(context, 'batch');
    const query = context.positionals.join(' ').trim();
    if (!batch && query === '') fail('bad_usage', 'Missing QUERY.', { hint: `Usage: officemate ${USAGE}` });
    const now = context.clock.now();
    const index = await openIndex(context.db);
    try {
      const run = async (text: string, options: Options): Promise<SearchResponse> =>
        search(index, {
          query: text,
          k: options.k ?? 10,
          now,
          filters: buildFilters(options, now),
          understand: !options.literal,
        });
      const flagOptions: Options = {
        ...(integerFlag(context, 'k', { min: 1, max: 1000 }) !== undefined
          ? { k: integerFlag(context, 'k', { min: 1, max: 1000 }) }
          : {}),
        types: listFlag(context, 'type').flatMap((value) => asList(value)),
        from: listFlag(context, 'from'),
        to: listFlag(context, 'to'),
        ...(stringFlag(context, 'since') ? { since: stringFlag(context, 'since') } : {}),
        ...(stringFlag(context, 'until') ? { until: stringFlag(context, 'until') } : {}),
        ...(stringFlag(context, 'as') ? { as: stringFlag(context, 'as') } : {}),
        literal: booleanFlag(context, 'literal'),
      };
      if (batch) {
        return await runBatch(context, batch, async (item) => {
          if (typeof item.query !== 'string' || item.query.trim() === '')
            fail('bad_usage', 'The line has no "query" string.');
          const k = item.k === undefined ? flagOptions.k : Number(item.k);
          if (k !== undefined && (!Number.isInteger(k) || k < 1 || k > 1000))
            fail('bad_usage', `"k" must be a whole number from 1 to 1000, not ${JSON.stringify(item.k)}.`);
          const options: Options = {
            ...flagOptions,
            ...(k !== undefined ? { k } : {}),
            ...(item.type !== undefined ? { types: asList(item.type) } : {}),
            ...(item.from !== undefined ? { from: asList(item.from) } : {}),
            ...(item.to !== undefined ? { to: asList(item.to) } : {}),
            ...(typeof item.since === 'string' ? { since: item.since } : {}),
            ...(typeof item.until === 'string' ? { until: item.until } : {}),
            ...(typeof item.as === 'string' ? { as: item.as } : {}),
          };
          const response = await run(item.query as string, options);
          return { results: response.results.map(present) };
        });
      }
      const response = await run(query, flagOptions);
      if (context.json) {
        context.outJson({ results: response.results.map(present), parsed: response.parsed });
        return 0;
      }
      const filters = Object.entries(response.parsed.filters)
        .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`)
        .join(' ');
      if (filters)
        context.log(`Filters: ${filters}${response.parsed.text ? ` · words: ${response.parsed.text}` : ''}`);
      if (response.results.length === 0) {
        context.out('No results.');
        return 0;
      }
      response.results.forEach((hit, position) => {
        const where = describeLocator(hit);
        context.out(
          `${position + 1}. ${hit.title}  [${hit.type}${hit.date ? ` · ${hit.date.slice(0, 10)}` : ''}] score ${hit.score}`,
        );
        context.out(`   ${hit.path}${where ? ` (${where})` : ''}`);
        context.out(`   ${hit.snippet}`);
      });
      return 0;
    } finally {
      await index.close();
    }
  },
};
