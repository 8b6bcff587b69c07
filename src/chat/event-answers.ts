/**
 * @module event-answers
 * Questions about a named event answered from its parsed fields, not from its title text:
 * when (start, end, zone; for a series the occurrence the question means: the next one from
 * `now`, the last one before it, or the one in the period asked), where (location), who
 * (organizer, attendees) and how often (the recurrence rule). The event is the best-matching
 * one among the retrieved events; names in the question (capitalised words) weigh double.
 */
import { isSeries, occurrencesBetween } from '../formats/calendar/recurrence.ts';
import type { CalendarEvent } from '../formats/model.ts';
import { analyze, STOP_WORDS } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { MONTH_NAMES } from '../lib/text/calendar-names.ts';
import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import { lengthWords } from '../lib/text/length-words.ts';
import { ORDINAL_WORDS, ordinalForms } from '../lib/text/ordinal-forms.ts';
import { type AnswerType, askedNoun, asksEndTime } from './answer-type.ts';
import type { CitationList } from './citations.ts';
import { endDecides } from './end-given.ts';
import { asksTimes, TIMES_WORDS, timesAnswer } from './event-count.ts';
import { eventFieldAnswer, eventFieldAsked, withoutFieldWords } from './event-fields.ts';
import { withName } from './event-name.ts';
import { withDecidedPlace } from './event-place.ts';
import { allDayOn, timedOnDay } from './event-zones.ts';
import { namedTerms, QUESTION_WORDS, questionTerms } from './question-terms.ts';
import { describeWhen, type StructuredAnswer } from './structured-answers.ts';

const DAY = 86_400_000;

export function eventOf(hit: Pick<SearchHit, 'data'>): CalendarEvent | undefined {
  const data = hit.data as Partial<CalendarEvent> | undefined;
  return data && data.type === 'event' && typeof data.start === 'string'
    ? withName(withDecidedPlace(data as CalendarEvent))
    : undefined;
}

/** Share of the question's weight an event's fields carry; 0 when it misses every name. */
export function eventMatch(question: string, type: AnswerType | undefined, event: CalendarEvent): number {
  // "What time does the weekly 1on1 start?": "time" asks the kind of answer, it names no event.
  const timeAsked = TIME_ASKED.test(question);
  const terms = questionTerms(question, type).filter(
    (term) => !EVENT_WORDS.has(term) && !(timeAsked && term === TIME_TERM),
  );
  if (terms.length === 0) return 0;
  const named = namedTerms(question);
  // Who organizes it or is invited names it too ("the weekly 1on1 with Teodor").
  const people = [event.organizer, ...event.attendees].map((person) => person?.name ?? '');
  const fields = new Set(
    analyze([event.summary, event.location ?? '', event.description ?? '', ...people].join(' ')),
  );
  const title = new Set(analyze(event.summary));
  let total = 0;
  let got = 0;
  let namedHit = false;
  for (const term of terms) {
    const weight = named.has(term) ? 2 : 1;
    total += weight;
    if (fields.has(term)) {
      got += weight;
      if (named.has(term)) namedHit = true;
    }
  }
  if (named.size > 0 && [...named].some((term) => terms.includes(term)) && !namedHit) return 0;
  if (otherKind(question, terms, fields, event.summary)) return 0;
  // An event named by its description alone ("the weekly 1on1") must carry every word asked.
  if (![...title].some((term) => terms.includes(term))) return got === total ? got / total : 0;
  return got / total;
}

/**
 * The title names another kind of the thing asked: the question's "parking fees" and the
 * title's "Late Fees" share the noun, and each says which one with a word the other lacks.
 * A title that only adds words ("Fee notice") or names the same kind ("Parking Fee bill") fits.
 */
export function otherKind(
  question: string,
  terms: readonly string[],
  fields: ReadonlySet<string>,
  summary: string,
): boolean {
  const asked = analyze(question);
  const askedSet = new Set(asked);
  const title = analyze(summary);
  // A name ("the Harbourside festival") is told apart by the names rule; an article of another
  // language ("le", "de") is no word that says which kind.
  const named = namedTerms(question);
  const content = (term: string | undefined) =>
    term !== undefined &&
    term.length > 2 &&
    !STOP_WORDS.has(term) &&
    !QUESTION_WORDS.has(term) &&
    !/^\d+$/.test(term);
  return asked.some((noun, i) => {
    const modifier = asked[i - 1];
    if (
      i === 0 ||
      !terms.includes(noun) ||
      !modifier ||
      !terms.includes(modifier) ||
      named.has(modifier) ||
      fields.has(modifier)
    )
      return false;
    return title.some((word, j) => {
      const before = title[j - 1];
      return word === noun && content(before) && before !== undefined && !askedSet.has(before);
    });
  });
}

/** The question names the event by its title: every word it asks with is a word of the title. */
function namesEvent(question: string, type: AnswerType | undefined, event: CalendarEvent): boolean {
  const title = new Set(analyze(event.summary));
  const terms = questionTerms(question, type).filter((term) => !EVENT_WORDS.has(term));
  return terms.length > 0 && terms.every((term) => title.has(term));
}

const titleTerms = (event: CalendarEvent) => new Set(analyze(event.summary));

/** "Party" fits the event "Party" better than "Party next day": title words the question lacks. */
function extraTitleWords(question: string, event: CalendarEvent): number {
  const asked = new Set(analyze(question));
  return new Set(analyze(event.summary).filter((term) => !asked.has(term))).size;
}

