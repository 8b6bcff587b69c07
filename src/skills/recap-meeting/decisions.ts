/**
 * @module decisions
 * Decisions of a meeting, recognised from how people talk: said outright ("we decided to…",
 * "let's go with…"), a proposal another speaker accepts ("we should put it on the other disk" /
 * "OK"), a chair's conclusion ("So: no lid, paper tickets, no special colour"), a review of
 * what was settled, a closing call that agrees the last plan, or a motion a committee resolves.
 * In a hearing only the committee decides (motions, papers noted, what it agrees, adjourning):
 * there each speaker's "we" is their own body, so a plan one of them voices is not the meeting's.
 */
import type { Transcript } from '../../formats/model.ts';
import { roleAssignment } from './assignments.ts';
import { CHOICE_RULES } from './choices.ts';
import { withoutCutOffWords } from './compress-utterance.ts';
import { type Decision, type DecisionRule, groupClause, settled, TRUNCATED } from './decision-phrases.ts';
import { withNamedObject } from './decision-referent.ts';
import { givenFigures } from './given-figures.ts';
import { isHearing } from './hearing.ts';
import {
  AGREE,
  accepted,
  type Context,
  contextOf,
  DISAGREE,
  ENDORSE,
  type FoundItem,
  HEDGED,
  laughedAt,
  procedural,
  replyText,
  type Sentence,
  sameTask,
  words,
} from './meeting-context.ts';
import { hasVerb } from './past-tense.ts';
import { askedProposal, PROPOSAL_RULES } from './proposals.ts';
import { sharedPreferences } from './shared-preference.ts';
import { PASTIME, withoutSaidAgain } from './task-phrases.ts';
import { contentTerms } from './text-terms.ts';

/** A decision without the words of minutes around it ("The group decided that …"). */
const said = (decision: string) =>
  decision.replace(
    /^the (?:group|committee) (?:decided|agreed|settled|noted|recommended)(?: that| on| to)?\s*/i,
    '',
  );

