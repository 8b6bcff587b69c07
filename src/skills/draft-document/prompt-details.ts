/**
 * @module prompt-details
 * What a drafting prompt says beyond its topic: dates and times (chrono-node, relative to
 * now), people (names and addresses), places, and amounts. These fill the outline's fields;
 * nothing is guessed that the prompt does not say.
 */
import * as chrono from 'chrono-node';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lib/text/calendar-names.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';

export type PromptDetails = {
  readonly dates: readonly {
    readonly text: string;
    readonly start: string;
    readonly end?: string;
    readonly hasTime: boolean;
  }[];
  readonly people: readonly string[];
  readonly places: readonly string[];
  readonly amounts: readonly string[];
  /** Who the document is for, when the prompt says ("memo to the leadership team about …"). */
  readonly audience?: string;
  /** The prompt without its instruction words ("write a memo about"). */
  readonly topic: string;
  /**
   * The topic says what the document does, a participle right after the document's kind or its
   * audience ("memo to the team summarising the survey"), not what it is about ("pricing changes").
   */
  readonly topicIsAction?: boolean;
  /** The length asked for, in words of the rendered document ("one-page" ≈ 450, "short" ≈ 250, "300 words"). */
  readonly maxWords?: number;
};

/** Words of a page of a memo or report at the default 11-point body text, headings included. */
export const WORDS_PER_PAGE = 450;

/** Length words of a prompt: pages, "short"/"brief", or a word count. */
const LENGTHS: readonly { pattern: RegExp; words: (match: RegExpExecArray) => number }[] = [
  { pattern: /\b(\d{2,5})[\s-]*words?\b/i, words: (match) => Number(match[1]) },
  {
    pattern: /\b(one|two|three|half|1|2|3)[\s-]*pages?\b/i,
    words: (match) =>
      Math.round(
        WORDS_PER_PAGE *
          ({ one: 1, two: 2, three: 3, half: 0.5 }[match[1]!.toLowerCase()] ?? Number(match[1])),
      ),
  },
  { pattern: /\b(?:short|brief|concise|quick)\b/i, words: () => 250 },
];

export function lengthLimit(prompt: string): number | undefined {
  for (const rule of LENGTHS) {
    const match = rule.pattern.exec(prompt);
    if (match) return rule.words(match);
  }
  return undefined;
}

const NOT_NAMES = new Set<string>([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'I',
  'The',
  'A',
  'An',
  'Draft',
  'Write',
  'Create',
  'Make',
  'Prepare',
  'Memo',
  'Report',
  'Agenda',
  'Plan',
  'Speech',
  'Invitation',
  'Minutes',
  'Proposal',
]);

/** Last words of a group of people a document is for ("the board", "all staff", "the sales team"). */
const PEOPLE_GROUP =
  /\b(?:team|teams|board|staff|crew|committee|managers?|everyone|department|group|members|employees|colleagues|customers|clients|volunteers|parents|students|residents|partners|investors|shareholders|leadership|council|directors|trustees|owners|users|tenants)$/i;

/**
 * Whether the words after "to"/"for" name whom the document is for: after "to" any words do
 * (unless they end in a participle themselves), after "for" only a group of people; "and"/"with"
 * follow only an audience after "to" ("plan for the move and the handover" is about both).
 */
function isAudience(preposition: string, words: string, doing: string): boolean {
  if (/ing$/i.test(words)) return false;
  if (preposition.toLowerCase() === 'to') return true;
  return PEOPLE_GROUP.test(words) && !/^(?:and|with)\s/i.test(doing);
}

/** Prepositions that lead to a date and mean nothing without it. */
const DATE_LEADS = '(?:in|on|at|by|from|until|till|before|after|during|for)';

