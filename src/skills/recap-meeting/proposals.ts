/**
 * @module proposals
 * Decisions read from the shape of talk on a sentence's normal form (normal-forms.ts): a
 * proposal asked as a question that another speaker accepts ("why do not we order one with a
 * different headset?" / "yeah, that is a good idea"), and the chair's closing summary ("if we go
 * away with that in mind: …", "so we have got …", "to sum up, …").
 */
import { type DecisionRule, groupClause, settled } from './decision-phrases.ts';
import {
  AGREE,
  accepted,
  type Context,
  ENDORSE,
  HEDGED,
  laughedAt,
  type Sentence,
} from './meeting-context.ts';
import { normalForm, opensWithVerb } from './normal-forms.ts';

/**
 * A proposal put as a question: "why do not we…?", "shall we…?", "should we…?", "can we…?". The
 * words ask, so a question cut off before its mark ("is there any way we can have a spare one
 * that —") is one too.
 */
const ASKED =
  /^(?:(?:so|and|well|okay|ok|um|uh|then|but)[,\s]+)*(why (?:do not|don't) we|shall we|should we|could we|can we|how about we|what if we|is there (?:any )?way (?:that )?we (?:can|could))\s+(?:just\s+|maybe\s+)?(.{6,}?)\s*[?.]?$/i;
/** A clause opened and never said: the last word of a question cut off before its mark. */
const CUT_CLAUSE = /\s+(?:that|which|who|and|or|but|so)$/i;
/** Forms that only float an idea: settled by an endorsement, not a "yeah". */
const FLOATED = /^(?:should we|could we|can we|what if we|is there .*)$/i;
/** Another speaker takes a proposal further ("and see if it is preferable"): acceptance of a firm proposal. */
const AGREE_OR_BUILD = new RegExp(`${AGREE.source}|^(?:and|then)\\s+(?!no\\b|not\\b)`, 'i');
/** An idea put forward as such: "an idea for another meeting, which would be to have the transcribers talk". */
const IDEA =
  /\b(?:an|one|another|my|the|a good) idea(?: for [^,]{3,40})?,?\s+(?:which\s+)?(?:would be|is) to\s+(.{8,}?)[.!]?$/i;
/** A committee or meeting adjourned or suspended by its chair. */
const ADJOURNED =
  /\b(?:the|this) (?:committee|meeting|hearing|session) (?:will|shall) (?:now )?(?:adjourn|be adjourned|suspend|be suspended)\b|\b(?:the|this) (?:committee|meeting|hearing|session) (?:is|stands) (?:now )?(?:adjourned|suspended)\b/i;
/** The chair's summary: "if we go away with…", "so we have got…", "to sum up…", "so the plan is…". */
const SUMMARY =
  /^(?:(?:so|okay|ok|right|alright|yeah|but|and|um|uh|well)[,\s]+)*(?:if we go away with|(?:so[,\s]+)?we have got|to (?:sum|summari[sz]e)(?: up)?|in summary|to recap|so (?:the|our) (?:plan|decision) is(?: that)?)[,:]?\s+(.{15,})$/i;
/** How late in the meeting "so we have got…" is a closing summary, as a share of its turns. */
const CLOSING_SHARE = 0.8;
/** The summary's own framing before its points: "that kind of general specification in mind that…". */
const FRAMING = /^.*?\bin mind(?:[,\s]+that)?[,\s]+/i;

/** A proposal asked as a question: no procedural question, though it ends with a question mark. */
export const askedProposal = (text: string) => ASKED.test(normalForm(text));

export const PROPOSAL_RULES: readonly DecisionRule[] = [
  (sentence, context) => {
    const form = normalForm(sentence.text);
    const match = ASKED.exec(form);
    // Cut off before its mark, a question's last word may open a clause never said ("… a spare one that —").
    const clause = /\?$/.test(form) ? (match?.[2] ?? '') : (match?.[2] ?? '').replace(CUT_CLAUSE, '');
    if (!match || !opensWithVerb(clause) || !settled(clause) || HEDGED.test(clause)) return undefined;
    if (laughedAt(context, sentence)) return undefined;
    const reply = accepted(context, sentence, FLOATED.test(match[1] ?? '') ? ENDORSE : AGREE_OR_BUILD);
    if (!reply) return undefined;
    return {
      text: `The group agreed to ${groupClause(clause, sentence.speaker)}.`,
      turns: [sentence.turn, reply.turn],
    };
  },
  (sentence, context) => {
    if (sentence.speaker !== context.chair || /\?$/.test(sentence.text)) return undefined;
    const match = SUMMARY.exec(normalForm(sentence.text));
    const said = match?.[1];
    if (!match || !said) return undefined;
    if (
      /\bwe have got\b/i.test(match[0].slice(0, match[0].length - said.length)) &&
      !closing(context, sentence)
    )
      return undefined;
    const points = said.replace(FRAMING, '').replace(/[.!]+$/, '');
    // "so we have got about ten minutes left": the time, not a summary.
    if (!settled(points) || /\b(?:minutes?|hours?|time)\b/i.test(points)) return undefined;
    return { text: `The group agreed: ${groupClause(points, sentence.speaker)}.`, turns: [sentence.turn] };
  },
  (sentence, context) => {
    // The idea ends where a new sentence starts unmarked ("…about the data It is sort of…").
    const idea = IDEA.exec(normalForm(sentence.text))?.[1]?.replace(/\s+(?:It|That|This|I|We|So)\b.*$/, '');
    if (!idea || !settled(idea) || HEDGED.test(idea) || /\?$/.test(sentence.text)) return undefined;
    const reply = accepted(context, sentence, ENDORSE);
    if (!reply) return undefined;
    return {
      text: `The group agreed to ${groupClause(idea, sentence.speaker)}.`,
      turns: [sentence.turn, reply.turn],
    };
  },
  (sentence, context) => {
    const chairs = sentence.speaker === context.chair || /\bchair/i.test(sentence.speaker);
    if (!chairs || !ADJOURNED.test(sentence.text)) return undefined;
    return { text: 'The committee adjourned.', turns: [sentence.turn] };
  },
];

const closing = (context: Context, sentence: Sentence) => sentence.turn >= context.raw.length * CLOSING_SHARE;
