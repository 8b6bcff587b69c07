/**
 * @module read-chat-json
 * Chat exports in JSON. The Officemate chat export format (documented in docs/chat-format.md):
 *
 * ```json
 * { "format": "officemate-chat", "version": 1, "channel": "#launch", "title": "Launch planning",
 *   "messages": [ { "id": "m1", "author": "Ana", "time": "2026-03-10T09:00:00Z", "text": "Hi", "replyTo": "m0" } ] }
 * ```
 *
 * Also read: a Slack-style channel export, an array of `{ user, ts, text, thread_ts }`
 * (or `{ messages: [...] }`), where `thread_ts` names the thread's first message.
 */

import { failFile } from '../fail-file.ts';
import type { Chat, ChatMessage } from '../model.ts';
import type { ReaderInput } from '../reader.ts';
import { decodeText } from '../transcript/decode-text.ts';

export const CHAT_FORMAT = 'officemate-chat';
export const CHAT_FORMAT_VERSION = 1;

type RawMessage = Record<string, unknown>;

const HINT =
  'Officemate chat JSON is { "format": "officemate-chat", "version": 1, "channel", "messages": [{ "id", "author", "time", "text", "replyTo"? }] }.';

export async function readChatJson(input: ReaderInput): Promise<Chat> {
  let value: unknown;
  try {
    value = JSON.parse(decodeText(input.bytes));
  } catch (thrown) {
    failFile(input, 'file_corrupt', `is not valid JSON (${(thrown as Error).message}).`, HINT);
  }
  if (Array.isArray(value)) return fromSlack(value, {});
  if (typeof value !== 'object' || value === null)
    failFile(input, 'file_corrupt', 'is not a chat export object.', HINT);
  const root = value as Record<string, unknown>;
  if (!Array.isArray(root.messages)) failFile(input, 'file_corrupt', 'has no "messages" list.', HINT);
  if (root.format === CHAT_FORMAT) {
    if (root.version !== undefined && root.version !== CHAT_FORMAT_VERSION) {
      failFile(
        input,
        'format_unsupported',
        `is officemate-chat version ${String(root.version)}; this Officemate reads version ${CHAT_FORMAT_VERSION}.`,
        'Update Officemate, or export the chat again.',
      );
    }
    return fromOfficemate(root, root.messages as RawMessage[]);
  }
  const messages = root.messages as RawMessage[];
  const head = {
    ...(typeof root.channel === 'string' ? { channel: root.channel } : {}),
    ...(typeof root.title === 'string'
      ? { title: root.title }
      : typeof root.name === 'string'
        ? { title: root.name }
        : {}),
  };
  if (messages.some((message) => message && typeof message === 'object' && 'ts' in message))
    return fromSlack(messages, head);
  return fromOfficemate(root, messages);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function fromOfficemate(root: Record<string, unknown>, raw: readonly RawMessage[]): Chat {
  const indexById = new Map<string, number>();
  raw.forEach((message, index) => {
    if (message && typeof message === 'object' && message.id !== undefined)
      indexById.set(text(message.id), index);
  });
  const messages: ChatMessage[] = raw.map((message, index) => {
    const entry = (message ?? {}) as RawMessage;
    const replyTo = entry.replyTo !== undefined ? indexById.get(text(entry.replyTo)) : undefined;
    const kind = entry.kind === 'action' || entry.kind === 'system' ? entry.kind : 'message';
    return {
      index,
      author: text(entry.author),
      ...(entry.time !== undefined ? { time: text(entry.time) } : {}),
      text: text(entry.text),
      ...(replyTo !== undefined ? { replyTo } : {}),
      kind,
    };
  });
  return {
    type: 'chat',
    format: 'officemate-chat-json',
    ...(typeof root.title === 'string' ? { title: root.title } : {}),
    ...(typeof root.channel === 'string' ? { channel: root.channel } : {}),
    messages,
  };
}

function slackTime(ts: unknown): string | undefined {
  const seconds = Number(ts);
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  return new Date(seconds * 1000).toISOString();
}

function fromSlack(raw: readonly unknown[], head: { channel?: string; title?: string }): Chat {
  const entries = raw.filter((item): item is RawMessage => typeof item === 'object' && item !== null);
  const indexByTs = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (entry.ts !== undefined) indexByTs.set(text(entry.ts), index);
  });
  const messages: ChatMessage[] = entries.map((entry, index) => {
    const thread = entry.thread_ts !== undefined ? text(entry.thread_ts) : undefined;
    const parent = thread !== undefined && thread !== text(entry.ts) ? indexByTs.get(thread) : undefined;
    const time = slackTime(entry.ts);
    const profile = entry.user_profile as { real_name?: unknown; display_name?: unknown } | undefined;
    const author = text(
      entry.user_name ??
        profile?.real_name ??
        profile?.display_name ??
        entry.user ??
        entry.username ??
        entry.bot_id,
    );
    const subtype = text(entry.subtype);
    const kind =
      subtype === 'me_message' ? 'action' : subtype && subtype !== 'thread_broadcast' ? 'system' : 'message';
    return {
      index,
      author,
      ...(time ? { time } : {}),
      text: text(entry.text),
      ...(parent !== undefined ? { replyTo: parent } : {}),
      kind,
    };
  });
  return { type: 'chat', format: 'officemate-chat-json', ...head, messages };
}