export function extractPromptDetails(prompt: string, now: Date): PromptDetails {
  const dates = chrono
    .parse(prompt, now, { forwardDate: true })
    // A bare "weekend" names a kind of event ("the build weekend in March"), not this weekend.
    .filter((result) => !/^weekends?$/i.test(result.text.trim()))
    .map((result) => ({
      text: result.text,
      start: result.start.date().toISOString(),
      ...(result.end ? { end: result.end.date().toISOString() } : {}),
      hasTime: result.start.isCertain('hour'),
    }));
  const dateTexts = dates.map((date) => date.text);
  const emails = [...prompt.matchAll(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g)].map((match) => match[0]);
  const places = [
    ...prompt.matchAll(/\b(?:in|at|to|visit(?:ing)?)\s+((?:[A-Z][\p{L}'-]+)(?:\s+[A-Z][\p{L}'-]+){0,2})/gu),
  ]
    .map((match) => match[1]!)
    .filter(
      (place) => !NOT_NAMES.has(place.split(' ')[0]!) && !dateTexts.some((text) => text.includes(place)),
    );
  const names = [...prompt.matchAll(/\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\b/g)]
    .map((match) => match[1]!)
    .filter((name) => !name.split(' ').some((part) => NOT_NAMES.has(part)) && !places.includes(name));
  const withName = [...prompt.matchAll(/\b(?:with|for|from|by|to)\s+([A-Z][a-z]+)\b/g)]
    .map((match) => match[1]!)
    .filter(
      (name) =>
        !NOT_NAMES.has(name) &&
        !places.some((place) => place.includes(name)) &&
        !names.some((full) => full.includes(name)),
    );
  const amounts = [
    ...prompt.matchAll(
      /(?:[$€£¥]\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?|\d[\d,.]*\s?(?:%|percent|USD|EUR|GBP|dollars|euros|people|guests|attendees|days|weeks|hours))/gi,
    ),
  ].map((match) => match[0].trim());
  let body = prompt;
  let audience: string | undefined;
  const addressed =
    /^(.*?\b(?:memo|report|proposal|invitation|agenda|minutes|plan|speech|note|letter))\s+(?:to|for)\s+(.+?)\s+(?:about|on|regarding|re:|concerning)\s+(.+)$/i.exec(
      prompt,
    );
  // "memo to the team summarising the survey", "note to the crew with the new rota": what the
  // document does follows the audience, as a participle or "and"/"with". After "for" only a
  // group of people is an audience ("report for the board covering …"; "plan for the office
  // move using the van" is about the move).
  const addressedDoing = addressed
    ? undefined
    : /^(.*?\b(?:memo|report|proposal|invitation|agenda|minutes|plan|speech|note|letter))\s+(to|for)\s+((?:the|our|my|all)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}?)\s+((?:[\p{L}]{3,}ing|and|with)\s+.+)$/iu.exec(
        prompt,
      );
  // "for the budget meeting on Friday": "on" opens the date, not the topic, and the audience is no audience.
  if (
    addressed &&
    !dateTexts.some((text) => addressed[3]!.startsWith(text.replace(/^(?:on|at|in)\s+/i, '')))
  ) {
    audience = addressed[2]!.trim();
    body = `${addressed[1]} about ${addressed[3]}`;
  } else if (addressedDoing && isAudience(addressedDoing[2]!, addressedDoing[3]!, addressedDoing[4]!)) {
    audience = addressedDoing[3]!.trim();
    // "and"/"with" only join the audience to what the document holds; a participle says what it does.
    const doing = addressedDoing[4]!;
    body = /^(?:and|with)\s/i.test(doing)
      ? `${addressedDoing[1]} about ${doing.replace(/^(?:and|with)\s+/i, '')}`
      : `${addressedDoing[1]} ${doing}`;
  }
  let topic = dateTexts
    // The date leaves with the words that led to it ("starting in March", "due by 22 January"),
    // and with its possessive ("next week's team meeting" is about the team meeting).
    .reduce(
      (text, dateText) =>
        text.replace(
          new RegExp(
            `(?:\\b(?:starting|beginning|ending|due)\\s+)?(?:\\b${DATE_LEADS}\\s+)?${escapeRegExp(dateText)}(?:['’]s\\b)?`,
            'i',
          ),
          ' ',
        ),
      body,
    )
    .replace(/\s{2,}/g, ' ')
    .replace(/^\s*(please\s+)?(write|draft|create|make|prepare|compose)\s+(me\s+)?(a|an|the)?\s*/i, '')
    // The length asked for leaves with its lead words and the comma before it ("…, in 300 words", "…, one page").
    .replace(
      /[,;]?\s*(?:\b(?:in|of|at most|no more than|under|about|around|max(?:imum)?)\s+)?\b(?:(?:one|two|three|half|1|2|3)[\s-]*pages?|\d{2,5}[\s-]*words?)\b(?:\s+long)?/gi,
      ' ',
    )
    .replace(/\s{2,}/g, ' ')
    .replace(/[\s,;:–—-]+$/, '')
    .replace(/^\s*(?:a|an|the)\s+/i, '')
    // Words that say what kind of the document it is ("short status memo on …", "weekly progress
    // report about …") leave with it when a preposition opens the topic after it.
    .replace(
      /^(?:[\p{L}-]+\s+){1,3}?(?:memo|report|proposal|invitation|agenda|minutes|plan|speech|itinerary|note|letter|update)\s+(?:about|on|regarding|concerning)\s+/iu,
      '',
    )
    .replace(
      /^(short\s+|brief\s+|concise\s+|formal\s+)?(memo|report|proposal|invitation|agenda|minutes|plan|speech|itinerary)\s+(about|on|for|of|regarding|to)?\s*/i,
      '',
    )
    // "note about the rota": a note or letter leaves only with the preposition after it (a
    // "note aux présidents" is not in English).
    .replace(/^(short\s+|brief\s+)?(note|letter)\s+(about|on|for|of|regarding|to)\s+/i, '')
    // A prompt that is the task itself ("Summarise this document for my manager") asks for a
    // summary of what follows: the verb is no part of the topic.
    .replace(/^(?:please\s+)?(?:summari[sz]e|sum up)\s+(?=\S)/i, 'a summary of ')
    .trim();
  // "report on the attached for the board": a group of people at the end is the audience.
  const trailing = audience
    ? undefined
    : /^(.+?)\s+(?:for|to)\s+((?:the|our|my|all)\s+(?:[\p{L}'-]+\s+){0,3}?[\p{L}'-]+)$/u.exec(topic);
  if (trailing && PEOPLE_GROUP.test(trailing[2]!)) {
    audience = trailing[2]!;
    topic = trailing[1]!;
  }
  const maxWords = lengthLimit(prompt);
  const firstWord = /^(\p{L}{3,}ing)\s/u.exec(topic)?.[1];
  const topicIsAction =
    firstWord !== undefined &&
    new RegExp(
      `\\b(?:memo|report|proposal|invitation|agenda|minutes|plan|speech|note|letter|${audience ? escapeRegExp(audience) : 'memo'})\\s+${escapeRegExp(firstWord)}\\b`,
      'i',
    ).test(prompt);
  return {
    dates,
    people: [...new Set([...names, ...withName, ...emails])],
    places: [...new Set(places)],
    amounts: [...new Set(amounts)],
    ...(audience ? { audience } : {}),
    topic: topic || prompt,
    ...(topicIsAction ? { topicIsAction } : {}),
    ...(maxWords ? { maxWords } : {}),
  };
}

