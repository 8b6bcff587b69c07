/**
 * @module choices
 * Choices a group makes without saying "decided": a preference put forward ("we would like to use
 * paper tickets instead of a phone app") that the chair or another speaker accepts; a plain
 * "we just stick with two ferries" that is accepted; the chair's own ruling ("I think we have to
 * keep the night boat") that nobody objects to; and a person named to lead a piece of work ("Kim is
 * point person on the parser"). A table of small rules over one sentence and its neighbours.
 */
import { type DecisionRule, groupClause, settled, TRUNCATED } from './decision-phrases.ts';
import {
  AGREE,
  accepted,
  type Context,
  DISAGREE,
  ENDORSE,
  HEDGED,
  replyText,
  type Sentence,
} from './meeting-context.ts';
import { contentTerms, STOP_WORDS } from './text-terms.ts';

/** What a group chooses to do with a thing. */
const CHOOSE = String.raw`go for|go with|use|keep|stick (?:with|to)|stay with|choose|include|drop|put in|propose`;
const LEAD = String.raw`^(?:(?:so|and|okay|ok|yeah|well|then|now|also)[,\s]+)*(?:I think\s+)?`;
/** "we would like to use paper tickets instead of a phone app", "we want to go for the steel hull". */
const PREFERENCE = new RegExp(
  String.raw`${LEAD}we\s+(?:would like to|'d like to|want to|wanna)\s+(?:just\s+|also\s+)?(${CHOOSE})\s+(.{3,}?)[.!]?$`,
  'i',
);
/** "we just stick with two ferries", "so we go for the round one". */
const PLAIN_CHOICE = new RegExp(
  String.raw`${LEAD}we\s+(?:just\s+|then\s+)?(stick (?:with|to)|stay with|go (?:for|with)|keep)\s+(.{3,}?)[.!]?$`,
  'i',
);
/** The chair's ruling: "I think we have to keep the night boat", "we need to drop the second screen". */
const RULING = new RegExp(
  String.raw`${LEAD}we\s+(?:have to|need to|must)\s+(?:just\s+)?(keep|drop|use|stick (?:with|to)|go (?:for|with)|take out|remove|get rid of)\s+(.{3,}?)[.!]?$`,
  'i',
);
/** "Kim is point person on the parser", "Sam is in charge of the survey". */
const LEADS_WORK =
  /\b([A-Z][\p{L}'-]+)\s+(?:is|will be)\s+(?:the\s+)?(point person|in charge|responsible|the lead|lead)\s+(on|of|for)\s+(?:the\s+)?([\p{L}\s-]{3,40}?)(?:,|\.|$|\s+and\b)/u;

/** The object of a choice is a thing, not a preposition or a figure said in passing. */
const THING = (object: string) =>
  !/^(?:for|to|in|on|at|with|of|about|from|by|mainly|it|that|this)\b/i.test(object);

/** The chair's ruling stands when none of the next two turns objects. */
function unopposed(context: Context, sentence: Sentence): boolean {
  for (let turn = sentence.turn + 1; turn <= sentence.turn + 2 && turn < context.raw.length; turn++) {
    if (context.speakers[turn] === sentence.speaker) continue;
    const text = replyText(context.raw[turn] ?? '');
    if (DISAGREE.test(text) || /\?/.test(text)) return false;
  }
  return true;
}

/** The chosen thing without the reasons and asides said after it ("…instead of kiosks and so we want…"). */
const chosen = (object: string) =>
  object
    .replace(/,?\s+(?:because|'cause|cause|since|but|or)\b.*$/i, '')
    .replace(/,?\s+(?:and\s+)?(?:so|then)\b.*$/i, '')
    .replace(/,?\s+and\s+(?:we|I|they|it|you)\b.*$/i, '')
    .replace(/[.,;:\s]+$/, '');
/** A thing named: one content word is enough ("the display"), but not a phrase cut off. */
const named = (object: string) => contentTerms(chosen(object)).length >= 1 && !TRUNCATED.test(chosen(object));

const phrase = (verb: string, object: string, speaker: string) => {
  const clause = groupClause(chosen(object), speaker);
  return /^propose$/i.test(verb) ? `on ${clause}` : `to ${verb.toLowerCase()} ${clause}`;
};

export const CHOICE_RULES: readonly DecisionRule[] = [
  (sentence, context) => {
    const match = PREFERENCE.exec(sentence.text) ?? PLAIN_CHOICE.exec(sentence.text);
    const [verb, object] = [match?.[1] ?? '', match?.[2] ?? ''];
    if (
      !match ||
      /\?$/.test(sentence.text) ||
      !THING(object) ||
      !named(object) ||
      HEDGED.test(chosen(object))
    )
      return undefined;
    const reply = accepted(context, sentence, PREFERENCE.test(sentence.text) ? ENDORSE : AGREE);
    if (!reply) return undefined;
    return {
      text: `The group agreed ${phrase(verb, object, sentence.speaker)}.`,
      turns: [sentence.turn, reply.turn],
    };
  },
  (sentence, context) => {
    const match = sentence.speaker === context.chair ? RULING.exec(sentence.text) : undefined;
    const [verb, object] = [match?.[1] ?? '', match?.[2] ?? ''];
    if (
      !match ||
      !THING(object) ||
      !named(object) ||
      HEDGED.test(chosen(object)) ||
      !unopposed(context, sentence)
    )
      return undefined;
    return { text: `The group decided ${phrase(verb, object, sentence.speaker)}.`, turns: [sentence.turn] };
  },
  (sentence) => {
    const match = LEADS_WORK.exec(sentence.text);
    const [name, role, on, work] = [match?.[1] ?? '', match?.[2] ?? '', match?.[3] ?? '', match?.[4] ?? ''];
    if (
      !match ||
      STOP_WORDS.has(name.toLowerCase()) ||
      !settled(`${role} ${work}`) ||
      /\?$/.test(sentence.text)
    )
      return undefined;
    return {
      text: `The group decided that ${name} is ${role} ${on} the ${work.trim()}.`,
      turns: [sentence.turn],
    };
  },
];
