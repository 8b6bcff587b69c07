/**
 * @module mail-triage
 * `officemate mail triage PATH... [--as ADDRESS]`: label every thread and rank by priority.
 */

import type { triageThreads } from '../../skills/mail/triage.ts';
import { listFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { listedSubject } from './mail-threads.ts';

const USAGE = 'mail triage PATH... [--as ADDRESS[,ADDRESS...]] [--json]';

export const mailTriageCommand: Command = {
  name: 'mail triage',
  summary:
    'Label threads needs-reply / waiting-on-others / fyi / newsletter, with deadlines, priority and reasons.',
  usage: USAGE,
  options: { as: { type: 'string', multiple: true } },
  async run(context) {
    // Loaded here, not at the top, so `--help` starts without them.
    const { mailTriageSkill } = await import('../../skills/mail/mail.skill.ts');
    const { mailPaths } = await import('../mail-input.ts');
    const { runCliSkill } = await import('../skill-context.ts');
    const { data } = await runCliSkill<{ threads: ReturnType<typeof triageThreads>; engine: string }>(
      context,
      mailTriageSkill,
      {
        mail: mailPaths(context, USAGE),
        as: listFlag(context, 'as')
          // "--as a@x,b@y" as well as "--as a@x --as b@y": an owner often has several addresses.
          .flatMap((value) => value.split(','))
          .map((value) => value.trim())
          .filter(Boolean),
      },
    );
    if (context.json) {
      context.outJson(data);
      return 0;
    }
    const triaged = data.threads;
    for (const item of triaged) {
      const deadline = item.deadlines[0] ? `  due ${item.deadlines[0].date.slice(0, 10)}` : '';
      context.out(
        `${String(item.priority).padStart(2)}  ${item.label.padEnd(17)} ${listedSubject(item)}${deadline}`,
      );
      context.out(`    ${item.reasons.join('; ')}`);
    }
    return 0;
  },
};
