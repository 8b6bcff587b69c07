/**
 * @module mail-input
 * Shared by the `mail` commands: load the mail under the given paths and pick a thread.
 */
import { fail } from '../lib/errors.ts';
import { loadMail } from '../skills/mail/load-mail.ts';
import { buildThreads, findThread, type MailThread } from '../skills/mail/mail-thread.ts';
import type { CommandContext } from './command.ts';

export async function loadThreads(
  context: CommandContext,
  paths: readonly string[],
  usage: string,
): Promise<MailThread[]> {
  if (paths.length === 0)
    fail('bad_usage', 'Give the mail to read: .eml, .mbox or .msg files, or maildir folders.', {
      hint: `Usage: officemate ${usage}`,
    });
  const loaded = await loadMail(paths);
  for (const error of loaded.errors) context.log(`skipped ${error.path}: ${error.message}`);
  if (loaded.messages.length === 0)
    fail('bad_usage', `No messages found in ${paths.join(', ')}.`, {
      hint: 'Check that the files are mail (.eml, mbox, .msg or maildir).',
    });
  return buildThreads(loaded.messages);
}

/** The thread named by --thread, or the only thread when the input holds just one. */
export function pickThread(threads: readonly MailThread[], id: string | undefined): MailThread {
  if (id) {
    const thread = findThread(threads, id);
    if (!thread)
      fail('not_found', `No thread ${id} in this mail.`, {
        hint: 'List the threads with `officemate mail threads PATH`.',
      });
    return thread;
  }
  if (threads.length === 1) return threads[0]!;
  return fail('bad_usage', `This mail holds ${threads.length} threads; pick one with --thread ID.`, {
    hint: `For example --thread ${threads[0]?.id}. List them with \`officemate mail threads PATH\`.`,
  });
}
