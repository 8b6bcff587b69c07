/**
 * @module read-maildir
 * Maildir folders (cur/, new/, tmp/): every message file in cur/ and new/, in name order.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fail } from '../../lib/errors.ts';
import type { Mailbox, Message } from '../model.ts';
import type { ReadOptions } from '../reader.ts';
import { parseMessage } from './parse-message.ts';

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** True when the folder has the cur/ and new/ subfolders of a maildir. */
export async function isMaildir(path: string): Promise<boolean> {
  return (await isFolder(join(path, 'cur'))) && (await isFolder(join(path, 'new')));
}

export async function readMaildir(path: string, options: ReadOptions = {}): Promise<Mailbox> {
  const messages: Message[] = [];
  for (const sub of ['cur', 'new']) {
    const folder = join(path, sub);
    const names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
    for (const name of names) {
      options.signal?.throwIfAborted();
      const file = join(folder, name);
      const info = await stat(file);
      if (!info.isFile() || info.size === 0) continue;
      messages.push(await parseMessage(await readFile(file), options));
    }
  }
  if (messages.length === 0) {
    fail('file_empty', `The maildir ${basename(path)} holds no messages.`, {
      hint: 'Check that cur/ or new/ contain message files.',
      path,
    });
  }
  return { type: 'mailbox', format: 'maildir', messages };
}