/** The ordinal words a question counts a series' occurrences with, first to twelfth. */
const ORDINALS = ORDINAL_WORDS.slice(0, 12);

/** A question for where an occurrence was moved: "moved to", "rescheduled to", "pushed back to". */
const MOVED_TO = /\b(?:moved|re-?scheduled|shifted|postponed|pushed(?:\s+back)?)\s+to\b/i;

/** "What time …", "At what time …", "which time …": the time of day asked. */
const TIME_ASKED = /\b(?:what|which)\s+time\b/i;
const TIME_TERM = analyze('time')[0];

const EVENT_WORDS = new Set(
  analyze(
    'next last previous upcoming meeting event session appointment held take place happen start begin end ends ending calendar ' +
      'organize organizes organized organise organises organised organizer organiser attend attends attending attendee attendees invited host hosts hosting ' +
      'due deadline finish finished complete completed done task todo final ' +
      ORDINALS.join(' '),
  ),
);

/** Which occurrence a question asks: the n-th of the series ("the third session") is a number. */
type Tense = 'next' | 'last' | 'final' | 'any' | number;

/** "the third …", "the 3rd …": the n-th and the word after it in the question, else undefined. */
function countedPhrase(question: string): { readonly n: number; readonly next: string } | undefined {
  const match =
    /\bthe\s+(?:(\d{1,3})(?:st|nd|rd|th)|([a-z]+))\s+(?!(?:of|time|day|week|month|year|quarter|half)\b)([^\s?!.,;:]+)/i.exec(
      question,
    );
  if (!match) return undefined;
  const next = (match[3] ?? '').toLowerCase();
  if (match[1]) return { n: Number(match[1]), next };
  const at = ORDINALS.indexOf((match[2] ?? '').toLowerCase());
  return at >= 0 ? { n: at + 1, next } : undefined;
}

/** "the third …", "the 3rd …": the occurrence counted from the series' first, else undefined. */
export function countedOccurrence(question: string): number | undefined {
  return countedPhrase(question)?.n;
}

/** The forms of the question's ordinal that can stand in a name ("I" is a pronoun first). */
const nameForms = (n: number) =>
  ordinalForms(n).filter((form) => form !== 'i' && (n <= 12 || !ORDINAL_WORDS.includes(form)));

/**
 * The question's ordinal is part of the event's own name, not a count of a series' occurrences:
 * the title holds it in any form ("Second Annual Review", "CHILIFEST -5-", "Summit VI"), or a
 * passage names the event with it followed by the word the question puts after it ("the 5th
 * annual chilifest" where a mail says "This will be the 5th annual chilifest").
 */
export function ordinalInName(question: string, summary: string, passages: readonly string[] = []): boolean {
  const counted = countedPhrase(question);
  if (!counted) return false;
  const forms = nameForms(counted.n);
  const words = summary.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  if (forms.some((form) => words.includes(form))) return true;
  if (!counted.next) return false;
  const named = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})\\s+${escapeRegExp(counted.next)}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return passages.some((text) => named.test(text));
}

function tenseOf(question: string, counting = true): Tense {
  // "When is the last session?", "when is my last meeting with Bo?" ask where a series ends;
  // "when was the last …" the latest one gone. "The final …" is where it ends, said in any tense
  // ("What's the date of the final …?").
  if (
    /\b(?:is|will be)\s+(?:the|my|our)\s+(?:last|final)\b|\bwhen'?s\s+(?:the|my|our)\s+(?:last|final)\b|\bthe\s+final\b/i.test(
      question,
    ) ||
    /^\s*what(?:'s|’s|\s+is|\s+will\s+be)\b[^?]*\bthe\s+last\b/i.test(question)
  )
    return 'final';
  const counted = counting ? countedOccurrence(question) : undefined;
  if (counted !== undefined) return counted;
  if (/\b(?:next|upcoming|coming|will|future)\b|次の|下次|下一|다음/i.test(question)) return 'next';
  if (/\b(?:last|previous|past|did|was|were)\b|上次|前回|지난/i.test(question)) return 'last';
  return 'any';
}

const startMs = (event: CalendarEvent) =>
  Date.parse(event.start.length === 10 ? `${event.start}T00:00:00Z` : event.start);

/**
 * The occurrence a question means: the next one starting after now, the last one before it,
 * or (no tense) the next one, else the last. Undefined when the event has none that fits.
 */
export function occurrenceFor(event: CalendarEvent, tense: Tense, now: Date): CalendarEvent | undefined {
  if (typeof tense === 'number') return countedFrom(event, tense);
  const back = new Date(now.getTime() - 3 * 366 * DAY);
  const ahead = new Date(now.getTime() + 3 * 366 * DAY);
  const next = occurrencesBetween(event, now, ahead, 3).find((item) => startMs(item) > now.getTime());
  const last = occurrencesBetween(event, back, now, 5000)
    .filter((item) => startMs(item) <= now.getTime())
    .at(-1);
  if (tense === 'next') return next;
  if (tense === 'final') {
    // A series that ends (COUNT or UNTIL) with occurrences still to come: its final one.
    // A list of dates (RDATE) alone ends at its last date.
    const rules = event.rrule ? [event.rrule, ...(event.extraRules ?? [])] : [];
    const ends = isSeries(event) && rules.every((rule) => /\b(?:COUNT|UNTIL)=/i.test(rule));
    if (ends && next) return occurrencesBetween(event, now, ahead, 5000).at(-1) ?? next;
    // A series with no end has no final one; one that has ended, its last.
    if (isSeries(event) && !ends) return undefined;
    return last ?? (isSeries(event) ? undefined : event);
  }
  if (tense === 'last') return last;
  return next ?? last ?? (isSeries(event) ? undefined : event);
}

