/**
 * @module index-command
 * `officemate index PATH...`: add or refresh sources in the index, with progress on stderr
 * and a summary (`--json`: `{ files, chunks, items, skipped, removed, added, changed, deleted, errors, warnings }`).
 * Warnings name what a reader skipped or guessed inside a file it did index (an event it could
 * not read, malformed lines), so nothing is dropped without a word.
 * `--check` runs the integrity check. Items are what a user counts: a mailbox's messages, a
 * calendar's events, a document as one.
 */

import { resolve } from 'node:path';
import { indexPaths, removePaths } from '../../index/index-paths.ts';
import { withIndex } from '../../index/open-index.ts';
import type { FileRecord, IndexWarning } from '../../index/types.ts';
import { fail } from '../../lib/errors.ts';
import { booleanFlag, listFlag, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { createProgress } from '../progress.ts';

/** "3 files, 1,204 items, 1,260 chunks": what the index holds. */
function describeFiles(files: readonly FileRecord[]): string {
  const sum = (pick: (file: FileRecord) => number) => files.reduce((total, file) => total + pick(file), 0);
  const count = (value: number) => value.toLocaleString('en');
  return `${count(files.length)} files, ${count(sum((file) => file.items))} items, ${count(sum((file) => file.chunks))} chunks`;
}

/** Warnings listed per file in the text summary; the rest are counted (`--json` lists them all). */
const WARNINGS_SHOWN = 5;

/** "  ? cal.ics: Event 3 could not be read: …" lines, a few per file, then how many more. */
function warningLines(warnings: readonly IndexWarning[]): string[] {
  const byPath = new Map<string, IndexWarning[]>();
  for (const warning of warnings) byPath.set(warning.path, [...(byPath.get(warning.path) ?? []), warning]);
  return [...byPath].flatMap(([path, own]) => [
    ...own.slice(0, WARNINGS_SHOWN).map((warning) => `  ? ${path}: ${warning.message}`),
    ...(own.length > WARNINGS_SHOWN
      ? [`  ? ${path}: ${own.length - WARNINGS_SHOWN} more warning(s) (--json lists them)`]
      : []),
  ]);
}

const USAGE = 'index PATH... [--owner USER] [--readers A,B] [--remove PATH] [--check] [--json]';

export const indexCommand: Command = {
  name: 'index',
  summary: 'Add or refresh files, folders, mailboxes, calendars and contacts in the index.',
  usage: USAGE,
  options: {
    owner: { type: 'string' },
    readers: { type: 'string' },
    remove: { type: 'string', multiple: true },
    check: { type: 'boolean', default: false },
  },
  help: [
    'Walks folders (mbox, maildir, .ics and .vcf included), reads each file, splits it into chunks',
    'and stores them. A second run re-reads only changed files (content hash) and drops files',
    'that were deleted.',
    '',
    'Flags:',
    '  --owner USER     owner of the new chunks (default $OFFICEMATE_USER or the OS user)',
    '  --readers A,B    who may see them (default: the owner; * for everyone)',
    '  --remove PATH    remove a file from the index (repeatable)',
    '  --check          run the integrity check (exit 1 when it finds problems)',
    '',
    'Examples:',
    '  officemate index ~/Documents ~/Mail/inbox.mbox',
    '  officemate index shared/ --readers "*" --db postgres://localhost/officemate',
  ].join('\n'),
  async run(context) {
    const paths = [...context.positionals];
    const removals = listFlag(context, 'remove');
    const check = booleanFlag(context, 'check');
    if (paths.length === 0 && removals.length === 0 && !check) {
      fail('bad_usage', 'Missing PATH: name the files or folders to index.', {
        hint: `Usage: officemate ${USAGE}`,
      });
    }
    const owner = stringFlag(context, 'owner');
    const readersFlag = stringFlag(context, 'readers');
    const readers = readersFlag
      ?.split(',')
      .map((reader) => reader.trim())
      .filter(Boolean);
    return withIndex(context.db, async (index) => {
      let exit = 0;
      // A path to remove that the index does not hold is named, not counted silently as none removed.
      const unknown: string[] = [];
      for (const path of removals) if (!(await index.store.getFile(resolve(path)))) unknown.push(path);
      const removed = removals.length ? await removePaths(index, removals) : 0;
      for (const path of unknown)
        context.log(
          `officemate: ${path} is not in the index, so nothing was removed for it. Give the path of an indexed file as it was indexed (\`officemate search\` shows them).`,
        );
      if (paths.length > 0) {
        let progress: ReturnType<typeof createProgress> | undefined;
        let chunks = 0;
        const summary = await indexPaths(index, paths, {
          ...(owner ? { owner } : {}),
          ...(readers?.length ? { readers } : {}),
          now: context.clock.now(),
          onProgress: ({ done, total, path, chunks: written }) => {
            progress ??= createProgress('Indexing', total, { quiet: context.quiet });
            chunks += written;
            progress.tick(`${chunks} chunks · ${path.split('/').pop() ?? path}`);
            if (done === total) progress.done(`${chunks} chunks`);
          },
        });
        if (context.json) {
          context.outJson({ ...summary, removed: summary.removed + removed });
        } else {
          context.out(
            `Indexed ${summary.files} file(s) holding ${summary.items} item(s) in ${summary.chunks} chunk(s); ${summary.skipped} unchanged, ${summary.leftOut ? `${summary.leftOut} left out (empty or not a format Officemate reads), ` : ''}${summary.removed + removed} removed, ${summary.errors.length} error(s)${summary.warnings.length ? `, ${summary.warnings.length} warning(s)` : ''} in ${summary.seconds} s.`,
          );
          for (const path of summary.added) context.out(`  + ${path}`);
          for (const path of summary.changed) context.out(`  ~ ${path}`);
          for (const path of summary.deleted) context.out(`  - ${path}`);
          for (const error of summary.errors) context.out(`  ! ${error.path}: ${error.message}`);
          for (const line of warningLines(summary.warnings)) context.out(line);
        }
        if (summary.errors.length > 0 && summary.files === 0 && summary.skipped === 0) exit = 1;
      } else if (removals.length && !check) {
        if (context.json)
          context.outJson({
            files: 0,
            chunks: 0,
            items: 0,
            skipped: 0,
            leftOut: 0,
            removed,
            errors: [],
            warnings: [],
          });
        else context.out(`Removed ${removed} file(s) from the index.`);
      }
      if (check) {
        const report = await index.store.integrityCheck();
        if (context.json && paths.length === 0) context.outJson({ integrity: report });
        else if (!context.json)
          context.out(
            report.ok
              ? `Integrity check of ${index.location}: ok (${describeFiles(await index.store.listFiles())}).`
              : `Integrity check found ${report.problems.length} problem(s):\n  ${report.problems.join('\n  ')}`,
          );
        if (!report.ok) exit = 1;
      }
      return exit;
    });
  },
};
