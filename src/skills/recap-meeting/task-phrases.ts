/**
 * @module task-phrases
 * Tasks as people say them: which verb phrases are work after the meeting (not moves within it),
 * how a said task is tidied into a verb phrase, and the due date said with it.
 */

import * as chrono from 'chrono-node';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { withAskedQuestion, withSameVerbObject } from './asked-question.ts';
import { withoutCutOffWords, withoutLoneLetters } from './compress-utterance.ts';
import { isNounPhrase } from './english-tagger.ts';
import { before, type Context, type Sentence, words } from './meeting-context.ts';
import { OBJECT } from './normal-forms.ts';
import { STOP_WORDS } from './text-terms.ts';

/**
 * chrono-node with one more phrase: a day of the month said alone after "by", "before", "until",
 * "on" or "due" ("by the 13th"), ending the clause or before "at", "and", "so"… ("the 7th floor" is
 * none). It is the next such day: in the reference month, or the month after once that day is past.
 */
const DATES = chrono.casual.clone();
DATES.parsers.push({
  pattern: () =>
    /(?<=\b(?:by|before|until|on|due)\s+)the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[.,;:!?)]|$|\s(?:at|and|or|so|if|please|then|latest|because|when|but|we|I|you|he|she|they)\b))/i,
  extract: (context, match) => {
    const day = Number(match[1]);
    const reference = context.reference.instant;
    const next = new Date(
      Date.UTC(
        reference.getUTCFullYear(),
        reference.getUTCMonth() + (day < reference.getUTCDate() ? 1 : 0),
        1,
      ),
    );
    return context
      .createParsingComponents({ day })
      .imply('month', next.getUTCMonth() + 1)
      .imply('year', next.getUTCFullYear());
  },
});

/** Verbs of work that happens after the meeting. */
export const TASK_VERBS = `work (?:on|together|out)|record|save|store|upload|put (?:it|them|that|this|those|these) (?:online|up on)|put (?:\\S+\\s+){1,6}?(?:on|in|into|onto)\\s+(?:the\\s+|our\\s+|your\\s+|my\\s+|their\\s+)?(?:shared\\s+|project\\s+|own\\s+|common\\s+)?(?:\\S+\\s+){0,2}?(?:folder|drive|server|wiki|web|website|site|repository|directory|calendar|agenda|(?:final\\s+)?report|minutes|documents?|files?)|come up with|figure (?:out|that out|it out)|think about|create|draw|decide|research|look for|send|write|e-?mail|mail|forward|circulate|look (?:at|into)|find out|check|draft|prepare|put together|follow (?:up|that up)|get|make|build|finish|complete|talk to|speak to|contact|call|phone|ring|provide|let ${OBJECT} (?:know|have)|come back to ${OBJECT}|investigate|set up|organi[sz]e|arrange|book|update|fix|sort out|work on|include|add|move|delete|archive|copy|compile|run|test|chase|review|type up|distribute|share|pass on|report|present|confirm|order|buy|design|implement|write up|clean up|bring|give you|give them|try (?:to|and|it|that|this|them|those|these)\\b|do (?:the|a|some|that)|pick (?:up|a)|detect|compute|transcribe|install|explore|print(?: (?:out|those|them|it))?|play (?:with|around with)|compare|meet (?:with|up with)|catch up with|dig (?:up|out)|look up|ask (?:him|her|them|\\w+ (?:for|about|whether|if))|read (?:the|his|her|their|up)|retry|rerun|retrain|train (?:the|a|up|new)|use (?:the|his|her|their|that|this|whatever)|take (?:that|this|it|those|these) (?:away|back)|keep (?:${OBJECT}|members) (?:updated|informed|posted)|reflect on|follow through`;
export const TASK = new RegExp(`^(?:${TASK_VERBS})\\b`, 'i');

/** Moves within the meeting itself, never action items. */
export const IN_MEETING =
  /^(?:start|begin|show|present (?:it|this|the|things|their|his|her|your|my)|go through|go over|explain|read|answer|pursue|pass (?:it|this|over)|hand|take (?:you|questions)|share (?:my|their|his|her|our) time|report(?!\s+(?:on|back)\b)|say|tell you|ask (?:you|a question)|come back to (?:that|this|it)|just|try and be|check (?:the )?time|give (?:you|them) (?:is|an? (?:example|idea|sense|flavou?r|quick)|the (?:short|long|quick|brief))|(?:make|give|do|draw) (?:an|a quick|another|one) example|[\w\s]*\b(?:slides?|presentation)\b)/i;