/** The n-th occurrence of a series, counted from its first; a single event is only its first. */
function countedFrom(event: CalendarEvent, n: number): CalendarEvent | undefined {
  if (!isSeries(event)) return n === 1 ? event : undefined;
  const first = startMs({ ...event, start: event.seriesStart ?? event.start });
  if (!Number.isFinite(first)) return undefined;
  const from = new Date(first - DAY);
  return occurrencesBetween(event, from, new Date(first + 20 * 366 * DAY), n)[n - 1];
}

/**
 * Why a series named by the question has no occurrence of the kind asked: fewer occurrences
 * than the one counted ("the fifth" of three), or no end to give a final one. Undefined when it
 * has one, or the question asks another kind.
 */
function noSuchOccurrence(event: CalendarEvent, tense: Tense, now: Date, zone?: string): string | undefined {
  if (!event.rrule) return undefined;
  const rules = [event.rrule, ...(event.extraRules ?? [])];
  const repeats = rules.map(describeRule).join(', and ');
  const name = event.summary || 'The event';
  if (tense === 'next') {
    // A series that ended before now has no next occurrence: its last one says when it ended.
    const last = occurrenceFor(event, 'last', now);
    return last
      ? `${name} repeated ${repeats}; its last occurrence was ${describeWhen(last, zone ?? last.timeZone ?? 'UTC')}, and none is still to come.`
      : undefined;
  }
  if (typeof tense === 'number') {
    if (countedFrom(event, tense)) return undefined;
    const first = startMs({ ...event, start: event.seriesStart ?? event.start });
    const all = occurrencesBetween(event, new Date(first - DAY), new Date(first + 20 * 366 * DAY), tense);
    return `${name} repeats ${repeats}: it has ${all.length} occurrence${all.length === 1 ? '' : 's'}, no ${ORDINALS[tense - 1] ?? `${tense}th`} one.`;
  }
  if (tense === 'final' && !rules.every((rule) => /\b(?:COUNT|UNTIL)=/i.test(rule ?? '')))
    return `${name} repeats ${repeats}, with no end date: it has no final occurrence.`;
  return undefined;
}

/**
 * The occurrence of an event held on a day (noon UTC of it, as `askedDay` gives it): all-day ones
 * on that date, timed ones read in the asker's zone when known, else in the event's own zone.
 */
export function occurrenceOn(event: CalendarEvent, day: Date, askerZone?: string): CalendarEvent | undefined {
  const isoDay = day.toISOString().slice(0, 10);
  const around = occurrencesBetween(
    event,
    new Date(day.getTime() - 2 * DAY),
    new Date(day.getTime() + 2 * DAY),
    20,
  );
  return around.find((item) =>
    item.allDay ? allDayOn(item, isoDay) : timedOnDay(item, isoDay, askerZone ?? item.timeZone ?? 'UTC'),
  );
}

/**
 * True when occurrence a fits the question better than b: the latest before now for a question
 * in the past, else one still to come before one gone, and the sooner of two to come.
 */
function nearer(a: CalendarEvent, b: CalendarEvent, tense: Tense, now: Date): boolean {
  if (tense === 'last' || tense === 'final') return startMs(a) > startMs(b);
  if (typeof tense === 'number') return startMs(a) < startMs(b);
  const aAhead = startMs(a) > now.getTime();
  const bAhead = startMs(b) > now.getTime();
  if (aAhead !== bAhead) return aAhead;
  return aAhead ? startMs(a) < startMs(b) : startMs(a) > startMs(b);
}

const DAYS: Readonly<Record<string, string>> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

