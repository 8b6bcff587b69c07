/**
 * @module compress-utterance
 * Spoken turns to readable text: transcript markup ({disfmarker}, {vocalsound}, [laughter]),
 * fillers (um, uh, you know, I mean), hedges, stutters and repeated words are removed, the
 * tokenized spacing of corpora ("it 's", "do n't", " .") is joined, and the first letter is
 * capitalized. What remains keeps the speaker's words and order.
 */

import { inLexicon } from './english-tagger.ts';
import { STOP_WORDS } from './text-terms.ts';

const MARKUP =
  /\{[a-z_]+\}|\[(?:disfluency|laughter|laughs|noise|inaudible|crosstalk|silence|music|applause|pause|gap|vocalsound|unintelligible|[a-z ]{1,20})\]|<[a-z_]+\/?>/gi;
const FILLERS =
  /,?\s*\b(?:um+|uh+|uhm+|uh-huh|um-hum|mm+(?:\s*-\s*hmm+)?|hmm+|er+|erm+|ah+|eh|ooh|gosh|you know|I mean|you see|I guess|I think|I suppose|I'd say|kind of|sort of|kinda|sorta|let's see|let me see|and stuff|and everything|or something|or whatever|basically|literally|actually|just|really)\b\s*,?/gi;

/**
 * Fillers that are only dropped at the start of a clause (they carry meaning elsewhere); "no" only
 * as an answer ("No, …"), never as a determiner ("So no lid."); a word of assent only set off by
 * a comma or a stop ("Sure, I'll have a draft", not "sure enough"); thanks before what the
 * speaker goes on to say ("Thanks Lars, I'll send …").
 */
const LEADING =
  /^(?:(?:and|but|so|well|now|then|okay|ok|alright|right|yeah|yes|no(?=\s*(?:[,.!?-]|$))|(?:sure|fine|cool)(?=\s*[,.!])|(?:thanks|thank you)(?:\s+[a-z]+)?(?=\s*,\s*[a-z])|oh|um|uh|hmm|mm|also|anyway|because|cause|cuz|actually|basically|I mean|you know|I (?:think|guess|believe|suppose)(?: that(?=\s+(?:the|this|these|those|it|we|they|he|she|you|I|there|our|my|a|an)\b))?)\b[\s,.-]*)+/i;

/** Short words that are words, not a restart cut off before the longer word they begin ("on one", "in into"). */
const SHORT_WORDS = new Set(
  'a i an in on to at as is it of or he we be do go no so up us my me by if am ah oh ok all and any are but can did for had has her him his how its let may not now one our out she the too two was who why yes you'.split(
    ' ',
  ),
);

/** Words a single letter after them names an item of ("plan b", "option c"). */
const ITEM_WORDS = 'plan|option|type|grade|vitamin|part|point|column|row|section|model|case|version|letter';

/**
 * A lowercase letter standing alone is the start of a word the speaker broke off ("the m
 * market", "it was learnable f in the first place"), unless it names an item ("plan b",
 * "option c", "the x axis"); "a" and "i" are words.
 */
const LONE_LETTER = new RegExp(
  `(?<!\\b(?:${ITEM_WORDS})\\s+)(?<![\\w'’.-])[b-hj-z]\\s+(?=\\p{L})(?!axis\\b|\\p{L}\\b)`,
  'gu',
);

/**
 * A lowercase letter standing alone before a stop ("they were not allowed to m."): a word broken off
 * as the sentence ended, unless it names an item ("plan b.") or is one of a pair ("a and b.", "from a to b.").
 */
const LAST_LONE_LETTER = new RegExp(
  `(?<=\\p{Ll}{2,})\\s+(?<!\\b(?:${ITEM_WORDS}|and|or)\\s+)(?<!\\b\\p{L}\\s+to\\s+)[b-hj-wyz](?=\\s*(?:[.!?]|$))`,
  'gu',
);

/**
 * Letters broken off before a capitalised word ("it is learnable f i In the first place") or
 * before "I" and a verb ("they're quite f I find them annoying"): the speaker gave the sentence
 * up and began another, so the letters go and a sentence ends there. A lower-case "i" counts as
 * a letter: transcripts write the pronoun "I".
 */
