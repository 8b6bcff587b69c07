/**
 * @module read-mbox
 * mbox mailboxes: `readMbox` reads one held in memory; `streamMbox` reads a file of any size
 * one message at a time, with memory bounded by the largest message.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { fail } from '../../lib/errors.ts';
import type { Mailbox, Message } from '../model.ts';
import type { ReaderInput, ReadOptions } from '../reader.ts';
import { MboxSplitter, splitMbox } from './mbox-splitter.ts';
import { parseMessage } from './parse-message.ts';

const CHUNK_BYTES = 1024 * 1024;

export async function readMbox(input: ReaderInput): Promise<Mailbox> {
  const messages: Message[] = [];
  for (const raw of splitMbox(input.bytes)) {
    input.options.signal?.throwIfAborted();
    messages.push(await parseMessage(raw, input.options));
  }
  if (messages.length === 0) {
    fail('file_corrupt', `${basename(input.path)} holds no mail messages.`, {
      hint: 'Check that it is an mbox file (messages separated by "From " lines).',
      path: input.path,
    });
  }
  return { type: 'mailbox', format: 'mbox', messages };
}

/** Streams the messages of an mbox file in order; memory stays bounded by the largest message. */
export async function* streamMbox(path: string, options: ReadOptions = {}): AsyncIterable<Message> {
  const splitter = new MboxSplitter();
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) {
      options.signal?.throwIfAborted();
      for (const raw of splitter.push(chunk as Buffer)) yield await parseMessage(raw, options);
    }
    for (const raw of splitter.end()) yield await parseMessage(raw, options);
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      fail('file_not_found', `${path} does not exist.`, { hint: 'Check the path.', path });
    if (code === 'EACCES' || code === 'EISDIR')
      fail('file_unreadable', `${path} cannot be read (${code}).`, { hint: 'Check its permissions.', path });
    throw thrown;
  } finally {
    stream.destroy();
  }
}
