/**
 * @module mail-input
 * Shared by the `mail` commands: the mail paths, with the command's usage when none are given.
 */
import { fail } from '../lib/errors.ts';
import type { CommandContext } from './command.ts';

export function mailPaths(context: CommandContext, usage: string): string[] {
  if (context.positionals.length === 0)
    fail('bad_usage', 'Give the mail to read: .eml, .mbox or .msg files, or maildir folders.', {
      hint: `Usage: officemate ${usage}`,
    });
  return [...context.positionals];
}
