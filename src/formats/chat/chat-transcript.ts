/**
 * @module chat-transcript
 * A chat log (officemate chat JSON, Slack-style JSON, IRC) read as a meeting transcript, so that a
 * meeting held in a channel can be recapped like a spoken one: each message someone wrote is a
 * turn of its author; join, part and topic lines (system messages), `/me` actions and the lines of
 * bots are no turns.
 * Turn times are seconds from the first timed message; the date is the first message's date.
 */
import type { Chat, ChatMessage, ParsedFile, Transcript, Turn } from '../model.ts';
import { isBotNick } from './bot-nick.ts';

/** Seconds since midnight (a time of day, "12:05" or "12:05:30") or since the epoch (an ISO date-time). */
function secondsOf(time: string | undefined): number | undefined {
  if (!time) return undefined;
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

/** A message someone wrote: no system line, no action, no bot's line (see bot-nick.ts). */
const spoken = (message: ChatMessage) =>
  (message.kind ?? 'message') === 'message' &&
  message.author.trim() !== '' &&
  !isBotNick(message.author) &&
  message.text.trim() !== '';

/** The chat's messages as turns, or undefined when no one wrote anything. */
export function chatAsTranscript(chat: Chat): Transcript | undefined {
  const messages = chat.messages.filter(spoken);
  if (messages.length === 0) return undefined;
  const origin = messages.map((message) => secondsOf(message.time)).find((s) => s !== undefined);
  const turns = messages.map((message, index): Turn => {
    const seconds = secondsOf(message.time);
    const start = origin !== undefined && seconds !== undefined ? seconds - origin : undefined;
    return {
      index,
      speaker: message.author.trim(),
      ...(start !== undefined && start >= 0 ? { start } : {}),
      text: message.text.trim(),
    };
  });
  const date = messages.map((message) => /^\d{4}-\d{2}-\d{2}/.exec(message.time ?? '')?.[0]).find(Boolean);
  const title = chat.title ?? chat.channel;
  return {
    type: 'transcript',
    format: 'chat',
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    turns,
  };
}

/** What a recap reads from a parsed file: a transcript as it is, a chat as its messages; else undefined. */
export function meetingTranscriptOf(parsed: ParsedFile): Transcript | undefined {
  if (parsed.type === 'transcript') return parsed;
  if (parsed.type === 'chat') return chatAsTranscript(parsed);
  return undefined;
}
