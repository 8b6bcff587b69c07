/**
 * @module meeting-context
 * What the decision and action-item rules see of a meeting: its sentences with speaker and turn,
 * the raw turns, who the participants are (names, role labels and how talk names them), who
 * chairs, and the shared cues: agreement and objection, laughter, procedural lines, hedges.
 */
import type { Transcript } from '../../formats/model.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { splitSentences } from '../../lib/text/sentences.ts';
import { compressUtterance } from './compress-utterance.ts';
import { spokenNames } from './spoken-names.ts';
import { contentTerms } from './text-terms.ts';

export type FoundItem = { readonly text: string; readonly turn: number; readonly turns: readonly number[] };

/** One sentence of the meeting with what the rules need to see around it. */
export type Sentence = {
  readonly text: string;
  readonly turn: number;
  readonly speaker: string;
  /** Position in the sentence list. */
  readonly i: number;
};

export type Context = {
  readonly sentences: readonly Sentence[];
  /** The raw text of each turn (laughter marks and bare "OK"s are kept there). */
  readonly raw: readonly string[];
  readonly speakers: readonly string[];
  /** First names and full labels of speakers → the speaker label. */
  readonly names: ReadonlyMap<string, string>;
  /** Who runs the meeting: the chair, the project manager (see chairOf). */
  readonly chair: string;
  /** A role named in talk ("the I_D_ and the U_I_D_ need to…"), when speakers are labelled by role. */
  readonly roleMention?: RegExp;
};

export function contextOf(transcript: Transcript): Context {
  const counts = new Map<string, number>();
  for (const turn of transcript.turns) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  return {
    sentences: sentencesOf(transcript),
    raw: transcript.turns.map((turn) => turn.text),
    speakers: transcript.turns.map((turn) => turn.speaker),
    names: participants(transcript),
    chair: chairOf(transcript, [...counts.keys()]),
    ...roleMentionOf([...counts.keys()]),
  };
}