/**
 * A speaker's own undertaking without the one it is done for when that is the one spoken to ("I'll
 * check it for you" → "check it"): the item is read by others, so "for them" would name a third person.
 */
export function withoutListener(task: string): string {
  return task.replace(/\s+for you(?: (?:all|two|both|guys))?\s*[.!]?$/i, '');
}

/**
 * What a task trails after its verb phrase: a comment on the thing ("…, which is on the wiki",
 * "…, it's the long one"), an example or a hedge ("…, like what it costs", "…, or as much as
 * seems right", "… and stuff"), a quotation of what to say ("…, saying "here's our plan"").
 */
const TRAILING_ASIDE =
  /,\s*(?:which (?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|may|might|I|we|you|they)|it's|it is|that's|like|saying|or as (?:much|many) as)\b.*$|\s+(?:and stuff|or something|or whatever|and so on|and so forth|and things like that|and all that(?: stuff)?)\b.*$/i;

/** A place said again after a restart ("put it on the in the folder"): the second one stands. */
const PLACE_RESTART =
  /\b(?:on|in|at|to|into|onto|from|under)\s+(?:the|a|an|this|that|our|their)\s+(?=(?:on|in|at|to|into|onto|from|under)\s+(?:the|a|an|this|that|our|their|one)\b)/gi;
/** A determiner said again after a restart ("keep these this pad"); "that" may open a clause, so it is never dropped. */
const DETERMINER_RESTART =
  /\b(?:the|a|an|this|these|those)\s+(?=(?:the|this|that|these|those|a|an)\s+\p{L})/giu;

/**
 * Words said again after a restart, as a note-taker leaves them out: a place ("on the in the
 * folder"), a determiner ("these this pad"), and a past form after "to" ("agreed to had fewer").
 */
export function withoutSaidAgain(text: string): string {
  return text
    .replace(PLACE_RESTART, '')
    .replace(DETERMINER_RESTART, '')
    .replace(/\bto had\b/gi, 'to have');
}

/** Two-letter words, which a word broken off after its first two letters is not. */
const TWO_LETTER_WORDS = new Set(
  'am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we'.split(' '),
);

