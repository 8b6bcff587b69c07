/**
 * @module sentences
 * Splits prose into sentences: on . ! ? and CJK 。！？ followed by space or end, and on line
 * breaks that end a line without punctuation (mail and notes are often unpunctuated lists).
 * Common abbreviations, initials, dotted initialisms ("L.L.C."), decimals and e-mail addresses do not end a sentence,
 * nor does a dot inside brackets that close later or after a number alone ("6. Jahrgang"), nor a dot
 * after a short lower-case abbreviation with a number next ("art. 100") or a phone line's label
 * before its number ("Fax. # 416-555-0143"), nor a dot standing alone in a command ("find . -name"),
 * nor the closing dot of a day and month in figures before their year ("1.10. 2013").
 */

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'e.g',
  'i.e',
  'approx',
  'no',
  'fig',
  'dept',
  'est',
  'p',
  'pp',
  'al',
  'u.s',
  'a.m',
  'p.m',
  'mgr',
  'mgmt',
  'asst',
  'ext',
  'tel',
  'bldg',
  'conf',
  'rm',
  'ste',
  'mt',
  'mtg',
  'ave',
  'blvd',
  'div',
  'govt',
  'intl',
]);

/**
 * Short forms office mail writes with a dot inside a sentence ("the Harbor Rowing Assoc. meets", "per
 * sq. ft.", "the Calif. market", "ie. the bid", "pls. call"), which also end a word a sentence may
 * close on: they run on only before a lower-case word or a figure.
 */
const RUN_ON_ABBREVIATIONS = new Set([
  'assoc',
  'sq',
  'ie',
  'yr',
  'yrs',
  'mgt',
  'calif',
  'tues',
  'weds',
  'thurs',
  'pls',
  'admin',
  'acct',
  'mos',
  'wk',
  'wks',
  'ft',
]);

/** Labels of a phone line a signature may write with a dot before the number: "Ph.", "Fax.", "Cell.". */
const PHONE_LABEL = /^(?:ph|phone|fax|tel|cell|mob|mobile|pager)$/;

/**
 * Abbreviations of other languages that stand before a name or a noun and never close a
 * sentence: Polish "ds." (do spraw), "ul." (ulica), "tzw.", "np.", "wg.", "godz.", "dyr.", "inż.";
 * German "bzw.", "vgl.", "ggf.", "evtl.", "inkl.", "zzgl.", "ca.", "str."; Italian "sig.", "dott.",
 * "avv."; Spanish "sra.", "dra."; Latin "cf."; Russian "ул.", "им.". Only as written in lower
 * case, or capitalised at a sentence start ("Vgl."): in capitals they are English words or codes
 * that may end a sentence ("power in CA. Can we…").
 */
const LOWER_CASE_ABBREVIATIONS = new Set([
  'ds',
  'ul',
  'tzw',
  'np',
  'wg',
  'godz',
  'dyr',
  'inż',
  'bzw',
  'vgl',
  'ggf',
  'evtl',
  'inkl',
  'zzgl',
  'ca',
  'str',
  'sig',
  'dott',
  'avv',
  'sra',
  'dra',
  'cf',
  'ул',
  'им',
]);

