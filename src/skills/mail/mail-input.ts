/**
 * @module mail-input
 * Shared by the mail skills: load the mail a caller may read and pick a thread.
 */
import { fail } from '../../lib/errors.ts';
import type { SkillContext } from '../skill.ts';
import { loadMail } from './load-mail.ts';
import { buildThreads, findThread, type MailThread } from './mail-thread.ts';

/** The threads in the referenced mail files (.eml, .mbox, .msg or maildir folders). */
export async function loadThreads(context: SkillContext, refs: readonly string[]): Promise<MailThread[]> {
  if (refs.length === 0)
    fail('bad_usage', 'Give the mail to read: .eml, .mbox or .msg files, or maildir folders.');
  const sources = await Promise.all(refs.map((ref) => context.readSource(ref)));
  const loaded = await loadMail(sources.map((source) => source.path));
  for (const error of loaded.errors) context.log(`skipped ${error.path}: ${error.message}`);
  if (loaded.messages.length === 0)
    fail('bad_usage', `No messages found in ${sources.map((source) => source.name).join(', ')}.`, {
      hint: 'Check that the files are mail (.eml, mbox, .msg or maildir).',
    });
  return buildThreads(loaded.messages);
}

/** Where a caller finds the threads' ids. */
const LIST_THREADS = 'The mail-threads skill lists them (`officemate mail threads PATH`).';

/** The thread named by `id`, or the only thread when the input holds just one. */
export function pickThread(threads: readonly MailThread[], id: string | undefined): MailThread {
  if (id) {
    const thread = findThread(threads, id);
    if (!thread) fail('not_found', `No thread ${id} in this mail.`, { hint: LIST_THREADS });
    return thread;
  }
  if (threads.length === 1) return threads[0]!;
  // Said for every edge: the command line's flag, the API's and MCP's field.
  return fail(
    'bad_usage',
    `This mail holds ${threads.length} threads; pick one by its id (--thread ID, or "thread" in the API and MCP).`,
    { hint: `For example ${threads[0]?.id}. ${LIST_THREADS}` },
  );
}
