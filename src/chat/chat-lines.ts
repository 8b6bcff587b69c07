/**
 * @module chat-lines
 * What a chat line says by its form: whom it is addressed to ("ana: try screen", "@ana try
 * screen"), a command it names by the verb that runs it ('type "dmesg"', "you run: gksudo
 * foo"), a link or a path it gives as the place to put or find something; and what a question
 * asks of such lines: the one it names as told ("what did bo tell ana to run?"), or where to put
 * or find something ("where should everyone add specs?").
 */
import type { SearchHit } from '../index/types.ts';
import { nickBase } from './attributed-person.ts';
import { partsBetweenMarks } from './citations.ts';

/**
 * A passage of spoken lines (a chat log, a meeting transcript): read line by line, never as a
 * table, whatever pipes its nicks or words hold ("<kit|away> try the live disk").
 */
export const isSpoken = (hit: Pick<SearchHit, 'type'>): boolean =>
  hit.type === 'chat' || hit.type === 'transcript';

/**
 * The nick a chat line opens by addressing, as written ("ana" of "ana: try screen", "ana, …",
 * "ana try screen", "@ana …"), when it is the nick of a speaker of the log (or marked by "@"): lower case.
 */
export function addressedNick(text: string, speakers: ReadonlySet<string>): string | undefined {
  const at = /^\s*@([^\s:,]+)[:,]?\s/.exec(text)?.[1];
  if (at) return at.toLowerCase();
  // A known nick opens the line with or without a mark: "ana: …", "ana, …", "ana try screen";
  // with a mark, also as its base ("ana___:" for the speaker "ana__").
  const opening = /^\s*([^\s:,]+)([:,]?)\s/.exec(text);
  const first = opening?.[1]?.toLowerCase();
  if (!first) return undefined;
  if (speakers.has(first)) return first;
  const base = nickBase(first);
  return opening?.[2] && base !== first && [...speakers].some((nick) => nickBase(nick) === base)
    ? first
    : undefined;
}

/** The lower-case nicks of the speakers of these lines. */
export const speakersOf = (lines: readonly { readonly speaker?: string }[]): Set<string> =>
  new Set(lines.flatMap((line) => (line.speaker ? [line.speaker.toLowerCase()] : [])));

/**
 * A chat line past the nick it opens by addressing ("clonezilla" of "ana, clonezilla"; "try
 * screen" of "@ana try screen"); the line as it is when it addresses no one of the log.
 */
export function pastAddress(text: string, speakers: ReadonlySet<string>): string {
  return addressedNick(text, speakers) ? text.replace(/^\s*@?[^\s:,]+[:,]?\s+/, '') : text;
}

/** Words that open a question, not a thing offered: "why?", "is it?", "which one?". */
const ASKING_OPENER =
  /^(?:what|which|who|whom|whose|why|how|when|where|is|are|was|were|do|does|did|can|could|will|would|should|have|has|any|anyone|anybody|really|sure|ok|okay|yes|no|huh|eh|hm+|and|or|so|it|that|this|you|u)\b/i;

/**
 * A thing offered to the one a line addresses by its bare name and a question mark: "ana:
 * evolution?", "ana, the live disk?" (one to three words): a proposal put as a question, not a
 * question asked of them ("ana: why?", "ana: which one?").
 */
export function offersBareThing(text: string, speakers: ReadonlySet<string>): boolean {
  if (!addressedNick(text, speakers)) return false;
  const offered = pastAddress(text, speakers).trim();
  return (
    /^[\p{L}\p{N}_.+-]+(?:\s+[\p{L}\p{N}_.+-]+){0,2}\s*\?+$/u.test(offered) && !ASKING_OPENER.test(offered)
  );
}

/**
 * The one a question names as told, given or shown something: "tell ana", "told ana_r", "gave
 * ana", "advise ana", "ask ana", "show ana", "recommend to ana", "suggest to ana" (the word as
 * written, lower case). Only a word that may be a nick: not "me", "us", "everyone".
 */
