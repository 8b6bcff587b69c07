/**
 * @module document-author
 * "Who wrote the document with a list in a table cell?", "Who is the author of the page that
 * says …?": the author a file's own properties name (Word's creator, an OpenDocument's initial
 * creator, a deck's author), of the document whose words answer the rest of the question best.
 * The author may be a person or a team written in lower case ("eng-dept"): the properties say
 * who wrote it, so no name shape is asked of it. Mail has its own sender answer; a comment,
 * a note or a message asked about has an author of its own, so only a question about a
 * document, a deck or a sheet is answered here.
 */

import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { joinNames } from '../lib/text/join-names.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer, weaklySupported } from './passage-answer.ts';

/** Kinds of file a person writes, as a question names them. */
const FILE_NOUN =
  '(?:document|doc|file|page|text|deck|presentation|slides?|slideshow|sheet|spreadsheet|workbook|template|report|paper|manual|guide|memo|handout|form|chapter|article|study|note|letter|proposal|newsletter|handbook|booklet|essay|talk|lecture|keynote|webinar)';

/**
 * A word of a file's name before its noun: a journal's or a talk's title runs to several words
 * ("the Orchard Soil & Water Review manuscript template"), but a clause ("the account that sent
 * the report") names something else.
 */
const NAME_WORD = "(?!(?:that|which|who|whom|whose|to|for|from)\\s)[\\p{L}\\d'’.&-]+\\s+";

/**
 * "Who wrote / created / gave / is the author of the (up to eight words) <file noun>": the noun
 * asked about is the file itself (a deck's talk given), not a comment or a line in it.
 */
const WRITER_OF_FILE = new RegExp(
  `^\\s*who\\s+(?:(?:wrote|authored|created|drafted|prepared|made|gave|presented|delivered)|(?:is|was|are|were)\\s+the\\s+(?:authors?|creators?|writers?)\\s+of)\\s+(?:the|this|that|a|an)\\s+((?:${NAME_WORD}){0,8}?)${FILE_NOUN}\\b`,
  'iu',
);

/** The types of passage whose properties may name an author. */
const FILE_TYPES: ReadonlySet<SearchHit['type']> = new Set(['document', 'slide', 'sheet']);

/** The file's authors from its properties, as the reader wrote them. */
const authorsOf = (hit: SearchHit) => [
  ...new Set(
    hit.people.filter((ref) => ref.role === 'author').flatMap((ref) => (ref.name ? [ref.name] : [])),
  ),
];

/**
 * What the question says of the file: "the document with a list in a table cell?" → "with a
 * list in a table cell?"; when nothing follows the file's noun, the words before it ("the
 * soil sampling chapter?" → "soil sampling").
 */
function topicOf(question: string): string {
  const after = question.replace(WRITER_OF_FILE, '').trim();
  if (after.replace(/[?.!\s]/g, '') !== '') return after;
  return (WRITER_OF_FILE.exec(question)?.[1] ?? '').trim();
}

/** True when the question asks who wrote a file (not a mail, a comment or a line of it). */
export function fileAuthorAsked(question: string): boolean {
  return WRITER_OF_FILE.test(question);
}

/**
 * The author of the file whose passage answers the question's description of it; undefined
 * when no file passage supports it well or its properties name no author.
 */
export function answerFileAuthor(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
): { readonly answer: string; readonly found: boolean } | undefined {
  const files = hits.filter((hit) => FILE_TYPES.has(hit.type) && authorsOf(hit).length > 0);
  const topic = topicOf(question);
  if (files.length === 0 || topic.replace(/[?.!\s]/g, '') === '') return undefined;
  const scratch = new CitationList();
  const best = extractiveAnswer(`what ${topic}`, files, scratch, undefined);
  if (!best.found || !best.hit || weaklySupported(best, undefined)) return undefined;
  const quote = scratch.items[0]?.quote ?? best.hit.title;
  const n = citations.cite(best.hit, quote);
  const title = best.hit.title.split(' › ')[0] ?? best.hit.title;
  return { answer: `${joinNames(authorsOf(best.hit))} wrote it ("${title}"): ${quote} [${n}]`, found: true };
}

/** A question about who gave or presented a talk, rather than who made the file. */
const SPEAKER_ASKED = /^\s*who\s+(?:gave|presented|delivered|are\s+the\s+authors|is\s+the\s+author)\b/i;

/** A line of a title slide that holds a person's name: two to four capitalised words, an initial or a title allowed. */
const PERSON_NAME =
  /(?:^|[\s,(])(?:(?:Dr|DI|Prof|Mag|Ing)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}(?=\s*(?:$|[.,<(–-]))/mu;

/** A body's name under a speaker's: "Tarvel Farm Institute", "Sustainable Development Department". */
const BODY_NAME =
  /\b(?:Institute|Institut|University|Universit\p{L}+|Department|Bank|Forum|Ministry|Council|Association|Society|Cent(?:re|er)|College|School|Group|Inc|Ltd|Corporation|Company|Foundation|Agency|Office|Committee|Laborator(?:y|ies))\b/u;

/** The words of a talk's title slide beside its title, for "who gave the … talk?". */
function speakerLines(slide: SearchHit, topic: ReadonlySet<string>): string[] {
  const lines = slide.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^(?:speaker notes|comment by)\b/i.test(line));
  const names: string[] = [];
  for (const line of lines.slice(1)) {
    // A label and its value ("Part 1: Scaling Up") is a part of the talk, not its speaker.
    const named =
      PERSON_NAME.test(line) &&
      !BODY_NAME.test(line) &&
      !/:\s/.test(line) &&
      !analyze(line.replace(/<[^>]*>/g, ' ')).some((term) => topic.has(term));
    if (named) names.push(line);
    else if (names.length > 0) break;
  }
  return names;
}

/**
 * "Who gave the Tarvel Water Review talk?": the people the title slide of the deck whose words
 * answer the rest of the question names, when the deck's properties name none or another (the
 * speaker is on the slide, the file may be made by anyone). Only a slide 1 whose own words carry
 * the question's topic, and a line of names under its title.
 */
export function answerTitleSlide(
  question: string,
  titleSlides: readonly SearchHit[],
  citations: CitationList,
): { readonly answer: string; readonly found: boolean } | undefined {
  if (!SPEAKER_ASKED.test(question)) return undefined;
  const topic = new Set(analyze(topicOf(question)));
  if (topic.size === 0) return undefined;
  const shared = (slide: SearchHit) =>
    [...new Set(analyze(`${slide.title}\n${slide.text}`))].filter((term) => topic.has(term)).length;
  const ranked = titleSlides
    .map((slide) => ({ slide, shared: shared(slide) }))
    .filter(({ shared }) => shared * 2 >= topic.size)
    .sort((a, b) => b.shared - a.shared);
  for (const { slide } of ranked) {
    const names = speakerLines(slide, topic);
    if (names.length === 0) continue;
    const quote = names.join(' ');
    const n = citations.cite(slide, quote);
    return { answer: `${quote} [${n}]`, found: true };
  }
  return undefined;
}
