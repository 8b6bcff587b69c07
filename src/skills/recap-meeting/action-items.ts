/**
 * @module action-items
 * Decisions, action items and open questions of a meeting, recognised from how people talk:
 *  - decisions: said outright ("we decided to…", "first decision is…", "let's go with…"),
 *    a proposal another speaker accepts ("we should put it on the other disk" / "OK"), a
 *    chair's conclusion ("So: no joystick, push-buttons, no special colour"), or a motion a
 *    committee resolves;
 *  - action items: commitments ("I'll send you a pointer", "I'm happy to look at that", "we'll
 *    write to you"), requests someone accepts ("Ben, could you…" / "Yes"), requests for a note
 *    put to the witness who could not answer, and assignments ("the first thing is for you to
 *    build…", "Chen will draft…");
 *  - each with its owner (speaker label or name), the task as a verb phrase, a due date when
 *    one was said (resolved with chrono-node against the meeting date) and the turns that
 *    support it.
 * Chit-chat, jokes (answered by laughter), thanks, in-meeting moves ("I'll show you the
 * slide", "I'll answer in English") and questions never become items. Rules are tables of
 * small functions over a sentence and its neighbours.
 */
import * as chrono from 'chrono-node';
import type { Transcript } from '../../formats/model.ts';
import { splitSentences } from '../../lib/text/sentences.ts';
import { compressUtterance } from './compress-utterance.ts';
import { toReportedSpeech } from './reported-speech.ts';
import { contentTerms, STOP_WORDS } from './text-terms.ts';

export type FoundItem = { readonly text: string; readonly turn: number; readonly turns: readonly number[] };
export type FoundAction = {
  readonly owner?: string;
  readonly task: string;
  /** ISO date (YYYY-MM-DD) when a due date was said. */
  readonly due?: string;
  /** The due date as said ("by Friday"). */
  readonly dueText?: string;
  readonly turn: number;
  /** Every turn that supports the item (the sentence's, and the acceptance's). */
  readonly turns: readonly number[];
};

/** One sentence of the meeting with what the rules need to see around it. */
type Sentence = {
  readonly text: string;
  readonly turn: number;
  readonly speaker: string;
  /** Position in the sentence list. */
  readonly i: number;
};

type Context = {
  readonly sentences: readonly Sentence[];
  /** The raw text of each turn (laughter marks and bare "OK"s are kept there). */
  readonly raw: readonly string[];
  readonly speakers: readonly string[];
  /** First names and full labels of speakers → the speaker label. */
  readonly names: ReadonlyMap<string, string>;
  /** Who runs the meeting: the speaker with the most turns (the chair, the project manager). */
  readonly chair: string;
  /** A role named in talk ("the I_D_ and the U_I_D_ need to…"), when speakers are labelled by role. */
  readonly roleMention?: RegExp;
};

