/**
 * @module sentences
 * Sentence splitting, word counting and clause-level compression for slide bullets. Works on
 * whole words only: compression drops parentheticals, lead-in connectives and trailing clauses
 * at clause boundaries, and never cuts inside a word. Chinese, Japanese and Korean text is
 * split on 。！？ and counted as one word per two characters.
 */
import { hasCjk, isWideChar } from '../../formats/pptx/text-fit.ts';
import { detectLanguage } from '../../lib/text/detect-language.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { withItemMarksMoved } from '../../lib/text/item-marks.ts';
import { splitSentences as splitSentenceSpans } from '../../lib/text/sentences.ts';
import { FUNCTION_WORDS as STOPWORDS } from '../../lib/text/stop-words.ts';

/** Words a bullet should aim for, and the most it may have. */
export const TARGET_BULLET_WORDS = 12;
export const MAX_BULLET_WORDS = 16;
/**
 * The most words of the sentence a section slide says under its title when none of the
 * section's sentences makes a bullet (no clause of MAX_BULLET_WORDS carries it: "We suggest a
 * three-month trial from March to May 2027, with a review in June."), rather than a title alone.
 */
export const SECTION_LEAD_WORDS = 24;

/** Splits text into sentences (Latin and CJK punctuation), keeping the end punctuation. */
export function splitSentences(text: string): string[] {
  return withItemMarksMoved(splitSentenceSpans(text.replace(/\s+/g, ' ').trim()).map((span) => span.text));
}

/** Word count; CJK text counts one word per two characters. */
export function countWords(text: string): number {
  let cjk = 0;
  let latin = '';
  for (const char of text) {
    if (isWideChar(char.codePointAt(0) ?? 0)) {
      cjk++;
      latin += ' ';
    } else {
      latin += char;
    }
  }
  const words = latin.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return words + Math.ceil(cjk / 2);
}

const contentWordCache = new Map<string, string[]>();

/** Content words of a text, lower-cased (CJK as single characters). Memoised: ranking asks often. */
export function contentWords(text: string): string[] {
  const cached = contentWordCache.get(text);
  if (cached) return cached;
  const words: string[] = [];
  for (const token of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!token) continue;
    // eslint-style fast path: plain ASCII tokens cannot hold CJK.
    if (/[^\x00-\x7f]/.test(token) && hasCjk(token)) {
      for (const char of token) if (isWideChar(char.codePointAt(0) ?? 0)) words.push(char);
      continue;
    }
    if (token.length < 3 || STOPWORDS.has(token)) continue;
    words.push(token);
  }
  if (contentWordCache.size > 20_000) contentWordCache.clear();
  if (text.length < 2_000) contentWordCache.set(text, words);
  return words;
}

const LEAD_INS = new RegExp(
  `^(?:${[
    'however|moreover|furthermore|in addition|additionally|also|therefore|thus|hence|as a result|in summary|in short|overall|in fact|indeed|finally|first|firstly|second|secondly|third|thirdly|next|then|notably|importantly|meanwhile|consequently|for example|for instance|in particular|to summarise|to summarize|in conclusion',
    // A pointer back at the text ("as mentioned above") says nothing on a slide.
    'as (?:mentioned|noted|stated|discussed|described|said) (?:above|before|earlier|previously)',
    // The same connectives and pointers in the other languages the deck labels.
    'de hecho|asimismo|además|sin embargo|por lo tanto|por ejemplo|en efecto|por otra parte|por otro lado|en consecuencia|en resumen|finalmente|como se (?:ha|había) (?:mencionado|señalado|dicho|indicado)(?: anteriormente)?',
    'en effet|de plus|cependant|par exemple|en outre|par ailleurs|toutefois|enfin|comme (?:mentionné|indiqué|évoqué) (?:plus haut|ci-dessus|précédemment)',
    'inoltre|tuttavia|infatti|per esempio|ad esempio|pertanto|come già detto',
    'além disso|no entanto|de fato|por exemplo|portanto|como já foi dito',
  ].join('|')})\\s*,\\s*`,
  'iu',
);