/**
 * Words of a prompt that point at the files it is given rather than naming a subject: "this
 * document", "these files", "the attached", "the report above", "the enclosed slides".
 */
const POINTER_NOUN =
  '(?:documents?|files?|reports?|decks?|slides?|presentations?|spreadsheets?|workbooks?|sheets?|papers?|notes|materials?|references?|attachments?|pdfs?|texts?|emails?|e-mails?|messages?|threads?|mailbox(?:es)?|minutes)';
const REFERENCE_POINTER = new RegExp(
  [
    `\\b(?:this|these|that|those)\\s+(?:attached\\s+|enclosed\\s+)?${POINTER_NOUN}\\b`,
    `\\bthe\\s+(?:attached|enclosed|above|following|referenced|given)(?:\\s+${POINTER_NOUN})?\\b`,
    `\\bthe\\s+${POINTER_NOUN}\\s+(?:above|below|attached|enclosed)\\b`,
    `\\b(?:the|my|our)\\s+(?:reference|attached|source)\\s+${POINTER_NOUN}\\b`,
    '\\b(?:the|my|our)\\s+(?:references|attachments)\\b',
  ].join('|'),
  'gi',
);

/** Whether a topic points at the reference files ("summarising this document") instead of naming a subject. */
export function pointsAtReferences(topic: string): boolean {
  return new RegExp(REFERENCE_POINTER.source, 'i').test(topic);
}

/** The topic without the words that point at the reference files ("this document and what to do next" → "and what to do next"). */
export function withoutPointers(topic: string): string {
  return withPointersAs(topic, ' ');
}

/** The topic with the words that point at the reference files said as `names` ("summarising q3.docx"). */
export function withPointersAs(topic: string, names: string): string {
  return topic.replace(REFERENCE_POINTER, ` ${names} `).replace(/\s+/g, ' ').trim();
}
