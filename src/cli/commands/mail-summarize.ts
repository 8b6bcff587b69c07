/**
 * @module mail-summarize
 * `officemate mail summarize [--thread ID] PATH...`: what was asked and decided, what is
 * open and who owes what, every sentence citing its message.
 */
import type { ThreadSummary } from '../../skills/mail/summarize-thread.ts';
import { stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const USAGE = 'mail summarize [--thread ID] PATH... [--json]';

export const mailSummarizeCommand: Command = {
  name: 'mail summarize',
  summary: 'Summarize a mail thread: asks, decisions, open questions, who owes what — with citations.',
  usage: USAGE,
  options: { thread: { type: 'string' } },
  async run(context) {
    // Loaded here, not at the top, so `--help` starts without them.
    const { mailSummarizeSkill } = await import('../../skills/mail/mail.skill.ts');
    const { mailPathsForThread } = await import('../mail-input.ts');
    const { runCliSkill } = await import('../skill-context.ts');
    const thread = stringFlag(context, 'thread');
    const { data: summary } = await runCliSkill<ThreadSummary>(context, mailSummarizeSkill, {
      mail: await mailPathsForThread(context, USAGE, thread),
      ...(thread ? { thread } : {}),
    });
    if (context.json) {
      context.outJson(summary);
      return 0;
    }
    context.out(summary.summary);
    context.out('');
    // Only the messages the printed summary cites; the JSON keeps those its points cite too.
    const cited = new Set([...summary.summary.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])));
    for (const citation of summary.citations.filter((item) => cited.has(item.n)))
      context.out(`[${citation.n}] ${citation.locator.messageId}  ${citation.path}`);
    context.out(`\n(engine: ${summary.engine})`);
    return 0;
  },
};
