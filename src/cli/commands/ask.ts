/**
 * @module ask
 * `officemate ask QUESTION [--as USER] [--session ID] [--k N]`: a grounded answer over the
 * index, every sentence citing passages `[n]` that resolve to path, uri, locator and quote.
 * With a model, its words are printed as they come; the checked answer then replaces them
 * (rewritten in place on a terminal, printed below them when stdout is a pipe or file).
 */

import type { AskResult } from '../../chat/ask-question.ts';
import { fixedClock } from '../../lib/clock.ts';
import { fail } from '../../lib/errors.ts';
import { zoneWrittenIn } from '../../lib/time-zones.ts';
import { integerFlag, stringFlag } from '../args.ts';
import type { Command, CommandContext } from '../command.ts';
import type { LiveText } from '../live-text.ts';

const USAGE = 'ask QUESTION [--as USER] [--session ID] [--tz ZONE] [--k N] [--json] | ask --batch FILE.jsonl';

function printAnswer(context: CommandContext, result: AskResult): void {
  context.out(result.answer);
  if (result.citations.length) {
    context.out('');
    for (const citation of result.citations) {
      const where = Object.entries(citation.locator)
        .map(([key, value]) => `${key} ${value}`)
        .join(', ');
      context.out(`[${citation.n}] ${citation.path}${where ? ` (${where})` : ''}\n    "${citation.quote}"`);
    }
  }
  if (result.nearest?.length) {
    context.out('\nNearest results:');
    for (const item of result.nearest) context.out(`  - ${item.title} (${item.path})`);
  }
}

/** A batch line's own "now" (ISO 8601), else the command's. */
function batchNow(value: unknown, fallback: Date): Date {
  if (value === undefined || value === null) return fallback;
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()))
    fail('bad_usage', `"now" ${JSON.stringify(value)} is not an ISO 8601 date.`, {
      hint: 'Example: "now": "2024-03-01T09:00:00Z"',
    });
  return date;
}

/** A batch line's zone: its "tz", else the offset its "now" is written with, else the command's. */
function batchZone(item: Record<string, unknown>, fallback: string | undefined): string | undefined {
  if (typeof item.tz === 'string') return item.tz;
  return (typeof item.now === 'string' ? zoneWrittenIn(item.now) : undefined) ?? fallback;
}

export const askCommand: Command = {
  name: 'ask',
  summary: 'Ask a question across your indexed work; every sentence cites its source.',
  usage: USAGE,
  options: {
    as: { type: 'string' },
    session: { type: 'string' },
    k: { type: 'string' },
    batch: { type: 'string' },
    tz: { type: 'string' },
  },
  help: [
    'Flags:',
    '  --as USER          answer only from passages USER may read (default: $OFFICEMATE_USER or the OS user)',
    '  --session ID       keep a conversation: follow-ups ("and what did legal say?") use the earlier questions',
    '  --k N              passages to retrieve (default 8)',
    '  --tz ZONE          your time zone (IANA name or UTC offset such as -08:00): days asked about are yours',
    '  --batch FILE.jsonl one { "id", "question", "now"?, "as"?, "session"?, "tz"? } per line; one JSON result per line;',
    '                     a line whose "now" is written with an offset (-08:00, not Z) is asked from that zone',
    '',
    'Examples:',
    '  officemate ask "When do I next meet Daniel?"',
    '  officemate ask "What did finance decide about the travel budget?" --json',
    '  officemate ask "What did I miss since Monday?" --as maya',
  ].join('\n'),
  async run(context) {
    // Loaded here, not at the top, so `--help` starts without them.
    const { askSkill } = await import('../../chat/ask.skill.ts');
    const { defaultOwner } = await import('../../index/index-paths.ts');
    const { runBatch } = await import('../batch.ts');
    const { cliSkillContext, runCliSkill } = await import('../skill-context.ts');
    const { draftListener } = await import('../../chat/answer-draft.ts');
    const { observeStreams } = await import('../../models/observe-streams.ts');
    const { liveText } = await import('../live-text.ts');
    const k = integerFlag(context, 'k', { min: 1, max: 50 }) ?? 8;
    // One index for the whole run (a batch asks many questions), shared by every skill context.
    const shared = cliSkillContext(context, askSkill.id);
    try {
      const answer = async (
        question: string,
        asUser: string,
        sessionId: string | undefined,
        now: Date = context.clock.now(),
        live?: LiveText,
        timeZone: string | undefined = stringFlag(context, 'tz'),
      ): Promise<AskResult> => {
        if (question.trim() === '')
          fail('bad_usage', 'The question is empty.', { hint: `Usage: officemate ${USAGE}` });
        const skillContext = cliSkillContext(context, askSkill.id, {
          user: asUser,
          indexOf: shared,
          clock: fixedClock(now),
          // The model's words are shown as they come; the checked answer then replaces them.
          ...(live
            ? {
                wrapModel: (model) =>
                  observeStreams(model, () => draftListener((delta) => live.write(delta))),
              }
            : {}),
        });
        const input = {
          question,
          k,
          ...(sessionId ? { session: sessionId } : {}),
          ...(timeZone ? { timeZone } : {}),
        };
        try {
          return (await runCliSkill<AskResult>(context, askSkill, input, { skillContext })).data;
        } finally {
          // The index is the shared one; this closes the user's sessions if the question used them.
          await skillContext.close();
        }
      };
      const batch = stringFlag(context, 'batch');
      if (batch) {
        return await runBatch(context, batch, async (item) => {
          if (typeof item.question !== 'string') fail('bad_usage', 'Each batch line needs a "question".');
          const asUser =
            typeof item.as === 'string' ? item.as : (stringFlag(context, 'as') ?? defaultOwner());
          return {
            ...(await answer(
              item.question,
              asUser,
              typeof item.session === 'string' ? item.session : undefined,
              batchNow(item.now, context.clock.now()),
              undefined,
              batchZone(item, stringFlag(context, 'tz')),
            )),
          };
        });
      }
      const question = context.positionals.join(' ');
      if (!question) fail('bad_usage', 'Missing QUESTION.', { hint: `Usage: officemate ${USAGE}` });
      const live = context.json ? undefined : liveText(context);
      let result: AskResult;
      try {
        result = await answer(
          question,
          stringFlag(context, 'as') ?? defaultOwner(),
          stringFlag(context, 'session'),
          context.clock.now(),
          live,
        );
      } finally {
        live?.finish();
      }
      if (context.json) context.outJson(result);
      else printAnswer(context, result);
      return 0;
    } finally {
      await shared.close();
    }
  },
};
