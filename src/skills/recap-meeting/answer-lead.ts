/**
 * @module answer-lead
 * What a query about a meeting asks about, and the words that open its answer: "On the
 * kiosk's buttons, …" for "What did Ana say about the kiosk's buttons?", "When discussing the
 * budget, …" for "Why did Ana disagree with Ben when discussing the budget?".
 *
 * A query may set its subject in a wider discussion ("… when discussing X", "… in the discussion
 * of X"); the subject is looked for before that clause only, so that the last "of" phrase of the
 * discussion's name is not taken for it ("What did Ana suggest when discussing the floor plan of
 * the depot?" asks what Ana suggested, not about "the depot").
 */
import { CONTEXT_CLAUSE } from './focus-answer.ts';

/**
 * Prepositions that name what is asked about ("the concerns around the levy" as "about" it); "of"
 * names it only when none of these does ("the opinion of Ana towards the kiosk").
 */
const ABOUT = /\b(?:about|around|on|regarding|concerning|towards|toward)\s+(?=\S)/i;
const OF = /\bof\s+(?=\S)/i;
/** The noun phrase a copular question asks about before its "of" ("What was the cost of …", "What's the main risk of …"). */
const ASKED_OF = /\b(?:was|is|were|are|'s|’s)\s+(the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+)$/iu;
/** A discussion or its outcome named before its subject ("the discussion about X", "the conclusion of the discussion about X"). */
const DISCUSSION_FRAME =
  /^(?:the\s+)?(?:discussions?|conclusions?|debate)\s+(?:of\s+the\s+discussions?\s+)?(?:about|on|of|regarding)\s+/i;
/**
 * What a "Summarize …" query names when it names no discussion: the rest is its subject
 * ("Summarize the hull colour and the layout of the cabin"), unless it is a person's own
 * ("Summarize Ana's points": who is asked about, not what).
 */
const SUMMARIZE = /^\s*summari[sz]e\s+(?!what\b|how\b|why\b|the\s+(?:whole\s+)?meeting\b)(.+)$/i;
/** A person's own, by name ("Ana's points", "Lina Moreau's update"). */
const NAMED_OWN = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s\b/u;
/** A question tag after the subject ("… the budget and why?"). */
const TRAILING = /(?:\s*,?\s+and\s+(?:why|how))?[?.!]*\s*$/i;

const trimmed = (text: string) => text.replace(TRAILING, '').trim();

function afterFrames(text: string): string {
  let out = text;
  for (let frame = out.match(DISCUSSION_FRAME); frame; frame = out.match(DISCUSSION_FRAME))
    out = out.slice(frame[0].length);
  return out.replace(/^The\b/, 'the');
}

/** The subject of a query's own clause (before any wider discussion it names). */
function focusSubject(focus: string): string | undefined {
  const about = focus.match(ABOUT);
  if (about?.index !== undefined)
    return trimmed(afterFrames(focus.slice(about.index + about[0].length))) || undefined;
  const summarized = focus.match(SUMMARIZE)?.[1];
  if (summarized && !NAMED_OWN.test(summarized)) return trimmed(afterFrames(summarized)) || undefined;
  const of = focus.match(OF);
  if (of?.index !== undefined) {
    // "What was the cost of the ferry?" asks about the cost of it, not the ferry alone.
    const asked = focus.slice(0, of.index).match(ASKED_OF)?.[1];
    const subject = asked ? `${asked}${focus.slice(of.index)}` : focus.slice(of.index + of[0].length);
    return trimmed(afterFrames(subject)) || undefined;
  }
  return undefined;
}

/** The query split at the wider discussion it names: its own clause, and that clause with its lead words ("when discussing the budget"). */
function split(query: string): { focus: string; context?: string; discussed?: string } {
  const match = query.match(CONTEXT_CLAUSE);
  if (match?.index === undefined) return { focus: query };
  const context = trimmed(query.slice(match.index));
  const discussed = trimmed(
    query.slice(match.index + match[0].length).replace(/^\s*(?:about|of|on)\s+/i, ''),
  );
  return { focus: query.slice(0, match.index), ...(context && discussed ? { context, discussed } : {}) };
}

/** What a query asks about ("the kiosk's buttons"), with the wider discussion it names; undefined when it names nothing. */
export function querySubject(query: string): string | undefined {
  const { focus, context, discussed } = split(query);
  const subject = focusSubject(focus);
  if (subject && context) return `${subject} ${context.charAt(0).toLowerCase()}${context.slice(1)}`;
  return subject ?? discussed;
}

/**
 * The words that open a query's answer, without the comma: "On <subject>" (with the wider
 * discussion after it when the query names one), or the discussion alone when the query's own
 * clause names no subject ("When discussing the budget"); undefined when the query names neither.
 */
export function answerLead(query: string): string | undefined {
  const { focus, context } = split(query);
  const subject = focusSubject(focus);
  const discussion = context ? `${context.charAt(0).toLowerCase()}${context.slice(1)}` : undefined;
  if (subject) return discussion ? `On ${subject} ${discussion}` : `On ${subject}`;
  return discussion ? `${discussion.charAt(0).toUpperCase()}${discussion.slice(1)}` : undefined;
}