/** A word begun again and dropped for another ("get ge think about it" → "think about it"). */
function withoutBrokenRestart(text: string): string {
  return text.replace(
    /(?<![\p{L}'])(\p{L}{2})\p{L}+\s+(\p{L}{2})\s+(?=\p{L})/gu,
    (whole, start: string, again: string) =>
      start.toLowerCase() === again.toLowerCase() && !TWO_LETTER_WORDS.has(again.toLowerCase()) ? '' : whole,
  );
}

export function tidyTask(task: string): string {
  let text = withoutSaidAgain(withoutBrokenRestart(withoutLoneLetters(withoutCutOffWords(task))))
    .replace(TRAILING_ASIDE, '')
    // What is done, said as "what I'll try to do is use …": "try to use …".
    .replace(
      /^(try to |want to )?do is (?:to )?(?=\p{L})/iu,
      (_whole, lead: string | undefined) => lead ?? '',
    )
    // A "yeah" said inside the task is a filler ("propose something which is yeah so simple").
    .replace(/(?<=\p{L})\s+(?:yeah|uh|um)\s+(?=\p{L})/giu, ' ')
    // A restart inside the task: "make We can use the drawing board" keeps "make".
    .replace(/\s+(?:We|I|You|They)\s+(?:can|could|will|should|have|need|are|were|must|'ll)\b.*$/, '')
    .replace(/,?\s+(?:and|but|or|so)\s+(?:I|I'll|I'm|we|we'll|you|he|she|they|it|then)\b.*$/i, '')
    // A reason or condition said after the task; "since" before a time ("since April 3") says how far back.
    .replace(
      /,?\s+(?:if|because|since(?!\s+(?:the\s+)?(?:\d|last|then|(?:start|beginning|end)\b|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday))|cause|'cause)\b.*$/i,
      '',
    )
    // A "so" left at the end once the clause after it is gone ("… as well so"); a task left on
    // "and" or "or" stays as it is, and is dropped as cut off (isTask).
    .replace(/,?\s+so\s*$/i, '')
    .replace(/,?\s+(?:and\s+)?(?:to start with|first of all|for a start)\b.*$/i, '')
    .replace(/,\s*(?:yeah|okay|ok|right|so)\b.*$/i, '')
    .replace(/,\s*(?:but|and)\s+(?:thank|thanks)\b.*$/i, '')
    .replace(/\s+(?:if that's (?:okay|ok|alright)|as well|too|then|now|anyway)\s*[.?!]*$/i, '')
    // "between now and next week" is a due date like "by next week" (chrono reads "now" apart).
    .replace(/\bbetween now and\b/gi, 'by');
  // A date after "since" says how far back the task reaches, not when it is due.
  const dated = DATES.parse(text).filter(
    (result) =>
      !/^(?:last|past|previous)\b/i.test(result.text) &&
      !/\bsince\s+(?:the\s+)?$/i.test(text.slice(0, result.index)),
  );
  for (const hit of dated) {
    text = text.replace(
      new RegExp(
        `(?:(?:^|\\s+)(?:by|before|until|on|due)\\s+the|(?:^|\\s+)(?:by|before|until|on|for|due))?\\s*${escapeRegExp(hit.text)}`,
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
    // A filler said inside the task ("see what's happening, you know, how …"), not the object of
    // "let you know" or "what you know"; and a comment after it ("…, that would be helpful").
    .replace(
      /(?<!\b(?:let|lets|letting|what|whatever|if|whether|that|do|did)\s*),?\s*\b(?:you know|I mean|you see)\b\s*,?(?=\s*\p{L})/giu,
      (filler) => (/^,.*,$/s.test(filler.trim()) ? ', ' : ' '),
    )
    .replace(
      /,\s*(?:that|it|which)(?:'d|'ll| would| will)? be (?:very |really |most |extremely )?(?:helpful|great|good|useful|appreciated|lovely|fine|perfect|ideal|grand)\b.*$/i,
      '',
    )
    .replace(/\s{2,}/g, ' ')
    .trim();
  text = text
    .replace(/\bmy\b/gi, 'their')
    .replace(/\bme\b/gi, 'them')
    .replace(/\byour\b/gi, 'their')
    // "you" as a subject is "they" ("check whether you can" → "whether they can"), else "them".
    .replace(
      /(?<!\b(?:let|tell|ask|give|send|show|remind|help|get|keep|update|e-?mail|call|phone|contact|brief|inform|warn|thank|see|meet|to|for|with|at|about|from|by|of|on|than|as)\s+)\byou(?=\s+(?:can|could|will|would|should|shall|may|might|must|need|have|had|are|were|want|think|know|do|did|get|got)\b|'(?:re|ll|ve|d)\b)/gi,
      'they',
    )
    .replace(/\byou\b/gi, 'them');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A task whose object is a pronoun, with the pronoun named where the talk before says what it stands for. */
export function resolveThat(task: string, context: Context, sentence: Sentence): string {
  for (const rule of PRONOUN_RULES) {
    const named = rule(task, context, sentence);
    if (named !== task) return named;
  }
  return task;
}

/**
 * A pronoun object of a task stands for, in this order: the question just asked, when the task
 * finds something out or gives a figure ("I'll check that" → "check whether …"), what a question
 * just before named (with the task's own verb, or after "on"/"about"), or the thing the speaker said the same verb with just before ("haven't done the
 * tender stuff … to do that").
 */
const PRONOUN_RULES: readonly ((task: string, context: Context, sentence: Sentence) => string)[] = [
  withAskedQuestion,
  namedByQuestion,
  withSameVerbObject,
  withDoubtAsked,
];

/** A doubt the speaker voices before the task: "I'm not sure whether the hall is free, but …". */
const DOUBT =
  /\b(?:not sure|don't know|do not know|wonder|no idea)\s+(?:whether|if)\s+([^,.;?]{6,}?)\s*,?\s*(?:but|so)\s+(?:I|we)\b/i;
/** A task that ends on asking or checking with nothing asked: "send an email and ask". */
const BARE_FIND_OUT = /\b(?:ask|check|find out|confirm)[.!]?$/i;
/** The speaker or the one spoken to in the doubt: said as a task, it would name the wrong person. */
const OWN_PERSON = /\b(?:I|I'm|I'll|I've|me|my|you|your)\b/i;

/**
 * "I'm not sure whether the hall is still free, but I'll phone them and ask": what is asked is
 * what the speaker doubted ("Phone them and ask whether the hall is still free").
 */
function withDoubtAsked(task: string, _context: Context, sentence: Sentence): string {
  if (!BARE_FIND_OUT.test(task)) return task;
  const doubt = DOUBT.exec(sentence.text)?.[1]?.trim();
  if (!doubt || OWN_PERSON.test(doubt)) return task;
  return `${task.replace(/[.!]$/, '')} whether ${doubt}`;
}

/**
 * "look at that" after "any comment on the ferry timetable?": "look at the ferry timetable";
 * "I'll review it" after "Who's reviewing the rota?": "review the rota" (the question's own verb
 * and its object).
 */
function namedByQuestion(task: string, context: Context, sentence: Sentence): string {
  if (!/\b(?:that|this|it|those)$/i.test(task) || words(task) > 4) return task;
  const verb = /^(\p{L}{3,})\s+(?:it|that|this|those)$/iu.exec(task)?.[1]?.toLowerCase();
  if (verb) {
    const stem = verb.replace(/e$/, '');
    const asked = new RegExp(
      `\\b${escapeRegExp(stem)}(?:e|es|s|ed|ing)?\\s+(the\\s+[\\p{L}\\s-]{2,40}?)\\s*\\?$`,
      'iu',
    );
    for (const other of before(context, sentence, 2)) {
      const object = asked.exec(other.text)?.[1];
      if (object) return `${task.slice(0, verb.length)} ${object.trim()}`;
    }
  }
  for (const other of [...before(context, sentence, 2), ...before(context, sentence, 0)]) {
    const subject = /\b(?:on|about|regarding|with|of)\s+(the\s+[\p{L}\s-]{3,40}?)[?.!,]/u.exec(
      other.text,
    )?.[1];
    if (subject) return task.replace(/\b(?:that|this|it|those)$/i, subject.trim());
  }
  return task;
}

/** "a few areas that we'll write to you about": the task gets its object back ("Write to you about a few areas"). */
export function withObject(task: string, sentence: string): string {
  if (!STRANDED.test(task)) return task;
  const object =
    /\b((?:a|an|the|some|few|those|these)\s+[\p{L}\s-]{2,40}?),?\s+(?:that|which)\s+(?:we|I)(?:'ll| will| can)\b/iu.exec(
      sentence,
    )?.[1];
  return object ? task.replace(STRANDED, (preposition) => `${preposition} ${object}`) : task;
}

/**
 * A clause of condition or time said before the task, with the thing it names after its verb
 * ("once we have a draft", "if you take photos of the board"): what a pronoun object of the task stands for.
 */
const LEADING_CLAUSE =
  /\b(?:if|once|when|after|as soon as)\s+(?:we|you|I|they|he|she)\s+(?:(?:have|'ve|had)\s+)?\p{L}+(?:\s+(?:up with|with|on|for|about|at|down|out|up|together))?\s+(?:(?:a|an|the|some|our|your|their|my|his|her)\s+)?((?:\p{L}+[\s-]+){0,2})/iu;

/**
 * A task whose object is "it" or "them" gets the thing back when the same sentence named it in
 * a clause of condition or time before the task ("once we have a draft we'll mail it to the board"
 * → "Mail the draft to the board"; "if you take photos of the board, could you email them to Dora"
 * → "Email the photos to Dora"): the item is read without that clause. Only a noun phrase that agrees in number
 * with the pronoun stands for it ("if you find anything, send it" keeps "it").
 */
export function withAntecedent(task: string, sentence: string): string {
  const said = /^(\p{L}+(?:\s+(?:up|out|over|back|on))?)\s+(it|them)\b/iu.exec(task);
  const verb = said?.[1];
  const pronoun = said?.[2]?.toLowerCase();
  if (!verb || !pronoun) return task;
  const at = new RegExp(`\\b${escapeRegExp(verb)}\\s+${pronoun}\\b`, 'iu').exec(sentence)?.index ?? -1;
  if (at < 0) return task;
  const found = LEADING_CLAUSE.exec(sentence.slice(0, at))?.[1] ?? '';
  const noun: string[] = [];
  for (const word of found.trim().split(/[\s-]+/)) {
    if (!word || STOP_WORDS.has(word.toLowerCase())) break;
    noun.push(word);
  }
  const phrase = noun.join(' ');
  const plural = /[^s]s$/i.test(phrase);
  if (!phrase || plural !== (pronoun === 'them') || !isNounPhrase(phrase)) return task;
  return `${verb} the ${phrase}${task.slice(said[0].length)}`;
}

/** A preposition left without its object, at the end or before when ("report on next time"). */
const STRANDED =
  /\b(?:about|on|with|to|for)(?=(?:\s+(?:next (?:time|week|month|meeting)|tomorrow|tonight|today|later|soon))?$)/i;

/**
 * Writing or drawing "here" or "down here" is done on the board or the notes in the room, in the
 * meeting ("put the energy here", pointing at a list of features, may be work for later).
 */
export const DONE_HERE = /^(?:write|draw|note|jot|sketch|scribble|mark)\b.*\bhere[.!]?$/i;

/**
 * A due date said in the sentence, resolved against the meeting date. Without a meeting date a
 * date said relative to the day ("by Friday", "before the end of this month") is kept as said,
 * with no ISO date: resolved against the day the recap runs, an archived meeting's "this month"
 * would become a month years after it. A date said in full ("by 3 March 2021") is kept either way.
 */
export function dueDate(
  sentence: string,
  reference: Date | undefined,
): { due?: string; dueText: string } | undefined {
  // Any instant finds the phrase; only a meeting date resolves a relative one.
  const instant = reference ?? new Date(0);
  const results = DATES.parse(sentence, { instant, timezone: 'UTC' }, { forwardDate: true });
  const hit = results.find(
    (result) =>
      !/^(?:the\s+)?(?:last|past|previous)\b/i.test(result.text) &&
      !/\bsince\s+(?:the\s+)?$/i.test(sentence.slice(0, result.index)) &&
      result.start.date().getTime() >= instant.getTime() - 86_400_000 &&
      /\d|day|week|month|tomorrow|tonight|noon|eod|end of|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.test(
        result.text,
      ),
  );
  if (!hit) return undefined;
  const prefix = /\b(by|before|until|on|due)\s+(the\s+)?$/i.exec(sentence.slice(0, hit.index));
  const dueText = prefix ? `${prefix[1]?.toLowerCase()} ${prefix[2] ? 'the ' : ''}${hit.text}` : hit.text;
  // A year written out marks a date said in full (chrono counts "end of this month" as certain too).
  const certain = /\b\d{4}\b/.test(hit.text) && hit.start.isCertain('month') && hit.start.isCertain('day');
  if (!reference && !certain) return { dueText };
  const date = hit.start.date();
  const iso = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
  return { due: iso, dueText };
}

/**
 * Pastimes and breaks: a game, a meal or a drink, a photo, going home. Said in a meeting
 * ("let's play cards", "let's grab lunch"), they are chit-chat, never a decision or a task.
 */
export const PASTIME =
  /^(?:play\b(?!\s+(?:a |an |the |this |that |its |their |our )?(?:role|part|back)\b)(?!\s+(?:with|around)\b)|(?:have|grab|get|go for|break for)\s+(?:a |an |some )?(?:lunch|dinner|breakfast|coffee|tea|drinks?|beers?|bite|snack|pizza|food)\b|take (?:a |some )?(?:break|pictures?|photos?|selfies?)\b|go (?:home|out for)\b|call it a day\b)/i;

/** "at the end", "in a minute": later in this meeting, not after it. */
export const LATER_IN_MEETING =
  /\b(?:at the end(?! of (?:the |this |next )?(?:day|today|week|month|year))|in a (?:minute|moment|second|sec)|later in (?:the|this) meeting)\b/i;
/** A verb followed by "is" ("implement is so small that…") is a clause cut in two, not a task. */
export const CUT_CLAUSE = /^\S+\s+(?:is|are|was|were)\b/i;
/** A task cut off mid-phrase ("use the colour of the product, of the"). */
const CUT_OFF = /\b(?:the|of|a|an|and|or|my|your|our|their|with|to)[.?!,;:\s-]*$/i;
export const isTask = (task: string) =>
  TASK.test(task) &&
  !IN_MEETING.test(task) &&
  !PASTIME.test(task) &&
  !LATER_IN_MEETING.test(task) &&
  !DONE_HERE.test(task) &&
  !CUT_CLAUSE.test(task) &&
  !CUT_OFF.test(task);
