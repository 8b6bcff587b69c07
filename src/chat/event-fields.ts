/**
 * @module event-fields
 * Fields of one event a question asks by name: the categories it is filed under ("Which
 * category is the retreat in?"), its status ("What's the status of the launch review?") and
 * the document it carries ("Where can I get the slides for the review?", from its ATTACH links).
 * The event is the one event-answers.ts picks; this module says which field is asked, which
 * words ask it (and so name no event) and what the event says of it.
 */
import type { CalendarEvent } from '../formats/model.ts';
import type { SearchHit } from '../index/types.ts';
import type { CitationList } from './citations.ts';
import { asksForDocument } from './event-place.ts';
import type { StructuredAnswer } from './structured-answers.ts';

export type EventField = 'categories' | 'status' | 'document';

/** A question that asks which one or what: "Which category …?", "Under what category …?", "What's the status of …?". */
const WHICH_ASKED = /^\s*(?:(?:under|in)\s+)?(?:which|what)\b/i;
/** "Which category / categories …", "the categories of …", "… filed under?" — not "the category review". */
const CATEGORY_ASKED =
  /\b(?:which|what)\s+categor(?:y|ies)\b|\bcategor(?:y|ies)\s+(?:of|for|is|are|does|do)\b|\bfiled\s+(?:under|in)\b/i;
/** "What's the status of …", "which status has …" — not "the status meeting". */
const STATUS_ASKED =
  /^\s*(?:what(?:'s|\s+is|\s+was)\s+the\s+status\s+(?:of|for)\b|(?:what|which)\s+status\b)/i;

/** The words that ask for a field, which name no event. */
const FIELD_WORDS = /\bcategor(?:y|ies|i[sz]ed)\b|\bfiled (?:under|in)\b|\bstatus\b/gi;

/** The field of an event a question asks, if it asks one this module answers. */
export function eventFieldAsked(question: string): EventField | undefined {
  if (WHICH_ASKED.test(question) && CATEGORY_ASKED.test(question)) return 'categories';
  if (STATUS_ASKED.test(question)) return 'status';
  if (asksForDocument(question)) return 'document';
  return undefined;
}

/** The question without the words that ask the field ("Which category is the retreat in?" → "Which is the retreat in?"). */
export function withoutFieldWords(question: string): string {
  return question.replace(FIELD_WORDS, ' ');
}

/** How a status is said (RFC 5545 STATUS of events, to-dos and journal entries). */
const STATUS_WORDS: Readonly<Record<string, string>> = {
  CONFIRMED: 'confirmed',
  TENTATIVE: 'tentative',
  CANCELLED: 'cancelled',
  'NEEDS-ACTION': 'still to be done',
  'IN-PROCESS': 'in progress',
  COMPLETED: 'completed',
  DRAFT: 'a draft',
  FINAL: 'final',
};

/**
 * What the event says of the field asked. `named`: the question names this very event (its
 * title words, or most of the question), so a field it lacks is said as lacking; otherwise
 * nothing is said. A document is told only from the event's links: without one the passages
 * are read (a place is no document).
 */
export function eventFieldAnswer(
  field: EventField,
  hit: SearchHit,
  event: CalendarEvent,
  when: string,
  named: boolean,
  citations: CitationList,
): StructuredAnswer | undefined {
  if (!named) return undefined;
  const name = event.summary || 'The event';
  const cite = (quote: string) => citations.cite(hit, quote);
  if (field === 'document') {
    const links = event.attachments ?? [];
    if (links.length === 0) return undefined;
    const n = cite(`${name}: ${links.join(', ')}`);
    return {
      answer: `${name} (${when}) carries ${links.length === 1 ? 'this document' : 'these documents'}: ${links.join(', ')}. [${n}]`,
      found: true,
    };
  }
  if (field === 'categories') {
    const categories = event.categories ?? [];
    const n = cite(`${name}, ${when}`);
    if (categories.length === 0)
      return {
        answer: `${name} (${when}) is filed under no category in your calendar. [${n}]`,
        found: false,
      };
    return { answer: `${name} (${when}) is filed under ${categories.join(', ')}. [${n}]`, found: true };
  }
  const status = event.status ? (STATUS_WORDS[event.status] ?? event.status.toLowerCase()) : undefined;
  const n = cite(`${name}, ${when}`);
  if (!status) return { answer: `${name} (${when}) has no status in your calendar. [${n}]`, found: false };
  return { answer: `${name} (${when}) is ${status}. [${n}]`, found: true };
}
