/**
 * @module compress-utterance
 * Spoken turns to readable text: transcript markup ({disfmarker}, {vocalsound}, [laughter]),
 * fillers (um, uh, you know, I mean), hedges, stutters and repeated words are removed, the
 * tokenized spacing of corpora ("it 's", "do n't", " .") is joined, and the first letter is
 * capitalized. What remains keeps the speaker's words and order.
 */

const MARKUP =
  /\{[a-z_]+\}|\[(?:disfluency|laughter|laughs|noise|inaudible|crosstalk|silence|music|applause|pause|gap|vocalsound|unintelligible|[a-z ]{1,20})\]|<[a-z_]+\/?>/gi;
const FILLERS =
  /,?\s*\b(?:um+|uh+|uhm+|uh-huh|um-hum|mm+(?:\s*-\s*hmm+)?|hmm+|er+|erm+|ah+|eh|ooh|gosh|you know|I mean|you see|I guess|I think|I suppose|I'd say|kind of|sort of|kinda|sorta|let's see|let me see|and stuff|and everything|or something|or whatever|basically|literally|actually|just|really)\b\s*,?/gi;

/** Fillers that are only dropped at the start of a clause (they carry meaning elsewhere). */
const LEADING =
  /^(?:(?:and|but|so|well|now|then|okay|ok|alright|right|yeah|yes|no|oh|um|uh|hmm|mm|also|anyway|because|cause|actually|basically|I mean|you know|I think|I guess)\b[\s,.-]*)+/i;

/** Short words that are words, not a restart cut off before the longer word they begin ("on one", "in into"). */
const SHORT_WORDS = new Set(
  'a i an in on to at as is it of or he we be do go no so up us my me by if am ah oh ok all and any are but can did for had has her him his how its let may not now one our out she the too two was who why yes you'.split(
    ' ',
  ),
);

/** Joins the tokenized spacing of corpus transcripts, and spelled-out acronyms ("L_C_D_" → "LCD"). */
export function detokenize(text: string): string {
  return text
    .replace(/\b(?:\p{Lu}_){2,}/gu, (letters) => letters.replace(/_/g, ''))
    .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
    .replace(/\s+([.,!?;:%)\]])/g, '$1')
    .replace(/([([])\s+/g, '$1')
    .replace(/\s+-\s+(?=\w)/g, '-')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Removes markup, fillers, hedges and stutters ("the the", "I I'm") from one utterance. */
export function compressUtterance(raw: string, options: { aggressive?: boolean } = {}): string {
  let text = raw.replace(/\{(?!disfmarker\})[a-z_]+\}/g, ' ').trim();
  // A short restart before a disfluency marker is the part the speaker abandoned.
  for (let pass = 0; pass < 4 && text.includes('{disfmarker}'); pass++) {
    text = text.replace(/(^|[.!?,]\s*)((?:[^\s{}.!?,]+\s+){0,3}[^\s{}.!?,]+)?\s*\{disfmarker\}/g, '$1');
  }
  text = detokenize(text.replace(MARKUP, ' '));
  if (options.aggressive !== false) {
    text = text.replace(FILLERS, ' ');
    text = text.replace(/(?<=[.!?]\s|^)(?:so|well|okay|ok|right|yeah|alright|anyway|now)\b[\s,]*/gi, '');
  } else {
    text = text.replace(/\b(?:um+|uh+|uhm+|hmm+|mm+(?:-hmm+)?|er+|erm+)\b/gi, ' ');
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
      .replace(/\b\w{1,3}-\s+(?=\w)/g, '');
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
    .filter((clause) => /[\p{L}\p{N}]/u.test(clause))
    .map((clause) => clause.charAt(0).toUpperCase() + clause.slice(1))
    .join(' ')
    .replace(/,\s*([.!?])/g, '$1')
    .trim();
  if (text && !/[.!?]$/.test(text)) text += '.';
  return text;
}
