/**
 * @module chat-named-thing
 * "Which tool did bo recommend to ana?", "What did bo suggest ana use instead of Quillchat?":
 * a speaker's lines in one talk score alike, each lent the topic words of the lines around it,
 * and the one that shares most of the question's words ("ana: there are some disk tools you
 * can try") often names nothing, while the line beside it names the thing ("ana: Brambledisk
 * is a good one", "bug 48213"). Of such lines, the one that marks a name is the answer.
 */
import { addressedNick, pastAddress } from './chat-lines.ts';

/** How near the picked line's score a line of the same speaker must score to stand in for it. */
const NAMED_MARGIN = 0.8;

/** A question that asks for one thing by what it is: "which tool …", "what did bo suggest …". */
const THING_ASKED =
  /^\s*(?:which\s+[a-z]|what\s+(?:did|does|do|would|should)\s+\S+\s+(?:suggest|recommend|propose|advise)\b)/i;

export function asksNamedThing(question: string): boolean {
  return THING_ASKED.test(question);
}

/** Words that open a clause in capitals and name nothing. */
const PLAIN_CAPITALS = new Set(
  "i i'm i'd i've i'll ok okay yes no hi hey hello thanks well but and or so then the this that there these those it it's you we they he she maybe perhaps sorry".split(
    ' ',
  ),
);

/**
 * Whether a chat line, past the nick it opens with, marks a name the question does not hold: a
 * capital inside a clause ("better use Brambledisk"; "QDR is …" counts for its capitals all
 * through), a number of three digits or more ("bug 48213"), letters and digits run together
 * ("zfs9"), a path or a name joined by a dot, an underscore or a hyphen ("/etc/zz.conf",
 * "quill-mail"). The nicks of the log and the words of the question are no such name.
 */
export function marksName(
  text: string,
  question: string,
  speakers: ReadonlySet<string>,
  /** Only by capitals or figures: a path or a joined name is too common in a help channel to tell lines apart by. */
  strong = false,
): boolean {
  const asked = new Set(question.toLowerCase().match(/[\p{L}\p{N}_'-]+/gu) ?? []);
  // Past the nick it opens with, one of the log or not ("kit42: …" names no thing).
  const said = (addressedNick(text, speakers) ? pastAddress(text, speakers) : text).replace(
    /^\s*@?[^\s:,]+:\s+/,
    '',
  );
  const tokens = said.split(/\s+/).filter(Boolean);
  return tokens.some((token, index) => {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const lower = word.toLowerCase();
    if (!word || asked.has(lower) || speakers.has(lower) || PLAIN_CAPITALS.has(lower)) return false;
    if (/^\d{3,}$/.test(word) || /\p{L}\d|\d\p{L}/u.test(word)) return true;
    // A path ("/etc/zz.conf", "~/notes") or a name joined by a dot, an underscore or a hyphen
    // ("zz.conf", "spool_dir", "quill-mail").
    if (!strong && /^~?\//.test(token)) return true;
    if (!strong && /[\p{L}\p{N}][._-][\p{L}\p{N}]/u.test(word)) return true;
    const opensClause = index === 0 || /[.!?:;]$/.test(tokens[index - 1] ?? '');
    // A word in capitals all through names a thing even where a clause opens ("QDR is …").
    if (/^\p{Lu}{2,}$/u.test(word)) return true;
    return !opensClause && /^\p{Lu}/u.test(word);
  });
}

/** What namedSibling reads of a ranked chat line. */
type NamedLine = {
  readonly hit: unknown;
  readonly speaker?: string;
  readonly text: string;
  readonly asking: boolean;
  readonly score: number;
};

/**
 * The line of the picked line's speaker in the same passage that marks a name by capitals or
 * figures, scoring near it, when the picked line marks none, not even by a path or a joined name
 * (see marksName); the picked line otherwise.
 */
export function namedSibling<T extends NamedLine>(
  first: T,
  ranked: readonly T[],
  question: string,
  speakers: ReadonlySet<string>,
): T {
  if (!first.speaker || !asksNamedThing(question) || marksName(first.text, question, speakers)) return first;
  return (
    ranked.find(
      (candidate) =>
        candidate !== first &&
        candidate.hit === first.hit &&
        candidate.speaker === first.speaker &&
        !candidate.asking &&
        candidate.score >= first.score * NAMED_MARGIN &&
        marksName(candidate.text, question, speakers, true),
    ) ?? first
  );
}
