/**
 * @module chat-named-thing
 * "Which tool did bo recommend to ana?", "What did bo suggest ana use instead of Quillchat?":
 * a speaker's lines in one talk score alike, each lent the topic words of the lines around it,
 * and the one that shares most of the question's words ("ana: there are some disk tools you
 * can try") often names nothing, while the line beside it names the thing ("ana: Brambledisk
 * is a good one", "bug 48213"). Of such lines, the one that marks a name is the answer.
 */
import type { SearchHit } from '../index/types.ts';
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
  readonly line?: number;
};

/** The head noun of "which <words> <noun> did / does / should …" ("tool" of "which rescue tool did bo name"). */
const WHICH_HEAD =
  /^\s*which\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}]{3,}?)s?\s+(?:did|does|do|is|was|are|were|should|can|could|would|will|has|have|had)\b/iu;

/** Words that speak of some of a kind, naming none of it: "some", "a few", "several", "other". */
const SOME = '(?:some|several|a\\s+few|few|many|various|other|lots\\s+of|a\\s+lot\\s+of|plenty\\s+of)';

/**
 * A line that speaks of the kind a "which" question asks only in general ("there are some hdd
 * tools could help" for "which rescue tool …"), naming none of it by capitals or figures.
 */
export function speaksOfKindOnly(text: string, question: string, speakers: ReadonlySet<string>): boolean {
  const head = WHICH_HEAD.exec(question)?.[1]?.toLowerCase();
  if (!head) return false;
  const some = new RegExp(`\\b${SOME}\\s+(?:[\\p{L}-]+\\s+){0,2}${head}s\\b`, 'iu');
  return some.test(text) && !marksName(text, question, speakers, true);
}

/** How many lines below a line that speaks of the kind in general its speaker may name one. */
const NAMED_REACH = 10;

/**
 * A chat line's place in its log: the file, and its turn counted from the log's start (the
 * passage's first turn, when its locator gives one, plus the line's place in the passage), so
 * lines of two windows over one log compare.
 */
function turnOf(line: NamedLine): { readonly file: string; readonly turn: number } | undefined {
  const hit = line.hit as Partial<Pick<SearchHit, 'uri' | 'locator'>> | undefined;
  if (!hit?.uri || line.line === undefined) return undefined;
  const start = (hit.locator as { readonly turn?: unknown } | undefined)?.turn;
  return {
    file: hit.uri.split('#')[0] ?? hit.uri,
    turn: (typeof start === 'number' ? start : 0) + line.line,
  };
}

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
  // "several rescue tools could help", then "Quarrydig is a small tool that reads …": the
  // speaker's next line within a few that names one, however it scores.
  const from = turnOf(first);
  if (speaksOfKindOnly(first.text, question, speakers) && from) {
    const named = ranked
      .map((candidate) => ({ candidate, to: turnOf(candidate) }))
      .filter(
        ({ candidate, to }) =>
          to !== undefined &&
          to.file === from.file &&
          to.turn > from.turn &&
          to.turn - from.turn <= NAMED_REACH &&
          candidate.speaker === first.speaker &&
          !candidate.asking &&
          marksName(candidate.text, question, speakers, true),
      )
      .sort((a, b) => (a.to?.turn ?? 0) - (b.to?.turn ?? 0))[0];
    if (named) return named.candidate;
  }
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
