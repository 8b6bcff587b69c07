/**
 * @module named-nick
 * The speakers of a chat log that a question names ("Why did ana_r's dd fail?", "What did bo
 * tell kit to run?"), and whether a line of the log concerns one of them: spoken by them,
 * addressed to them or naming them. A line that concerns none of them ("sam: lee: try the live
 * disk" for ana's trouble) is another talk of a channel where many talk at once.
 */
import { nickBase } from './attributed-person.ts';
import { addressedNick } from './chat-lines.ts';

/** The words of a text that may be nicks: letters, digits and the marks nicks carry ("ana_r", "kit|away", "[bo]"). */
const NICK_WORD = /[\p{L}\p{N}_|^`[\]{}-]+/gu;

/** A word as a nick: lower case, without the possessive "'s" a question puts after it. */
const asNick = (word: string): string =>
  word
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/^[-[{]+|[-\]}]+$/gu, '');

/**
 * The nicks of these speakers (lower case) that a question writes as a word of its own, as the
 * log writes them ("qu1ll_m4ker's dd" names qu1ll_m4ker). A word names a speaker by its base
 * ("ana_r" for the speaker "ana__") only when it carries a nick's marks itself: a plain word of
 * the question ("the") is no nick because some speaker calls themselves "the_".
 */
export function nicksNamed(question: string, speakers: ReadonlySet<string>): string[] {
  const bases = new Map([...speakers].map((nick) => [nickBase(nick), nick] as const));
  const named = new Set<string>();
  for (const match of question.matchAll(/[\p{L}\p{N}_|^`[\]{}'’-]+/gu)) {
    const word = asNick(match[0]);
    if (word.length < 3) continue;
    if (speakers.has(word)) named.add(word);
    else if (nickBase(word) !== word) {
      const nick = bases.get(nickBase(word));
      if (nick) named.add(nick);
    }
  }
  return [...named];
}

/**
 * Whether a chat line concerns one of these nicks: its speaker is one of them, or one of its
 * words is (the one it addresses, "ana: try …", "… thanks ana", or one it names). Nicks compare
 * by their base ("ana_r" is "ana").
 */
export function lineConcerns(speaker: string, text: string, nicks: readonly string[]): boolean {
  const bases = new Set(nicks.map(nickBase));
  if (bases.has(nickBase(speaker))) return true;
  return [...text.matchAll(NICK_WORD)].some((match) => {
    const word = asNick(match[0]);
    return word.length >= 3 && bases.has(nickBase(word));
  });
}

/**
 * A chat line given for a question that names speakers of the log, which none of them speaks,
 * is addressed to or is named in: "Why did ana_r's dd not work?" is not answered by "sam: lee:
 * the spooler has a reset flag".
 */
export function concernsNoNamedNick(
  question: string,
  speaker: string,
  text: string,
  speakers: ReadonlySet<string>,
): boolean {
  const named = nicksNamed(question, speakers);
  return named.length > 0 && !lineConcerns(speaker, text, named);
}

/**
 * A line of a speaker the question names, said to another speaker of the log whom the question
 * does not name, when it names a second one: "Which flag did bo say ana should pass?" is not
 * answered by bo's "kit, the flag list moved": bo is talking to kit, not to ana.
 */
export function saidToUnnamed(
  question: string,
  speaker: string,
  addressed: string | undefined,
  speakers: ReadonlySet<string>,
): boolean {
  if (!addressed) return false;
  const named = nicksNamed(question, speakers);
  const bases = new Set(named.map(nickBase));
  if (!bases.has(nickBase(speaker)) || bases.has(nickBase(addressed))) return false;
  return named.some((nick) => nickBase(nick) !== nickBase(speaker));
}

/** What repliesInTalk reads of a chat line. */
type SpokenLine = {
  readonly speaker?: string;
  readonly text: string;
  readonly line: number;
};

/** How many lines above a reply said to no one the line it answers may stand. */
const REPLY_REACH = 2;
/** How many lines above that its speaker's last line to the one they answer may stand. */
const TALK_REACH = 10;

/**
 * A line said to no one that answers a named speaker in a talk with them: the line just above
 * it (within two) is theirs, and the speaker's own last line before it was said to them ("kit:
 * checkout can't do that", then kit's "how do I tie it to an order?", then "You'd use the
 * reference field"). In a channel where many talk at once, that is still said to them.
 */
export function repliesInTalk(
  question: string,
  lines: readonly SpokenLine[],
  at: SpokenLine,
  speakers: ReadonlySet<string>,
): boolean {
  if (!at.speaker || addressedNick(at.text, speakers)) return false;
  const named = nicksNamed(question, speakers);
  const bases = new Set(named.map(nickBase));
  const speaker = nickBase(at.speaker.toLowerCase());
  const above = lines
    .filter((line) => line.speaker && line.line < at.line && at.line - line.line <= TALK_REACH)
    .sort((a, b) => b.line - a.line);
  const last = above[0];
  if (!last?.speaker || at.line - last.line > REPLY_REACH) return false;
  const other = nickBase(last.speaker.toLowerCase());
  if (!bases.has(other) || other === speaker) return false;
  const own = above.find((line) => nickBase((line.speaker ?? '').toLowerCase()) === speaker);
  const to = own ? addressedNick(own.text, speakers) : undefined;
  return to !== undefined && nickBase(to) === other;
}
