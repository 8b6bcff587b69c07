/**
 * @module mail-threads
 * `officemate mail threads PATH...`: rebuild conversations and list them.
 */
import { integerFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { loadThreads } from '../mail-input.ts';

const USAGE = 'mail threads PATH... [--limit N] [--json]';

export const mailThreadsCommand: Command = {
  name: 'mail threads',
  summary:
    'Rebuild mail conversations (from threading headers, or subjects and quoted text when they are missing).',
  usage: USAGE,
  options: { limit: { type: 'string' } },
  async run(context) {
    const threads = await loadThreads(context, context.positionals, USAGE);
    const limit = integerFlag(context, 'limit', { min: 1 }) ?? threads.length;
    const shown = threads.slice(0, limit);
    if (context.json) {
      context.outJson({
        threads: shown.map((thread) => ({
          id: thread.id,
          subject: thread.subject,
          participants: thread.participants.map((person) => ({
            ...(person.name ? { name: person.name } : {}),
            address: person.address,
          })),
          messages: thread.messages.map((message) => ({
            messageId: message.messageId,
            subject: message.subject,
            from: message.from?.address ?? '',
            date: message.date ?? null,
            path: message.path,
          })),
        })),
        total: threads.length,
      });
      return 0;
    }
    context.out(
      `${threads.length} thread${threads.length === 1 ? '' : 's'}${shown.length < threads.length ? ` (showing ${shown.length})` : ''}:`,
    );
    for (const thread of shown) {
      const last = thread.messages.at(-1)?.date?.slice(0, 10) ?? '';
      const who = thread.participants
        .slice(0, 3)
        .map((person) => person.name ?? person.address)
        .join(', ');
      context.out(
        `  ${thread.id}  ${last}  ${String(thread.messages.length).padStart(3)} msg  ${thread.subject.slice(0, 60)}  (${who}${thread.participants.length > 3 ? ', …' : ''})`,
      );
    }
    return 0;
  },
};
