/**
 * @module document-types
 * The outlines the builtin engine drafts from: one per document type, each section saying
 * what it needs (found in the references by its search terms, or taken from the prompt).
 */

export const DocumentType = {
  Memo: 'memo',
  Report: 'report',
  Proposal: 'proposal',
  Invitation: 'invitation',
  Agenda: 'agenda',
  Minutes: 'minutes',
  Plan: 'plan',
  Speech: 'speech',
} as const;
export type DocumentType = (typeof DocumentType)[keyof typeof DocumentType];

export type SectionSpec = {
  readonly title: string;
  /** Extra search terms that find material for this section in the references. */
  readonly terms: string;
  /** What the section needs, shown when nothing was found for it. */
  readonly needs: string;
  /** How many sentences from the references at most. */
  readonly sentences: number;
  /** Render found sentences as a bulleted list rather than prose. */
  readonly list?: boolean;
  /** Filled from the prompt's details (dates, places, people), not from references. */
  readonly fromPrompt?: 'details' | 'schedule' | 'attendees' | 'purpose';
  /** A reference sentence must say this to serve the section (an action, a risk), not only share its topic. */
  readonly cue?: RegExp;
};

/**
 * Who does what next: a future or an obligation, a deadline, an owner. "Please find (or see) the
 * attached…" only hands something over.
 */
const ACTION_CUE =
  /\b(?:will|we'll|i'll|shall|must|need(?:s)? to|should|plan(?:s|ned)? to|next|follow[- ]up|action|deadline|due(?! to\b)|by (?:mon|tues|wednes|thurs|fri|satur|sun)day|by (?:the )?end of|by \d|owner|please(?! (?:find|see)\b))\b/i;