/**
 * A conjunction that joins a sentence to the one before it ("But proverbs are eclipsed by
 * power", "And the board agreed"): on a slide, which stands alone, it joins nothing. English,
 * German, French, Spanish, Italian, Portuguese and Dutch; not a word that is also a preposition
 * in another of them (Dutch "en", Spanish "y").
 */
const OPENING_CONJUNCTION = /^(?:and|but|yet|und|aber|mais|et|pero|ma|mas|maar)\s+(?=\p{L})/iu;

/**
 * Words that open a clause a bullet may drop after a comma, because the clause before it is
 * whole: coordinating, causal and concessive conjunctions, by language. A comma before any
 * other word is no place to cut: it may open the object the head still needs ("…war sicher,
 * dass…"), end a subject ("Applications, including X, shall…")
 * or part a list ("in Europe, Asia and America").
 */
const FREE_CLAUSE_OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'and',
    'but',
    'so',
    'yet',
    'while',
    'whereas',
    'although',
    'though',
    'because',
    'since',
    'followed by',
  ],
  de: [
    'und',
    'aber',
    'denn',
    'doch',
    'jedoch',
    'weil',
    'obwohl',
    'obgleich',
    'während',
    'wobei',
    'sodass',
    'so dass',
    'zumal',
  ],
  fr: ['mais', 'car', 'et', 'puisque', 'bien que', 'alors que', 'tandis que', 'parce que'],
  es: ['pero', 'y', 'ya que', 'porque', 'aunque', 'mientras que', 'puesto que'],
  it: ['ma', 'e', 'perché', 'poiché', 'mentre', 'sebbene', 'anche se'],
  pt: ['mas', 'e', 'porque', 'pois', 'embora', 'enquanto'],
  nl: ['maar', 'en', 'want', 'omdat', 'hoewel', 'terwijl'],
  pl: ['ale', 'i', 'ponieważ', 'bo', 'chociaż', 'choć', 'podczas gdy'],
  ru: ['но', 'а', 'и', 'потому что', 'так как', 'хотя', 'поскольку', 'тогда как'],
};

/**
 * Openers of one language that are a preposition or a noun in another: Dutch "en" ("and") is
 * "in" in Spanish, French and Portuguese-like text; French "car" and Dutch "want" are English
 * words. A sentence in such a language is never cut before them. Per sentence, the guess of the
 * language can be wrong; leaving out only these words keeps a wrong guess harmless.
 */
const FALSE_OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: ['car', 'want'],
  es: ['en'],
  fr: ['en'],
  it: ['en'],
  pt: ['en'],
};

const freeClauseBreak = (openers: readonly string[]) =>
  new RegExp(`,\\s(?:${[...new Set(openers)].map(escapeRegExp).join('|')})\\s`, 'iu');

const ALL_OPENERS = Object.values(FREE_CLAUSE_OPENERS).flat();
/** The break at a free clause for a sentence of each language; any language's openers when it cannot be told. */
const FREE_CLAUSE_BREAKS = new Map(
  Object.entries(FALSE_OPENERS).map(([tag, words]) => [
    tag,
    freeClauseBreak(ALL_OPENERS.filter((opener) => !words.includes(opener))),
  ]),
);
const ANY_FREE_CLAUSE_BREAK = freeClauseBreak(ALL_OPENERS);

/**
 * A colon that parts clauses, not one between figures: a time or a ratio written with spaces
 * ("AT 6 : 30 ONE MORNING", "a ratio of 3 : 1") is one phrase.
 */
const CLAUSE_COLON = /(?<!\d\s?):\s|:\s(?!\s*\d)/;

const STRONG_CLAUSE_BREAKS = [
  /;\s/,
  /\s[—–]\s/,
  /,\s(?:which|where|while|whereas|although|though|because|since|as well as|including|but|and|so that|so)\s/i,
  /,\s(?:of|in|for|by|at|from|to|with|on|under|through)\s(?:which|whom)\s/i,
  CLAUSE_COLON,
];

/**
 * A sentence split after an initial ("…in March 2014 S.", "…by Dr. K."): the splitter took the
 * initial for a full stop, so this is only the first part of a sentence. A letter that names
 * something ("Appendix A.", "vitamin C.") follows a word, and is not taken for one.
 */
