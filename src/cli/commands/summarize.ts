/**
 * @module summarize
 * `officemate summarize FILE [--length short|medium|long]`
 */

import { fail } from '../../lib/errors.ts';
import type { FileSummary } from '../../skills/summarize-document/summarize-file.ts';
import { requirePositional, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const USAGE = 'summarize FILE [--length short|medium|long] [--json]';

export const summarizeCommand: Command = {
  name: 'summarize',
  summary: 'Summarize any readable file, every sentence cited to its passage.',
  usage: USAGE,
  options: { length: { type: 'string' } },
  async run(context) {
    // Loaded here, not at the top, so `--help` starts without them.
    const { summarizeSkill } = await import('../../skills/summarize-document/summarize.skill.ts');
    const { runCliSkill } = await import('../skill-context.ts');
    const path = requirePositional(context, 0, 'FILE', USAGE);
    const length = stringFlag(context, 'length') ?? 'medium';
    if (!['short', 'medium', 'long'].includes(length))
      fail('bad_usage', `--length must be short, medium or long, not "${length}".`);
    const { data: summary } = await runCliSkill<FileSummary>(context, summarizeSkill, {
      source: path,
      length,
    });
    if (context.json) {
      context.outJson(summary);
      return 0;
    }
    context.out(`${summary.title}\n`);
    // An empty summary says why (its warning) rather than printing blank lines.
    context.out(summary.summary || (summary.warnings[0]?.message ?? 'Nothing to summarize.'));
    if (summary.citations.length > 0) context.out('');
    for (const citation of summary.citations) {
      const where = Object.entries(citation.locator)
        .map(([key, value]) => `${key} ${value}`)
        .join(', ');
      context.out(`[${citation.n}] ${citation.path}${where ? ` (${where})` : ''}`);
    }
    context.out(`\n(engine: ${summary.engine})`);
    return 0;
  },
};
