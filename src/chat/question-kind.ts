/**
 * @module question-kind
 * What kind of question was asked, from its wording: a calendar question ("when do I next
 * meet Daniel?", "what is on Thursday?"), a contact question ("Priya's phone number"),
 * "what did I miss since Monday", or a question answered from passages (facts, summaries).
 */
import * as chrono from 'chrono-node';

export type QuestionKind =
  | { readonly kind: 'next-meeting'; readonly person: string }
  | { readonly kind: 'day-agenda'; readonly day: Date; readonly dayText: string }
  | {
      readonly kind: 'contact';
      readonly person: string;
      readonly field: 'phone' | 'email' | 'address' | 'title' | 'any';
    }
  | { readonly kind: 'missed'; readonly since: Date; readonly sinceText: string }
  | { readonly kind: 'passages' };

const NAME = "([\\p{Lu}][\\p{L}'-]+(?:\\s+[\\p{Lu}][\\p{L}'-]+)?)";

export function classifyQuestion(question: string, now: Date): QuestionKind {
  const text = question.trim().replace(/\s+/g, ' ');
  const next =
    new RegExp(
      `\\b(?:[Ww]hen|[Ww]hat time)\\b.*\\b(?:next|do I)\\b.*\\b(?:meet(?:ing)?(?:\\s+with)?|see|call(?:\\s+with)?|talk to|1:1 with)\\s+${NAME}`,
      'u',
    ).exec(text) ?? new RegExp(`\\bnext (?:meeting|1:1|call) with ${NAME}`, 'u').exec(text);
  if (next?.[1]) return { kind: 'next-meeting', person: next[1] };

  const contact =
    new RegExp(
      `${NAME}'s?\\s+(phone|mobile|cell|number|e-?mail|email address|address|title|job title|role|contact details)`,
      'u',
    ).exec(text) ??
    new RegExp(
      `\\b(phone|mobile|cell|number|e-?mail|address|title|contact details)(?: number)?\\s+(?:of|for)\\s+${NAME}`,
      'u',
    ).exec(text);
  if (contact) {
    const [person, word] = /^[\p{Lu}]/u.test(contact[1] ?? '')
      ? [contact[1], contact[2]]
      : [contact[2], contact[1]];
    const lower = (word ?? '').toLowerCase();
    const field = /phone|mobile|cell|number/.test(lower)
      ? 'phone'
      : /mail/.test(lower)
        ? 'email'
        : /address/.test(lower)
          ? 'address'
          : /title|role/.test(lower)
            ? 'title'
            : 'any';
    if (person) return { kind: 'contact', person, field };
  }

  const missed = /\bwhat (?:did|have) I miss(?:ed)?\b(.*)$/i.exec(text);
  if (missed) {
    const rest = missed[1] ?? '';
    const parsed = chrono.parse(rest, { instant: now, timezone: 'UTC' }, { forwardDate: false })[0];
    const since = parsed ? parsed.start.date() : new Date(now.getTime() - 7 * 86_400_000);
    return {
      kind: 'missed',
      since: since > now ? new Date(since.getTime() - 7 * 86_400_000) : since,
      sinceText: parsed?.text ?? 'the last week',
    };
  }

  const agenda =
    /\bwhat(?:'s| is| do I have)?\b.*\b(?:on|for)\b\s+(?:my (?:calendar|schedule)\s+)?(?:on\s+)?((?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)|\d{1,2} \w+|\w+ \d{1,2}(?:st|nd|rd|th)?)\b/i.exec(
      text,
    );
  const calendarish =
    /\b(calendar|schedule|meetings?|agenda)\b/i.test(text) || /^what(?:'s| is) on\b/i.test(text);
  if (agenda?.[1] && calendarish) {
    const parsed = chrono.parse(agenda[1], { instant: now, timezone: 'UTC' }, { forwardDate: true })[0];
    if (parsed) return { kind: 'day-agenda', day: parsed.start.date(), dayText: agenda[1] };
  }
  return { kind: 'passages' };
}
