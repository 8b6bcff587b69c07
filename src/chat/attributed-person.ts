/**
 * @module attributed-person
 * Questions that put words in a named person's mouth ("What did Ana Ruiz say about the
 * budget?", "according to Sam, …") are answered only from passages by or about that
 * person: a passage by someone else with the same topic is a confident wrong answer.
 */
import type { SearchHit } from '../index/types.ts';
import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import { irregularForms } from '../lib/text/irregular-verbs.ts';
import { quoteAuthor } from './quoted-source.ts';

const NAME = String.raw`((?:[\p{Lu}][\p{L}'’.-]+)(?:\s+[\p{Lu}][\p{L}'’.-]+){0,2})`;
/**
 * What a person is said to say, know or do: "did Ana know of", "did bo name", "did kit link"
 * put the answer in their mouth as much as "did Ana say".
 */
const VERBS =
  'say|write|think|tell|mention|propose|suggest|ask|want|recommend|send|decide|report|announce|promise|agree|offer|plan|feel|believe|explain|prefer|give|show|advise|fix|solve|resolve|get|manage|try|use|install|run|buy|choose|pick|pass|type|know|name|link|paste|point|warn|remind|reply|claim|guess';
/**
 * A chat nick as people type it: lower case first, often with digits or underscores ("sam_r",
 * "ana42", "pyKit"), or a capitalised one with them ("KitRunner1", "Ana_R"), or with the marks
 * IRC allows in a nick ("Kit^^", "ana|away", "[sam]").
 */
const NICK = String.raw`([\p{L}\[\]\\^_\x60{}|][\p{L}\p{N}_-]*[\^|\x60{}\[\]\\]+[\p{L}\p{N}_^|\x60{}\[\]\\-]*|(?=[\p{Ll}\d_]*[\d_])[\p{Ll}\p{N}_-]{3,}|[\p{Ll}][\p{L}\p{N}_-]{3,}|[\p{Lu}][\p{L}]*[\p{N}_][\p{L}\p{N}_-]*)`;
/** Words that may stand where a name stands but are none. */
const NOT_PEOPLE = new Set(
  'you your we they he she it i me us them this that these those anyone anybody someone somebody everyone everybody people nobody the our their his her one not any all who how why two each'.split(
    ' ',
  ),
);

/** Patterns whose first group is the person a question attributes something to. */
const ATTRIBUTIONS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:[Dd]id|[Dd]oes|[Dd]o|[Hh]as|[Hh]ave|[Hh]ad|[Ww]ill|[Ww]ould)\s+${NAME}\s+(?:${VERBS})\b`,
    'u',
  ),
  new RegExp(String.raw`\b[Aa]ccording\s+to\s+${NAME}`, 'u'),
  // "…, according to kit_m?", "According to orla, …": a nick standing alone after "according to"
  // (not "according to whom is …", nor "according to section 4").
  new RegExp(String.raw`\b[Aa]ccording\s+to\s+${NICK}(?=\s*[,?]|\s*$)`, 'u'),
  new RegExp(
    String.raw`\b(?:[Dd]id|[Dd]oes|[Dd]o|[Hh]as|[Hh]ave|[Hh]ad|[Ww]ill|[Ww]ould)\s+${NICK}\s+(?:${VERBS})\b`,
    'u',
  ),
  // "who did vex say fixed …": a nick of three small letters, read as one only between "did" and a
  // verb of telling ("did not say" is none; "does ssh use" names a program, not a speaker).
  /\b[Dd]id\s+(\p{Ll}[\p{Ll}\p{N}]{2})\s+(?:say|tell|suggest|recommend|propose|advise|ask|mention|explain|warn|remind|reply|answer|point)\b/u,
  // "What command did Kit-Lo mean …?": what they meant is in their own lines; not "What does Arrears
  // mean …?", a term's meaning.
  new RegExp(String.raw`\b[Dd]id\s+(?:${NAME}|${NICK})\s+mean\b`, 'u'),
  // "Which version is ana42 on?", "What Ubuntu is Kit running?": their own setting, said in their own lines.
  new RegExp(
    String.raw`^\s*(?:[Ww]hich|[Ww]hat)\b.*\b(?:is|was|are|were)\s+(?:${NAME}|${NICK})\s+(?:on|using|running)\s*\??\s*$`,
    'u',
  ),
];

/** The verb a question puts in the named person's mouth: "Who did Quennell suggest …" → "suggest". */
const ASKED_ACT = new RegExp(
  String.raw`\b(?:[Dd]id|[Dd]oes|[Dd]o|[Hh]as|[Hh]ave|[Hh]ad|[Ww]ill|[Ww]ould)\s+${NAME}\s+(${VERBS})\b`,
  'u',
);

/**
 * "Who did Quennell suggest should run the Fenmoor desk?" answered in another writer's mail that tells
 * the act as the person's: "Have Ilse Varga run the desk (Quennell suggested it …)", "as
 * suggested by Quennell". The mail reports their word, as much as a mail of their own says it:
 * a word of the name right before the verb asked in a form of its own (past, third person, or
 * "-ion"), or after "<verb>ed by".
 */
export function reportsActOf(hit: SearchHit, question: string): boolean {
  const match = ASKED_ACT.exec(question);
  const name = match?.[1];
  const verb = match?.[2]?.toLowerCase();
  if (!name || !verb || NOT_PEOPLE.has(name.toLowerCase())) return false;
  const forms = [...new Set([`${verb}ed`, `${verb}d`, `${verb}s`, `${verb}ion`, ...irregularForms(verb)])]
    .map(escapeRegExp)
    .join('|');
  const names = name
    .split(/\s+/)
    .filter((word) => word.length >= 3)
    .map(escapeRegExp)
    .join('|');
  if (!names) return false;
  const told = new RegExp(
    String.raw`\b(?:${names})(?:'s|’s)?\s+(?:${forms})\b|\b(?:${forms})\s+by\s+(?:\p{Lu}[\p{L}.'’-]*\s+)?(?:${names})\b`,
    'u',
  );
  return told.test(hit.text);
}

/** The named person a question attributes words or views to, if any. */
export function attributedPerson(question: string): string | undefined {
  for (const pattern of ATTRIBUTIONS) {
    const match = pattern.exec(question);
    const name = match?.[1] ?? match?.[2];
    if (name && !NOT_PEOPLE.has(name.toLowerCase())) return name;
  }
  return undefined;
}

/**
 * A chat nick without the digits, underscores and away marks people add to it when the name is
 * taken or they step out ("sam_r1" → "sam", "ana42" → "ana", "kit|away" → "kit"): one person.
 */
export function nickBase(word: string): string {
  const lower = word.toLowerCase();
  const base = lower.replace(/\|.*$/u, '').replace(/[\d_`^-]+$/u, '');
  return base.length >= 3 ? base : lower;
}

