/**
 * @module read-irc
 * Plain IRC logs: `[hh:mm] <nick> text`, `[hh:mm:ss] * nick does something` (actions),
 * `=== nick has joined` and `-nick- notice` (system lines). Lines may start with a channel
 * and a date (`#rust 2018-12-26 [10:19:00] <lp> ...`), as some archives write them; then
 * message times are full ISO date-times. Message `index` is the 0-based line number, so
 * reply annotations that count lines still point at the right message.
 */

import { failFile } from '../fail-file.ts';
import type { Chat, ChatMessage } from '../model.ts';
import type { ReaderInput } from '../reader.ts';
import { decodeText } from '../transcript/decode-text.ts';

const PREFIX = /^(?:(\S+)\s+(\d{4}-\d{2}-\d{2})\s+)?/;
const LINE = new RegExp(`${PREFIX.source}(?:\\[(\\d{1,2}:\\d{2}(?::\\d{2})?)\\]\\s*)?(.*)$`);

export async function readIrc(input: ReaderInput): Promise<Chat> {
  return parseIrc(decodeText(input.bytes), input);
}

export function parseIrc(text: string, source: Pick<ReaderInput, 'path'> = { path: 'log.txt' }): Chat {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const messages: ChatMessage[] = [];
  let channel: string | undefined;
  lines.forEach((line, lineNumber) => {
    if (line.trim() === '') return;
    const match = LINE.exec(line);
    if (!match) return;
    const [, chan, date, clock, restRaw = ''] = match;
    if (chan && !channel) channel = chan;
    const rest = restRaw.trimEnd();
    const time = clock
      ? date
        ? `${date}T${clock.length === 5 ? `${clock}:00` : clock.padStart(8, '0')}`
        : clock
      : date;
    const base = { index: lineNumber, ...(time ? { time } : {}) };
    const said = /^<([^>\s]+)>\s?(.*)$/.exec(rest);
    if (said) {
      messages.push({ ...base, author: said[1] ?? '', text: said[2] ?? '', kind: 'message' });
      return;
    }
    const action = /^\s*\*\s+(\S+)\s?(.*)$/.exec(rest);
    if (action) {
      messages.push({ ...base, author: action[1] ?? '', text: action[2] ?? '', kind: 'action' });
      return;
    }
    const notice = /^-([^-\s]+)-\s?(.*)$/.exec(rest);
    if (notice) {
      messages.push({ ...base, author: notice[1] ?? '', text: notice[2] ?? '', kind: 'message' });
      return;
    }
    const system = /^(?:===|-!-|\*\*\*)\s*(.*)$/.exec(rest);
    const body = (system ? system[1] : rest) ?? '';
    const author = /^(\S+)/.exec(body)?.[1] ?? '';
    messages.push({ ...base, author: system ? author : '', text: body, kind: 'system' });
  });
  if (messages.length === 0)
    failFile(source, 'file_empty', 'has no chat lines.', 'IRC logs have lines like "[12:18] <nick> text".');
  if (!messages.some((message) => message.kind === 'message' || message.kind === 'action')) {
    failFile(source, 'file_corrupt', 'has no "<nick> text" lines; it does not look like an IRC log.');
  }
  return { type: 'chat', format: 'irc', ...(channel ? { channel } : {}), messages };
}