const TOLD =
  /\b(?:tell|tells|told|give|gives|gave|advise|advises|advised|show|shows|showed|shown|(?:suggest|suggests|suggested|recommend|recommends|recommended|say|says|said|explain|explained|send|sent|point|pointed|reply|replied|write|wrote)\s+to)\s+(@?[\p{L}\p{N}_|^`[\]{}.-]+)/giu;
const NOT_NICK = new Set([
  'me',
  'us',
  'you',
  'him',
  'her',
  'them',
  'everyone',
  'everybody',
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'people',
  'the',
  'a',
  'an',
  'all',
  'it',
  'that',
  'this',
]);

/**
 * The one a question names as given a thing it names first: "suggested screen to ana",
 * "recommend the live disk to ana_r", "gave a link to ana" (a few words between, none of them "to").
 */
const GIVEN_TO =
  /\b(?:suggest|suggests|suggested|recommend|recommends|recommended|give|gives|gave|send|sends|sent|show|shows|showed|explain|explains|explained|offer|offers|offered)\s+(?:(?!to\b)[\p{L}\p{N}_.'"-]+\s+){1,4}?to\s+(@?[\p{L}\p{N}_|^`[\]{}.-]+)/giu;

/**
 * The one a question names as suggested to do something: "suggest ana do …", "recommended that
 * ana try …" (a word of a verb after the nick; "suggested screen to ana" names the thing first).
 */
const SUGGESTED_DO =
  /\b(?:suggest|suggests|suggested|recommend|recommends|recommended)(?:\s+that)?\s+(?!(?:to|the|a|an|using|it|this|that)\b)(@?[\p{L}\p{N}_|^`[\]{}.-]+)\s+(?!(?:to|as|for|in|on|at|with|instead|because|and|or|over|than|from|of)\b)\p{Ll}+\b/giu;

/** The ones a question names as told something ("tell ana_r to run" → ana_r), lower case. */
export function toldInQuestion(question: string): string[] {
  return [...question.matchAll(TOLD), ...question.matchAll(GIVEN_TO), ...question.matchAll(SUGGESTED_DO)]
    .map((match) => (match[1] ?? '').replace(/^@/, '').replace(/[.]+$/, '').toLowerCase())
    .filter((word) => word && !NOT_NICK.has(word));
}

/**
 * The one a question says should or must do something ("which method should bo_k call?",
 * "what must ana set it to?"), as written, lower case. Only a word that may be a nick.
 */
const ADVISED = /\b(?:should|must)\s+(@?[\p{L}\p{N}_|^`[\]{}.-]+)/giu;
const NOT_ADVISED = new Set(['i', 'we', 'he', 'she', 'they', 'one', 'be', 'do', 'have', 'not']);

export function advisedInQuestion(question: string): string[] {
  return [...question.matchAll(ADVISED)]
    .map((match) => (match[1] ?? '').replace(/^@/, '').replace(/[.]+$/, '').toLowerCase())
    .filter((word) => word && !NOT_NICK.has(word) && !NOT_ADVISED.has(word));
}

/**
 * Every line of a chat answer ("bo_k: req_88Zx.", "bo_k: kit: prompt=always.") is spoken by the
 * one the question says should do something ("Which method should bo_k call?"): their own line
 * tells what they pasted, tried or asked, not what they were told to do. Nicks compare by their
 * base ("bo_k_" is "bo_k").
 */
export function spokenByAdvised(question: string, answer: string): boolean {
  const advised = advisedInQuestion(question);
  if (advised.length === 0) return false;
  const lines = partsBetweenMarks(answer)
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    lines.length > 0 &&
    lines.every((line) => {
      const speaker = /^([^\s:]+):\s/.exec(line)?.[1]?.toLowerCase();
      return (
        speaker !== undefined &&
        advised.some((word) => word === speaker || nickBase(word) === nickBase(speaker))
      );
    })
  );
}

/**
 * Whether one of these nicks (the one a question says spoke, or the one it says was told
 * something) speaks in these lines, nicks compared by their base ("ana_r" is "ana"): the
 * question names someone of the log, as a capitalised name would, however the nick is written
 * ("what did jrib tell ana_r to run?").
 */
export function speaksHere(nicks: readonly string[], speakers: ReadonlySet<string>): boolean {
  const bases = new Set([...speakers].map(nickBase));
  return nicks.some((nick) => nick.length > 0 && bases.has(nickBase(nick)));
}

/**
 * True when a chat line opens by addressing one the question names as told: "What did bo tell
 * ana to run?" is answered by bo's "ana: run top", not by "kit: run top" nor by a line addressed
 * to no one in a channel where many talk at once. Nicks compare by their base ("ana_r" is "ana").
 */