const SAID_DECISION =
  /^(?:decision:\s*|(?:the )?(?:outcome|conclusion) of [^:]{0,30}?\b(?:meeting|sync|call|discussion|review|vote|session|stand-?up|workshop|board)\b[^:]{0,20}:\s*|(?:(?:the )?(?:first|second|next|final|other) )?decision is,?\s*(?:that\s*)?)(.+)$|\bwe(?:'ve| have)? (?:just |already |also |finally |then )?(?:decided|agreed)(?: that| on)?\s+(.+)$|\bwe're agreed (?:that|on)\s+(.+)$|\b(?:it's|it is) (?:decided|agreed)(?: that)?\s+(.+)$|\b(?:we've |we have )?settled on\s+(.+)$/i;
const GROUP_WILL =
  /^(?:so\s+)?(?:we're (?:going to|gonna)|we are going to|we'll|we will|let's)\s+(?:just\s+|also\s+|then\s+|probably\s+|definitely\s+)?(go with|go for|use|stick (?:to|with)|keep|drop|take (?:out|away|off)|put|make it|leave (?:out|off)|offer|include|remove)\b(.{3,})$/i;
/** The chair announces how the meeting's own business is done: "I think we're going to do the round of updates last". */
const CHAIR_WILL_DO =
  /^(?:(?:so|okay|ok|alright|right|and)[,\s]+)*(?:I (?:guess|think)\s+)?(?:we're (?:going to|gonna)|we are (?:going to|gonna)|we'll|we will)\s+(?:just\s+)?(do (?:the|our)\s+\S+.{2,})$/i;
const PROPOSAL =
  /(?:^(?:so\s+)?|,\s*)(?:I think\s+)?(we should|we could|we can|let's|how about|what if we|why don't we|we'd better|shall we|I (?:suggest|propose)(?: that)? we|(?:what )?I(?:'m| am| was)(?: just)? (?:suggesting|proposing)(?: is)?(?: that)? we|my (?:suggestion|proposal) is(?: that)? we|I(?:'d| would) (?:suggest|propose)(?: that)? we|(?:the (?:other |next |first |best )?thing (?:that )?|what )we (?:should|could|can) (?:do|try)(?: (?:also|too|next|first|now))? is(?: to)?(?: just)?)\s+(?!see\b|say\b|talk\b|just\b|go back\b|have to\b|move on\b|start\b|do (?:that|this|it)\b|remember\b|imagine\b|think\b|consider\b|assume\b|pretend\b|hope\b|wait\b|not\b)(.{6,}?)[.?!]?$/i;
/**
 * "Forty-four thousand with remote training. Okay, that works for us. Let's go with that.": a plan of
 * the group whose object is only "that" takes the short phrase without a verb the speaker said just
 * before in the same turn ("Let's go with forty-four thousand with remote training."); else as said.
 */
function pointedAt(sentence: Sentence, context: Context): string {
  const bare = /^(.*\b(?:go with|go for|use|stick (?:to|with)|keep))\s+(?:that|this|it)([.!]?)$/i.exec(
    sentence.text,
  );
  if (!bare) return sentence.text;
  for (const other of context.sentences.slice(Math.max(0, sentence.i - 3), sentence.i).reverse()) {
    if (other.turn !== sentence.turn) break;
    const phrase = other.text.replace(/[.!]+$/, '');
    // Not the assent between them ("That works for us", "Sounds good").
    if (
      /^(?:that|this|it|which|we|I|you|they|he|she|sounds?|fine|good|great|okay|ok|yes|yeah|agreed)\b/i.test(
        phrase,
      )
    )
      continue;
    if (words(phrase) >= 2 && words(phrase) <= 8 && !/[?,;:]/.test(phrase) && !hasVerb(phrase))
      return `${bare[1]} ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}${bare[2]}`;
  }
  return sentence.text;
}

/** A topic said and the sentence begun again: "that the voice system, it did say on the email…". */
const TOPIC_RESTART =
  /^(?:that\s+)?(?:the\s+|a\s+|an\s+|our\s+)?[\p{L}\s-]{3,40},\s+(?:it|they|he|she|we|you|I)\b/iu;
/** A clause with a "maybe" or "probably" inside it (not opening it) said without them. */
const softened = (clause: string) => clause.replace(/(?<=\S)\s+(?:maybe|probably)\b(?=\s+\S)/gi, '');
/** An opening quotation mark with no closing one after it: what follows is quoted speech. */
const QUOTE_OPEN = /["“](?![^"”]*["”])/;
/** Brainstorming forms ("we could", "what we could do is"): a plan only when another speaker endorses it. */
const TENTATIVE = /^(?:how about|what if we)$|\bwe (?:could|can)\b/i;
/** Options still open: "we could possibly either paint it or maybe leave it bare". */
const OPTIONS = /\b(?:we|you) (?:could|might)\b|\b(?:possibly|either)\b.*\bor\b/i;
/** The group's recommendation, or a change it adopts: "we recommend …", "the new procedural change … is that we …". */
const ADOPTED =
  /\b(?:we(?:'d| would)? recommend(?:ed)?|with (?:the )?recommendations? that|our recommendation is(?: that)?)\s+(.{8,})$|\bthe (?:new |procedural |other )*(?:change|plan|rule|approach)\b.{0,80}?\bis that,?\s*we\s+(.{8,})$/i;
const RESOLVE = /\b(?:propose|move)\b.*?\bthat the committee (resolves? .+?)(?:\.|\?|$)/i;
const COMMITTEE_AGREED =
  /\bthe committee (?:has )?(?:agreed|resolved|decided) (?:that |to )?(.+?)(?:\.|\?|$)/i;
/** A change tried out loud: "so if we take the cafe out", "if we change it to the late boat". */
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
/** A chair's run of settled points: "So, no lid. Paper tickets. No special colour." */
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
    if (!settled(clause) || OPTIONS.test(clause) || TOPIC_RESTART.test(clause)) return undefined;
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
    const match = GROUP_WILL.exec(pointedAt(sentence, context));
    if (
      !match ||
      !settled(`${match[1]}${match[2]}`) ||
      ONLY_FIGURE.test((match[2] ?? '').trim()) ||
      /^(?:mainly\s+|mostly\s+|only\s+)?(?:for|to|in|on|at|of|about)\b/i.test((match[2] ?? '').trim())
    )
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
    // A firm proposal ("we should", "let's") softened inside by "maybe"/"probably" still stands when accepted: the hedge is dropped.
    const firm = !TENTATIVE.test(match?.[1] ?? '');
    const clause = firm ? softened(match?.[2] ?? '') : (match?.[2] ?? '');
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
    // "So if we take the cafe out" / "That'll do it." — a change the others confirm settles it.
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
  // "we would like to use paper tickets instead…" / "okay"; the chair's ruling; who leads what (choices.ts).
  ...CHOICE_RULES,
  // "why don't we order one?" / "good idea"; the chair's "if we go away with…" (proposals.ts).
  ...PROPOSAL_RULES,
];

/**
 * A decision said in a clause cut short ("we're agreed that the first step is") is finished by
 * the same speaker's next statement within a few turns that takes up its words ("so the first
 * step is for you to write a script that counts the late crossings"): its words after
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

/** A short line of a run of points: "No lid.", "Paper tickets.", "Twelve and a half euros." */
const SHORT_POINT = (text: string) =>
  words(text) <= 5 &&
  !/\?$/.test(text) &&
  !HAS_VERB.test(text) &&
  !AGREE.test(text) &&
  contentTerms(text).length >= 1;
/** The speaker's own word that the run is settled: "Then it's okay.", "That's it." */
const RUN_SETTLED =
  /^(?:(?:then|so)\s+)?(?:it's|it is|that's|that is) (?:okay|ok|fine|it|good|settled)\b|^(?:okay|ok|good|fine|done)[.!]?$/i;

/**
 * A chair's run of settled points in one turn ("So, no lid. Paper tickets. No special colour.
 * Then it's okay."): at least two points said as "no / keep / with / without / only …", with the
 * bare noun phrases among them, settled when another speaker accepts, or when the chair says so.
 */
function settledRuns(context: Context): Decision[] {
  const out: Decision[] = [];
  const byTurn = new Map<number, Sentence[]>();
  for (const sentence of context.sentences)
    byTurn.set(sentence.turn, [...(byTurn.get(sentence.turn) ?? []), sentence]);
  for (const [turn, same] of byTurn) {
    const marked = same.filter((other) => CONCLUSION.test(other.text) && words(other.text) <= 5);
    if (marked.length < 2) continue;
    const from = same.indexOf(marked[0] as Sentence);
    const to = same.indexOf(marked.at(-1) as Sentence);
    const points = same
      .slice(from, to + 2)
      .filter((other) => marked.includes(other) || SHORT_POINT(other.text));
    const last = same.at(-1) as Sentence;
    const ownWord =
      same[0]?.speaker === context.chair && same.slice(to + 1).some((other) => RUN_SETTLED.test(other.text));
    const reply = accepted(context, last);
    if (!reply && !ownWord) continue;
    const list = [...new Set(points.map((point) => point.text.replace(/[.!]+$/, '').toLowerCase()))];
    if (list.length < 2 || laughedAt(context, last)) continue;
    out.push({
      text: `The group settled on: ${list.join('; ')}.`,
      turns: [turn, ...(reply ? [reply.turn] : [])],
    });
  }
  return out;
}

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
 * The points of a review the group goes through ("What about the fuel?" / "Diesel and
 * sail."; "The hull is flat-bottomed." / "Flat-bottomed."): each answer, or each
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
      /\b((?:the|our) (?!(?:problem|question|thing|point|idea|issue)\b)[a-z]+(?: [a-z]+)?) (will|should|has to|must|needs to) (.{6,}?)[.!]?$/i.exec(
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
  // A bare noun phrase ("Diesel and sail") or a clause with a subject that is no pronoun.
  if (/^(?:it|that|this|they|he|she|which|there|these|those)\b|n't\b|\bnot\b/i.test(point)) return undefined;
  // Points are about the product or plan, never about the speakers ("I'm going to…", "you talked about it").
  if (/\b(?:I|I'm|me|my|you|your|it)\b|\bnext$/i.test(point)) return undefined;
  const terms = contentTerms(point).length;
  return words(point) >= 2 && words(point) <= 20 && terms >= 1 && (terms >= 2 || !HAS_VERB.test(point))
    ? point
    : undefined;
}

/** Another speaker repeats a word of the point within two turns ("Flat-bottomed."). */
function echoed(context: Context, sentence: Sentence): { speaker: string; turn: number } | undefined {
  const terms = new Set(contentTerms(sentence.text));
  return context.sentences
    .slice(sentence.i + 1, sentence.i + 6)
    .filter((other) => other.speaker !== sentence.speaker && other.turn <= sentence.turn + 2)
    .filter((other) => !/\?$/.test(other.text) && words(other.text) <= 6)
    .map((other) => ({ speaker: other.speaker, turn: other.turn, terms: contentTerms(other.text) }))
    .find((other) => other.terms.some((term) => terms.has(term)));
}

/** A design said as what will be: "the batteries would have to go under the case", "the buttons will be rubber". */
const DESIGN_STATEMENT =
  /^(?:(?:so|and|well|okay|ok|yeah|right|then)[,\s]+)*(?:I think\s+)?((?:the|our) (?:[\p{L}-]+\s+){0,3}?[\p{L}-]+) ((?:would|will|'ll|should) (?:have to |need to )?(?:be(?! able)|go|have|come|sit|stay|use|work|look)\b.{4,}?|(?:has|have|needs?) to (?:be|go|have|come|sit|stay)\b.{4,}?|(?:is|are) going to (?:be|go|have|come|sit|stay)\b.{4,}?)[.!]?$/iu;
/** A predicate that judges rather than settles: "would be even more important", "would go insane". */
const EVALUATIVE =
  /^\S+(?:\s+\S+)?\s+(?:be|go|look)\s+(?:(?:even|very|really|quite|so|much|a lot|more|less|too|a bit)\s+)*(?:nice|good|great|fine|cool|better|worse|best|important|interesting|easy|easier|hard|harder|difficult|funny|boring|insane|crazy|weird|strange|expensive|cheap|popular|useful|handy|bad)\b/i;

/** How many other speakers must agree with a statement before it is the group's. */
const STATEMENT_AGREEMENT = 2;

/** Other speakers who agree within the next four turns, each once, nobody objecting first. */
function agreedBy(context: Context, sentence: Sentence): number[] {
  const turns: number[] = [];
  const who = new Set<string>();
  for (let turn = sentence.turn + 1; turn <= sentence.turn + 4 && turn < context.raw.length; turn++) {
    const speaker = context.speakers[turn] ?? '';
    if (speaker === sentence.speaker || who.has(speaker)) continue;
    const text = replyText(context.raw[turn] ?? '');
    if (!/\p{L}/u.test(text)) continue;
    if (DISAGREE.test(text) || /\?/.test(text)) return [];
    if (!AGREE.test(text)) continue;
    who.add(speaker);
    turns.push(turn);
  }
  return turns;
}

/**
 * A design said as what will be, that two other speakers agree with and nobody questions:
 * "I think the batteries would have to go right under the case." / "Oh yeah." / "Yeah."
 */
function agreedStatements(context: Context): Decision[] {
  const out: Decision[] = [];
  for (const sentence of context.sentences) {
    const match = DESIGN_STATEMENT.exec(sentence.text);
    if (!match || /\?$/.test(sentence.text) || HEDGED.test(sentence.text) || laughedAt(context, sentence))
      continue;
    // What follows a comma is a reason or an aside: "…only for television, because …".
    const predicate = (match[2] ?? '').replace(/,.*$/, '');
    const clause = `${match[1]} ${predicate}`;
    if (!settled(clause) || contentTerms(match[1] ?? '').length === 0) continue;
    // "the bulb it would be…" (a restart), "…would be even more important", "…would go insane" (opinions).
    if (/\b(?:it|they|he|she|we|you|I)$/i.test(match[1] ?? '') || EVALUATIVE.test(predicate)) continue;
    const agreed = agreedBy(context, sentence);
    // The chair's word counts for two: said by the chair and agreed, or agreed by the chair.
    const chairs =
      sentence.speaker === context.chair || agreed.some((turn) => context.speakers[turn] === context.chair);
    if (agreed.length < (chairs ? 1 : STATEMENT_AGREEMENT) || words(clause) > 20) continue;
    out.push({
      text: `The group agreed that ${groupClause(clause, sentence.speaker)}.`,
      turns: [sentence.turn, ...agreed],
    });
  }
  return out;
}

/** "The group agreed to play cards.": what was settled is a pastime, chit-chat and not a decision. */
const pastime = (text: string) =>
  PASTIME.test(/^The (?:group|committee) (?:agreed|decided) (?:to |on |that )?(.*)$/.exec(text)?.[1] ?? '');

/** A decision written for the meeting's group ("The group agreed to …", "The group settled on: …"). */
const GROUP_DECISION = /^The group\b/;

export function findDecisions(transcript: Transcript): FoundItem[] {
  const context = contextOf(transcript);
  const out: FoundItem[] = [];
  for (const whole of context.sentences) {
    const sentence = statementPart(whole);
    if (
      procedural(sentence.text) &&
      !RESOLVE.test(sentence.text) &&
      !COMMITTEE_AGREED.test(sentence.text) &&
      !(
        /\?$/.test(sentence.text) &&
        askedProposal(sentence.text) &&
        !procedural(sentence.text.replace(/\?$/, ''))
      )
    )
      continue;
    if (words(sentence.text) < 3 || laughedAt(context, sentence)) continue;
    for (const rule of DECISION_RULES) {
      const found = rule(sentence, context);
      if (!found) continue;
      if (pastime(found.text)) break;
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
    ...settledRuns(context),
    ...confirmedChoices(context),
    ...notedPapers(context),
    ...agreedCloses(context),
    ...passedRequirements(context),
    ...agreedStatements(context),
    ...givenFigures(context),
    ...sharedPreferences(context),
  ]) {
    const turn = point.turns[0] ?? 0;
    if (pastime(point.text)) continue;
    // A review goes over a point more than once ("the fuel: diesel and sail" … "so the fuel is the diesel and the sail").
    if (
      out.some(
        (item) => Math.abs(item.turn - turn) <= REVIEW_TURNS && sameTask(said(item.text), said(point.text)),
      )
    )
      continue;
    out.push({ text: point.text, turn, turns: [...new Set(point.turns)].sort((a, b) => a - b) });
  }
  // A hearing has no group of its own: a minister's "we can flex up our capacity", taken up by the
  // chair's "Okay", is the government's plan, and the chair's "can we get the sound back?" a move within it.
  const kept = isHearing(transcript) ? out.filter((item) => !GROUP_DECISION.test(item.text)) : out;
  return kept
    .map((item) => ({
      ...item,
      text: withoutSaidAgain(withoutCutOffWords(withNamedObject(item.text, context, item.turn))),
    }))
    .sort((a, b) => a.turn - b.turn);
}