const RESTART_AFTER_LETTERS = new RegExp(
  `(?<=\\p{Ll})(?<!\\b(?:${ITEM_WORDS}))\\s+(?:[b-z]\\s+){1,3}(?=\\p{Lu}\\p{Ll}|I(?:'\\p{Ll}+)?\\s+\\p{Ll})`,
  'gu',
);

/** Drops lowercase letters standing alone, words the speaker broke off ("more w matched"); "plan b" stays. */
export function withoutLoneLetters(text: string): string {
  return text.replace(LONE_LETTER, '');
}

/** A quote mark with a space on either side. */
const LONE_QUOTE = /(?<=\s)['"‘’“”](?=\s)/g;
/** Every quote mark that may open or close a quotation: not an apostrophe inside a word ("I've"). */
const QUOTE_MARKS = /["“”]|(?<!\p{L})['‘’]|['‘’](?!\p{L})/gu;

/** Hesitation sounds that stand between commas ("we could, uh, try"). */
const PAUSE = 'um+|uh+|uhm+|hmm+|er+|erm+|eh+';

/** Words a phrase does not end on: a comma after one is a pause, not punctuation. */
const OPEN_WORDS = new Set(
  'the a an with of for from into onto about to my your our their his her its'.split(' '),
);

/** Joins the tokenized spacing of corpus transcripts, and spelled-out acronyms ("P_D_F_" → "PDF"). */
export function detokenize(text: string): string {
  return (
    text
      .replace(/\b(?:\p{Lu}_){2,}/gu, (letters) => letters.replace(/_/g, ''))
      .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
      .replace(/\s+([.,!?;:%)\]])/g, '$1')
      .replace(/([([])\s+/g, '$1')
      .replace(/\s+-\s+(?=\w)/g, '-')
      // A quote mark standing alone between words, the only one, opens and closes nothing ("we could ' just do that").
      .replace(LONE_QUOTE, (mark, _at: number, whole: string) =>
        (whole.match(QUOTE_MARKS) ?? []).filter((other) => other === mark).length === 1 ? '' : mark,
      )
      .replace(/\s{2,}/g, ' ')
      .trim()
  );
}

/**
 * A word cut off and said again in full: alone ("exch exchangeable", "sepa separate") or with the
 * word before it said again too ("one of the bot the bottom layer"). Compressing a turn for an
 * answer does this; recap items, written from lightly compressed turns, do it on their own text.
 */
export function withoutCutOffWords(text: string): string {
  return text
    .replace(/(?<!['\w])(\w{4,6})\s+(?=\1\w{2,})/gi, '')
    .replace(/(?<!['\w])(\w+)\s+(\w{2,5})\s+(?=\1\s+\2\w)/gi, '');
}

/** A word no dictionary holds, in lower case and short: possibly a word the speaker broke off. */
function brokenOff(word: string): boolean {
  const lower = word.toLowerCase();
  return word === lower && !SHORT_WORDS.has(lower) && !STOP_WORDS.has(lower) && !inLexicon(lower);
}

/** A determiner given up for another ("those this kettle", "a another tent", "some an oven"). */
const DETERMINER_RESTART =
  /(?<![\p{L}'’])(?:(?:a|an|the|some|any|another)\s+(?=(?:a|an|the|this|these|those|another|some)\s+\p{Ll})|this\s+(?=(?:these|those)\s)|(?:these|those)\s+(?=this\s))/gu;

/**
 * Words broken off: the start of a word said in full a word or two later ("gl gre glossy green
 * paint", "the cli cold climate"), or a fragment the speaker went back before ("it was mous
 * it was a moose"; four or five letters, not a list's "or a … or a"), when no dictionary holds it;
 * two such letters standing alone ("a spare gr tent"); a determiner given up for another ("those
 * this kettle").
 */
export function withoutBrokenWords(text: string): string {
  return (
    text
      .replace(/(?<![\p{L}'’-])(\p{Ll}{2,4})\s+(?=(?:[\p{L}'’]+\s+){1,2}\1\p{L})/gu, (whole, word: string) =>
        brokenOff(word) ? '' : whole,
      )
      // Not a list's connective said again ("a sledge or a kayak or a raft").
      .replace(
        /(?<![\p{L}'’])((?!(?:and|or|nor|but|then)\s)\p{L}+\s+\p{L}+)\s+(\p{Ll}{4,5})\s+\1(?![\p{L}'’])/giu,
        (whole, words: string, word: string) => (brokenOff(word) ? words : whole),
      )
      // Two letters no dictionary holds, standing alone: a word broken off ("a spare gr tent"),
      // not an abbreviation said in lower case.
      .replace(/(?<![\p{L}\p{N}'’.-])(\p{Ll}{2})\s+(?=\p{L})/gu, (whole, word: string) =>
        brokenOff(word) && !LOWER_CASE_ABBREVIATIONS.has(word) ? '' : whole,
      )
      .replace(DETERMINER_RESTART, '')
  );
}

/** Whether a clause holds only lowercase letters standing alone or two letters no dictionary holds ("g g."). */
function onlyBrokenLetters(clause: string): boolean {
  const words = clause
    .replace(/[.!?,;:]+$/, '')
    .trim()
    .split(/\s+/);
  return words.every((word) => /^[b-hj-z]$/.test(word) || (/^\p{Ll}{2}$/u.test(word) && brokenOff(word)));
}

/** Abbreviations written in lower case that no dictionary holds. */
const LOWER_CASE_ABBREVIATIONS = new Set([
  'et',
  'pc',
  'tv',
  'id',
  'cd',
  'pm',
  'am',
  'uk',
  'us',
  'eu',
  'ai',
  'hr',
  'pr',
  'ip',
]);

/**
 * A contraction said twice, or again after a letter broken off ("they're s they're", "it's it's"):
 * the stutter rules above match plain words only. Minutes drop it from the sentences they report.
 */
export function withoutRepeatedContractions(text: string): string {
  return text.replace(/(?<![\p{L}'’])(\p{L}+['’]\p{L}+)(?:\s+[b-hj-z])?\s+\1(?![\p{L}'’])/giu, '$1');
}

/** Removes markup, fillers, hedges and stutters ("the the", "I I'm") from one utterance. */
export function compressUtterance(raw: string, options: { aggressive?: boolean } = {}): string {
  const aggressive = options.aggressive !== false;
  let text = raw.replace(/\{(?!disfmarker\})[a-z_]+\}/g, ' ').trim();
  text = aggressive ? withoutAbandonedClauses(text) : withoutShortRestarts(text);
  text = detokenize(text.replace(MARKUP, ' '));
  if (aggressive) text = balancedQuotes(text);
  if (aggressive) {
    text = text.replace(FILLERS, ' ');
    // "like" set off by commas is a filler ("we should check, like, the ferry times").
    text = text.replace(/,\s*like\s*,/gi, ',');
    text = text.replace(/(?<=[.!?]\s|^)(?:so|well|okay|ok|right|yeah|alright|anyway|now)\b[\s,]*/gi, '');
  } else {
    // A filler between commas leaves one comma, or none after a word that cannot end a phrase
    // ("meet with, uh, Mira" → "meet with Mira").
    text = text
      .replace(new RegExp(`\\b(?:${PAUSE})(?:\\s*,\\s*(?:${PAUSE}))+\\b`, 'gi'), 'uh')
      .replace(
        new RegExp(`([^\\s,]+)\\s*,\\s*(?:${PAUSE})\\s*,\\s*(?=\\p{L})`, 'giu'),
        (_, before: string) => (OPEN_WORDS.has(before.toLowerCase()) ? `${before} ` : `${before}, `),
      )
      .replace(new RegExp(`(?<=[\\p{L}\\d])\\s+(?:${PAUSE})\\s*,\\s*(?=\\p{L})`, 'giu'), ' ')
      .replace(/\b(?:um+|uh+|uhm+|hmm+|mm+(?:-hmm+)?|er+|erm+|eh+)\b/gi, ' ');
  }
  // Stutters and repeats: "the the", "we we we", "I- I", "It-it", "in the in the", and restarts
  // through a cut-off word ("if they st if they", "e easier", "thi this") or a subject dropped
  // for another ("that they the budget be increased").
  for (let pass = 0; pass < 3; pass++) {
    text = text
      .replace(/\b(\w+)(?:-\s*|\s+)\1\b/gi, '$1')
      .replace(/(?<!['\w])(\w+\s+\w+)\s+\w{1,3}\s+\1\b/gi, '$1')
      .replace(/\b(?:they|we|he|she)\s+(?=(?:the|a|an)\s)/gi, '')
      .replace(/(?<!['\w])(\w{1,3})\s+(?=\1\w)/gi, (fragment, start: string) =>
        SHORT_WORDS.has(start.toLowerCase()) ? fragment : '',
      )
      .replace(/\b(\w+\s+\w+)\s+\1\b/gi, '$1')
      // A run of two to four words said again, contractions included ("you'll be looking you'll be looking at").
      .replace(/(?<![\p{L}'’])((?:[\p{L}'’]+\s+){1,3}[\p{L}'’]+)\s+\1(?![\p{L}'’])/giu, '$1')
      .replace(/\b\w{1,3}-\s+(?=\w)/g, '');
    // A subject given up for another ("I it introduces", "I it's", "he she said", "I do I don't"),
    // a longer word cut off and said again in full ("sepa separate"), and a restart through a
    // one- or two-letter fragment ("they ob they could"; "to get to" has a word in the middle).
    if (aggressive)
      text = text
        .replace(/\b(?:I|we|he|she|they)\s+(?=(?:I|we|he|she|they|it)(?:'\w+)?\s)/gi, '')
        .replace(/\bI\s+\w+\s+(?=I\s)/g, '')
        .replace(/(?<!['\w])(\w+)\s+(\w{1,2})\s+\1\b/gi, (whole, word: string, fragment: string) =>
          SHORT_WORDS.has(fragment.toLowerCase()) || /\d/.test(fragment) ? whole : word,
        )
        // The same restart with a word or two before the fragment ("a touched ba a touch-based",
        // "it was the en it was like"): the speaker went back to the word they began with.
        .replace(
          /(?<!['\w])(\w+)(?:\s+[\w'-]+){1,2}\s+([a-z]{2})\s+\1\b/gi,
          (whole, word: string, fragment: string) =>
            SHORT_WORDS.has(fragment) || fragment !== fragment.toLowerCase() ? whole : word,
        )
        .replace(RESTART_AFTER_LETTERS, '. ')
        .replace(LONE_LETTER, '')
        .replace(LAST_LONE_LETTER, '');
    if (aggressive) text = withoutBrokenWords(withoutCutOffWords(text));
  }
  text = text
    .replace(/\s+([.,!?;:])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/([.!?])(?:\s*[.,;:])+/g, '$1')
    .replace(/^[\s,.;:!?-]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  // Clause-initial discourse markers.
  text = text
    .split(/(?<=[.!?])\s+/)
    .map((clause) => clause.replace(LEADING, '').replace(/^[\s,.;:-]+/, ''))
    // A sentence that trails off on a conjunction ends before it ("…show it to them now but.").
    // …and on a filler after a comma ("… check the ferry times, like.").
    .map((clause) =>
      aggressive
        ? clause.replace(/(?:[\s,]+(?:and|but|or|so)|,\s*(?:like|okay|ok|yeah))([.!?])$/i, '$1')
        : clause,
    )
    .filter((clause) => /[\p{L}\p{N}]/u.test(clause))
    // A clause of nothing but letters broken off ("g g. If the tide …"), which would read as an initial.
    .filter((clause) => !aggressive || !onlyBrokenLetters(clause))
    .map((clause) => clause.charAt(0).toUpperCase() + clause.slice(1))
    .join(' ')
    .replace(/,\s*([.!?])/g, '$1')
    .trim();
  if (aggressive) text = text.replace(/(?:[\s,;:-]+(?:and|but|or|so|because|cause|cuz))*[\s,;:-]*$/i, '');
  if (text && !/[.!?]$/.test(text)) text += '.';
  return text;
}

/** A short restart (up to four words since the last punctuation) before a disfluency marker. */
function withoutShortRestarts(text: string): string {
  let out = text;
  for (let pass = 0; pass < 4 && out.includes('{disfmarker}'); pass++)
    out = out.replace(/(^|[.!?,]\s*)((?:[^\s{}.!?,]+\s+){0,3}[^\s{}.!?,]+)?\s*\{disfmarker\}/g, '$1');
  return out;
}

/** Words a clause does not end on: one cut off by a disfluency marker after them was abandoned. */
const OPEN_END =
  /\b(?:to|the|a|an|of|and|or|but|with|for|from|in|on|at|by|that|this|if|so|because|is|are|was|were|be|it's|we|you|they|I|he|she|my|your|our|their|don't|do|can|could|would|will|should)\s*$/i;

/** Most words of an open clause dropped when a new sentence starts after the marker. */
const RESTART_WORDS = 14;

/**
 * Restarts before a disfluency marker ({disfmarker}) are the part the speaker abandoned, unless
 * the words after the marker repeat the word before it (a repair that goes on with the clause): a
 * short piece (up to four words since the last punctuation or marker), or a clause of up to
 * eight words that stops on a word that cannot end one ("and you don't want to {disfmarker} I
 * hate…").
 */
function withoutAbandonedClauses(text: string): string {
  if (!text.includes('{disfmarker}')) return text;
  const pieces = text.split(/\s*\{disfmarker\}\s*/);
  const kept = pieces.map((piece, i) => {
    if (i === pieces.length - 1) return piece;
    // A repair that repeats the word before the marker continues the clause ("trained on {disfmarker} on the data").
    const last = piece.match(/(\S+)\s*$/)?.[1]?.toLowerCase();
    const next = pieces[i + 1]?.match(/^\s*(\S+)/)?.[1]?.toLowerCase();
    if (last && last === next && /^\p{L}/u.test(last)) return piece.replace(/\s*\S+\s*$/, '');
    // A subject said just before the marker starts the restart; the clause before it may be whole.
    const whole = piece.replace(/(?:\s*\b(?:and|but|so|or))?\s*\b(?:I|we|you|they|he|she)\s*$/i, '');
    if (whole !== piece && !OPEN_END.test(whole) && whole.split(/\s+/).filter(Boolean).length > 4)
      return whole;
    const cut = Math.max(...['.', '!', '?', ','].map((mark) => piece.lastIndexOf(mark)));
    const tail = piece.slice(cut + 1);
    const count = tail.split(/\s+/).filter(Boolean).length;
    // A clause left open before a new sentence ("so I know this {disfmarker} The idea of …") was
    // given up for it, not joined to it.
    const restarted = startsSentence(pieces[i + 1]?.trim() ?? '') && OPEN_END.test(tail);
    return count <= 4 || (count <= (restarted ? RESTART_WORDS : 8) && OPEN_END.test(tail))
      ? piece.slice(0, cut + 1)
      : piece;
  });
  // A clause left whole at a marker, with a capitalized word after it, ended there ("it doesn't
  // seem to matter {disfmarker} The difference is small" is two sentences). So did one left open
  // there, too long to drop ("… other sounds removed from {disfmarker} So when someone …"): the
  // new sentence is not spliced onto it.
  let out = '';
  for (const piece of kept) {
    const next = piece.trim();
    if (!next) continue;
    const ends = out && !/[.!?,;:]$/.test(out) && startsSentence(next);
    out = out ? `${out}${ends ? '.' : ''} ${next}` : next;
  }
  return out;
}

/**
 * A sentence that stops on a word no clause ends on (an article, "my", "our", a conjunction, a
 * degree word, "than"): the speaker broke it off ("… the foundations of the.", "'cause they're
 * quite."). Summaries leave it out. A preposition or "be" may end a whole clause ("what it's
 * connected to", "as well as it could be"), so neither counts.
 */
export function endsOpen(sentence: string): boolean {
  return CUT_OFF_END.test(sentence);
}

const CUT_OFF_END =
  /(?<![\p{L}'’])(?:the|a|an|my|your|our|their|its|and|or|but|because|'cause|cause|cuz|quite|very|really|rather|fairly|than|whether)\s*[.!]?$/iu;

/** A capitalized function word ("The", "It", "We're"), not "I": a name ("Monday") may go on the clause. */
function startsSentence(text: string): boolean {
  const first = text.match(/^\p{Lu}\p{Ll}*(?:'\p{Ll}+)?/u)?.[0];
  if (!first || /^I(?:'|$)/.test(first)) return false;
  const lower = first.toLowerCase();
  return STOP_WORDS.has(lower) || STOP_WORDS.has(lower.replace(/'.*$/, ''));
}

/** Quotation marks joined to the words they enclose; a mark left unpaired (the quote ran past the cut) is dropped. */
function balancedQuotes(text: string): string {
  const marks = text.match(/"/g)?.length ?? 0;
  if (marks === 0) return text;
  if (marks % 2 === 1) return text.replace(/\s*"\s*/g, ' ').trim();
  return text.replace(/"\s*([^"]*?)\s*"/g, '"$1"');
}