function contextOf(transcript: Transcript): Context {
  const counts = new Map<string, number>();
  for (const turn of transcript.turns) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  return {
    sentences: sentencesOf(transcript),
    raw: transcript.turns.map((turn) => turn.text),
    speakers: transcript.turns.map((turn) => turn.speaker),
    names: participants(transcript),
    chair: [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
    ...roleMentionOf([...counts.keys()]),
  };
}

/** A pattern for the names of role labels ("industrial designer", "i_d_"), longest first. */
function roleMentionOf(labels: readonly string[]): { roleMention?: RegExp } {
  const names = labels
    .filter((label) => roleAliases(label).length > 0)
    .flatMap((label) => [label.toLowerCase(), ...roleAliases(label)])
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return names.length ? { roleMention: new RegExp(`(?:${names.join('|')})`, 'i') } : {};
}

function sentencesOf(transcript: Transcript): Sentence[] {
  const out: Sentence[] = [];
  for (const turn of transcript.turns) {
    const text = compressUtterance(turn.text, { aggressive: false });
    for (const sentence of splitSentences(text))
      out.push({ text: sentence.text, turn: turn.index, speaker: turn.speaker, i: out.length });
  }
  return out;
}

function participants(transcript: Transcript): Map<string, string> {
  const names = new Map<string, string>();
  for (const turn of transcript.turns) {
    const label = turn.speaker.trim();
    if (!label) continue;
    names.set(label.toLowerCase(), label);
    for (const alias of roleAliases(label)) if (!names.has(alias)) names.set(alias, label);
    const first = label.split(/\s+/)[0];
    if (first && first.length > 2 && /^\p{Lu}/u.test(first) && !ROLE_WORDS.has(first.toLowerCase()))
      names.set(first.toLowerCase(), label);
  }
  return names;
}

/**
 * How people name a role label in talk: "User Interface" is "the user interface designer" or
 * "the U_I_D_", "Industrial Designer" is "the I_D_", "Marketing" is "the marketing expert".
 * Only labels made of whole words (not "Grad B" or "PhD A") get initials.
 */
export function roleAliases(label: string): string[] {
  const parts = label.toLowerCase().split(/\s+/).filter(Boolean);
  const isRole = ROLE_WORDS.has(parts[0] ?? '') || ROLE_NOUN.test(parts.at(-1) ?? '');
  if (!isRole || parts.length > 3 || !parts.every((part) => /^\p{L}{3,}$/u.test(part))) return [];
  const forms = ROLE_NOUN.test(parts.at(-1) ?? '')
    ? [parts]
    : [parts, [...parts, 'designer'], [...parts, 'expert'], [...parts, 'manager']];
  const aliases = new Set<string>();
  for (const words of forms) {
    aliases.add(words.join(' '));
    if (words.length < 2) continue;
    // Transcripts spell initials "I_D_" (read as "ID"); a role pattern takes them in capitals only.
    aliases.add(words.map((word) => `${word[0]}_`).join(''));
    aliases.add(words.map((word) => word[0]).join(''));
  }
  aliases.delete(label.toLowerCase());
  return [...aliases];
}

const ROLE_NOUN = /^(?:designer|manager|expert|engineer|officer|lead|director|assistant|secretary|chair)$/;

/** Words that start role labels ("Grad B", "Project Manager") and are no one's first name. */
const ROLE_WORDS = new Set([
  'grad',
  'phd',
  'professor',
  'postdoc',
  'project',
  'industrial',
  'user',
  'marketing',
  'speaker',
]);

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The sentences of the previous turns by other speakers, nearest first. */
function before(context: Context, sentence: Sentence, turns = 3): Sentence[] {
  return context.sentences
    .slice(Math.max(0, sentence.i - 12), sentence.i)
    .filter((other) => other.turn >= sentence.turn - turns && other.speaker !== sentence.speaker)
    .reverse();
}

const AGREE =
  /^(?:yes|yeah|yep|yup|ok|okay|sure|right|fine|good|great|agreed|exactly|definitely|absolutely|of course|that's (?:good|fine|right|it|brilliant|great|true)|that'll do|sounds good|will do|i agree|no problem|i can|i will|i'll|uh-huh,? yes)\b/i;
/** Agreement that takes a position, not a backchannel "yeah". */
const ENDORSE =
  /^(?:(?:yes|yeah|okay|ok)[,.!]?\s+)?(?:agreed|exactly|definitely|absolutely|i agree|good idea|that's (?:a )?(?:good|great|brilliant|fine)(?: idea)?|sounds good|that'll do|that would be (?:good|great|fine)|let's do (?:that|it)|perfect|brilliant|fine by me)\b/i;
const DISAGREE = /^(?:no|nope|but|i don't think|not really|well,? no|hang on|wait)\b/i;

/** Another speaker accepts within the next turns, and nobody objects first. */
function accepted(
  context: Context,
  sentence: Sentence,
  agreement: RegExp = AGREE,
): { speaker: string; turn: number } | undefined {
  for (let turn = sentence.turn + 1; turn <= sentence.turn + 3 && turn < context.raw.length; turn++) {
    const speaker = context.speakers[turn] ?? '';
    if (speaker === sentence.speaker) continue;
    const text = (context.raw[turn] ?? '')
      .replace(/\{[a-z_]+\}|\[[a-z ]+\]/gi, ' ')
      .replace(/^[\s,.]*(?:um+|uh+|mm+|oh|well)\b[\s,.]*/i, '')
      .trim();
    if (!/\p{L}/u.test(text)) continue;
    if (DISAGREE.test(text)) return undefined;
    if (agreement.test(text)) return { speaker, turn };
    // The chair's "okay" settles a proposal that a colleague's "yeah" would not.
    if (speaker === context.chair && AGREE.test(text)) return { speaker, turn };
  }
  return undefined;
}

/** The next turns answer with laughter: a joke, not a plan. */
function laughedAt(context: Context, sentence: Sentence): boolean {
  const own = context.raw[sentence.turn] ?? '';
  if (/(?:\{vocalsound\}|\[laugh\w*\]|\blaugh\w*)\s*[.?!]?\s*$/i.test(own)) return true;
  // Two of the next three turns are laughter alone ("{vocalsound}", "[laughter]").
  const laughterOnly = (text: string) =>
    /\{vocalsound\}|\[laugh|\blaugh/i.test(text) &&
    !/\p{L}{2,}/u.test(text.replace(/\{[a-z_]+\}|\[[a-z ]+\]|\blaugh\w*/gi, ''));
  return context.raw.slice(sentence.turn + 1, sentence.turn + 4).filter(laughterOnly).length >= 2;
}

/** Lines that organise the meeting rather than decide or assign anything. */
const NOT_AN_ITEM: readonly ((text: string) => boolean)[] = [
  (text) => /\?$/.test(text),
  (text) => /^(?:thank|thanks|diolch|good (?:morning|afternoon)|welcome|sorry|excuse me)\b/i.test(text),
  (text) =>
    /\b(?:move on|moving on|next item|next question|the agenda|questions? (?:now )?(?:on|from)|hand over|over to you|in a (?:sec|second|moment|minute)|for the record|declarations? of interest|apologies)\b/i.test(
      text,
    ),
  (text) => /\b(?:be honest|honest with you|in english|in welsh|briefly|brief)\b/i.test(text),
  (text) =>
    /\b(?:presentation|slides?|power ?point|laptop|projector|microphones?|questionnaire)\b/i.test(text),
];
const procedural = (text: string) => NOT_AN_ITEM.some((rule) => rule(text));

// ---------------------------------------------------------------------------------------------
// Tasks

/** Verbs of work that happens after the meeting. */
const TASK_VERBS =
  'work (?:on|together|out)|record|save|store|upload|put (?:it|them|that|this|those|these) (?:online|up on)|put (?:\\S+\\s+){1,5}?(?:on|in|into|onto)\\s+(?:the\\s+|our\\s+|your\\s+|my\\s+|their\\s+)?(?:shared\\s+|project\\s+|own\\s+|common\\s+)?(?:folder|drive|server|wiki|web|website|site|repository|directory|calendar|agenda|(?:final\\s+)?report|minutes|documents?)|come up with|figure (?:out|that out|it out)|think about|create|draw|decide|research|look for|send|write|e-?mail|mail|forward|circulate|look (?:at|into)|find out|check|draft|prepare|put together|follow (?:up|that up)|get|make|build|finish|complete|talk to|speak to|contact|call|phone|ring|provide|let (?:you|us|them|him|her) (?:know|have)|come back to (?:you|us|the committee)|investigate|set up|organi[sz]e|arrange|book|update|fix|sort out|work on|include|add|move|delete|archive|copy|compile|run|test|chase|review|type up|distribute|share|pass on|report|present|confirm|order|buy|design|implement|write up|clean up|bring|give you|give them|try (?:to|and)|do (?:the|a|some|that)|pick (?:up|a)|detect|compute|transcribe|install|explore|print(?: (?:out|those|them|it))?';
const TASK = new RegExp(`^(?:${TASK_VERBS})\\b`, 'i');

/** Moves within the meeting itself, never action items. */
const IN_MEETING =
  /^(?:start|begin|show|present (?:it|this|the|things|their|his|her|your|my)|go through|go over|explain|read|answer|pursue|pass (?:it|this|over)|hand|take (?:you|questions)|share (?:my|their|his|her|our) time|report(?!\s+(?:on|back)\b)|say|tell you|ask (?:you|a question)|come back to (?:that|this|it)|just|try and be|check (?:the )?time|give (?:you|them) (?:is|an? (?:example|idea|sense|flavou?r|quick)|the (?:short|long|quick|brief))|[\w\s]*\b(?:slides?|presentation)\b)/i;

function tidyTask(task: string): string {
  let text = task
    .replace(/,?\s+(?:and|but|or|so)\s+(?:I|I'll|I'm|we|we'll|you|he|she|they|it|then)\b.*$/i, '')
    .replace(/,?\s+(?:if|because|since|cause|'cause)\b.*$/i, '')
    .replace(/,?\s+(?:and\s+)?(?:to start with|first of all|for a start)\b.*$/i, '')
    .replace(/,\s*(?:yeah|okay|ok|right|so)\b.*$/i, '')
    .replace(/,\s*(?:but|and)\s+(?:thank|thanks)\b.*$/i, '')
    .replace(/\s+(?:if that's (?:okay|ok|alright)|as well|too|then|now|anyway)\s*[.?!]*$/i, '');
  for (const hit of chrono.parse(text).filter((result) => !/^(?:last|past|previous)\b/i.test(result.text))) {
    text = text.replace(
      new RegExp(
        `(?:\\s+(?:by|before|until|on|for|due))?\\s*${hit.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        'i',
      ),
      '',
    );
  }
  text = text
    .replace(/[,;]?\s*(?:okay|ok|alright|right|yeah|please)\??$/i, '')
    .replace(/[.?!,;:\s-]+$/, '')
    .trim();
  text = text
    .replace(/\bmy\b/gi, 'their')
    .replace(/\bme\b/gi, 'them')
    .replace(/\byour\b/gi, 'their')
    .replace(/\byou\b/gi, 'them');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "look at that" after "any comment on the transport issue?": "look at that (the transport issue)". */
function resolveThat(task: string, context: Context, sentence: Sentence): string {
  if (!/\b(?:that|this|it|those)$/i.test(task) || words(task) > 4) return task;
  for (const other of [...before(context, sentence, 2), ...before(context, sentence, 0)]) {
    const subject = /\b(?:on|about|regarding|with|of)\s+(the\s+[\p{L}\s-]{3,40}?)[?.!,]/u.exec(
      other.text,
    )?.[1];
    if (subject) return task.replace(/\b(?:that|this|it|those)$/i, subject.trim());
  }
  return task;
}

/** "a few areas that we'll write to you about": the task gets its object back ("Write to you about a few areas"). */
function withObject(task: string, sentence: string): string {
  if (!/\b(?:about|on|with|to|for)$/i.test(task)) return task;
  const object =
    /\b((?:a|an|the|some|few|those|these)\s+[\p{L}\s-]{2,40}?)\s+(?:that|which)\s+(?:we|I)(?:'ll| will| can)\b/iu.exec(
      sentence,
    )?.[1];
  return object ? `${task} ${object}` : task;
}

/** A due date said in the sentence, resolved against the meeting date. */
export function dueDate(sentence: string, reference: Date): { due: string; dueText: string } | undefined {
  const results = chrono.parse(sentence, { instant: reference, timezone: 'UTC' }, { forwardDate: true });
  const hit = results.find(
    (result) =>
      !/^(?:the\s+)?(?:last|past|previous)\b/i.test(result.text) &&
      result.start.date().getTime() >= reference.getTime() - 86_400_000 &&
      /\d|day|week|month|tomorrow|tonight|noon|eod|end of|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.test(
        result.text,
      ),
  );
  if (!hit) return undefined;
  const date = hit.start.date();
  const iso = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
  const prefix = /\b(by|before|until|on|due)\s+$/i.exec(sentence.slice(0, hit.index))?.[1];
  return { due: iso, dueText: prefix ? `${prefix.toLowerCase()} ${hit.text}` : hit.text };
}

type Candidate = { owner?: string; task: string; turns: number[] };
type ActionRule = (sentence: Sentence, context: Context) => Candidate | undefined;

const COMMIT =
  /\b(?:I'll|I will|I'm going to|I am going to|I'm gonna|I can|I could|I (?:need|have) to|I'd be (?:quite |more than |very )?happy to|I'm (?:quite |more than |very )?happy to|I plan to|I'm planning to)\s+(?:also\s+|then\s+|definitely\s+|certainly\s+)?(.{4,})$/i;
/** A wish to do something ("I wanna look at these numbers") is a commitment when it is for after the meeting. */
const WISH =
  /\bI (?:want to|wanna|would like to|'d like to|hope to|intend to)\s+(?:also\s+|then\s+)?(.{4,})$/i;
const AFTER_MEETING =
  /\b(?:off-?line|after (?:the|this) meeting|outside (?:of )?(?:the|this) meeting|before (?:the )?next (?:meeting|time|week)|next (?:week|time|meeting)|tomorrow|tonight|this (?:afternoon|evening|week))\b/i;
const WE_COMMIT =
  /(?<!\b(?:so|if|when|where)\s+)\b(?:we'll|we will|we can)\s+(?:also\s+)?((?:write to|send|provide|let you (?:know|have)|come back to (?:you|the committee)|follow (?:up|that up)|get back to (?:you|the committee))\b.{2,})$/i;
const REQUEST =
  /\b(?:can|could|would|will) you\s+(?:please\s+)?(.{4,}?)[?.!]?$|\b(?:perhaps|maybe) you could\s+(.{4,}?)[?.!]?$|\bif you could\s+(.{4,}?)[?.!]?$/i;
const NOTE_REQUEST =
  /\b(?:we|the committee) (?:could|can|would|might) (?:have|get) (a note|a letter|some (?:more )?information|the figures?|an update)\b(.*)$/i;
const VOCATIVE = /^([A-Z][\p{L}'-]+(?:\s[A-Z][\p{L}'-]+)?),\s/u;
const NAMED_WILL =
  /^([A-Z][\p{L}'-]+(?:\s[A-Z][\p{L}'-]+)?)\s+(?:will|is going to|is gonna|'ll|needs to|has to)\s+(.{6,})$/u;
const FOR_YOU = /\b(?:is for you to|thing for you to)\s+(.{6,})$/i;
const YOU_TWO =
  /\bhow about (?:if )?you(?: two| guys| two guys| both)?\s+(?:between now and [\w\s]+?\s+)?(.{6,})$/i;

/** "at the end", "in a minute": later in this meeting, not after it. */
const LATER_IN_MEETING =
  /\b(?:at the end(?! of (?:the |this |next )?(?:day|today|week|month|year))|in a (?:minute|moment|second|sec)|later in (?:the|this) meeting)\b/i;
/** A verb followed by "is" ("implement is so small that…") is a clause cut in two, not a task. */
const CUT_CLAUSE = /^\S+\s+(?:is|are|was|were)\b/i;
const isTask = (task: string) =>
  TASK.test(task) && !IN_MEETING.test(task) && !LATER_IN_MEETING.test(task) && !CUT_CLAUSE.test(task);

/** The speaker named at the start ("Ben, could you…") or in the request, when a participant. */
function addressee(text: string, context: Context): string | undefined {
  const vocative = VOCATIVE.exec(text)?.[1];
  if (vocative) return context.names.get(vocative.toLowerCase());
  const tail = /,\s*([A-Z][\p{L}'-]+(?:\s[A-Z][\p{L}'-]+)?)[?.!]?$/u.exec(text)?.[1];
  return tail ? context.names.get(tail.toLowerCase()) : undefined;
}

/** "the I_D_ and the U_I_D_ need to work together on the prototype", "the User Interface Designer to work on…". */
function roleAssignment(sentence: Sentence, context: Context): Candidate[] {
  const role = context.roleMention?.source;
  if (!role || /\?$/.test(sentence.text)) return [];
  const pattern = new RegExp(
    `(?:^|[\\s,])(?:the\\s+|our\\s+)?(${role})(?:\\s*,?\\s+(?:and|&)\\s+(?:the\\s+|our\\s+)?(${role}))?\\s+(will|'ll|needs? to|ha(?:s|ve) to|should|(?:is|are) (?:going to|gonna|to)|to|can)\\s+(?:(?:also|then|just|both|together|probably|be)\\s+)*(.{4,})$`,
    'i',
  );
  const match = pattern.exec(sentence.text);
  const initials = (name: string | undefined) => !name || /\s/.test(name) || name === name.toUpperCase();
  if (!match || !initials(match[1]) || !initials(match[2])) return [];
  // A colleague's "the designer should look into that" is advice; the chair's is an assignment.
  if (/^(?:should|can)$/i.test(match[3] ?? '') && sentence.speaker !== context.chair) return [];
  const task = match[4] ?? '';
  if (!isTask(task) || HEDGED.test(sentence.text.slice(0, match.index))) return [];
  const owners = [match[1], match[2]]
    .filter((name): name is string => Boolean(name))
    .map((name) => context.names.get(name.toLowerCase()))
    .filter((owner): owner is string => Boolean(owner));
  const reply = accepted(context, sentence);
  return [...new Set(owners)].map((owner) => ({
    owner,
    task,
    turns: [sentence.turn, ...(reply ? [reply.turn] : [])],
  }));
}

/** The chair tells the others what to do: "I guess you two have to figure that out", "please record your presentations in your own folder". */
const YOU_MUST =
  /\byou(?: (two|both|guys|all))?\s+(?:will\s+)?(?:have to|need to|must|should)\s+(?:also\s+|then\s+|just\s+)?(.{4,})$|(?:^|,\s*)please\s+(.{4,})$|^(?:(?:and|so|then|okay|ok|now)[,\s]+)*you(?: (two|both|guys|all))?\s*(?:will|'ll)\s+(?:also\s+|then\s+|now\s+)?(work (?:together|on)\b.{4,}|(?:prepare|draw|build|design|write|send|make|draft|explore|try)\b.{4,})$/iu;
/** Things in the meeting room: a task with them is done in the meeting ("you have to write it on the whiteboard"). */
const IN_ROOM = /\b(?:white ?board|flip ?chart|pens?|markers?|on the (?:smart ?)?board)\b/i;

/** The speakers who take on what the chair asked, each with an agreement of their own within the next turns. */
function takenOnBy(context: Context, sentence: Sentence, most: number): { speaker: string; turn: number }[] {
  const out: { speaker: string; turn: number }[] = [];
  for (let turn = sentence.turn + 1; turn <= sentence.turn + 4 && turn < context.raw.length; turn++) {
    const speaker = context.speakers[turn] ?? '';
    if (speaker === sentence.speaker || out.some((taker) => taker.speaker === speaker)) continue;
    const text = (context.raw[turn] ?? '')
      .replace(/\{[a-z_]+\}|\[[a-z ]+\]/gi, ' ')
      .replace(/^[\s,.]*(?:um+|uh+|mm+|oh|well)\b[\s,.]*/i, '')
      .trim();
    if (!/\p{L}/u.test(text)) continue;
    if (DISAGREE.test(text) || /\?/.test(text)) break;
    if (AGREE.test(text)) out.push({ speaker, turn });
    if (out.length >= most) break;
  }
  return out;
}

/** The chair's list of who does what next: "And Ana to work on the interface." */
const NAMED_TO =
  /^(?:(?:and|so|then|now|okay|ok|also)[,\s]+)*([A-Z][\p{L}'-]+)\s+to\s+(?:also\s+|then\s+)?((?:work\b|\S+).{4,}?)[.!]?$/u;

function chairAssignment(sentence: Sentence, context: Context): Candidate[] {
  if (sentence.speaker !== context.chair || /\?$/.test(sentence.text)) return [];
  const named = NAMED_TO.exec(sentence.text);
  const namedTask = named?.[2] ?? '';
  const name = (named?.[1] ?? '').toLowerCase();
  if (
    named &&
    !ROLE_WORDS.has(name) &&
    !STOP_WORDS.has(name) &&
    !AGREE.test(name) &&
    !DISAGREE.test(name) &&
    !IN_ROOM.test(sentence.text) &&
    (isTask(namedTask) || /^work\s+\S/i.test(namedTask))
  ) {
    const known = context.names.get((named[1] ?? '').toLowerCase());
    const owners = known ? [{ speaker: known, turn: sentence.turn }] : takenOnBy(context, sentence, 1);
    const task = /^work\s+(?!on|together|out)/i.test(namedTask)
      ? namedTask.replace(/^work\s+/i, 'work on ')
      : namedTask;
    return owners.map((owner) => ({ owner: owner.speaker, task, turns: [sentence.turn, owner.turn] }));
  }
  const match = YOU_MUST.exec(sentence.text);
  const task = match?.[2] ?? match?.[3] ?? match?.[5] ?? '';
  if (!match || !isTask(task) || HEDGED.test(task) || IN_ROOM.test(sentence.text)) return [];
  const together = match[1] || match[4] || /^work together\b/i.test(task);
  const takers = takenOnBy(context, sentence, together ? 2 : 1);
  return takers.map((taker) => ({ owner: taker.speaker, task, turns: [sentence.turn, taker.turn] }));
}

const ACTION_RULES: readonly ActionRule[] = [
  // "Ben, could you prepare the screenshots?" / "Yes" — or a request the next speaker takes on.
  (sentence, context) => {
    const match = REQUEST.exec(sentence.text);
    const task = match?.[1] ?? match?.[2] ?? match?.[3];
    if (!match || !task) return undefined;
    const named = addressee(sentence.text, context);
    const reply = accepted(context, sentence);
    // "will you assure the panel that you will tell every tenant…": the task is what is assured.
    let text =
      /^(?:assure|promise|undertake|commit|confirm|guarantee)\b.*?\bthat you(?:'ll| will)\s+(.{4,})$/i.exec(
        task,
      )?.[1] ?? task;
    if (/^(?:take|do|handle|own|pick up|grab)\s+(?:that|this|it|that one|this one)\b/i.test(text)) {
      const need = context.sentences
        .slice(Math.max(0, sentence.i - 3), sentence.i + 1)
        .map((other) =>
          /\b(?:someone|somebody|we|you)\s+(?:needs? to|should|have to|has to|must)\s+(.{6,})$/i.exec(
            other.text,
          ),
        )
        .find(Boolean);
      if (need?.[1]) text = need[1];
    }
    if (!isTask(text)) return undefined;
    if (named) return { owner: named, task: text, turns: [sentence.turn, ...(reply ? [reply.turn] : [])] };
    if (reply) return { owner: reply.speaker, task: text, turns: [sentence.turn, reply.turn] };
    return undefined;
  },
  // "Maybe we could have a note on that": asked of the witness who just answered.
  (sentence, context) => {
    const match = NOTE_REQUEST.exec(sentence.text);
    const answerer = before(context, sentence, 3)[0];
    if (!match || !answerer) return undefined;
    const about = (match[2] ?? '')
      .replace(/[.?!\s]+$/, '')
      .replace(/,\s*[A-Z][\p{L}\s'-]*$/u, '')
      .trim();
    return {
      owner: answerer.speaker,
      task: `Send the committee ${match[1]}${about ? ` ${about}` : ''}`,
      turns: [answerer.turn, sentence.turn],
    };
  },
  // "Chen will draft the pricing proposal."
  (sentence, context) => {
    const match = NAMED_WILL.exec(sentence.text);
    const owner = match ? context.names.get((match[1] ?? '').toLowerCase()) : undefined;
    if (!match || !owner || owner === sentence.speaker || !isTask(match[2] ?? '')) return undefined;
    return { owner, task: match[2] ?? '', turns: [sentence.turn] };
  },
  // "The first thing is for you to build something that detects the overlaps."
  (sentence, context) => {
    const match = FOR_YOU.exec(sentence.text);
    const owner = addressee(sentence.text, context) ?? before(context, sentence, 6)[0]?.speaker;
    if (!match || !owner || !isTask(match[1] ?? '')) return undefined;
    return { owner, task: match[1] ?? '', turns: [sentence.turn] };
  },
  // "How about if you two guys come up with a proposal by next week?" / "Sure."
  (sentence, context) => {
    const match = YOU_TWO.exec(sentence.text);
    const reply = match ? accepted(context, sentence) : undefined;
    if (!match || !reply) return undefined;
    return { owner: reply.speaker, task: match[1] ?? '', turns: [sentence.turn, reply.turn] };
  },
  // "I'll send you a pointer to the applet." / "I'm quite happy to look at that."
  (sentence) => {
    const match = COMMIT.exec(sentence.text);
    const task = match?.[1] ?? '';
    if (!match || !isTask(task)) return undefined;
    return { owner: sentence.speaker, task, turns: [sentence.turn] };
  },
  // "I wanna look at these numbers off-line and talk with everybody."
  (sentence) => {
    const task = WISH.exec(sentence.text)?.[1] ?? '';
    if (!task || !AFTER_MEETING.test(sentence.text) || !isTask(task)) return undefined;
    return { owner: sentence.speaker, task, turns: [sentence.turn] };
  },
  // "We will try to explore both layouts." (a member speaks for the people doing the work)
  (sentence, context) => {
    if (sentence.speaker === context.chair) return undefined;
    const task =
      /^(?:(?:so|and|then|okay|ok|yeah|uh|um)[,\s]+)*we(?:'ll| will|'re going to| are going to|'re gonna| are gonna)\s+(?:also\s+|then\s+)?(try to\s+.{4,}?)[.!]?$/i.exec(
        sentence.text,
      )?.[1];
    if (!task || !isTask(task.replace(/^try to\s+/i, '')) || HEDGED.test(task)) return undefined;
    return { owner: sentence.speaker, task, turns: [sentence.turn] };
  },
  // "You will be sent the draft minutes to approve." (the chair speaks for the committee)
  (sentence, context) => {
    const sent = /\byou(?:'ll| will) be sent (.{4,}?)(?:,\s*as\b.*)?[.!]?$/i.exec(sentence.text)?.[1];
    if (!sent || sentence.speaker !== context.chair) return undefined;
    return { owner: sentence.speaker, task: `Send them ${sent}`, turns: [sentence.turn] };
  },
  // "We'll write to you about those areas." (the speaker answers for their side)
  (sentence) => {
    const match = WE_COMMIT.exec(sentence.text);
    if (!match) return undefined;
    return { owner: sentence.speaker, task: match[1] ?? '', turns: [sentence.turn] };
  },
];

/** The first rule that recognises an item in the sentence. */
function firstFound(sentence: Sentence, context: Context): Candidate[] {
  for (const rule of ACTION_RULES) {
    const found = rule(sentence, context);
    if (found) return [found];
  }
  return [];
}

export function findActionItems(transcript: Transcript, meetingDate: Date): FoundAction[] {
  const context = contextOf(transcript);
  const actions: FoundAction[] = [];
  for (const sentence of context.sentences) {
    if (
      /^(?:thank|thanks)\b/i.test(sentence.text) ||
      /\b(?:in english|in welsh|be honest)\b/i.test(sentence.text)
    )
      continue;
    if (laughedAt(context, sentence) || procedural(sentence.text.replace(/\?$/, ''))) continue;
    const byRole = roleAssignment(sentence, context);
    const assigned = byRole.length ? byRole : chairAssignment(sentence, context);
    const found = assigned.length ? assigned : firstFound(sentence, context);
    for (const candidate of found) {
      const task = tidyTask(
        resolveThat(withObject(tidyTask(candidate.task), sentence.text), context, sentence),
      );
      if (words(task) < 2 || contentTerms(task).length < 1) continue;
      if (actions.some((action) => action.owner === candidate.owner && restated(action, task, sentence.turn)))
        continue;
      const due = dueDate(sentence.text, meetingDate);
      actions.push({
        ...(candidate.owner ? { owner: candidate.owner } : {}),
        task,
        ...(due ?? {}),
        turn: sentence.turn,
        turns: [...new Set(candidate.turns)].sort((a, b) => a - b),
      });
    }
  }
  return actions;
}

/** A decision without the words of minutes around it ("The group decided that …"). */
const said = (decision: string) =>
  decision.replace(
    /^the (?:group|committee) (?:decided|agreed|settled|noted|recommended)(?: that| on| to)?\s*/i,
    '',
  );

/** The same task said again: the same words, or the same verb a few turns later ("put it on the shared folder" … "I'll put it online"). */
function restated(action: FoundAction, task: string, turn: number): boolean {
  const verb = (text: string) => text.split(/\s+/)[0]?.toLowerCase();
  return (
    sameTask(action.task, task) || (Math.abs(turn - action.turn) <= 8 && verb(action.task) === verb(task))
  );
}

function sameTask(a: string, b: string): boolean {
  const left = new Set(contentTerms(a));
  const right = contentTerms(b);
  return right.filter((term) => left.has(term)).length >= Math.min(left.size, right.length) * 0.6;
}

// ---------------------------------------------------------------------------------------------
// Decisions

type Decision = { text: string; turns: number[] };
type DecisionRule = (sentence: Sentence, context: Context) => Decision | undefined;

/** The group as the subject of minutes: "we"/"let's" clauses reported ("to put it on the other disk"). */
function groupClause(clause: string, speaker: string): string {
  const plain = clause
    .replace(/,?\s*\bI (?:guess|think|suppose|mean|reckon)[.?!\s]*$/i, '')
    .replace(/\bgonna\b/gi, 'going to')
    .replace(/^(?:we're|we are) going to\s+|^we(?:'ll| will)\s+/i, 'to ');
  return toReportedSpeech(plain, speaker)
    .replace(/^(\p{Lu})/u, (letter) => letter.toLowerCase())
    .replace(/[.?!,;:\s]+$/, '');
}

const SAID_DECISION =
  /^(?:decision:\s*|(?:(?:the )?(?:first|second|next|final|other) )?decision is,?\s*(?:that\s*)?)(.+)$|\bwe(?:'ve| have)? (?:just |already |also |finally |then )?(?:decided|agreed)(?: that| on)?\s+(.+)$|\bwe're agreed (?:that|on)\s+(.+)$|\b(?:it's|it is) (?:decided|agreed)(?: that)?\s+(.+)$|\b(?:we've |we have )?settled on\s+(.+)$/i;
const GROUP_WILL =
  /^(?:so\s+)?(?:we're (?:going to|gonna)|we are going to|we'll|we will|let's)\s+(?:just\s+|also\s+|then\s+|probably\s+|definitely\s+)?(go with|go for|use|stick (?:to|with)|keep|drop|take (?:out|away|off)|put|make it|leave (?:out|off)|offer|include|remove)\b(.{3,})$/i;
/** The chair announces how the meeting's own business is done: "I think we're going to do the round of updates last". */
const CHAIR_WILL_DO =
  /^(?:(?:so|okay|ok|alright|right|and)[,\s]+)*(?:I (?:guess|think)\s+)?(?:we're (?:going to|gonna)|we are (?:going to|gonna)|we'll|we will)\s+(?:just\s+)?(do (?:the|our)\s+\S+.{2,})$/i;
const PROPOSAL =
  /(?:^|,\s*)(?:so\s+)?(?:I think\s+)?(we should|we could|we can|let's|how about|what if we|why don't we|we'd better|shall we|I (?:suggest|propose)(?: that)? we)\s+(?!see\b|say\b|talk\b|just\b|go back\b|have to\b|move on\b|start\b|do (?:that|this|it)\b)(.{6,}?)[.?!]?$/i;
/** An opening quotation mark with no closing one after it: what follows is quoted speech. */
const QUOTE_OPEN = /["“](?![^"”]*["”])/;
/** Brainstorming forms: a plan only when another speaker endorses it. */
const TENTATIVE = /^(?:we could|we can|how about|what if we)$/i;
const HEDGED = /\b(?:probably|maybe|perhaps|or something|whatever|i don't know|sort of|kind of)\b/i;
/** Options still open: "we could possibly either paint it or maybe leave it bare". */
const OPTIONS = /\b(?:we|you) (?:could|might)\b|\b(?:possibly|either)\b.*\bor\b/i;
/** A clause cut off mid-way ("the first step is"). */
const TRUNCATED = /\b(?:is|was|are|were|the|a|an|to|of|that|and|or|but|with|for|if|be|like)\s*[.?!]?$/i;
const settled = (clause: string) => contentTerms(clause).length >= 2 && !TRUNCATED.test(clause.trim());
/** The group's recommendation, or a change it adopts: "we recommend …", "the new procedural change … is that we …". */
const ADOPTED =
  /\b(?:we(?:'d| would)? recommend(?:ed)?|with (?:the )?recommendations? that|our recommendation is(?: that)?)\s+(.{8,})$|\bthe (?:new |procedural |other )*(?:change|plan|rule|approach|idea)\b.{0,80}?\bis that,?\s*we\s+(.{8,})$/i;
const RESOLVE = /\b(?:propose|move)\b.*?\bthat the committee (resolves? .+?)(?:\.|\?|$)/i;
const COMMITTEE_AGREED =
  /\bthe committee (?:has )?(?:agreed|resolved|decided) (?:that |to )?(.+?)(?:\.|\?|$)/i;
/** A change tried out loud: "so if we take voice recognition out", "if we change it to the battery". */
const IF_CHANGE =
  /^(?:so\s+)?if (?:we|you) (?:(?:take|took|leave|left)\s+(?:(?:away|out|off)\s+(.{3,}?)|(.{3,}?)\s+(?:out|away|off)\b)|(?:drop|dropped|remove|removed|cut|swap|swapped|replace|replaced|get rid of)\s+(.{3,}?))(?:,.*)?[.!]?$/i;
/** Another speaker's word that the change settles it: the sum comes right, the budget is met. */
const SETTLES =
  /^(?:that'll do(?: it)?|that does it|that(?:'ll| will)? work|that works|that's it|then you've got it|we(?:'re| are) (?:close to|under|within|below|on) (?:the )?budget)\b/i;
/** "we haven't really settled on", "we've not decided": the opposite of a decision. */
const NEGATED =
  /\b(?:not|never|haven't|hasn't|hadn't|didn't|don't|isn't|aren't|weren't|wasn't)\b(?:\s+\S+){0,3}\s*$/i;
/** Minutes of an earlier meeting read out: what was decided then, not now. */
const EARLIER = /\b(?:minutes|last (?:meeting|time|week)|previous meeting|we said before)\b/i;
/** Objects that are only a figure or a rating ("put almost two"): a score given, not a decision. */
const ONLY_FIGURE =
  /^(?:\S+\s+)?(?:(?:almost|about|around|roughly|just|maybe|a|an)\s+)*(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|half|\d[\d.,]*)\b[\s,.]*(?:point\s+\w+)?[\s,.]*$/i;
/** A chair's run of settled points: "So, no joystick. Push-buttons. No special colour." */
const CONCLUSION = /^(?:no|keep|with|without|only|just)\s+[\p{L}-]+/iu;

const DECISION_RULES: readonly DecisionRule[] = [
  (sentence) => {
    const match = ADOPTED.exec(sentence.text);
    const clause = match?.[1] ?? match?.[2];
    if (!clause || !settled(clause)) return undefined;
    const recommend = Boolean(match?.[1]);
    return {
      text: recommend
        ? `The group recommended that ${groupClause(clause.replace(/^that\s+/i, ''), sentence.speaker)}.`
        : `The group decided to ${groupClause(clause, sentence.speaker)}.`,
      turns: [sentence.turn],
    };
  },
  (sentence, context) => {
    const match = SAID_DECISION.exec(sentence.text);
    const said = match?.slice(1).find(Boolean);
    if (!match || !said || EARLIER.test(context.raw[sentence.turn] ?? '')) return undefined;
    if (NEGATED.test(sentence.text.slice(0, match.index + match[0].indexOf(said)))) return undefined;
    const completion = settled(said) ? undefined : completedBy(context, sentence);
    const clause = completion ? `${said.trim().replace(/[.?!,]+$/, '')} ${completion.text}` : said;
    // "we decided on the back panel, we could possibly paint it or maybe leave it bare": options, not a decision.
    if (!settled(clause) || OPTIONS.test(clause)) return undefined;
    const reported = groupClause(clause, sentence.speaker);
    // "we decided on a frosted finish": a choice of a thing, not a clause.
    const on = /\b(?:decided|agreed|settled) on\s*$/i.test(
      sentence.text.slice(0, match.index + match[0].indexOf(said)),
    );
    return {
      text: /^decided|^(?:not )?to\b/.test(reported)
        ? `The group decided ${reported.replace(/^decided\s*/, '')}.`
        : `The group decided ${on ? 'on' : 'that'} ${reported}.`,
      turns: [sentence.turn, ...(completion ? [completion.turn] : [])],
    };
  },
  (sentence) => {
    const motion = RESOLVE.exec(sentence.text)?.[1];
    if (motion)
      return {
        text: `The committee ${groupClause(motion.replace(/^resolves?/i, 'resolved'), sentence.speaker)}.`,
        turns: [sentence.turn],
      };
    const agreed = COMMITTEE_AGREED.exec(sentence.text)?.[1];
    return agreed && words(agreed) >= 3
      ? {
          text: `The committee agreed that ${groupClause(agreed, sentence.speaker)}.`,
          turns: [sentence.turn],
        }
      : undefined;
  },
  (sentence, context) => {
    const match = GROUP_WILL.exec(sentence.text);
    if (!match || !settled(`${match[1]}${match[2]}`) || ONLY_FIGURE.test((match[2] ?? '').trim()))
      return undefined;
    const reply = accepted(context, sentence);
    return {
      text: `The group agreed to ${groupClause(`${match[1]}${match[2]}`, sentence.speaker)}.`,
      turns: [sentence.turn, ...(reply ? [reply.turn] : [])],
    };
  },
  (sentence, context) => {
    const plan = sentence.speaker === context.chair ? CHAIR_WILL_DO.exec(sentence.text)?.[1] : undefined;
    if (!plan || !settled(plan) || HEDGED.test(plan)) return undefined;
    return { text: `The group decided to ${groupClause(plan, sentence.speaker)}.`, turns: [sentence.turn] };
  },
  (sentence, context) => {
    const match = PROPOSAL.exec(sentence.text);
    const clause = match?.[2] ?? '';
    if (!match || /\?$/.test(sentence.text) || !settled(clause) || HEDGED.test(clause)) return undefined;
    // A proposal quoted as someone might say it ("you can't just go, "let's go to the lab"") is no plan.
    if (QUOTE_OPEN.test(sentence.text.slice(0, match.index + 1))) return undefined;
    const reply = accepted(context, sentence, TENTATIVE.test(match[1] ?? '') ? ENDORSE : AGREE);
    if (!reply) return undefined;
    return {
      text: `The group agreed to ${groupClause(clause, sentence.speaker)}.`,
      turns: [sentence.turn, reply.turn],
    };
  },
  (sentence, context) => {
    // "So if we take voice recognition out" / "That'll do it." — a change the others confirm settles it.
    const change = IF_CHANGE.exec(sentence.text)?.slice(1).find(Boolean);
    if (!change || contentTerms(change).length === 0) return undefined;
    const reply = accepted(context, sentence, SETTLES);
    if (!reply) return undefined;
    const verb = /\b(?:swap|replace|change)/i.test(sentence.text) ? 'replace' : 'take out';
    return {
      text: `The group decided to ${verb} ${groupClause(change, sentence.speaker)}.`,
      turns: [sentence.turn, reply.turn],
    };
  },
  (sentence, context) => {
    // Three or more short settled points in one turn, accepted by another speaker.
    const same = context.sentences.filter((other) => other.turn === sentence.turn);
    if (same[0] !== sentence) return undefined;
    const points = same.filter((other) => CONCLUSION.test(other.text) && words(other.text) <= 5);
    if (points.length < 2) return undefined;
    const reply = accepted(context, same.at(-1) ?? sentence);
    if (!reply) return undefined;
    const list = [...new Set(points.map((point) => point.text.replace(/[.!]+$/, '').toLowerCase()))];
    if (list.length < 2) return undefined;
    return { text: `The group settled on: ${list.join('; ')}.`, turns: [sentence.turn, reply.turn] };
  },
];

/**
 * A decision said in a clause cut short ("we're agreed that the first step is") is finished by
 * the same speaker's next statement within a few turns that takes up its words ("so the first
 * thing is for you to build up something that will detect the overlaps"): its words after
 * "is", or the whole of it.
 */
function completedBy(context: Context, sentence: Sentence): { text: string; turn: number } | undefined {
  const cut = new Set(contentTerms(sentence.text));
  const next = context.sentences
    .slice(sentence.i + 1, sentence.i + 16)
    .find(
      (other) =>
        other.speaker === sentence.speaker &&
        other.turn <= sentence.turn + 6 &&
        !/\?$/.test(other.text) &&
        contentTerms(other.text).length >= 3 &&
        contentTerms(other.text).some((term) => cut.has(term)),
    );
  if (!next) return undefined;
  const rest = /\b(?:is|was|will be)\s+(.{8,})$/i.exec(next.text)?.[1] ?? next.text;
  return { text: rest.replace(/^for \S+ to\s+/i, 'to ').replace(/[.!]+$/, ''), turn: next.turn };
}

const DOUBT = /^(.{20,}?),\s+(?:but|though|I don't know|I'm not sure|what do you think|do you think)\b/i;

/** A statement followed by a doubt ("our costs are below budget…, but do you think…?"): the statement. */
function statementPart(sentence: Sentence): Sentence {
  if (!/\?$/.test(sentence.text)) return sentence;
  const head = DOUBT.exec(sentence.text)?.[1];
  return head ? { ...sentence, text: `${head}.` } : sentence;
}

/** A call to go over what was decided: "we need to describe decisions now", "a summary of all decisions we've made". */
const REVIEW_CUE =
  /\b(?:decisions?\b.{0,25}\bwe(?:'ve| have)?\s+(?:made|taken|reached)|decisions? so far|(?:describe|summar\w*|sum up|recap|review|go (?:over|through)|list)\b.{0,25}\bdecisions?)\b/i;
/** How far a review runs after its cue, in turns. */
const REVIEW_TURNS = 30;
const WHAT_ABOUT = /^(?:(?:okay|ok|so|and|um|uh|right)[,.\s]+)*what about (?:the\s+)?(.{3,40}?)\s*\?$/i;
/** Lines of a review that are not points settled: hedges, reasons, opinions, the next phase, tasks. */
const NOT_A_POINT =
  /\b(?:is|are|was|were|looks?|sounds?)\s+(?:very\s+|really\s+|quite\s+)?(?:nice|good|great|fine|cool|better|worse|interesting|important|easy|hard|difficult|funny|boring)\b|^(?:I think|I guess|I don't|I'm not|maybe|perhaps|but|if|because|'cause|so if|why|what|how)\b|\b(?:could|might|may|would)\b|\bdecid|\bnext (?:phase|meeting|step|time)\b|\b(?:you|I)(?:'ll| will| need to| have to| should|'re going to| are going to| can)\b/i;
/** Verbs that open instructions ("start with the casing"), never the name of a settled thing. */
const IMPERATIVE =
  /^(?:start|keep|go|let|make|use|take|put|have|get|do|see|look|think|try|write|tell|give|move|check|wait|say)\b/i;
const LEADING_AGREEMENT = /^(?:(?:yes|yeah|yep|okay|ok|right|so|and|um|uh|well)[,.!\s]+)+/i;
const HAS_VERB =
  /\b(?:is|are|was|were|be|been|will|would|should|has|have|had|uses?|needs?|gets?|goes|comes)\b|'s\b|'re\b/i;

/**
 * The points of a review the group goes through ("What about the energy source?" / "Traditional
 * batteries and solar."; "The casing is single-curved." / "Single-curved."): each answer, or each
 * statement another speaker accepts or echoes, in the turns after a review cue.
 */
function reviewedPoints(context: Context): Decision[] {
  const out: Decision[] = [];
  let until = -1;
  for (const sentence of context.sentences) {
    if (REVIEW_CUE.test(sentence.text) && !EARLIER.test(sentence.text)) {
      until = Math.max(until, sentence.turn + REVIEW_TURNS);
      continue;
    }
    if (sentence.turn > until) continue;
    const topic = WHAT_ABOUT.exec(sentence.text)?.[1];
    if (topic) {
      const answer = context.sentences
        .slice(sentence.i + 1, sentence.i + 4)
        .find((other) => other.speaker !== sentence.speaker && other.turn <= sentence.turn + 2);
      const point = answer ? reviewPoint(answer.text) : undefined;
      if (answer && point)
        out.push({
          text: `The group decided on the ${topic}: ${point.charAt(0).toLowerCase()}${point.slice(1)}.`,
          turns: [sentence.turn, answer.turn],
        });
      continue;
    }
    const point = reviewPoint(sentence.text);
    // Outside an answer, a point starting with a preposition is a fragment ("in the rubber").
    if (!point || /^(?:in|on|at|with|for|of|to|from|by)\b/i.test(point)) continue;
    if (roleAssignment(sentence, context).length) continue;
    // A bare noun phrase is a point on its own, not the tail of something said before it in the turn.
    const previous = context.sentences[sentence.i - 1];
    if (!HAS_VERB.test(point) && previous?.turn === sentence.turn && words(previous.text) > 3) continue;
    if (!HAS_VERB.test(point) && IMPERATIVE.test(point)) continue;
    const reply = accepted(context, sentence) ?? echoed(context, sentence);
    if (!reply) continue;
    out.push({
      text: HAS_VERB.test(point)
        ? `The group decided that ${groupClause(point, sentence.speaker)}.`
        : `The group decided on ${point.charAt(0).toLowerCase()}${point.slice(1)}.`,
      turns: [sentence.turn, reply.turn],
    });
  }
  return out;
}

/** A choice put as a statement with a question mark: "We use the regular chip?", "So we go for the round one?". */
const CONFIRM_CHOICE =
  /^(?:(?:okay|ok|so|and|then|right)[,.\s]+)*we(?:'re| are)?\s+(?:going to\s+|gonna\s+)?(go(?:ing)? (?:for|with)|use|using|take|taking|keep|keeping|drop|dropping|stick (?:with|to))\s+([^?]{3,50})\?$/i;

const BASE_FORM: Readonly<Record<string, string>> = {
  going: 'go',
  using: 'use',
  taking: 'take',
  keeping: 'keep',
  dropping: 'drop',
};

/** Choices put for confirmation that another speaker confirms (agrees or echoes) and nobody objects to. */
function confirmedChoices(context: Context): Decision[] {
  const out: Decision[] = [];
  for (const sentence of context.sentences) {
    const match = CONFIRM_CHOICE.exec(sentence.text);
    if (!match || HEDGED.test(sentence.text)) continue;
    const reply = accepted(context, sentence) ?? echoed(context, sentence);
    if (!reply) continue;
    const said = (match[1] ?? '').toLowerCase();
    const verb = BASE_FORM[said.split(' ')[0] ?? ''] ?? said.split(' ')[0];
    const rest = said.split(' ').slice(1).join(' ');
    out.push({
      text: `The group agreed to ${[verb, rest, match[2]?.trim()].filter(Boolean).join(' ')}.`,
      turns: [sentence.turn, reply.turn],
    });
  }
  return out;
}

/**
 * A committee's papers to note: "Item 4 is papers to note. Just one paper today, which is the
 * Government's response to our report. Are Members happy to note that?" — the committee
 * noted the paper (the chair's question is how a committee takes note; it is not put to a vote).
 */
function notedPapers(context: Context): Decision[] {
  const out: Decision[] = [];
  for (const sentence of context.sentences) {
    if (!/\bpapers? to note\b/i.test(sentence.text)) continue;
    // "Item 5 is reports to note. There are six reports to note.": one item per turn.
    const earlier = context.sentences[sentence.i - 1];
    if (earlier?.turn === sentence.turn && out.some((item) => item.turns.includes(sentence.turn))) continue;
    const rest = context.sentences
      .slice(sentence.i + 1, sentence.i + 5)
      .filter((other) => other.turn === sentence.turn);
    if (
      !rest.some((other) =>
        /\b(?:happy|content|agreed?|able) to note\b|\bnote (?:all (?:of )?)?(?:them|that|those|it|the papers)\b/i.test(
          other.text,
        ),
      )
    )
      continue;
    // The paper as described: after "which is" when said, else after the sentence's "is".
    const described = (pattern: RegExp) =>
      rest
        .map((other) => pattern.exec(other.text)?.[1])
        .find((text) => text && !/\?$/.test(text) && !/\b(?:content|happy|suggest|propose)\b/i.test(text));
    const what =
      described(/\bwhich (?:is|are)\s+(?:the\s+)?(.{12,}?)[.!]?$/i) ??
      described(/\b(?:is|are)\s+(?:the\s+)?(.{12,}?)[.!]?$/i);
    out.push({
      text: what
        ? `The committee noted the ${what.replace(/[.!]+$/, '').replace(/\s+to note$/i, '')}.`
        : 'The committee noted the papers.',
      turns: [sentence.turn],
    });
  }
  return out;
}

/** A call that closes a discussion as agreed: "okay, we're in agreement", "that's settled then". */
const CLOSE_SAID =
  /^(?:(?:so|okay|ok|alright|right|yeah|good|and)[,.!\s]+)*(?:we(?:'re| are) (?:all )?in agreement(?: (?:on|about|with) (?:that|this))?|we(?:'re| are) all agreed|we all agree(?: (?:on|with) (?:that|this))?|(?:that's|that is) (?:agreed|settled|decided)(?: then)?)\s*[.!]?$/i;
/** The same call put as a question, settled when another speaker says yes: "do we agree on that?". */
const CLOSE_ASKED =
  /^(?:(?:so|okay|ok|alright|right|and)[,.!\s]+)*(?:do we (?:all )?agree(?: (?:on|with) (?:that|this))?|are we (?:all )?agreed(?: (?:on|with) (?:that|this))?|are we all happy with (?:that|this)|is everyone (?:happy|okay|ok|agreed) with (?:that|this)|agreed)\s*\?$/i;
/** How far back a closing call reaches for what it agrees to, in turns. */
const CLOSE_TURNS = 25;
/** A plan as put before it is agreed, hedged or not: "maybe go ahead without the second screen", "we want some colours like greens". */
const PLAN =
  /(?:^|,\s*|\b(?:and|so|then)\s+)(?:I think\s+)?(?:(?:maybe|perhaps)\s+)?(?:(?:we\s+(?:should|could|can|need to|have to|might have to|'ll have to|will have to|must|just|would like to)|let's|I (?:suggest|propose)(?: that)? we)\s+(?:just\s+|probably\s+)?)?((?:go (?:ahead )?with|go for|move (?:ahead|forward|on) with|stick (?:with|to)|drop|take (?:out|away)|get rid of|switch (?:away from|to)|remove|keep|scrap)\b.{3,}?)[.!]?$|\bwe (?:really )?want (?!to (?:know|see|ask|say|talk|hear|discuss|look|check)\b)((?:to\s+)?.{6,}?)[.!]?$/i;

/**
 * A closing call that the group agrees ("okay, we're in agreement"; "do we agree on that?" /
 * "yeah") settles the plan put last before it, by any speaker and hedged or not: "I think we need
 * to compromise and maybe go ahead without the second screen" … "that's settled then".
 */
function agreedCloses(context: Context): Decision[] {
  const out: Decision[] = [];
  for (const sentence of context.sentences) {
    const said = CLOSE_SAID.test(sentence.text);
    if (!said && !CLOSE_ASKED.test(sentence.text)) continue;
    const reply = said ? undefined : accepted(context, sentence);
    if (!said && !reply) continue;
    const plan = context.sentences
      .slice(Math.max(0, sentence.i - 60), sentence.i)
      .reverse()
      .filter((other) => other.turn >= sentence.turn - CLOSE_TURNS && !/\?$/.test(other.text))
      .map((other) => ({ other, match: PLAN.exec(other.text) }))
      .find(({ other, match }) => {
        const clause = match?.[1] ?? match?.[2];
        return clause !== undefined && settled(clause) && !laughedAt(context, other);
      });
    if (!plan?.match) continue;
    const clause = (plan.match[1] ?? plan.match[2] ?? '').replace(/^to\s+/i, '');
    const text = plan.match[1]
      ? `The group agreed to ${groupClause(clause, plan.other.speaker)}.`
      : `The group agreed that they want ${groupClause(clause, plan.other.speaker)}.`;
    out.push({ text, turns: [plan.other.turn, sentence.turn, ...(reply ? [reply.turn] : [])] });
  }
  return out;
}

/** The chair passes on new requirements: "we got some new requirements from head office". */
const REQUIREMENT_CUE =
  /\b(?:I|we) (?:have|had|got|received) (?:some |a few |two |three )?new (?:information|requirements?|product requirements)\b/i;
/** How far the requirements passed on run after their cue, in turns. */
const REQUIREMENT_TURNS = 25;
/** A requirement as the chair states it: what the group wants or does not want, what the product will be. */
const REQUIREMENT: readonly ((text: string) => string | undefined)[] = [
  (text) => {
    const not = /\bwe (?:really )?(?:don't|do not) (?:really )?want to (.{6,}?)[.!]?$/i.exec(text)?.[1];
    return not ? `The group decided not to ${not}` : undefined;
  },
  (text) => {
    const want = /\bwe (?:really )?want (?:to (?!know|see|ask|say|talk|hear|discuss)\b)?(.{6,}?)[.!]?$/i.exec(
      text,
    )?.[1];
    return want ? `The group decided that they wanted ${want}` : undefined;
  },
  (text) => {
    const match =
      /\b((?:the|our) (?:remote(?: control)?|product|device|design)) (will|should|has to|must|needs to) (.{6,}?)[.!]?$/i.exec(
        text,
      );
    return match ? `The group decided that ${match[1]?.toLowerCase()} ${match[2]} ${match[3]}` : undefined;
  },
];

/**
 * Requirements the chair passes on ("we don't really want to use the paper forms anymore"; "the
 * kiosk will only be used for check-in"): each is settled for the group, by the
 * chair's word, in the turns after the chair says there are new requirements.
 */
function passedRequirements(context: Context): Decision[] {
  const out: Decision[] = [];
  let until = -1;
  for (const sentence of context.sentences) {
    if (sentence.speaker !== context.chair) continue;
    if (REQUIREMENT_CUE.test(sentence.text)) until = sentence.turn + REQUIREMENT_TURNS;
    if (
      sentence.turn > until ||
      /\?$/.test(sentence.text) ||
      /^(?:if|because|'cause|which|when)\b/i.test(sentence.text)
    )
      continue;
    for (const rule of REQUIREMENT) {
      const found = rule(sentence.text);
      if (!found) continue;
      const clause = found
        .replace(/,?\s+(?:so|because|'cause|as|such as|but|and also)\b.*$/i, '')
        .replace(/[.!,;:\s]+$/, '');
      if (contentTerms(clause).length < 4 || TRUNCATED.test(clause) || HEDGED.test(clause)) break;
      out.push({
        text: `${groupClause(clause, sentence.speaker).replace(/^the group/, 'The group')}.`,
        turns: [sentence.turn],
      });
      break;
    }
  }
  return out;
}

/** A settled point as said in a review, or nothing for questions, hedges, reasons and tasks. */
function reviewPoint(text: string): string | undefined {
  const point = text
    .replace(LEADING_AGREEMENT, '')
    .replace(/^(?:(?![aAI]\s)\p{L}\s+)+(?=\p{L}{2})/u, '')
    .replace(/[.!,;:\s]+$/, '')
    .replace(/^just\s+|,?\s*(?:of course|I guess|I think)$/gi, '')
    .trim();
  if (/\?$/.test(point) || NOT_A_POINT.test(point) || HEDGED.test(point) || DISAGREE.test(point))
    return undefined;
  if (procedural(point) || TRUNCATED.test(point) || (AGREE.test(point) && words(point) <= 3))
    return undefined;
  // A bare noun phrase ("Traditional batteries and solar") or a clause with a subject that is no pronoun.
  if (/^(?:it|that|this|they|he|she|which|there|these|those)\b|n't\b|\bnot\b/i.test(point)) return undefined;
  // Points are about the product or plan, never about the speakers ("I'm going to…", "you talked about it").
  if (/\b(?:I|I'm|me|my|you|your|it)\b|\bnext$/i.test(point)) return undefined;
  const terms = contentTerms(point).length;
  return words(point) >= 2 && words(point) <= 20 && terms >= 1 && (terms >= 2 || !HAS_VERB.test(point))
    ? point
    : undefined;
}

/** Another speaker repeats a word of the point within two turns ("Single-curved."). */
function echoed(context: Context, sentence: Sentence): { speaker: string; turn: number } | undefined {
  const terms = new Set(contentTerms(sentence.text));
  return context.sentences
    .slice(sentence.i + 1, sentence.i + 6)
    .filter((other) => other.speaker !== sentence.speaker && other.turn <= sentence.turn + 2)
    .filter((other) => !/\?$/.test(other.text) && words(other.text) <= 6)
    .map((other) => ({ speaker: other.speaker, turn: other.turn, terms: contentTerms(other.text) }))
    .find((other) => other.terms.some((term) => terms.has(term)));
}

export function findDecisions(transcript: Transcript): FoundItem[] {
  const context = contextOf(transcript);
  const out: FoundItem[] = [];
  for (const whole of context.sentences) {
    const sentence = statementPart(whole);
    if (procedural(sentence.text) && !RESOLVE.test(sentence.text) && !COMMITTEE_AGREED.test(sentence.text))
      continue;
    if (words(sentence.text) < 3 || laughedAt(context, sentence)) continue;
    for (const rule of DECISION_RULES) {
      const found = rule(sentence, context);
      if (!found) continue;
      if (out.some((item) => Math.abs(item.turn - sentence.turn) <= 1 && sameTask(item.text, found.text)))
        break;
      out.push({
        text: found.text,
        turn: sentence.turn,
        turns: [...new Set(found.turns)].sort((a, b) => a - b),
      });
      break;
    }
  }
  for (const point of [
    ...reviewedPoints(context),
    ...confirmedChoices(context),
    ...notedPapers(context),
    ...agreedCloses(context),
    ...passedRequirements(context),
  ]) {
    const turn = point.turns[0] ?? 0;
    // A review goes over a point more than once ("the energy source: batteries and solar" … "so the energy source is the batteries and the solar").
    if (
      out.some(
        (item) => Math.abs(item.turn - turn) <= REVIEW_TURNS && sameTask(said(item.text), said(point.text)),
      )
    )
      continue;
    out.push({ text: point.text, turn, turns: [...new Set(point.turns)].sort((a, b) => a - b) });
  }
  return out.sort((a, b) => a.turn - b.turn);
}

// ---------------------------------------------------------------------------------------------
// Open questions

const OPEN_QUESTION =
  /\b(?:open question|still (?:need|have) to (?:figure out|decide|find out)|not sure yet|to be decided|tbd|we don't know yet|remains to be seen|haven't decided|can't be decided|require more thought|requires more thought)\b/i;

export function findOpenQuestions(transcript: Transcript): FoundItem[] {
  const sentences = sentencesOf(transcript);
  return sentences
    .filter((sentence, i) => {
      if (OPEN_QUESTION.test(sentence.text)) return true;
      if (!/\?$/.test(sentence.text) || sentence.text.split(/\s+/).length < 6) return false;
      if (!/^(?:how|what|when|who|whom|where|which|should|do|does|are|is|can|will)\b/i.test(sentence.text))
        return false;
      if (
        procedural(sentence.text) ||
        /\b(?:thank|attendance|happy with that|content|okay with)\b/i.test(sentence.text)
      )
        return false;
      // Unanswered: nobody else speaks in the next few sentences at any length.
      const replies = sentences
        .slice(i + 1, i + 4)
        .filter((s) => s.speaker !== sentence.speaker && s.text.split(/\s+/).length >= 5);
      return replies.length === 0;
    })
    .map((sentence) => ({ text: sentence.text, turn: sentence.turn, turns: [sentence.turn] }));
}