export type SentenceSpan = { readonly text: string; readonly start: number; readonly end: number };

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  let width: number | undefined;
  /** The width the text was wrapped at: its longest line. */
  const wrapWidth = () => {
    width ??= Math.max(...text.split('\n').map((line) => line.trimEnd().length));
    return width;
  };
  const emit = (end: number) => {
    const raw = text.slice(start, end);
    const trimmedStart = start + (raw.length - raw.trimStart().length);
    const value = raw.trim().replace(/\s+/g, ' ');
    if (value.length > 0) spans.push({ text: value, start: trimmedStart, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '。' || char === '！' || char === '？') {
      emit(i + 1);
      continue;
    }
    if (char === '\n') {
      // A blank line, or a line break after a line that looks complete, ends a sentence.
      const next = text.indexOf('\n', i + 1);
      const nextLine = text.slice(i + 1, next === -1 ? undefined : next).trim();
      const previous = text.slice(start, i).trim();
      const listItem = /^([-*•]|\d+[.)])\s/.test(nextLine);
      // A parenthesis still open ("(I will send an e-mail\nMonday with the room.)") runs on.
      // So does a phone number wrapped after its area code ("call me at (512)\n370-2836 or …").
      const openParen =
        (previous.match(/\(/g)?.length ?? 0) > (previous.match(/\)/g)?.length ?? 0) ||
        (/\(\d{2,4}\)$/.test(previous) && /^\d/.test(nextLine));
      // An opening quote or bracket typed alone at the end of a line opens the next line's sentence.
      const lineEnds =
        previous.length > 0 &&
        !/^["“‘([]+$/u.test(previous) &&
        !openParen &&
        !/[,;:(\-–]$/.test(previous) &&
        opensSentence(nextLine, previous) &&
        looksLikeLineEnd(previous) &&
        !filledCapitalLine(text.slice(text.lastIndexOf('\n', i - 1) + 1, i).trim(), nextLine, wrapWidth());
      if (nextLine === '' || listItem || lineEnds) {
        emit(i);
      }
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?') continue;
    const after = text[i + 1];
    if (after !== undefined && !/[\s"'”’)\]]/.test(after)) continue;
    if (char === '.') {
      // A dot standing alone as a word inside a command ("find . -exec rm", "cp a.txt . && ls")
      // is the current directory: the line runs on with an option, a path or a lower-case word.
      if (/\s/.test(text[i - 1] ?? '') && /^\s+[-/|;&>a-z]/.test(text.slice(i + 1, i + 3))) continue;
      // Text typed with a space before its stops ("ON AUG . 31", "THE U.S . WANTS", "SHEIK A . M .
      // AZAHARI") spaces its abbreviations' dots too: an initial or a dotted initialism, as when
      // unspaced, or an abbreviation with a number next, runs on.
      const spaced = /(?:^|[^\p{L}.])([\p{L}.]+) $/u.exec(text.slice(Math.max(0, i - 14), i))?.[1];
      if (
        spaced &&
        (/^(?:\p{L}\.)*\p{L}$/u.test(spaced) ||
          (ABBREVIATIONS.has(spaced.toLowerCase()) && /^ \d/.test(text.slice(i + 1, i + 3))))
      )
        continue;
      const written = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
      const word = written.toLowerCase();
      // Initials and dotted initialisms ("J.", "L.L.C.", "U.K.") do not end a sentence.
      if (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word)) continue;
      if (LOWER_CASE_ABBREVIATIONS.has(word) && /^\p{L}\p{Ll}+$/u.test(written)) continue;
      if (RUN_ON_ABBREVIATIONS.has(word) && /^\s+[\p{Ll}\d]/u.test(text.slice(i + 1, i + 4))) continue;
      // Nor does a phone line's label before its number, as signatures write it: "Ph. # 416-555-0142",
      // "Fax. (416) 555-0143"; the label says which line the number is.
      if (PHONE_LABEL.test(word) && /^\s+(?:#\s*)?[(+]?\d/.test(text.slice(i + 1, i + 10))) continue;
      // Nor does one after a short lower-case word with a number next: the abbreviations legal and
      // technical text puts before a number, in any language ("art. 100", "ust. 1", "nr. 5", "vol. 2").
      if (
        /(?:^|[^\p{L}])\p{Ll}{2,4}$/u.test(text.slice(Math.max(0, i - 6), i)) &&
        /^ \d/.test(text.slice(i + 1, i + 3))
      )
        continue;
      // Nor does the closing dot of a day and month written in figures before its year ("am 1.10. 2013").
      if (
        /(?:^|[^\d.])\d{1,2}\.\d{1,2}$/.test(text.slice(Math.max(0, i - 6), i)) &&
        /^ (?:19|20)\d\d(?!\d)/.test(text.slice(i + 1, i + 6))
      )
        continue;
      // Nor does a dot inside a bracket that closes further on ("[real name: J. Smith]", "(cf. p. 4)"),
      // whatever language abbreviates there, nor one after a number alone ("6. Jahrgang", "3. Kapitel").
      if (insideBrackets(text, start, i) || !/\p{L}/u.test(text.slice(start, i))) continue;
    }
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end]!)) end++;
    // A closing quote spaced off the stop ('… OUR ENEMIES ! " MAO …') closes this sentence: a
    // curly one always, a straight one when this sentence has opened a quotation it has not closed.
    const closer = /^ +(["”])(?=\s|$)/.exec(text.slice(end, end + 4));
    if (closer && (closer[1] === '”' || (text.slice(start, end).match(/"/g)?.length ?? 0) % 2 === 1))
      end += closer[0].length;
    emit(end);
    i = end - 1;
  }
  emit(text.length);
  return spans;
}

/**
 * Whether position `at` is inside a ( or [ opened since `from` and closed within the next 300
 * characters, though not right after it: "(It was kept.) Later…" ends a sentence at the bracket.
 */
function insideBrackets(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const after = text.slice(at + 1, at + 300);
  return (['()', '[]'] as const).some(([open, close]) => {
    const depth = before.split(open).length - before.split(close).length;
    return depth > 0 && after.includes(close) && !after.startsWith(close);
  });
}

/**
 * Whether a line can open a new sentence after `previous`: a capital or a quote does; a number
 * does only after a short line, since a long one cut before a number is a hard wrap of one
 * sentence ("… positions in the 2007 through\n2010 timeframe create …").
 */
function opensSentence(line: string, previous: string): boolean {
  if (/^[A-Z"“]/.test(line)) return true;
  return /^\d/.test(line) && (previous.split('\n').at(-1) ?? previous).length < WRAPPED_LINE;
}

/** A line at least this long that ends without a full stop was most likely wrapped by a mail program. */
const WRAPPED_LINE = 60;

/** A line at least this long was filled to a mail program's wrap width (72–80 columns). */
const FULL_LINE = 70;

/**
 * A line of text set all in capitals, filled to a wrap width, that stops on a word or a figure:
 * wrapped mid-sentence, since such text gives no lower-case cue ("… AMBASSADOR TO WEST GERMANY,
 * WHO\nRESIGNED A FORTNIGHT AGO …", "… USED IN 60\nSUCCESSFUL CASES"). Filled means 60 characters
 * or more, or short of the text's `width` (its longest line) by less than the next line's first
 * word ("… HIS INFLUENCE OVER THE BORNEO\nTERRITORIES, BUT …"). The whole printed line is measured,
 * not the sentence's part of it.
 */
function filledCapitalLine(line: string, next: string, width: number): boolean {
  if (!/[\p{Lu}\p{N}]$/u.test(line) || !/\p{Lu}/u.test(line) || /\p{Ll}/u.test(line)) return false;
  const nextWord = next.split(/\s/)[0] ?? '';
  return (
    line.length >= WRAPPED_LINE ||
    (width >= WRAPPED_LINE && line.length >= width * 0.6 && line.length + 1 + nextWord.length > width)
  );
}

/** A line that reads as finished on its own: a heading-like or list-like short line. */
function looksLikeLineEnd(previous: string): boolean {
  const lastLine = previous.split('\n').at(-1) ?? previous;
  // A line cut after a word that needs the next one ("…the way we managed our\nMerchant book") runs on.
  // So does a line filled to the wrap width that stops on a lower-case word ("…incremental value that will hit\nDana's P&L tonight.").
  if (lastLine.length >= FULL_LINE && /\p{Ll}$/u.test(lastLine)) return false;
  return (
    lastLine.length < 80 &&
    !/\b(and|or|but|nor|the|a|an|to|of|for|with|in|on|at|by|from|into|than|as|our|your|my|his|her|their|its|this|that|these|those|is|are|was|were|be|will|would|per|via)$/i.test(
      lastLine,
    )
  );
}

/**
 * A sentence quoted from text typed with a space before its full stops and commas ("… THE
 * PERSIAN GULF .", "U.S . TROOPS"), set as a reader writes it ("… THE PERSIAN GULF.", "U.S.
 * TROOPS"). No language spaces a full stop or a comma off its word; the space some languages put
 * before ";", ":", "!" and "?" is kept.
 */
export function withStopsClosedUp(text: string): string {
  // A dot standing alone before an option, a path or a lower-case word is a command's ("find . -name").
  return text.replace(/(?<=[\p{L}\p{N})"”'’]) +([.,])(?=$|\s(?![-/|;&>a-z]))/gu, '$1');
}

/** Marks prose seldom writes and code often does: brackets of a type or a block, an assignment. */
const CODE_MARK = /[<>{}=]/u;

/**
 * A quoted sentence closed as a reader writes one: a full stop added after its last word, or after
 * the comma, semicolon or colon a line or a list item ended on ("… for the first round;" →
 * "… for the first round."), a stop doubled by the writer made single ("… by Friday.." → "… by
 * Friday."), an ellipsis kept ("Call me…", "See you..."). A mark escaped for a command ("-exec rm
 * {} \;") or ending a line of code ("private Map<String, Integer> counts;") is the code's own:
 * nothing is added after it.
 */
export function closedSentence(text: string): string {
  const body = text.replace(/\s+$/u, '');
  if (/\\[;,:]$/u.test(body) || (/;$/u.test(body) && CODE_MARK.test(body))) return body;
  const open = body.replace(/\s*[,;:]+$/u, '');
  if (open === '') return `${body}.`;
  if (/(?:[!?。！？…]|\.{3})["'”’»]?$/u.test(open)) return open.replace(/\.{4,}$/u, '...');
  if (/(?<!\.)\.\.$/u.test(open)) return open.slice(0, -1);
  if (/\.["'”’»]?$/u.test(open)) return open;
  return `${open}.`;
}
