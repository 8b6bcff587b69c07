/**
 * @module load-mail
 * Reads every message under the given paths: .eml, mbox and .msg files, maildir folders,
 * and folders holding any of these. Unreadable files are reported, not fatal.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readFile } from '../../formats/read-file.ts';
import { OfficemateError } from '../../lib/errors.ts';
import type { SourcedMessage } from './mail-thread.ts';

export type LoadedMail = {
  readonly messages: SourcedMessage[];
  readonly errors: { path: string; code: string; message: string }[];
};

const MAIL_EXTENSIONS = /\.(eml|mbox|mbx|msg)$/i;

async function collect(path: string, out: string[], top: boolean): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info) {
    if (top)
      throw new OfficemateError({
        code: 'file_not_found',
        message: `${path} does not exist.`,
        hint: 'Check the path.',
        path,
      });
    return;
  }
  if (!info.isDirectory()) {
    if (top || MAIL_EXTENSIONS.test(path)) out.push(path);
    return;
  }
  const { isMaildir } = await import('../../formats/mail/read-maildir.ts');
  if (await isMaildir(path)) {
    out.push(path);
    return;
  }
  for (const entry of (await readdir(path)).sort()) {
    if (entry.startsWith('.')) continue;
    await collect(join(path, entry), out, false);
  }
}

export async function loadMail(paths: readonly string[]): Promise<LoadedMail> {
  const files: string[] = [];
  for (const path of paths) await collect(path, files, true);
  const messages: SourcedMessage[] = [];
  const errors: LoadedMail['errors'] = [];
  for (const file of files) {
    const result = await readFile(file, { parseAttachments: false });
    if (!result.success) {
      errors.push({ path: file, code: result.error.code, message: result.error.message });
      continue;
    }
    if (result.data.type !== 'mailbox') {
      errors.push({
        path: file,
        code: 'format_unsupported',
        message: `${file} is not mail (it reads as ${result.data.type}).`,
      });
      continue;
    }
    for (const message of result.data.messages) messages.push({ ...message, path: file });
  }
  return { messages, errors };
}
