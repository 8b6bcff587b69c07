/**
 * @module mail-reply
 * `officemate mail reply [--thread ID] PATH... [--intent TEXT] [--as ADDRESS] -o reply.eml`
 */
import { booleanFlag, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

type ReplyData = { text: string; placeholders: number; engine: string; [key: string]: unknown };

const USAGE =
  'mail reply [--thread ID] PATH... [--intent "accept, propose Tuesday 10:00"] [--as ADDRESS] [--all] -o reply.eml';

export const mailReplyCommand: Command = {
  name: 'mail reply',
  summary: 'Draft a reply to a thread as an .eml file with the right threading headers.',
  usage: USAGE,
  options: {
    thread: { type: 'string' },
    intent: { type: 'string' },
    as: { type: 'string' },
    name: { type: 'string' },
    all: { type: 'boolean', default: false },
    output: { type: 'string', short: 'o' },
  },
  help: [
    'Flags:',
    '  --intent TEXT   what to say, as comma-separated clauses: "accept", "propose Tuesday 10:00", "thank"...',
    '  --as ADDRESS    your address (default: the writer of a sent folder, else the most frequent recipient)',
    '  --name NAME     the name to sign with (default: the name your own sent mail uses)',
    '  --all           reply to all recipients',
    '  -o, --output FILE.eml  where to write the draft (default reply.eml)',
    'Open questions of the last message are listed with [your answer] placeholders: the builtin engine never invents answers.',
  ].join('\n'),
  async run(context) {
    // Loaded here, not at the top, so `--help` starts without them.
    const { mailReplySkill } = await import('../../skills/mail/mail.skill.ts');
    const { mailPathsForThread } = await import('../mail-input.ts');
    const { runCliSkill, writeArtifact } = await import('../skill-context.ts');
    const thread = stringFlag(context, 'thread');
    const intent = stringFlag(context, 'intent');
    const address = stringFlag(context, 'as');
    const name = stringFlag(context, 'name');
    const reply = await runCliSkill<ReplyData>(context, mailReplySkill, {
      mail: await mailPathsForThread(context, USAGE, thread),
      ...(thread ? { thread } : {}),
      ...(intent ? { intent } : {}),
      ...(address ? { as: address } : {}),
      ...(name ? { name } : {}),
      all: booleanFlag(context, 'all'),
    });
    const out = stringFlag(context, 'output') ?? 'reply.eml';
    await writeArtifact(reply, out);
    const { text, ...data } = reply.data;
    if (context.json) {
      context.outJson({ path: out, ...data });
    } else {
      context.out(text);
      context.out(
        `\nDraft written to ${out} (engine: ${data.engine}${data.placeholders ? `; ${data.placeholders} [your answer] placeholder${data.placeholders === 1 ? '' : 's'} to fill` : ''}).`,
      );
    }
    return 0;
  },
};