const ENDS_AT_INITIAL = /(?:\d|,|\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Mme|Hr|Fr)\.)\s\p{Lu}\.$/u;

function capitalize(text: string): string {
  return text.replace(
    /^(["“‘(]?)(\p{Ll})/u,
    (_all, quote: string, letter: string) => quote + letter.toUpperCase(),
  );
}

function tidy(text: string): string {
  return (
    text
      .replace(/\s+([,.;:!?])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      // A clause of a legal or itemised list ("…in a newspaper; and") ends before its joining word.
      .replace(/[,;]\s*(?:and|or)\s*$/i, '')
      .replace(/[,;:—–-]\s*$/, '')
      .trim()
  );
}

/** Removes the sentence-final full stop (bullets read better without it). */
function dropFinalStop(text: string): string {
  return text.replace(/(?<!\.\.)\.$/, '').replace(/。$/, '');
}

/**
 * Shortens a sentence to a bullet of about TARGET_BULLET_WORDS words, at clause boundaries only.
 * Returns undefined when no whole clause of at most `maxWords` words carries the sentence.
 */
export function compressSentence(sentence: string, maxWords = MAX_BULLET_WORDS): string | undefined {
  const bullet = compressWhole(sentence, maxWords);
  // A lead-in to a list ("…and is extended by:") keeps its colon: it announces what follows.
  return bullet && /:\s*$/.test(sentence) && DANGLING_END.test(bullet) ? `${bullet}:` : bullet;
}

function compressWhole(sentence: string, maxWords: number): string | undefined {
  let text = tidy(sentence.replace(/\s+/g, ' '));
  if (!text || ENDS_AT_INITIAL.test(text)) return undefined;
  if (hasCjk(text) && !/[a-z]{3,}/i.test(text)) {
    // CJK: cut at a clause comma when long.
    if (countWords(text) <= maxWords) return dropFinalStop(text);
    const clauses = text.split(/(?<=[，；：])/);
    let head = '';
    for (const clause of clauses) {
      if (countWords(head + clause) > maxWords) break;
      head += clause;
    }
    head = head.replace(/[，；：]$/, '');
    return head && countWords(head) >= 3 ? head : undefined;
  }
  const withoutParens = tidy(text.replace(/\s*[([][^()[\]]{1,120}[)\]]/g, ''));
  if (countWords(withoutParens) >= 4) text = withoutParens;
  const withoutLeadIn = text.replace(LEAD_INS, '').replace(OPENING_CONJUNCTION, '');
  if (withoutLeadIn !== text && countWords(withoutLeadIn) >= 4) text = capitalize(withoutLeadIn);
  if (countWords(text) <= Math.min(TARGET_BULLET_WORDS + 2, maxWords)) return dropFinalStop(text);
  const strong = clauseHead(text, STRONG_CLAUSE_BREAKS, maxWords);
  if (strong) return dropFinalStop(strong);
  if (countWords(text) <= maxWords) return dropFinalStop(text);
  const weakBreak = FREE_CLAUSE_BREAKS.get(detectLanguage(text)) ?? ANY_FREE_CLAUSE_BREAK;
  const weak = clauseHead(text, [weakBreak], maxWords);
  return weak ? dropFinalStop(weak) : undefined;
}

/**
 * Words that open a dependent phrase: a head that starts with one does not stand alone.
 * English prepositions and conjunctions; the subordinating conjunctions of the other languages
 * the deck labels ("Solange…, so…", "Si…, alors…").
 */
const DEPENDENT_START = new RegExp(
  `^(?:${[
    'from|in|on|at|by|for|with|after|before|during|when|whenever|if|although|though|because|since|while|as|to|until|unless|once|despite|through|within|without|between|among|under|over',
    'wenn|weil|obwohl|obgleich|solange|sobald|nachdem|bevor|falls|dass|ob|während',
    'si|quand|lorsque|lorsqu|parce|puisque|quoique|bien que',
    'cuando|aunque|porque|mientras|si bien',
    'quando|sebbene|benché|poiché|perché|embora|enquanto',
    'als|omdat|hoewel|terwijl|zodra',
    'если|когда|хотя|поскольку|пока|jeśli|jeżeli|gdy|kiedy|ponieważ|chociaż',
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** Words that need what follows them: a head ending in one is cut mid-phrase ("…to week 20 for", "…searchable and"). */
const DANGLING_END = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    'for|of|to|in|on|at|by|with|from|into|onto|about|than|as|and|or|nor|but|the|a|an|that|which|who|whose|its|their|our|your|his|her|is|are|was|were|be|been',
    // Articles, prepositions and conjunctions of the other languages the deck labels.
    'der|die|das|den|dem|des|ein|eine|einen|und|oder|dass|daß|für|mit|von|zu|auf|als',
    'le|la|les|du|de|et|ou|que|qui|dont|pour|par|avec|sur|dans',
    'el|los|las|del|y|o|para|por|con|sin',
    'il|lo|gli|di|da|che|per|het|een|van',
    'и|в|на|с|по|для|что|который|которые',
    'في|من|إلى|الى|على|عن|مع|أو|أن|إن|التي|الذي|الذين',
  ].join('|')})$`,
  'iu',
);

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Whether a head leaves a bracket or quotation open: „…“ and “…” and «…» and straight quotes. */
function openBracketOrQuote(head: string): boolean {
  if (count(head, '(') > count(head, ')') || count(head, '[') > count(head, ']')) return true;
  if (count(head, '«') > count(head, '»') || count(head, '"') % 2 === 1) return true;
  // German quotes open with „ and close with “; English ones open with “ and close with ”.
  const german = count(head, '„');
  return german > 0 ? german > count(head, '“') + count(head, '”') : count(head, '“') > count(head, '”');
}

/** The longest leading clause (5 to maxWords words, able to stand alone) cut at one of the boundaries. */
function clauseHead(text: string, patterns: readonly RegExp[], maxWords: number): string | undefined {
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    let best: string | undefined;
    for (const match of text.matchAll(global)) {
      const head = tidy(text.slice(0, match.index));
      const words = countWords(head);
      if (words > maxWords) break;
      // Not inside a parenthesis or a quotation either ("…biomarker levels (CXCL10, sCD163").
      const open = openBracketOrQuote(head);
      // A dash that opens or closes an aside ("X – an aside – goes on") leaves the sentence's verb behind.
      const pairedDash =
        /[—–]/.test(match[0]) &&
        /\s[—–]\s/.test(text.slice(0, match.index) + text.slice((match.index ?? 0) + match[0].length));
      if (words >= 5 && !DEPENDENT_START.test(head) && !DANGLING_END.test(head) && !open && !pairedDash)
        best = head;
    }
    if (best) return best;
  }
  return undefined;
}

/** The ellipsis that marks a sentence cut short at a phrase boundary. */
export const CUT_MARK = '…';

/**
 * A sentence too long for its place and with no clause to cut it at, said in its first words:
 * cut where a phrase ends (before a preposition, conjunction, article or relative word, or after a
 * comma), within `maxWords` and no shorter than half of them, never leaving a word that needs the
 * next nor an open bracket or quotation, and marked "…" so nobody reads it as the whole sentence.
 * "Any permit recorded before the merger of the two districts remains valid for any later owner of
 * the lot, unless …" at 12 words → "Any permit recorded before the merger of the two districts
 * remains valid …". Undefined for CJK text, for a sentence that fits, and when no such cut falls in
 * range. For a slide that would otherwise say nothing of the sentence; bullets stay whole clauses.
 */
export function shortenAtPhrase(sentence: string, maxWords: number): string | undefined {
  const text = tidy(sentence.replace(/\s+/g, ' '));
  if (!text || hasCjk(text) || countWords(text) <= maxWords) return undefined;
  const words = text.split(' ');
  const minWords = Math.max(6, Math.ceil(maxWords / 2));
  for (let cut = Math.min(maxWords, words.length - 1); cut >= minWords; cut--) {
    const last = words[cut - 1] ?? '';
    const next = (words[cut] ?? '').replace(/^["“‘(]+/, '');
    const head = tidy(words.slice(0, cut).join(' '));
    const endsPhrase = /,$/.test(last) || DANGLING_END.test(next) || STOPWORDS.has(next.toLowerCase());
    if (
      endsPhrase &&
      !DANGLING_END.test(head) &&
      !STOPWORDS.has(head.split(' ').at(-1)?.toLowerCase() ?? '') &&
      !openBracketOrQuote(head) &&
      !DEPENDENT_START.test(head)
    )
      return `${head} ${CUT_MARK}`;
  }
  return undefined;
}

/** Shortens a title to at most `maxWords` words at a natural break (colon, dash), else whole words. */
export function shortenTitle(title: string, maxWords = 10): string {
  const text = title.replace(/\s+/g, ' ').trim();
  if (countWords(text) <= maxWords) return text;
  const head = /^(.{8,}?)\s*(?:(?<!\d\s?):|:(?!\s*\d)|\s[—–-]\s)/.exec(text)?.[1];
  if (head && countWords(head) <= maxWords) return head;
  if (hasCjk(text)) return shortenCjkTitle(text, maxWords * 2);
  const words = text.split(' ').slice(0, maxWords);
  // Whole words, but not ending on one that needs the next ("…archived, searchable and").
  while (words.length > 3 && DANGLING_END.test((words.at(-1) ?? '').replace(/[,;:—–-]$/, ''))) words.pop();
  return words.join(' ').replace(/[,;:—–-]$/, '');
}

/**
 * A section title as an agenda line, at most `maxWords` words, but whole when cutting it would leave
 * off no more than two words: the cut of a short heading drops the word that names the thing
 * ("…garden tool" for "…garden tool sheds", "…lakeside reading" for "…lakeside reading room"),
 * and the line a reader looks for on the agenda is the title of the slides that follow.
 */
export function agendaItem(title: string, maxWords: number): string {
  const text = title.replace(/\s+/g, ' ').trim();
  return countWords(text) <= maxWords + 2 ? text : shortenTitle(text, maxWords);
}

type CharClass = 'han' | 'hiragana' | 'katakana' | 'hangul' | 'latin' | 'punct' | 'space';

function charClass(char: string): CharClass {
  if (/\s/.test(char)) return 'space';
  if (/[\p{P}\p{S}]/u.test(char)) return 'punct';
  if (/\p{Script=Hiragana}/u.test(char)) return 'hiragana';
  if (/[\p{Script=Katakana}ー]/u.test(char)) return 'katakana';
  if (/\p{Script=Hangul}/u.test(char)) return 'hangul';
  if (/\p{Script=Han}/u.test(char)) return 'han';
  return 'latin';
}

/**
 * Cuts a CJK title to at most `maxChars` characters at a break a reader sees: after
 * punctuation or a space first, else where the script changes (kanji → katakana, kana →
 * kanji, Latin → CJK), never inside a run of one script nor between a kanji and the kana
 * that inflects it. Keeps the whole title when no such break falls in the second half.
 */
export function shortenCjkTitle(title: string, maxChars: number): string {
  const chars = Array.from(title);
  if (chars.length <= maxChars) return title;
  const minCut = Math.ceil(maxChars / 2);
  let punctuation = -1;
  let scriptChange = -1;
  for (let cut = minCut; cut <= maxChars; cut++) {
    const before = charClass(chars[cut - 1] ?? '');
    const after = charClass(chars[cut] ?? '');
    // Opening brackets belong to what follows them.
    const opening = /[（(「『【〈《［[]/u.test(chars[cut - 1] ?? '');
    if ((before === 'punct' && !opening) || before === 'space' || after === 'space') punctuation = cut;
    else if (before !== after && after !== 'punct' && !(before === 'han' && after === 'hiragana') && !opening)
      scriptChange = cut;
  }
  const cut = punctuation > 0 ? punctuation : scriptChange;
  if (cut < 0) return title;
  return chars
    .slice(0, cut)
    .join('')
    .replace(/[\s、，,：:；;・]+$/u, '');
}
