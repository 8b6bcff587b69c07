/**
 * @module search-demo
 * The demo's work-graph section: index the sample workspace (the second run shows that
 * unchanged files are skipped), then a few searches in words, with filters read from them.
 */
import { indexPaths } from '../../index/index-paths.ts';
import { withIndex } from '../../index/open-index.ts';
import { listPeople, search } from '../../index/search.ts';
import type { DemoContext, DemoSection } from './demo-context.ts';

const QUERIES = [
  'emails from Tom last week about the travel budget',
  'meetings next week',
  'hosting vendor decision',
  'from:priya type:email renewal quote',
];

export const searchDemo: DemoSection = {
  title: 'Indexing and search',
  async run(context: DemoContext) {
    context.heading(this.title);
    const now = context.clock.now();
    await withIndex(context.db, async (index) => {
      const first = await indexPaths(index, [context.workspace], { owner: 'maya', now });
      context.out(
        `  Indexed ${first.files} files into ${first.chunks} chunks (${first.skipped} unchanged, ${first.errors.length} errors) in ${first.seconds} s.`,
      );
      const second = await indexPaths(index, [context.workspace], { owner: 'maya', now });
      context.out(`  Second run: ${second.skipped} files unchanged, ${second.files} re-read.`);
      const people = await listPeople(index);
      context.out(
        `  People merged across mail, calendar, contacts and transcripts: ${people.length} (top: ${people
          .slice(0, 4)
          .map((person) => person.name)
          .join(', ')}).`,
      );
      for (const query of QUERIES) {
        const { results, parsed } = await search(index, { query, k: 3, now });
        const filters = Object.entries(parsed.filters)
          .map(
            ([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value).slice(0, 10)}`,
          )
          .join(' ');
        context.out(
          `\n  search "${query}"${filters ? `  [${filters}${parsed.text ? `; words: ${parsed.text}` : ''}]` : ''}`,
        );
        if (results.length === 0) context.out('    (no results)');
        results.forEach((hit, position) => {
          const when = hit.date ? ` · ${hit.date.slice(0, 10)}` : '';
          context.out(`    ${position + 1}. ${hit.title} [${hit.type}${when}]`);
          context.out(`       ${hit.snippet.slice(0, 140)}`);
        });
      }
    });
  },
};
