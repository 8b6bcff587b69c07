/**
 * @module set-aside-thing
 * A question that sets a thing aside ("What did Ines suggest trying after netscan?", "Which
 * editor did Bo offer instead of vim?", "… other than the Orla plan?") asks for another thing.
 * A line that names only the thing set aside ("Ines: Ana: install netscan.") gives back what the
 * question already names: it does not answer.
 */
import { MONTH_NAME_PATTERN, WEEKDAY_NAMES } from '../lib/text/calendar-names.ts';
import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';
import { answerWords } from './quoted-source.ts';

/** "after X", "instead of X", "other than X", "besides X", "apart from X", "rather than X", "in place of X". */
const SET_ASIDE =
  /\b(?:after|instead\s+of|other\s+than|besides|apart\s+from|rather\s+than|in\s+place\s+of)\s+(?:the\s+|a\s+|an\s+)?([\p{L}\p{N}][\p{L}\p{N}._+-]*)(?=[\s?,.]|$)/giu;

/** A day or a month: "after Friday", "after March". */
const CALENDAR_WORD = new RegExp(String.raw`^(?:${WEEKDAY_NAMES.join('|')}|${MONTH_NAME_PATTERN})$`, 'iu');

/** An ordinal or a word of time: "after the first", "after lunch" ask of a time, not of a thing. */
const ORDINAL =
  /^(?:first|second|third|last|next|that|this|lunch|dinner|noon|midnight|today|tomorrow|yesterday|\d+(?:st|nd|rd|th))$/i;

/** Words that offer a thing without naming another: "install", "try", "use", a package tool's name. */
const OFFERING = new Set(
  'install installing try trying use using run running get getting check see look open start maybe perhaps please just simply sudo apt apt-get aptitude yum dnf pip npm brew snap pacman emerge'.split(
    ' ',
  ),
);

/** The nicks a chat line opens with, its speaker's and the one it is said to: "bo: ana: …". */
const LINE_NICKS = /^(?:\s*[\p{L}\p{N}_|^`[\]{}\\.-]+:\s+)+/u;

/**
 * True when the question sets a thing aside by name and every word of the answer that the
 * question does not write is that thing, a function word or a word that only offers it.
 */
export function onlySetAsideThing(question: string, answer: string): boolean {
  // Days and times set aside ("after Friday", "after 5 pm", "after the first") leave the thing asked the same.
  const things = [...question.matchAll(SET_ASIDE)]
    .map((match) => match[1] ?? '')
    .filter((word) => /\p{L}/u.test(word) && !CALENDAR_WORD.test(word) && !ORDINAL.test(word))
    .map((word) => word.toLowerCase());
  if (things.length === 0) return false;
  const said = answerWords(answer).replace(LINE_NICKS, '').toLowerCase();
  const named = things.filter((thing) =>
    new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegExp(thing)}(?![\\p{L}\\p{N}_-])`, 'u').test(said),
  );
  if (named.length === 0) return false;
  const asked = new Set(question.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}._+-]*/gu) ?? []);
  const rest = (said.match(/[\p{L}\p{N}][\p{L}\p{N}._+-]*/gu) ?? [])
    .map((word) => word.replace(/[._-]+$/u, ''))
    .filter(
      (word) => !named.includes(word) && !asked.has(word) && !FUNCTION_WORDS.has(word) && !OFFERING.has(word),
    );
  return rest.length === 0;
}