export function addressedToTold(
  text: string,
  speakers: ReadonlySet<string>,
  told: readonly string[],
): boolean {
  const nick = addressedNick(text, speakers);
  if (!nick) return false;
  const base = nickBase(nick);
  return told.some((word) => word === nick || nickBase(word) === base);
}

/**
 * A command named by the verb that runs it: 'type "dmesg"', "run 'ls -l'", "you run: gksudo
 * foo", "enter: top": the words in quotes, or after the verb and a colon.
 */
const RUN_VERB_COMMAND =
  /\b(?:type|typing|run|running|enter|execute|try)\s*(?::\s*["'`]?|\s["'`])[a-z][\w.+/-]*/i;

export function namesCommand(text: string): boolean {
  return RUN_VERB_COMMAND.test(text);
}

/**
 * "Where should everyone add specs?", "Where do I put the file?", "Where can I find the logs?":
 * where to put, post, send or find something, which a link or a path answers.
 */
const PUT_ASKED =
  /\bwhere\b[^?]*\b(?:add|adds|added|put|puts|post|posts|posted|paste|pasted|upload|uploaded|file|filed|report|reported|submit|submitted|send|sent|list|listed|document|documented|find|found|download|get|read|look|store|save|saved|keep|kept|go)\b/i;

export function asksWhereToPut(question: string): boolean {
  return PUT_ASKED.test(question);
}

/** A file named by its path ("/etc/X11/xorg.conf") or by a name with a file's extension ("menu.lst"). */
export function namesFile(text: string): boolean {
  return (
    /(?:^|[\s(])(?:~|\.{1,2})?\/[\w.-]+\/[\w.-]+|\b[A-Z]:\\[\w.-]+/.test(text) ||
    /\b[\w-]+\.(?:conf|cfg|config|list|lst|ini|txt|log|rc|sh|py|xml|json|ya?ml|toml|desktop|service|d)\b/i.test(
      text,
    )
  );
}

/** A web address or a path of two or more parts: the place a line points to. */
export function givesLocation(text: string): boolean {
  return (
    /\b(?:https?:\/\/|www\.)\S+/i.test(text) ||
    /(?:^|[\s(])(?:~|\.{1,2})?\/[\w.-]+\/[\w.-]+|\b[A-Z]:\\[\w.-]+/.test(text)
  );
}

/**
 * A line that says what is used or what to use, without a modal of advice: "I am using tilewm",
 * "we run webproxy", "I only know of tilewm and panecut", "perhaps you want to use lightdesk",
 * "lightdesk can be used instead", "calmdesk is better"; not "I am using it" nor "I know of
 * none", which name nothing. The thing it names is often written in lower case, as chats
 * write programs.
 */
const STATES_USE =
  /\b(?:(?:i(?:'m|’m| am)|we(?:'re|’re| are)) (?:using|running|on)|(?:i|we) (?:use|run)|(?:i|we) (?:only |also |just )?know of)\s+(?!(?:it|that|this|them|these|those|one|the same|no|none|nothing|any)\b)|\b(?:perhaps|maybe|probably|then) you (?:want|need) to (?:use|try|install|run)\b|\b(?:can|could|should|may) be used\b|\b(?:is|are|works?) (?:much |a lot |far )?better\b/i;

/** Whether a chat line says what is used or what to use (see STATES_USE). */
export function statesUse(text: string): boolean {
  return STATES_USE.test(text);
}

/** A chat line that opens by saying its speaker does not know: "idk", "no idea", "I'm not sure". */
const OPENS_NOT_KNOWING =
  /^(?:[^\s:,]+[:,]\s*)?(?:idk|dunno|no idea|not sure|i(?:'m| am) not sure|i don'?t know|i do not know)\b/i;

/** Whether a chat line opens by saying its speaker does not know ("idk what's going on"): it answers nothing yet. */
export function opensNotKnowing(text: string): boolean {
  return OPENS_NOT_KNOWING.test(text);
}

/**
 * A chat line that says only that its speaker does not know ("dunno, sorry", "no idea", "not
 * sure either", "i've never used it"), after the nick it is addressed to: it answers nothing. A
 * line that goes on with a guess ("not sure, try nano") is not one.
 */
const NOT_KNOWN =
  /^(?:(?:sorry|nope|no|hmm+|well|honestly|afraid|alas)[,.!]*\s+)*(?:i\s+|i['’]m\s+|im\s+|i['’]ve\s+|ive\s+)?(?:really\s+|honestly\s+|just\s+)?(?:(?:do\s*n[o'’]?t|dont|do not)(?:\s+know)?|(?:have\s+)?no\s+(?:idea|clue)|not\s+sure|dunno|idk|can(?:no|['’])?t\s+help(?:\s+(?:you|there|with\s+that))?|(?:have\s+)?never\s+(?:really\s+)?used\s+(?:it|that|this|those|them))(?:[,.!]*\s+(?:either|sorry|then|about\s+that|offhand|mate|man|really))*\s*[.!:()/\\-]*\s*$/i;

/**
 * A chat line that says only that something is amiss ("something else is broken here",
 * "something must be off there"): it names no fault, so it tells what is wrong no more than "dunno" does.
 */
const FAULT_UNNAMED =
  /^(?:(?:hmm+|well|so|then|ok|okay)[,.!]*\s+)*(?:something|sth)(?:\s+else)?\s+(?:is|'s|’s|must\s+be|seems(?:\s+to\s+be)?|might\s+be)\s+(?:(?:really|very|still|just)\s+)?(?:wrong|off|broken|amiss)(?:\s+(?:here|there|then|with\s+(?:it|that|this)))?\s*[.!]*\s*$/i;

export function saysNotKnown(text: string): boolean {
  const said = text.replace(/^\s*@?[^\s:,]+[:,]\s+/, '').trim();
  return NOT_KNOWN.test(said) || FAULT_UNNAMED.test(said);
}

/** How near the picked line's score a line of the same speaker must score to be told apart by its own words. */
const SIBLING_MARGIN = 0.9;
/** How much more of the question's words such a line must carry itself. */
const SIBLING_OWN = 0.15;

/** What ownChatSibling reads of a ranked sentence (sentence-rank.ts's Candidate). */
type SiblingLine = {
  readonly hit: unknown;
  readonly speaker?: string;
  readonly asking: boolean;
  readonly typed: boolean;
  readonly unbound: boolean;
  readonly score: number;
  readonly own: number;
};

/**
 * Lines of one speaker in one passage score alike, each lent the words of the lines around it:
 * the line that itself carries clearly more of the question's words ("Quill: unplug the
 * router first" for "what did marlo tell Quill to do first") is the one asked, not the
 * line beside it that only shares their topic ("Quill: maybe, see the wiki page"). A line
 * that asks something is no such line; when a kind of value is required, only a line that holds
 * one is. A line that says the act asked ("now I have removed the firewall" for "what did ana
 * remove …") gives way only to one that says it too (`saysAct`).
 */
export function ownChatSibling<T extends SiblingLine>(
  first: T,
  ranked: readonly T[],
  valueRequired: boolean,
  saysAct?: (line: T) => boolean,
): T {
  if (!first.speaker) return first;
  const actSaid = saysAct?.(first) ?? false;
  let chosen = first;
  for (const candidate of ranked)
    if (
      candidate.hit === first.hit &&
      candidate.speaker === first.speaker &&
      !candidate.asking &&
      (!actSaid || (saysAct?.(candidate) ?? false)) &&
      (!valueRequired || (candidate.typed && !candidate.unbound)) &&
      candidate.score >= first.score * SIBLING_MARGIN &&
      candidate.own >= first.own + SIBLING_OWN &&
      candidate.own > chosen.own
    )
      chosen = candidate;
  return chosen;
}

/**
 * A chat line that only calls someone of the log by their nick ("ana", "ana:", "@ana ?"): it
 * gets their attention, and what the speaker has to say to them comes in their next line.
 */
export function onlyCalls(text: string, speakers: ReadonlySet<string>): boolean {
  const called = text
    .trim()
    .replace(/^@/, '')
    .replace(/[\s:,.!?~]+$/u, '')
    .toLowerCase();
  if (!called || /\s/.test(called)) return false;
  const base = nickBase(called);
  return speakers.has(called) || [...speakers].some((nick) => nickBase(nick) === base);
}

/** Words that only assent, thank or acknowledge: "yep", "ok thanks", "np", "lol". */
const ASSENT_WORD =
  /^(?:yes|yeah|yep|yup|ya|no|nope|nah|sure|ok|okay|k|right|correct|exactly|indeed|true|agreed|thanks|thank|you|thx|ty|np|yw|lol|heh|hehe|hm+|ah|oh|cool|great|nice|not|yet)$/i;

/**
 * A chat line that, past the nick it addresses, only assents or acknowledges ("ana: yep", "ok
 * thanks!"): a yes or a thank-you, which names nothing that a "what" or "which" question asks.
 */
export function onlyAssents(text: string, speakers: ReadonlySet<string>): boolean {
  const words = pastAddress(text, speakers).match(/[\p{L}\p{N}_'-]+/gu) ?? [];
  return words.length > 0 && words.every((word) => ASSENT_WORD.test(word));
}

/** How many lines on the speaker's next line may stand after a line that only calls someone. */
const CALL_REACH = 5;

/** What calledNext reads of a chat line (sentence-rank.ts's Candidate). */
type CallLine = {
  readonly hit: unknown;
  readonly speaker?: string;
  readonly text: string;
  readonly line: number;
  readonly position: number;
};

/**
 * The speaker's next line after a line that only calls someone ("kit: ana", then "kit:
 * netcalc"), within a few lines, when it addresses no one else: what they called them for.
 */
export function calledNext<T extends CallLine>(
  call: T,
  lines: readonly T[],
  speakers: ReadonlySet<string>,
): T | undefined {
  const called = call.text
    .trim()
    .replace(/^@/, '')
    .replace(/[\s:,.!?~]+$/u, '')
    .toLowerCase();
  const next = lines
    .filter(
      (line) =>
        line.hit === call.hit &&
        line.speaker === call.speaker &&
        line.line > call.line &&
        line.line - call.line <= CALL_REACH,
    )
    .sort((a, b) => a.line - b.line || a.position - b.position)[0];
  if (!next || onlyCalls(next.text, speakers)) return undefined;
  const to = addressedNick(next.text, speakers);
  return to === undefined || nickBase(to) === nickBase(called) ? next : undefined;
}

/** How many lines back a speaker's reply may stand that a later line of theirs goes on with. */
const FOLLOW_REACH = 5;

/**
 * A line that, past the nick it addresses, speaks of the line before ("that's the only way out",
 * "this should do it", "which is odd") or of its speaker ("I think I am using …", "I'm on …"):
 * a remark on the reply, no new answer.
 */
const REMARK = /^(?:that|thats|that's|that’s|this|these|those|which|i|i'm|i’m|im|i've|i’ve|ive)\b/i;

function remarksOnOwnLine(text: string): boolean {
  return REMARK.test(text.replace(/^\s*@?[^\s:,]+[:,]?\s+/, '').trim());
}

/** What followUps reads of a chat line (passage-text.ts's PassageSentence). */
type TalkLine = {
  readonly hit: unknown;
  readonly speaker?: string;
  readonly text: string;
  readonly line: number;
};

/**
 * A line that goes on with its speaker's reply a few lines before, to the same one ("ana:
 * restart the daemon", then "ana: or reload it with its service tool"; "ana, the wiki", then
 * "ana, the Help Pages"), answers the question that reply answered: each such line's place in the
 * pool, with the question's text. The speaker's last line before it must be that reply (or a
 * line going on with it), so a new question put to them in between starts a new answer; a
 * line that answers a question itself goes on only with a reply to that same question; a
 * remark on the reply ("that's the only way", "I think I am using …") is none.
 */
export function followUps(
  pool: readonly TalkLine[],
  answered: ReadonlyMap<number, string>,
  speakers: ReadonlySet<string>,
): Map<number, string> {
  const going = new Map(answered);
  const found = new Map<number, string>();
  pool.forEach((unit, i) => {
    if (!unit.speaker) return;
    // A line that answers a question of its own goes on with no reply but one to that question.
    const own = going.get(i);
    const to = addressedNick(unit.text, speakers);
    if (!to || to === unit.speaker.toLowerCase() || remarksOnOwnLine(unit.text)) return;
    for (let j = i - 1; j >= 0; j--) {
      const before = pool[j];
      if (!before || before.hit !== unit.hit || unit.line - before.line > FOLLOW_REACH) return;
      if (before.speaker !== unit.speaker) continue;
      // A bare "yeah" or "no" answered its question whole: the speaker's next line to the same
      // one is new talk, not more of that answer.
      if (onlyAssents(before.text, speakers)) return;
      const question = going.get(j);
      if (
        question !== undefined &&
        (own === undefined || own === question) &&
        addressedNick(before.text, speakers) === to
      ) {
        going.set(i, question);
        found.set(i, question);
      }
      return;
    }
  });
  return found;
}

/**
 * A chat line in which its speaker puts their own trouble to the channel: "now I'm getting:
 * Failed to mount /dev/zz9", "and I get this error: cannot open the port", "KeyError: 'spool'",
 * "the panel is gone after the update, any ideas?", "since the upgrade it just stopped working". A line that tells what fixed it or why it
 * happened ("I was getting an error because the port was taken", "fixed it") is no such line.
 */
const TROUBLE =
  /\bany (?:ideas?|suggestions?|clues?)\b|\b(?:stopp?ed (?:to )?work(?:ing)?|no longer works?|(?:is ?n[o'’]?t|isnt|not) working|(?:does ?n[o'’]?t|doesnt|won'?t|wont|ca ?n[o'’]?t|cant|cannot|can not) (?:work|connect|start|boot|load|mount|open)\b)|\b(?:i|i'm|i’m|im|i am|i've|i’ve|ive|i keep|i still)\s+(?:(?:now|still|also|just|always|keep|been)\s+)?(?:getting|get|got|having|have|see|seeing)\s*(?::|(?:\S+\s+){0,3}?(?:errors?|problems?|issues?|warnings?)\b)|(?:^|\s)[A-Z]\w*(?:Error|Exception)\s*:/i;
const TROUBLE_RESOLVED =
  /\b(?:fixed|solved|resolved|works now|working now|because|turned out|the (?:problem|issue|fix|cause|trick) (?:was|is))\b/i;

export function reportsTrouble(text: string): boolean {
  return TROUBLE.test(text) && !TROUBLE_RESOLVED.test(text);
}

/**
 * "Which hotkey …", "the shortcut keys for …", "what keys should ana hold", "keystrokes to …":
 * a question that asks for keys pressed together, which a line writes as a chord.
 */
const KEYS_ASKED =
  /\b(?:key(?:board)?\s+(?:shortcuts?|combinations?|combos?|chords?|bindings?)|shortcut\s+keys?|hot\s?keys?|keystrokes?|(?:which|what)\s+keys)\b/i;

export function asksKeys(question: string): boolean {
  return KEYS_ASKED.test(question);
}

/** Keys pressed together as a line writes them: "ctrl+K", "alt-ctrl-f3", "Ctrl-Shift-X". */
const MODIFIER = '(?:ctrl|control|alt|shift|super|meta|win|cmd)';
const KEY_CHORD = new RegExp(
  `\\b${MODIFIER}\\s*[-+](?:\\s*${MODIFIER}\\s*[-+])*\\s*(?:f\\d{1,2}|tab|esc|del|delete|space|enter|home|end|backspace|insert|up|down|left|right|[a-z0-9])(?![\\w-])`,
  'i',
);

export function namesKeyChord(text: string): boolean {
  return KEY_CHORD.test(text);
}

/**
 * A line in which its speaker says what they are on or use ("im on 9.04", "I'm using
 * xfce", "i have a radeon"): what their setup is, not how they got past their trouble (a line
 * that says it is fixed or works now is not one).
 */
const OWN_SETUP =
  /^(?:(?:i(?:'m|’m| am)|im|we(?:'re|’re| are))\s+(?:on|using|running|with)|(?:i|we)\s+(?:use|run|have))\b/i;

export function statesOwnSetup(text: string): boolean {
  const own = text.replace(/^\s*@?[^\s:,]+[:,]\s+/, '').trim();
  return OWN_SETUP.test(own) && !TROUBLE_RESOLVED.test(own) && !/\bworks?\b/i.test(own);
}

/**
 * "How did ana fix …", "how can bo get …", "why does kit's …", "what was wrong with kit's …",
 * "what does the 502 from ana's proxy mean": the way past a trouble, its cause or what it means.
 */
const SOLUTION_ASKED =
  /^\s*(?:how\s+(?:did|do|does|can|could|should|to)\b|why\b|what\s+(?:was|is|went)\s+wrong\b|what\s+(?:does|did|do)\s+[^?]*\bmean\s*\??\s*$)/i;

export function asksSolution(question: string): boolean {
  return SOLUTION_ASKED.test(question);
}