/** "weekly on Friday and Saturday, until 25 October 2013". */
export function describeRule(rrule: string): string {
  const parts = new Map(rrule.split(';').map((part) => part.split('=') as [string, string]));
  const freq = (parts.get('FREQ') ?? '').toLowerCase();
  const interval = Number(parts.get('INTERVAL') ?? 1);
  const unit = { daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year' }[freq] ?? freq;
  let text = interval > 1 ? `every ${interval} ${unit}s` : freq === 'daily' ? 'daily' : `${freq}`;
  const byDay = parts.get('BYDAY')?.split(',');
  const days = byDay?.map((day) => DAYS[day.replace(/^[-+]?\d+/, '')] ?? day);
  // The five working days, Monday to Friday, each every week: "on weekdays".
  if (byDay && [...byDay].sort().join(',') === 'FR,MO,TH,TU,WE') text += ' on weekdays, Monday to Friday';
  else if (days?.length) text += ` on ${days.join(' and ')}`;
  const until = parts.get('UNTIL');
  if (until) {
    const y = Number(until.slice(0, 4));
    const m = Number(until.slice(4, 6));
    const d = Number(until.slice(6, 8));
    text += `, until ${d} ${MONTH_NAMES[m - 1]} ${y}`;
  }
  const count = parts.get('COUNT');
  if (count) text += `, ${count} times`;
  return text;
}

function who(event: CalendarEvent): string {
  const names = [
    ...(event.organizer ? [`${event.organizer.name ?? event.organizer.address} (organizer)`] : []),
    ...event.attendees.map((attendee) => attendee.name ?? attendee.address),
  ];
  return names.join(', ');
}

/** Answers from the best-matching event's fields, or undefined when no event fits the question. */
export function answerFromEvent(
  question: string,
  askedType: AnswerType | undefined,
  hits: readonly SearchHit[],
  now: Date,
  citations: CitationList,
  askerZone?: string,
  day?: { readonly date: Date; readonly text: string },
): StructuredAnswer | undefined {
  let type = askedType;
  const oftenAsked = /\bhow often\b|\bwhich days?\b|\bevery\b.*\?$/i.test(question);
  const lengthAsked = LENGTH_ASKED.test(question);
  const reminderAsked = asksReminder(question);
  // "How many times does … happen?": the count of the series' occurrences.
  const timesAsked = asksTimes(question);
  // "Which time zone is the … event in?": the zone its times are written in.
  const zoneAsked = ZONE_ASKED.test(question);
  // "Which category is …?", "What's the status of …?", "Where can I get the slides of …?"
  const field = reminderAsked || lengthAsked ? undefined : eventFieldAsked(question);
  // The words that ask for the reminder ("how long before", "am I reminded"), for the length
  // ("how long is", "the duration of") or for a field ("category") name no event.
  const naming = reminderAsked
    ? question.replace(REMINDER_WORDS, ' ')
    : zoneAsked
      ? question.replace(ZONE_ASKED, ' ')
      : // "How often does … repeat?", "how many times does … happen?": the verb of recurring names no event.
        timesAsked || oftenAsked
        ? question.replace(TIMES_WORDS, ' ')
        : lengthAsked
          ? question.replace(LENGTH_WORDS, ' ')
          : field
            ? withoutFieldWords(question)
            : question;
  // "Which day was the 7 July session moved to?": asked of the day it was moved away from.
  const movedAsked = MOVED_TO.test(question);
  // "What alert is set for my meeting on 3 May?": the one event of that day with a reminder.
  const recipientAsked = RECIPIENT_ASKED.test(question);
  const byDay =
    reminderAsked && day ? reminderOnDay(naming, hits, day, askerZone, citations, recipientAsked) : undefined;
  if (byDay) return byDay;
  const noun = type === undefined && !field && !zoneAsked ? askedNoun(question) : undefined;
  if (
    !field &&
    !zoneAsked &&
    !oftenAsked &&
    !lengthAsked &&
    !reminderAsked &&
    !timesAsked &&
    !noun &&
    type !== 'date' &&
    type !== 'place' &&
    type !== 'person'
  )
    return undefined;
  const askedTense = tenseOf(question);
  // An ordinal a passage names the event with ("the 6th expert meeting") counts no occurrence.
  const passageNamed =
    typeof askedTense === 'number' &&
    ordinalInName(
      question,
      '',
      hits.map((hit) => hit.text),
    );
  // "When is X due?" asks a to-do's due date: an event has none, unless its title is a deadline.
  const dueAsked = /\bdue\b/i.test(question);
  let best: { hit: SearchHit; occurrence: CalendarEvent; match: number } | undefined;
  // Coverage decides; among events that cover the question alike, the one with fewer other title words.
  const seen = new Map<string, CalendarEvent>();
  const twins: { hit: SearchHit; occurrence: CalendarEvent; match: number }[] = [];
  let none: { hit: SearchHit; why: string; match: number } | undefined;
  for (const hit of hits) {
    const found = eventOf(hit);
    // A journal entry is notes, answered from its text: it has no time, place or people of its own.
    if (
      !found ||
      found.journal ||
      (dueAsked && !found.todo && !/\b(?:due|deadlines?)\b/i.test(found.summary))
    )
      continue;
    // One series and its moved occurrences (same UID, each with its own RECURRENCE-ID) all count.
    const key = `${found.uid}|${found.summary}|${found.recurrenceId ?? ''}`;
    // A copy of it in another calendar counts only where it writes the end asked and the first does not.
    const copy = seen.get(key);
    if (copy && !endDecides(question, found, copy)) continue;
    seen.set(key, found);
    // An occurrence moved away from its slot (an override) is an event of its own.
    const moved = found.recurrenceId !== undefined && found.recurrenceId !== found.start;
    const event: CalendarEvent = moved ? { ...found, rrule: undefined } : found;
    // An ordinal of the event's own name asks no count; one that names another event in a
    // passage ("the 5th annual chilifest" in a mail) leaves a series without it out.
    const ordinalTitled = typeof askedTense === 'number' && ordinalInName(question, event.summary);
    if (passageNamed && !ordinalTitled) continue;
    const tense = ordinalTitled ? tenseOf(question, false) : askedTense;
    const coverage = eventMatch(naming, type, event);
    const match = coverage - 0.01 * Math.min(extraTitleWords(naming, event), 9);
    if (coverage < 0.4 || (best && match < best.match)) continue;
    // A to-do has one due date, asked about before or after it alike. Where a series is held and
    // who comes do not hang on a date: a series whose dates are all struck out still answers them.
    // A day asked ("… on 12 May") is the day of the occurrence meant: an event not held that day
    // is another one. Words of the title ("Log yesterday's hours") ask no day.
    const dayWords = day ? analyze(day.text) : [];
    const onDay = day && !dayWords.every((word) => titleTerms(event).has(word)) ? day.date : undefined;
    // "Which day was the 7 July session moved to?": the occurrence moved away from that day (its
    // RECURRENCE-ID falls on it), on whatever day it is held now.
    const movedAway =
      movedAsked && onDay && moved && found.recurrenceId !== undefined
        ? occurrenceOn({ ...event, start: found.recurrenceId, end: found.recurrenceId }, onDay, askerZone)
        : undefined;
    const dated = movedAway
      ? event
      : onDay
        ? occurrenceOn(event, onDay, askerZone)
        : event.todo
          ? event
          : occurrenceFor(event, tense, now);
    if (onDay && !dated) continue;
    const occurrence =
      dated ??
      (type === 'place' || type === 'person' || field || timesAsked || zoneAsked ? event : undefined);
    if (!occurrence) {
      // The series asked has no such occurrence: said as no answer, unless another event fits.
      const why = !onDay && type === 'date' ? noSuchOccurrence(event, tense, now, askerZone) : undefined;
      if (why && (!none || match > none.match)) none = { hit, why, match };
      continue;
    }
    // A tie (a series and an occurrence moved out of it, or two events of the same name): the
    // one nearest to now on the side the question asks.
    const tie = best !== undefined && match === best.match;
    // Two calendars that each hold an event of that name on the day asked, at different times:
    // both are told, since either may be the one meant.
    const twin =
      tie &&
      onDay !== undefined &&
      best !== undefined &&
      hit.path !== best.hit.path &&
      occurrence.summary === best.occurrence.summary &&
      startMs(occurrence) !== startMs(best.occurrence);
    if (!tie) twins.length = 0;
    if (twin && best) twins.push(best);
    // An end asked is told by the copy that writes one, else by the one nearest to now.
    const byEnd = tie && best ? endDecides(question, occurrence, best.occurrence) : undefined;
    if (tie && !twin && !(byEnd ?? (best && nearer(occurrence, best.occurrence, tense, now)))) continue;
    best = { hit, occurrence, match };
  }
  if (none && (!best || none.match > best.match)) {
    const n = citations.cite(none.hit, none.why);
    return { answer: `${none.why} [${n}]`, found: false };
  }
  if (!best) return undefined;
  const { occurrence, hit } = best;
  // "Which stage …?" is answered by the location when the location names a stage.
  if (reminderAsked) return reminderAnswer(best, askerZone, citations, recipientAsked);
  if (zoneAsked)
    return namesEvent(naming, type, occurrence) ? zoneAnswer(hit, occurrence, citations) : undefined;
  if (timesAsked)
    return namesEvent(naming, type, occurrence) || best.match >= LENGTH_MATCH
      ? timesAnswer(hit, eventOf(hit) ?? occurrence, askerZone, citations)
      : undefined;
  if (lengthAsked) return lengthAnswer(naming, type, best, askerZone, citations);
  // "Where can I get the slides of the review?" asks for no place of the event: only its links answer.
  if (field) {
    const named = namesEvent(naming, type, occurrence) || best.match >= LENGTH_MATCH;
    const when = describeWhen(occurrence, askerZone ?? occurrence.timeZone ?? 'UTC');
    return eventFieldAnswer(field, hit, occurrence, when, named, citations);
  }
  if (noun && !oftenAsked) {
    if (!occurrence.location || !analyze(occurrence.location).includes(analyze(noun)[0] ?? noun))
      return undefined;
    type = 'place';
  }
  // Times read in the asker's zone when it is known, like a day's agenda (event-zones.ts).
  const zone = askerZone ?? occurrence.timeZone ?? 'UTC';
  const when = describeWhen(occurrence, zone);
  // "What time does … end?" about an event written with a start only: it has no end to give.
  const noEnd =
    type === 'date' &&
    !occurrence.todo &&
    !occurrence.allDay &&
    asksEndTime(question) &&
    startMs(occurrence) >= Date.parse(occurrence.end);
  if (noEnd) {
    const n = citations.cite(hit, `${occurrence.summary}, ${when}`);
    const name = occurrence.summary || 'The event';
    return {
      answer: `${name} has no end time in your calendar; it starts ${when}. [${n}]`,
      found: false,
    };
  }
  // "Who has to sign off …" asks a duty, which notes tell, not who is invited; "who took part in
  // …" asks of a meeting held, and one still to come has had nobody take part.
  if (
    type === 'person' &&
    (DUTY_ASKED.test(question) || (TOOK_PART.test(question) && startMs(occurrence) > now.getTime()))
  )
    return undefined;
  // "Who organizes …?" of an event with no organizer: its attendees are not who organizes it.
  if (type === 'person' && ORGANIZER_ASKED.test(question) && !occurrence.organizer)
    return noOrganizer(question, type, hit, occurrence, when, citations);
  // "Which attendees …?" of an event only its organizer is on: its organizer attends nothing asked.
  if (
    type === 'person' &&
    ATTENDEES_ASKED.test(question) &&
    !ORGANIZER_ASKED.test(question) &&
    occurrence.organizer &&
    occurrence.attendees.length === 0
  )
    return noAttendees(question, type, hit, occurrence, when, citations);
  const lacks =
    (type === 'place' && !occurrence.location) ||
    (type === 'person' && !occurrence.organizer && occurrence.attendees.length === 0);
  if (lacks) {
    // The question names this very event and it has no place (or no one) on it: that is the
    // answer, not a sentence elsewhere that shares a word of its title.
    if (!namesEvent(question, type, occurrence)) return undefined;
    const missing = type === 'place' ? 'no place' : 'no organizer or attendees';
    return saidMissing(hit, occurrence, when, citations, missing);
  }
  if (occurrence.todo && type === 'date') return todoAnswer(question, hit, occurrence, zone, citations);
  const where = occurrence.location ? `, at ${occurrence.location}` : '';
  const quote = `${occurrence.summary}, ${when}${where}`;
  const n = citations.cite(hit, quote);
  const name = occurrence.summary || 'The event';
  let answer: string;
  if (oftenAsked && occurrence.rrule)
    answer = `${name} repeats ${[occurrence.rrule, ...(occurrence.extraRules ?? [])].map(describeRule).join(', and ')}; the next one is ${when}${where}.`;
  else if (type === 'place') answer = `${name} is at ${occurrence.location} (${when}).`;
  else if (type === 'person') answer = `${name} (${when}): ${who(occurrence)}.`;
  else {
    // "When and where …?" about an event without a place: say the place is not given.
    const noPlace = !occurrence.location && /\bwhere\b/i.test(question) ? ' (no place is given)' : '';
    answer = `${name}: ${when}${where}${noPlace}.`;
  }
  if (type === 'date' && twins.length > 0) {
    const also = twins.map((twin) => {
      const other = describeWhen(twin.occurrence, askerZone ?? twin.occurrence.timeZone ?? 'UTC');
      return `${twin.occurrence.summary}: ${other} [${citations.cite(twin.hit, `${twin.occurrence.summary}, ${other}`)}]`;
    });
    return {
      answer: `${answer} [${n}] Another calendar has one that day too: ${also.join('; ')}.`,
      found: true,
    };
  }
  return { answer: `${answer} [${n}]`, found: true };
}

/**
 * "How long is / does … (take)?", "the duration of …": how long an event lasts. Not "how long
 * ago / before / until …", which ask a time between two moments.
 */
const LENGTH_ASKED =
  /\bhow long (?:is|was|will|does|did)\b(?!.*\b(?:ago|before|after|until|till|since|left)\b)|\b(?:duration|length) of\b/i;
/** The words that ask how long something lasts, which name no event ("how long is Kiln Day?"). */
const LENGTH_WORDS = /\bhow long\b|\b(?:duration|length) of\b/gi;
/** The share of the question an event must cover to be told how long it lasts when the question does not name it by its title. */
const LENGTH_MATCH = 0.6;

/**
 * How long the event asked lasts, from its start to its end (all-day ones in days); one written
 * with a start only has no length to give. Undefined for a to-do, or when the question does not
 * name the event (by its title words, or covering most of the question).
 */
function lengthAnswer(
  question: string,
  type: AnswerType | undefined,
  best: { readonly hit: SearchHit; readonly occurrence: CalendarEvent; readonly match: number },
  askerZone: string | undefined,
  citations: CitationList,
): StructuredAnswer | undefined {
  const { hit, occurrence, match } = best;
  if (occurrence.todo) return undefined;
  if (!namesEvent(question, type, occurrence) && match < LENGTH_MATCH) return undefined;
  const when = describeWhen(occurrence, askerZone ?? occurrence.timeZone ?? 'UTC');
  const name = occurrence.summary || 'The event';
  const span =
    Date.parse(occurrence.end.length === 10 ? `${occurrence.end}T00:00:00Z` : occurrence.end) -
    startMs(occurrence);
  const n = citations.cite(hit, `${name}, ${when}`);
  if (!(span > 0))
    return { answer: `${name} has no end time in your calendar; it starts ${when}. [${n}]`, found: false };
  return { answer: `${name} lasts ${lengthWords(span)} (${when}). [${n}]`, found: true };
}

/**
 * A question on an event's reminder: "When am I reminded of …?", "How long before … is the
 * alert?"; the words that ask it, or say how it comes ("is the reminder e-mail sent", "the pop-up
 * shown"), name no event.
 */
const REMINDER_ASKED = /\b(?:remind(?:s|ed|er|ers)?|alerted|notified)\b/i;
const REMINDER_WORDS =
  /\bhow (?:long|early|much time) (?:before|ahead of)\b|^\s*who (?:gets|receives|is)\b|^\s*to whom\b|\b(?:sent|e-?mailed|mailed|goes) to\b|\b(?:(?:is|are|gets?) )?(?:sent|shown|e-?mailed)\b|\b(?:e-?mail|pop-?up|on-?screen)\b|\b(?:(?:am|will|do|does|is|are) (?:i|we|you) (?:be |get )?)?(?:remind(?:s|ed|er|ers)?|alerted|notified)\b(?: (?:of|about|for))?|\bwhen\b/gi;

/** "Who gets the reminder e-mail …?", "To whom is the reminder sent …?": the addresses it mails. */
const RECIPIENT_ASKED =
  /^\s*(?:who\b.*\b(?:gets?|receives?|(?:sent|e-?mailed|mailed|goes)\s+to)\b|to whom\b)/i;

/**
 * Whether a question asks of an event's reminder ("When am I reminded of …?", "Who gets the
 * reminder e-mail for …?"); "Who reminded me …?" asks of a person, not of a reminder.
 */
export function asksReminder(question: string): boolean {
  return REMINDER_ASKED.test(question) && (!/^\s*who\b/i.test(question) || RECIPIENT_ASKED.test(question));
}

/**
 * Words that name an event by its kind alone ("my meeting", "the all-day event", "my call") or
 * tell a reminder going off ("does it go off", "sound"): with a day, they name no title.
 */
const KIND_ONLY = new Set(
  analyze(
    'meeting event appointment call session all-day all day one it go goes off sound sounds ring rings pop pops up fire fires alarm alert notification first earliest last',
  ),
);

/** Words of an event's kind that a title may hold ("Budget meeting", "Sales call"). */
const EVENT_KINDS = new Set(analyze('meeting event appointment call session'));

/** Whether the question names its event by a day and words of its kind only ("my meeting on 3 May"). */
function namedByDayOnly(naming: string, dayText: string): boolean {
  const months = new Set(MONTH_NAMES.flatMap((month) => analyze(month)));
  const terms = analyze(naming.replace(new RegExp(escapeRegExp(dayText), 'gi'), ' ')).filter(
    (term) => !QUESTION_WORDS.has(term) && !/^\d+$/.test(term) && !months.has(term),
  );
  return terms.length > 0 && terms.every((term) => KIND_ONLY.has(term));
}

/**
 * A reminder asked of an event named by its day only ("How long before my meeting on 2 May is
 * the alert?", "Does my all-day event on 4 June have an alert?"): of the events held
 * that day (all-day ones when the question says so), the one with a reminder. Undefined when
 * none or several have one, or the question names the event by other words.
 */
function reminderOnDay(
  naming: string,
  hits: readonly SearchHit[],
  day: { readonly date: Date; readonly text: string },
  askerZone: string | undefined,
  citations: CitationList,
  recipientAsked: boolean,
): StructuredAnswer | undefined {
  if (!namedByDayOnly(naming, day.text)) return undefined;
  const allDay = /\ball[- ]day\b/i.test(naming);
  const seen = new Set<string>();
  const reminded: { hit: SearchHit; occurrence: CalendarEvent }[] = [];
  for (const hit of hits) {
    const event = eventOf(hit);
    if (!event || event.todo || event.journal) continue;
    const occurrence = occurrenceOn(event, day.date, askerZone);
    if (!occurrence || (allDay && !occurrence.allDay)) continue;
    const key = `${event.uid}|${occurrence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if ((occurrence.alarms ?? []).length > 0) reminded.push({ hit, occurrence });
  }
  // Several with a reminder: the one whose title holds the kind the question names ("my
  // meeting" of "Budget meeting" beside "Gym").
  const kinds = analyze(naming).filter((term) => EVENT_KINDS.has(term));
  const titled = reminded.filter((item) =>
    analyze(item.occurrence.summary).some((term) => kinds.includes(term)),
  );
  const only = reminded.length === 1 ? reminded[0] : titled.length === 1 ? titled[0] : undefined;
  return only ? reminderAnswer(only, askerZone, citations, recipientAsked) : undefined;
}

/**
 * When the event's reminders go off ("5 minutes before it starts"), what they say and whom they
 * mail; undefined without any, or when whom it mails is asked and no reminder goes by e-mail.
 */
function reminderAnswer(
  best: { readonly hit: SearchHit; readonly occurrence: CalendarEvent },
  askerZone: string | undefined,
  citations: CitationList,
  recipientAsked = false,
): StructuredAnswer | undefined {
  const { hit, occurrence } = best;
  if (recipientAsked && !(occurrence.alarms ?? []).some((alarm) => alarm.mailTo?.length)) return undefined;
  const zone = askerZone ?? occurrence.timeZone ?? 'UTC';
  const told = (occurrence.alarms ?? []).map((alarm) => {
    const edge = alarm.related === 'end' ? 'ends' : 'starts';
    const when =
      alarm.at !== undefined
        ? `on ${describeWhen({ ...occurrence, start: alarm.at, end: alarm.at, allDay: false }, zone)}`
        : alarm.before === undefined || alarm.before === 0
          ? `when it ${edge}`
          : `${lengthWords(Math.abs(alarm.before) * 1000)} ${alarm.before > 0 ? 'before' : 'after'} it ${edge}`;
    return alarm.description ? `${when} ("${alarm.description}")` : when;
  });
  if (told.length === 0) return undefined;
  const name = occurrence.summary || 'The event';
  const when = describeWhen(occurrence, zone);
  const n = citations.cite(hit, `${name}, ${when}`);
  // Two reminders set alike (one by mail, one on screen) are told once, with their count.
  const distinct = [...new Set(told)];
  const reminders =
    told.length === 1
      ? `a reminder goes off ${told[0]}`
      : distinct.length === 1
        ? `${told.length} reminders go off ${distinct[0]}`
        : `reminders go off ${distinct.join('; ')}`;
  return { answer: `${name} (${when}): ${reminders}${byMail(occurrence.alarms ?? [])}. [${n}]`, found: true };
}

/** Whom the reminders that go by e-mail are sent to: ", by e-mail to …" for one, "; one goes by e-mail to …" of several. */
function byMail(alarms: NonNullable<CalendarEvent['alarms']>): string {
  const mailed = alarms.filter((alarm) => alarm.mailTo?.length);
  const to = [...new Set(mailed.flatMap((alarm) => alarm.mailTo ?? []))].join(', ');
  if (!to) return '';
  if (alarms.length === 1) return `, by e-mail to ${to}`;
  if (mailed.length === alarms.length) return `, each by e-mail to ${to}`;
  return `; ${mailed.length === 1 ? 'one goes' : `${mailed.length} go`} by e-mail to ${to}`;
}

/** A question on who organizes or hosts an event, not on who comes. */
const ORGANIZER_ASKED = /\b(?:organi[sz](?:e|es|ed|ing|er|ers)|host(?:s|ed|ing)?)\b/i;
/** Notes that tell who organizes an event though its fields do not ("hosted by the Lund chapter"). */
const ORGANIZER_TOLD = /\b(?:organi[sz](?:ed|er|ers)|host(?:s|ed|ing)?)\b/i;

/**
 * An event asked who organizes it that has no organizer: said as no answer, with whom it invites,
 * when the question names this event (its title words, or the names it asks with are in the
 * title). Undefined when the event's notes may tell it, or the question may mean another event.
 */
function noOrganizer(
  question: string,
  type: AnswerType,
  hit: SearchHit,
  occurrence: CalendarEvent,
  when: string,
  citations: CitationList,
): StructuredAnswer | undefined {
  if (ORGANIZER_TOLD.test(occurrence.description ?? '')) return undefined;
  const title = titleTerms(occurrence);
  const named = [...namedTerms(question)];
  const titled = named.length > 0 && named.every((term) => title.has(term));
  if (!namesEvent(question, type, occurrence) && !titled) return undefined;
  const invited = occurrence.attendees.map((attendee) => attendee.name ?? attendee.address);
  const also = invited.length > 0 ? `; it invites ${invited.join(', ')}` : '';
  return saidMissing(hit, occurrence, when, citations, 'no organizer', also);
}

/** A question on who attends an event ("Who is attending …?", "Which guests are coming to …?"), not who organizes it. */
const ATTENDEES_ASKED = /\b(?:attend(?:s|ing|ees?)?|invitees?|guests?|participants?|coming)\b/i;

/**
 * "Who is attending …?" of an event that lists its organizer and no attendee: the calendar
 * names no one attending; its organizer is said as such, not given as an attendee. Undefined
 * when the question does not name the event.
 */
function noAttendees(
  question: string,
  type: AnswerType,
  hit: SearchHit,
  occurrence: CalendarEvent,
  when: string,
  citations: CitationList,
): StructuredAnswer | undefined {
  if (!namesEvent(question, type, occurrence)) return undefined;
  const organizer = occurrence.organizer?.name ?? occurrence.organizer?.address;
  return saidMissing(
    hit,
    occurrence,
    when,
    citations,
    'no attendees',
    `; only its organizer, ${organizer}, is on it`,
  );
}

/**
 * The one shape of an event asked a field it lacks: "<event> (<when>) has no <field> in your
 * calendar<and what it has instead>.", cited to the event and said as no answer found.
 */
function saidMissing(
  hit: SearchHit,
  occurrence: CalendarEvent,
  when: string,
  citations: CitationList,
  missing: string,
  instead = '',
): StructuredAnswer {
  const name = occurrence.summary || 'The event';
  const n = citations.cite(hit, `${name}, ${when}`);
  return { answer: `${name} (${when}) has ${missing} in your calendar${instead}. [${n}]`, found: false };
}

/** A question on who is bound to do something: "Who has to sign off …", "who needs to approve …". */
const DUTY_ASKED = /^\s*who\s+(?:has|have|had|needs?|must|should|ought)\s+to\b/i;
/** A question on who took part in a meeting held. */
const TOOK_PART = /\b(?:took part|participated|attended|was (?:at|in|there)|were (?:at|in|there)|joined)\b/i;

/** "When did I finish …?", "Is … done?": the question asks when a to-do was done, not when it is due. */
const DONE_ASKED = /\b(?:finish(?:ed)?|complete[ds]?|done|tick(?:ed)? off)\b/i;

/**
 * A to-do's dates: when it is due, or (asked when it was finished) when it was completed; a
 * to-do not done says so with its due date.
 */
function todoAnswer(
  question: string,
  hit: SearchHit,
  task: CalendarEvent,
  zone: string,
  citations: CitationList,
): StructuredAnswer {
  const name = task.summary || 'The task';
  // One moment, not a span: "Wednesday 15 April 1998, 23:59 (UTC)"; a date alone without "(all day)".
  const at = (iso: string) =>
    `on ${describeWhen({ ...task, start: iso, end: iso, allDay: iso.length === 10 }, zone).replace(
      / \(all day\)$/,
      '',
    )}`;
  const { due, completed } = task.todo ?? {};
  const doneAsked = DONE_ASKED.test(question) && !/\bdue\b/i.test(question);
  let answer: string;
  if (doneAsked && completed) answer = `${name} was completed ${at(completed)}.`;
  else if (doneAsked)
    answer = `${name} is not marked as done${task.status ? ` (status ${task.status})` : ''}${due ? `; it is due ${at(due)}` : ''}.`;
  else if (due) answer = `${name} is due ${at(due)}${completed ? ` (completed ${at(completed)})` : ''}.`;
  else answer = `${name} has no due date${completed ? `; it was completed ${at(completed)}` : ''}.`;
  const n = citations.cite(hit, answer);
  return { answer: `${answer} [${n}]`, found: true };
}

/** "Which time zone is …", "what timezone is … in", "in what time zone is …". */
const ZONE_ASKED = /\b(?:which|what)\s+time\s?zones?\b/i;

/**
 * The zone an event's times are written in ("Europe/Berlin"), with its time there; an event
 * written in no zone of its own (a floating or an all-day one) names none.
 */
function zoneAnswer(hit: SearchHit, occurrence: CalendarEvent, citations: CitationList): StructuredAnswer {
  const name = occurrence.summary || 'The event';
  const zone = occurrence.allDay ? undefined : occurrence.timeZone;
  const when = describeWhen(occurrence, zone ?? 'UTC');
  const n = citations.cite(hit, `${occurrence.summary}, ${when}`);
  return zone
    ? { answer: `${name} is in the time zone ${zone}: ${when}. [${n}]`, found: true }
    : { answer: `${name} (${when}) is written in no time zone of its own. [${n}]`, found: false };
}
