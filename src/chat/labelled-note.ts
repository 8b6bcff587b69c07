/**
 * @module labelled-note
 * "What do the speaker notes on the budget slide say?", "What does the comment on the Arabic
 * sheet say?", "What does the text box in the report say?": the index keeps such notes said with
 * what they are ("Speaker notes: …", "Comment by Ann: …", "Text box: …", see chunk-file.ts), so
 * the answer is the note of that kind in the passage the rest of the question names, not a
 * sentence of the slide or page around it.
 */
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import type { CitationList } from './citations.ts';
import { questionTerms } from './question-terms.ts';

/** Each kind of note a question may ask the words of, and the label its text starts with. */
const NOTE_KINDS: readonly (readonly [RegExp, string])[] = [
  [
    /\bspeaker notes?\b|\bnotes?\s+(?:on|of|to|for|in)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,6}?slides?\b|(?<!\p{L})(?:заметк\p{L}*|примечани\p{L}*)\s+(?:к|на|для)\s+слайд\p{L}*|(?<!\p{L})заметк\p{L}*\s+докладчика|\b(?:Sprecher)?notizen\s+(?:zu[mr]?|auf)\s+(?:der\s+|dem\s+)?(?:[\p{L}\d-]+\s+){0,6}?Folie\b|\bnotas\s+(?:del\s+orador|de\s+la\s+diapositiva|en\s+la\s+diapositiva)\b|\bnotes\s+(?:de\s+l['’]orateur|du\s+présentateur|de\s+la\s+diapositive)\b/iu,
    'Speaker notes',
  ],
  [/\btext ?box\b/i, 'Text box'],
  [/\bfootnotes?\b/i, 'Footnote'],
  [/\bendnotes?\b/i, 'Endnote'],
  [/\bcomments?\b/i, 'Comment'],
];

/** The passages a note of a file is kept in. */
const FILE_TYPES: ReadonlySet<SearchHit['type']> = new Set(['document', 'slide', 'sheet']);

/**
 * A question after the words of a note: "What does … say?", "What is in …", "What are the speaker
 * notes …?", and the same asked in Russian, German, Spanish or French ("Что сказано в заметках
 * к слайду …?", "Was steht in den Notizen zur Folie …?").
 */
const WORDS_ASKED =
  /^\s*what\s+(?:do|does|did|is|are|was|were)\b|^\s*что\s+(?:написано|сказано|говорится|содержится)(?!\p{L})|^\s*was\s+(?:steht|sagen|sagt|enthalten|enthält)\b|^\s*¿?\s*qu[eé]\s+(?:dicen?|contienen?|pone)\b|^\s*que\s+(?:disent|dit|contiennent)\b/iu;

/** A slide or page named by its title: "on the Budget review slide" (not "on the slide with …"). */
const NAMED_SLIDE = /\b(?:on|of|to|for|in)\s+the\s+((?:[\p{L}\d'’-]+\s+){1,6}?)(?:slide|page)\b/iu;

/** The words that name the note's kind or ask for its words: not what the note is about. */
const ASKING = new Set(
  analyze('speaker notes note text box footnote endnote comment comments say says said written write'),
);

/**
 * "What is the status of the task sent round for comments?": the thing a "what is the …" question
 * asks is the noun it opens with (the status), and a note named later is not it.
 */
const HEAD_ASKED = /^\s*what\s+(?:is|are|was|were)\s+(?:the|a|an)\s+(?=[\p{L}-])/iu;

/** Nouns that ask a note's words when they head the question: "What is the text of the comment on B4?". */
const WORDS_OF = /^(?:text|wording|words|content|contents|gist|message)\b/iu;

/** The label of the kind of note the question asks the words of, if it asks one. */
export function noteAsked(question: string): string | undefined {
  if (!WORDS_ASKED.test(question)) return undefined;
  const head = HEAD_ASKED.exec(question);
  const at = head ? head[0].length : undefined;
  return NOTE_KINDS.find(([pattern]) => {
    const match = pattern.exec(question);
    if (!match) return false;
    // Named after another noun the question opens with, the note is not what is asked.
    return at === undefined || match.index === at || WORDS_OF.test(question.slice(at));
  })?.[1];
}

/** A slide indexed under its number alone ("Deck › Slide 4"): its title placeholder was empty. */
const UNTITLED = /(?:^|›\s*)Slide \d+\s*$/u;

/** The first line of a passage's own words, before the note asked (the heading of an untitled slide). */
function headingOf(text: string, label: string): string {
  const first = text.split('\n').find((line) => line.trim()) ?? '';
  return new RegExp(`^\\s*${label}\\b`, 'i').test(first) ? '' : first;
}

/** The note of that kind in a passage: its labelled line and, for speaker notes (a slide's last part), the lines after it. */
function noteIn(hit: SearchHit, label: string): string | undefined {
  const lines = hit.text.split('\n');
  const start = lines.findIndex((line) =>
    new RegExp(`^\\s*${label}\\b[^:\\n]{0,80}:\\s*\\S`, 'i').test(line),
  );
  if (start < 0) return undefined;
  const rest = label === 'Speaker notes' ? lines.slice(start) : [lines[start] ?? ''];
  return rest
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The note of the kind asked, from the best-ranked passage that holds one and shares a word of
 * what the question says of it (the slide's or the page's words); undefined without one.
 */
export function answerNote(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
): { readonly answer: string; readonly found: boolean; readonly hit: SearchHit } | undefined {
  const label = noteAsked(question);
  if (!label) return undefined;
  const about = questionTerms(question).filter((term) => !ASKING.has(term));
  // A slide or a page named by its title ("the Budget review slide") before the others.
  const titled = (hit: SearchHit) => {
    const words = new Set(analyze(hit.title));
    return about.filter((term) => words.has(term)).length;
  };
  // "on the <title> slide": a slide of another title is not the one asked. A slide with no title
  // of its own (indexed as "Slide 4") is named by its heading line, the words before its note.
  const named = analyze(NAMED_SLIDE.exec(question)?.[1] ?? '').filter((term) => !ASKING.has(term));
  const namedIn = (text: string) => {
    const words = new Set(analyze(text));
    return named.every((term) => words.has(term));
  };
  const byTitle = hits.filter((hit) => namedIn(hit.title));
  const namedHits =
    byTitle.length > 0 || named.length === 0
      ? byTitle
      : hits.filter((hit) => UNTITLED.test(hit.title) && namedIn(headingOf(hit.text, label)));
  const ranked = namedHits.map((hit, rank) => ({ hit, rank, titled: titled(hit) }));
  ranked.sort((a, b) => b.titled - a.titled || a.rank - b.rank);
  for (const { hit } of ranked) {
    if (!FILE_TYPES.has(hit.type)) continue;
    const note = noteIn(hit, label);
    if (!note) continue;
    const words = new Set(analyze(`${hit.title}\n${hit.text}`));
    if (about.length > 0 && !about.some((term) => words.has(term))) continue;
    const n = citations.cite(hit, note);
    return { answer: `${note} [${n}]`, found: true, hit };
  }
  return undefined;
}