const words = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1)
    .map(nickBase);

/**
 * True when every word of the name is among the passage's people (names or address parts) or
 * its words. A first name asked in its short form ("Jeff Gossett") is the long one a person's
 * name carries ("Gossett, Jeffrey C."), when the rest of the name is there as written.
 */
/**
 * Whether a mail's subject names the person ("RE: Fred"): the mail is about them, whoever wrote
 * it, and may report what they said or want.
 */
export function titleNamesPerson(hit: SearchHit, name: string): boolean {
  const wanted = words(name);
  const title = new Set(words(hit.title));
  return hit.type === 'email' && wanted.length > 0 && wanted.every((word) => title.has(word));
}

/**
 * True when a mail address is the person's by the shapes companies give addresses: the first
 * name's initial and the surname ("kmarlow@…" for Kira Marlow), first and last name joined
 * ("kira.marlow", "kira_marlow", "kiramarlow") or the surname and initial ("marlowk").
 */
export function addressOfName(address: string, name: string): boolean {
  const parts = words(name);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last || parts.length < 2 || last.length < 3) return false;
  const local = (address.split('@')[0] ?? '').toLowerCase().replace(/[._-]/g, '');
  return [`${first[0]}${last}`, `${first}${last}`, `${last}${first[0]}`, `${last}${first}`].includes(local);
}

export function concernsPerson(hit: SearchHit, name: string): boolean {
  const wanted = words(name);
  if (wanted.length === 0) return true;
  if (hit.people.some((person) => addressOfName(person.address ?? '', name))) return true;
  const names = hit.people.flatMap((person) => words(person.name ?? ''));
  const known = new Set([
    ...names,
    ...hit.people.flatMap((person) => words(person.address ?? '')),
    ...words(hit.title),
    ...words(hit.text),
  ]);
  const [first, ...rest] = wanted;
  const shortFirst = (word: string) =>
    rest.length > 0 &&
    word.length >= 3 &&
    names.some((known) => known.length > word.length && known.startsWith(word));
  return wanted.every((word) => known.has(word) || (word === first && shortFirst(word)));
}

/**
 * A passage about the person, or an answer from a message they wrote that a bare forward carries:
 * its text holds their words ("Call me at the office on …") though only its data names them.
 */
export function concernsOrWrittenBy(hit: SearchHit, name: string, answer: string): boolean {
  if (concernsPerson(hit, name)) return true;
  const author = quoteAuthor(answer, hit);
  return (
    author !== undefined &&
    concernsPerson({ ...hit, people: [{ name: author, role: 'from' }], title: '', text: '' }, name)
  );
}

/**
 * "Who did Dana Black think would buy the contracts?" answered by a note of Ivo Tandy's that Dana
 * forwarded ("Ivo Tandy wrote (forwarded in …): … Rosa Lind would be the best contact"): the
 * words are another writer's, and neither they nor the mail's subject name the person asked.
 */
export function otherWritersWord(answer: string, hit: SearchHit | undefined, name: string): boolean {
  const author = quoteAuthor(answer, hit);
  if (!hit || !author) return false;
  if (concernsPerson({ ...hit, people: [{ name: author, role: 'from' }], title: '', text: '' }, name))
    return false;
  if (titleNamesPerson(hit, name)) return false;
  const said = new Set(words(answer.replace(/^.*?\bwrote \((?:quoted|forwarded) in "[^"]*"\):\s*/s, '')));
  return !words(name).some((word) => word.length >= 3 && said.has(word));
}
