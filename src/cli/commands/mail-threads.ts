/**
 * @module mail-threads
 * `officemate mail threads PATH...`: rebuild conversations and list them.
 */
import { personName } from '../../formats/mail/person-name.ts';
import { clipText } from '../../lib/text/clip-text.ts';
import { integerFlag } from '../args.ts';
import type { Command } from '../command.ts';

type ThreadsData = {
  threads: {
    id: string;
    subject: string;
    opening?: string;
    participants: { name?: string; address: string }[];
    messages: { date: string | null }[];
  }[];
  total: number;
};

const USAGE = 'mail threads PATH... [--limit N] [--json]';

/** The subject, or for a thread with none its opening words: "(no subject) “I have 3 new …”". */
export function listedSubject(thread: { subject: string; opening?: string }): string {
  return thread.opening ? `${thread.subject} “${thread.opening}”` : clipText(thread.subject, 60);
}

export const mailThreadsCommand: Command = {
  name: 'mail threads',
  summary:
    'Rebuild mail conversations (from threading headers, or subjects and quoted text when they are missing).',
  usage: USAGE,
  options: { limit: { type: 'string' } },
  async run(context) {
    // Loaded here, not at the top, so `--help` starts without them.
    const { mailThreadsSkill } = await import('../../skills/mail/mail.skill.ts');
    const { mailPaths } = await import('../mail-input.ts');
    const { runCliSkill } = await import('../skill-context.ts');
    const limit = integerFlag(context, 'limit', { min: 1 });
    const { data } = await runCliSkill<ThreadsData>(context, mailThreadsSkill, {
      mail: mailPaths(context, USAGE),
      ...(limit !== undefined ? { limit } : {}),
    });
    if (context.json) {
      context.outJson(data);
      return 0;
    }
    const shown = data.threads;
    const threads = { length: data.total };
    context.out(
      `${threads.length} thread${threads.length === 1 ? '' : 's'}${shown.length < threads.length ? ` (showing ${shown.length})` : ''}:`,
    );
    for (const thread of shown) {
      const last = thread.messages.at(-1)?.date?.slice(0, 10) ?? '';
      const count = thread.messages.length;
      const who = thread.participants
        .slice(0, 3)
        // "Varga, Lena" listed among others reads as two people: "Lena Varga".
        .map((person) => (person.name ? personName(person.name) : person.address))
        .join(', ');
      context.out(
        `  ${thread.id}  ${last}  ${String(count).padStart(3)} msg  ${listedSubject(thread)}  (${who}${thread.participants.length > 3 ? ', …' : ''})`,
      );
    }
    return 0;
  },
};
