/**
 * @module search-command
 * `officemate search QUERY`: ranked passages from the index. Filters come from the words
 * ("emails from Ann last week"), from operators (from: to: type: since: until:) or from flags.
 * `--batch FILE.jsonl` answers `{ id, query, k?, type?, from?, to?, since?, until?, as? }` per line.
 */

import type { SearchHit, SearchResponse } from '../../index/types.ts';
import { fail } from '../../lib/errors.ts';
import type { presentHit } from '../../skills/search/search.skill.ts';
import { booleanFlag, integerFlag, listFlag, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

type SearchData = {
  results: (ReturnType<typeof presentHit> & Pick<SearchHit, 'locator'>)[];
  parsed: SearchResponse['parsed'];
};

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

function describeLocator(hit: Pick<SearchHit, 'locator'>): string {
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
    // Loaded here, not at the top, so `--help` starts without them.
    const { searchSkill } = await import('../../skills/search/search.skill.ts');
    const { runBatch } = await import('../batch.ts');
    const { cliSkillContext, runCliSkill } = await import('../skill-context.ts');
    const batch = stringFlag(context, 'batch');
    const query = context.positionals.join(' ').trim();
    if (!batch && query === '') fail('bad_usage', 'Missing QUERY.', { hint: `Usage: officemate ${USAGE}` });
    // One index for the whole run (a batch asks many queries), shared by every skill context.
    const shared = cliSkillContext(context, searchSkill.id);
    try {
      const run = async (text: string, options: Options): Promise<SearchData> => {
        const skillContext = options.as
          ? cliSkillContext(context, searchSkill.id, { user: options.as, indexOf: shared })
          : shared;
        const input = {
          query: text,
          ...(options.k !== undefined ? { k: options.k } : {}),
          types: options.types ?? [],
          from: options.from ?? [],
          to: options.to ?? [],
          ...(options.since !== undefined ? { since: options.since } : {}),
          ...(options.until !== undefined ? { until: options.until } : {}),
          literal: options.literal ?? false,
        };
        return (await runCliSkill<SearchData>(context, searchSkill, input, { skillContext })).data;
      };
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
          return { results: response.results };
        });
      }
      const response = await run(query, flagOptions);
      if (context.json) {
        context.outJson({ results: response.results, parsed: response.parsed });
        return 0;
      }
      const filters = Object.entries(response.parsed.filters)
        .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`)
        .join(' ');
      if (filters)
        context.log(`Filters: ${filters}${response.parsed.text ? ` · words: ${response.parsed.text}` : ''}`);
      if (response.results.length === 0) {
        const index = await shared.index();
        context.out(
          (await index.store.stats()).chunks === 0
            ? `No results: nothing is indexed yet in ${index.location}. Run officemate index PATH (files, folders, mailboxes), then search again.`
            : 'No results.',
        );
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
      await shared.close();
    }
  },
};