/** What a chair says: opening, closing and moving the meeting along. */
const CHAIR_CUES: readonly ((text: string) => boolean)[] = [
  (text) =>
    /\b(?:welcome (?:to|back|everyone|everybody|all)|(?:call|bring) (?:the|this) meeting to order)\b/i.test(
      text,
    ),
  (text) =>
    /\b(?:(?:move|moving) on to|the next item|item (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|on the agenda)\b/i.test(
      text,
    ),
  (text) =>
    /\b(?:thank (?:you|the \w+) (?:all )?(?:for (?:attending|coming|your (?:attendance|evidence|time)))|close the meeting|end of (?:the|this|our) meeting|apologies (?:from|for absence))\b/i.test(
      text,
    ),
  (text) =>
    /\b(?:questions? (?:now )?from|(?:over|back) to you|the next questions? (?:is|are) from)\b/i.test(text),
];

/**
 * The chair: the speaker whose label says so ("Chair", "Project Manager"), else the speaker who
 * most often says what a chair says (welcomes, agenda items, handing over questions, thanks for
 * attending) when someone clearly does, else the speaker who says the most words. Words, not
 * turns: whoever runs a research meeting explains and plans at length, while the others' many
 * turns are often a word of assent.
 */
function chairOf(transcript: Transcript, labels: readonly string[]): string {
  const labelled = labels.find((label) => /\b(?:chair(?:man|woman|person)?|project manager)\b/i.test(label));
  if (labelled) return labelled;
  const cues = new Map<string, number>();
  for (const turn of transcript.turns)
    if (CHAIR_CUES.some((cue) => cue(turn.text))) cues.set(turn.speaker, (cues.get(turn.speaker) ?? 0) + 1);
  const [first, second] = [...cues.entries()].sort((a, b) => b[1] - a[1]);
  if (first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0)) return first[0];
  const spoken = new Map<string, number>();
  for (const turn of transcript.turns)
    spoken.set(
      turn.speaker,
      (spoken.get(turn.speaker) ?? 0) + words(turn.text.replace(/\{[a-z_]+\}/gi, ' ')),
    );
  return [...spoken.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** A pattern for the names of role labels ("industrial designer", "i_d_"), longest first. */
export function roleMentionOf(labels: readonly string[]): { roleMention?: RegExp } {
  const names = labels
    .filter((label) => roleAliases(label).length > 0)
    .flatMap((label) => [label.toLowerCase(), ...roleAliases(label)])
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return names.length ? { roleMention: new RegExp(`(?:${names.join('|')})`, 'i') } : {};
}

/**
 * "no" before a noun is a determiner ("so no lid"), not the answer "no" that compressing an
 * utterance drops at the start of a clause: it is kept through compression under a mark.
 */
const NO_MARK = '\uE000';
const DETERMINER_NO =
  /\bno\s+(?!(?:I|I'm|I'd|I'll|we|we're|you|he|she|they|it|it's|that|that's|this|there|but|and|or|so|well|no|not|yeah|yes|wait|sorry|just|actually|one)\b)(?=\p{L})/giu;

/** One turn as readable sentence text: markup, fillers and restarts removed, a determiner "no" kept. */
export function readableTurn(raw: string): string {
  return compressUtterance(raw.replace(DETERMINER_NO, `${NO_MARK} `), { aggressive: false })
    .replace(new RegExp(`(^|[.!?]\\s+)${NO_MARK}\\s*`, 'g'), '$1No ')
    .replace(new RegExp(`${NO_MARK}\\s*`, 'g'), 'no ');
}

export function sentencesOf(transcript: Transcript): Sentence[] {
  const out: Sentence[] = [];
  for (const turn of transcript.turns) {
    const text = readableTurn(turn.text);
    for (const sentence of splitSentences(text))
      out.push({ text: sentence.text, turn: turn.index, speaker: turn.speaker, i: out.length });
  }
  return out;
}

export function participants(transcript: Transcript): Map<string, string> {
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
  // Speakers labelled by role are known by the names said in the meeting too ("Dana, can you…").
  for (const [name, label] of spokenNames(transcript, isRoleLabel))
    if (!names.has(name)) names.set(name, label);
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

/** A speaker label that names a role, not a person: "Project Manager", "Marketing", "Grad B". */
const isRoleLabel = (label: string) =>
  ROLE_WORDS.has(label.toLowerCase().split(/\s+/)[0] ?? '') || roleAliases(label).length > 0;

export const ROLE_NOUN =
  /^(?:designer|manager|expert|engineer|officer|lead|director|assistant|secretary|chair)$/;

/** Words that start role labels ("Grad B", "Project Manager") and are no one's first name. */
export const ROLE_WORDS = new Set([
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

export const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The sentences of the previous turns by other speakers, nearest first. */
export function before(context: Context, sentence: Sentence, turns = 3): Sentence[] {
  return context.sentences
    .slice(Math.max(0, sentence.i - 12), sentence.i)
    .filter((other) => other.turn >= sentence.turn - turns && other.speaker !== sentence.speaker)
    .reverse();
}

export const AGREE =
  /^(?:yes|yeah|yep|yup|ok|okay|sure|right|fine|good|great|agreed|exactly|definitely|absolutely|of course|that's (?:good|fine|right|it|brilliant|great|true)|that'll do|sounds good|will do|i agree|no problem|i can|i will|i'll|uh-huh,? yes)\b/i;
/** Agreement that takes a position, not a backchannel "yeah". */
export const ENDORSE =
  /^(?:(?:yes|yeah|okay|ok)[,.!]?\s+)?(?:agreed|exactly|definitely|absolutely|i agree|good idea|that's (?:a )?(?:good|great|brilliant|fine)(?: idea)?|sounds good|that'll do|that would be (?:good|great|fine)|let's do (?:that|it)|perfect|brilliant|fine by me|(?:that's |that is |it's |it is )?(?:a |not a bad |a really )?(?:good|great|nice) idea|not a bad idea|(?:it )?(?:wouldn't|would not) hurt|(?:it's|it is|that's|that is) (?:really )?not a problem|no problem|why not|go for it)\b/i;
export const DISAGREE =
  /^(?:no|nope|but|i don't think|not really|well,? no|hang on|wait|(?:yeah|yes|okay|ok|right|sure)[,.]?\s+but)\b/i;

/** A turn that only shows someone is listening. */
const BACKCHANNEL = /^(?:yeah|yes|yep|yup|right|uh-huh|mm-hmm)(?:[\s.,!]+(?:yeah|yes|yep|right))*[\s.,!]*$/i;

/** A reply as agreement and objection are read from it: no sound or noise marks, no opening "um", "oh" or "well". */
export function replyText(raw: string): string {
  return raw
    .replace(/\{[a-z_]+\}|\[[a-z ]+\]/gi, ' ')
    .replace(/^[\s,.]*(?:um+|uh+|mm+|oh|well)\b[\s,.]*/i, '')
    .trim();
}

/** Another speaker accepts within the next turns, and nobody objects first. */
export function accepted(
  context: Context,
  sentence: Sentence,
  agreement: RegExp = AGREE,
): { speaker: string; turn: number } | undefined {
  for (let turn = sentence.turn + 1; turn <= sentence.turn + 3 && turn < context.raw.length; turn++) {
    const speaker = context.speakers[turn] ?? '';
    if (speaker === sentence.speaker) continue;
    const text = replyText((context.raw[turn] ?? '').replace(/\s+'(?=\p{L})/gu, "'"));
    if (!/\p{L}/u.test(text)) continue;
    if (DISAGREE.test(text)) return undefined;
    if (agreement.test(text)) return { speaker, turn };
    // The chair's "okay" settles a proposal that a colleague's "yeah" would not; a bare "yeah" from
    // the chair is listening, not settling, when the proposal needs an endorsement.
    if (agreement !== AGREE && BACKCHANNEL.test(text)) continue;
    if (speaker === context.chair && AGREE.test(text)) return { speaker, turn };
  }
  return undefined;
}

/** The speaker says it was a joke, even cut off: "I'm just kidding", "I'm ju I'm just jo". */
const SAID_IN_JEST = /\b(?:I ?'m|I am|I was) (?:just |only )?(?:[Kk]idding|[Jj]oking|jok|jo)\b/;

/**
 * The line is a joke, not a plan: the speaker's own turn ends in laughter, or (unless `ownOnly`)
 * two of the next three turns are laughter alone ("{vocalsound}", "[laughter]").
 */
export function laughedAt(context: Context, sentence: Sentence, { ownOnly = false } = {}): boolean {
  const own = context.raw[sentence.turn] ?? '';
  if (/(?:\{vocalsound\}|\[laugh\w*\]|\blaugh\w*)\s*[.?!]?\s*$/i.test(own) || SAID_IN_JEST.test(own))
    return true;
  if (ownOnly) return false;
  return context.raw.slice(sentence.turn + 1, sentence.turn + 4).filter(laughterOnly).length >= 2;
}

/** A turn that is laughter and nothing else ("{vocalsound}", "[laughter]"). */
const laughterOnly = (text: string) =>
  /\{vocalsound\}|\[laugh|\blaugh/i.test(text) &&
  !/\p{L}{2,}/u.test(text.replace(/\{[a-z_]+\}|\[[a-z ]+\]|\blaugh\w*/gi, ''));

/** How far either side of a turn the talk around it is read for play. */
const PLAY_WINDOW = 5;
/** The share of laughter-only turns that makes a stretch of talk play. */
const PLAY_SHARE = 0.3;

/**
 * The turn lies in a stretch of play: nearly a third of the turns around it are laughter alone,
 * as when the group tries out the whiteboard or plays a warm-up game. What is asked or promised
 * there is done on the spot, not work for after the meeting.
 */
export function amidLaughter(context: Context, turn: number): boolean {
  const around = context.raw.slice(Math.max(0, turn - PLAY_WINDOW), turn + PLAY_WINDOW + 1);
  // A full window's share, so that a short stretch at the start or end is not judged on a few turns.
  return around.filter(laughterOnly).length >= (2 * PLAY_WINDOW + 1) * PLAY_SHARE;
}

/** Lines that organise the meeting rather than decide or assign anything. */
export const NOT_AN_ITEM: readonly ((text: string) => boolean)[] = [
  (text) => /\?$/.test(text),
  (text) => /^(?:thank|thanks|diolch|good (?:morning|afternoon)|welcome|sorry|excuse me)\b/i.test(text),
  (text) =>
    /\b(?:move on|moving on|next item|next question|the agenda|questions? (?:now )?(?:on|from)|hand over|over to you|in a (?:sec|second|moment|minute)|for the record|declarations? of interest|apologies)\b/i.test(
      text,
    ),
  (text) => /\b(?:be honest|honest with you|in english|in welsh|briefly|brief)\b/i.test(text),
  (text) => /\b(?:presentation|slides?|power ?point|laptop|projector|questionnaire)\b/i.test(text),
  // The room's own microphones ("the microphones will be controlled centrally", "switch your microphone
  // on"), not microphones as a subject ("a clip-on microphone for the visitors").
  (text) =>
    /\b(?:my|your|our|the|these|those) microphones? (?:(?:is|are|will be|should be|has been|have been) )?(?:on|off|controlled|operated|switched|turned|muted|working)\b|\b(?:touch|switch|turn|adjust|press|mute) (?:on |off )?(?:the |your |my )?microphones?\b/i.test(
      text,
    ),
];
export const procedural = (text: string) => NOT_AN_ITEM.some((rule) => rule(text));

export const HEDGED = /\b(?:probably|maybe|perhaps|or something|whatever|i don't know|sort of|kind of)\b/i;

export const VOCATIVE = /^([A-Z][\p{L}'-]+(?:\s[A-Z][\p{L}'-]+)?),\s/u;

/** The speaker named at the start ("Ben, could you…") or in the request, when a participant. */
export function addressee(text: string, context: Context): string | undefined {
  const vocative = VOCATIVE.exec(text)?.[1];
  if (vocative) return context.names.get(vocative.toLowerCase());
  const tail = /,\s*([A-Z][\p{L}'-]+(?:\s[A-Z][\p{L}'-]+)?)[?.!]?$/u.exec(text)?.[1];
  return tail ? context.names.get(tail.toLowerCase()) : undefined;
}

/** Most of the shorter text's terms are in the other one. */
export function sameTask(a: string, b: string): boolean {
  return sharedTerms(a, b) >= Math.min(new Set(contentTerms(a)).size, contentTerms(b).length) * 0.6;
}

/** How many of the second text's terms are in the first. */
export function sharedTerms(a: string, b: string): number {
  const left = new Set(contentTerms(a));
  return contentTerms(b).filter((term) => left.has(term)).length;
}