export const OUTLINES: Readonly<Record<DocumentType, readonly SectionSpec[]>> = {
  memo: [
    {
      title: 'Purpose',
      cue: /\b(?:purpose|goal|aim|decide|decision|approv(?:e|al)|request|propos(?:e|al))\b/i,
      fromPrompt: 'purpose',
      terms: 'purpose goal aim decide decision',
      needs: 'why this memo is written and what the reader should do',
      sentences: 2,
    },
    {
      title: 'Background',
      terms: 'background context history current situation',
      needs: 'the context the reader needs',
      sentences: 3,
    },
    {
      title: 'Details',
      terms: 'details figures numbers budget cost plan',
      needs: 'the facts, figures and decisions',
      sentences: 5,
      list: true,
    },
    {
      title: 'Next steps',
      cue: ACTION_CUE,
      terms: 'next steps action will by deadline owner',
      needs: 'who does what by when',
      sentences: 4,
      list: true,
    },
  ],
  report: [
    {
      title: 'Executive summary',
      terms: 'summary overall result highlights',
      needs: 'the main findings in a few sentences',
      sentences: 3,
    },
    {
      title: 'Findings',
      terms: 'results findings data grew fell increase decrease revenue',
      needs: 'the findings with their evidence',
      sentences: 6,
      list: true,
    },
    {
      title: 'Risks and issues',
      cue: /\b(?:risks?|issues?|problems?|concerns?|delay(?:s|ed)?|threat|uncertain\w*|exposure|shortfall|fail\w*|could (?:lose|fall|miss))\b/i,
      terms: 'risk issue problem concern delay',
      needs: 'risks and open issues',
      sentences: 3,
      list: true,
    },
    {
      title: 'Recommendations',
      cue: /\b(?:recommend\w*|should|propos(?:e|al)|suggest\w*|advis(?:e|able)|need(?:s)? to|must)\b/i,
      terms: 'recommend should propose next steps',
      needs: 'what the report recommends',
      sentences: 3,
      list: true,
    },
  ],
  proposal: [
    { title: 'Summary', terms: 'proposal summary propose', needs: 'what is proposed and why', sentences: 2 },
    {
      title: 'Problem',
      terms: 'problem challenge issue need pain',
      needs: 'the problem the proposal solves',
      sentences: 3,
    },
    {
      title: 'Proposed solution',
      terms: 'solution approach plan build deliver',
      needs: 'the proposed approach',
      sentences: 4,
    },
    {
      title: 'Costs and timeline',
      terms: 'cost budget price timeline schedule weeks months',
      needs: 'costs and timeline',
      sentences: 3,
      list: true,
    },
    {
      title: 'Benefits',
      terms: 'benefit value saving revenue improve',
      needs: 'the expected benefits',
      sentences: 3,
      list: true,
    },
  ],
  invitation: [
    {
      title: 'Event',
      terms: 'event invite join celebrate',
      needs: 'what the event is',
      sentences: 1,
      fromPrompt: 'details',
    },
    {
      title: 'Programme',
      terms: 'agenda programme schedule talk',
      needs: 'what will happen',
      sentences: 3,
      list: true,
    },
    {
      title: 'Please reply',
      terms: 'rsvp reply confirm register',
      needs: 'how and by when to reply',
      sentences: 1,
    },
  ],
  agenda: [
    {
      title: 'Meeting details',
      terms: 'meeting',
      needs: 'date, time, place and attendees',
      sentences: 0,
      fromPrompt: 'details',
    },
    {
      title: 'Agenda items',
      terms: 'agenda discuss review decide update open questions',
      needs: 'the topics to discuss',
      sentences: 6,
      list: true,
    },
    {
      title: 'Proposed times',
      terms: '',
      needs: 'free times from the calendar (give an .ics reference)',
      sentences: 0,
      fromPrompt: 'schedule',
    },
    {
      title: 'Preparation',
      terms: 'prepare read review before bring',
      needs: 'what to prepare',
      sentences: 2,
      list: true,
    },
  ],
  minutes: [
    {
      title: 'Meeting details',
      terms: 'meeting',
      needs: 'date, place and attendees',
      sentences: 0,
      fromPrompt: 'details',
    },
    {
      title: 'Discussion',
      terms: 'discussed said talked raised',
      needs: 'what was discussed',
      sentences: 5,
      list: true,
    },
    {
      title: 'Decisions',
      cue: /\b(?:decided|decision|agreed|approved|resolved|confirmed|will go with|go ahead)\b/i,
      terms: 'decided agreed approved decision',
      needs: 'the decisions taken',
      sentences: 4,
      list: true,
    },
    {
      title: 'Action items',
      cue: ACTION_CUE,
      terms: "will I'll action owner by deadline take",
      needs: 'who does what by when',
      sentences: 5,
      list: true,
    },
  ],
  plan: [
    {
      title: 'Goal',
      terms: 'goal objective aim purpose',
      needs: 'what the plan achieves',
      sentences: 2,
      fromPrompt: 'details',
    },
    {
      title: 'Schedule',
      terms: '',
      needs: 'free time from the calendar (give an .ics reference)',
      sentences: 0,
      fromPrompt: 'schedule',
    },
    {
      title: 'Activities',
      terms: 'visit meet review prepare travel task activity',
      needs: 'the activities to fit in',
      sentences: 5,
      list: true,
    },
    {
      title: 'Logistics',
      terms: 'travel hotel flight venue room location address',
      needs: 'travel, venue and logistics',
      sentences: 3,
      list: true,
    },
  ],
  speech: [
    {
      title: 'Opening',
      terms: 'welcome thank proud today',
      needs: 'an opening that greets the audience and says why we are here',
      sentences: 1,
    },
    {
      title: 'Key messages',
      terms: 'result achieved grew milestone important key',
      needs: 'the two or three messages to land',
      sentences: 3,
      list: true,
    },
    {
      title: 'A story',
      terms: 'customer example story when',
      needs: 'one concrete example or story',
      sentences: 2,
    },
    { title: 'Looking ahead', terms: 'next future plan will goal', needs: 'what comes next', sentences: 2 },
    { title: 'Closing', terms: 'thank together', needs: 'a closing line and thanks', sentences: 1 },
  ],
};

const TYPE_WORDS: readonly [DocumentType, RegExp][] = [
  ['minutes', /\bminutes\b/i],
  ['agenda', /\bagenda\b/i],
  ['invitation', /\b(invitation|invite)\b/i],
  ['speech', /\b(speech|talk|toast|keynote|remarks)\b/i],
  ['proposal', /\b(?:proposal|propose)/i],
  ['plan', /\b(plan|itinerary|schedule|trip)\b/i],
  ['report', /\b(?:report|review|summary)/i],
  ['memo', /\b(memo|memorandum|note to)\b/i],
];

/**
 * The kind of document the prompt asks for: the type word it says first, since the words after
 * it name the topic ("a short memo on the performance review process" is a memo about a review,
 * not a report); the table's order breaks a tie. With none, a memo.
 */
export function detectDocumentType(prompt: string): DocumentType {
  // A type word opening the prompt before "a/the …" is a verb ("Plan a speech", "Review the
  // memo"): a type word after it names the document.
  const verb = /^\s*(?:please\s+)?\p{L}+\s+(?:a|an|the|my|our|this|that)\b/iu.exec(prompt)?.[0].length ?? 0;
  const found = TYPE_WORDS.flatMap(([type, pattern]) => {
    const at = prompt.search(pattern);
    return at >= 0 ? [{ type, at }] : [];
  }).sort((a, b) => a.at - b.at);
  const named = found.find((hit) => hit.at >= verb) ?? found[0];
  return named?.type ?? 'memo';
}
