import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuffer } from '../read-file.ts';
import { parseIrc } from './read-irc.ts';

const FIXTURES = join(import.meta.dirname, '__fixtures__');

describe('readChatJson', () => {
  it('reads the officemate-chat format with reply links as message indexes', async () => {
    const path = join(FIXTURES, 'launch-channel.json');
    const result = await readBuffer(path, readFileSync(path));
    if (!result.success || result.data.type !== 'chat') throw new Error('expected a chat');
    expect(result.data).toMatchObject({
      format: 'officemate-chat-json',
      channel: '#launch',
      title: 'Launch planning',
    });
    expect(result.data.messages).toHaveLength(3);
    expect(result.data.messages[1]).toEqual({
      index: 1,
      author: 'Ben Okafor',
      time: '2026-03-10T09:02:00Z',
      text: 'Yes, signed last night.',
      replyTo: 0,
      kind: 'message',
    });
  });

  it('reads a Slack-style export array: thread_ts becomes replyTo, subtypes are system lines', async () => {
    const path = join(FIXTURES, 'slack-export.json');
    const result = await readBuffer(path, readFileSync(path));
    if (!result.success || result.data.type !== 'chat') throw new Error('expected a chat');
    const [first, second, third] = result.data.messages;
    expect(first).toMatchObject({ author: 'U01ANA', time: '2026-03-10T09:00:00.000Z' });
    expect(second).toMatchObject({ replyTo: 0, text: 'I do, draft by Friday.' });
    expect(third?.kind).toBe('system');
  });

  it('rejects an unknown version with a clear error', async () => {
    const bytes = Buffer.from(JSON.stringify({ format: 'officemate-chat', version: 9, messages: [] }));
    const result = await readBuffer('future.json', bytes);
    expect(result.success ? '' : result.error.code).toBe('format_unsupported');
  });
});

describe('readIrc', () => {
  it('reads messages, actions and system lines; index is the line number', () => {
    const chat = parseIrc(
      '=== ana has joined #ops\n[09:01] <ana> morning\n[09:02] * ben waves\n\n[09:03:30] <ben> ana: deploy at 10?',
    );
    expect(chat.messages).toEqual([
      { index: 0, author: 'ana', text: 'ana has joined #ops', kind: 'system' },
      { index: 1, author: 'ana', time: '09:01', text: 'morning', kind: 'message' },
      { index: 2, author: 'ben', time: '09:02', text: 'waves', kind: 'action' },
      { index: 4, author: 'ben', time: '09:03:30', text: 'ana: deploy at 10?', kind: 'message' },
    ]);
  });

  it('reads channel and date prefixes into ISO times', () => {
    const chat = parseIrc('rust 2018-12-26 [10:19:00] <lp> hi \nrust 2018-12-26 [10:20] <bo> yo');
    expect(chat.channel).toBe('rust');
    expect(chat.messages.map((m) => m.time)).toEqual(['2018-12-26T10:19:00', '2018-12-26T10:20:00']);
  });
});
