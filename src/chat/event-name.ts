/**
 * @module event-name
 * The name an answer gives an event: its SUMMARY; an event written without one (a test feed, a
 * quick entry that only has notes) is named by the first sentence of its DESCRIPTION's first line, clipped,
 * so "what's on Tuesday?" lists "09:00 Call the glazier back" instead of a bare "09:00".
 */
import type { CalendarEvent } from '../formats/model.ts';
import { splitSentences } from '../lib/text/sentences.ts';

const MAX_WORDS = 12;

/** The first sentence of a description's first line, without its closing colon, at most twelve words. */
function nameFromDescription(description: string): string {
  const line = description.split('\n').find((part) => part.trim()) ?? '';
  const flat = line.replace(/\s+/g, ' ').trim();
  const first = (splitSentences(flat)[0]?.text ?? flat).trim().replace(/[\s:;,]+$/, '');
  const words = first.split(' ');
  return words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(' ')} …` : first;
}

/** The event with a summary: its own, else one taken from its description; the event itself when it has neither. */
export function withName(event: CalendarEvent): CalendarEvent {
  if (event.summary.trim() || !event.description?.trim()) return event;
  return { ...event, summary: nameFromDescription(event.description) };
}
