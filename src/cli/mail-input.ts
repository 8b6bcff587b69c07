/**
 * @module mail-input
 * Shared by the `mail` commands: the mail paths, with the command's usage when none are given.
 * A command that names a thread (`--thread ID`) without paths reads the indexed mailboxes that
 * hold it, so `officemate mail summarize --thread ID` works after `officemate index`.
 */
import { existsSync } from 'node:fs';
import { fail } from '../lib/errors.ts';
import type { CommandContext } from './command.ts';

const GIVE_MAIL = 'Give the mail to read: .eml, .mbox or .msg files, or maildir folders.';

export function mailPaths(context: CommandContext, usage: string): string[] {
  if (context.positionals.length === 0) fail('bad_usage', GIVE_MAIL, { hint: `Usage: officemate ${usage}` });
  return [...context.positionals];
}

/** Enough messages for any one conversation: a thread's chunks are its messages and their quoted parts. */
const THREAD_CHUNKS = 5000;

/**
 * The paths given, or without them the indexed mail files holding thread `thread` (its id as
 * `officemate mail threads` and `search` give it: the index threads each mailbox the same way).
 */
export async function mailPathsForThread(
  context: CommandContext,
  usage: string,
  thread: string | undefined,
): Promise<string[]> {
  if (context.positionals.length > 0 || !thread) {
    if (context.positionals.length === 0)
      fail('bad_usage', GIVE_MAIL, {
        hint: `Usage: officemate ${usage} (with --thread ID and no paths, the indexed mail is read)`,
      });
    return [...context.positionals];
  }
  const { isPostgresUrl, withIndex } = await import('../index/open-index.ts');
  if (!isPostgresUrl(context.db) && !existsSync(context.db))
    fail('not_found', `No index at ${context.db} to find thread ${thread} in.`, {
      hint: `Index the mailbox first (officemate index PATH), or give the mail files: officemate ${usage}`,
    });
  const paths = await withIndex(context.db, async (index) => {
    const chunks = await index.store.queryChunks({
      types: ['email'],
      threadId: thread,
      limit: THREAD_CHUNKS,
      offset: 0,
      oldestFirst: true,
    });
    return [...new Set(chunks.map((chunk) => chunk.path))];
  });
  if (paths.length === 0)
    fail('not_found', `No thread ${thread} in the index (${context.db}).`, {
      hint: `Index the mailbox first (officemate index PATH), take the id from \`officemate mail threads PATH\`, or give the mail files: officemate ${usage}`,
    });
  return paths;
}
