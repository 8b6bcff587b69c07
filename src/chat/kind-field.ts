/**
 * @module kind-field
 * A notice written as a document or a slide gives its facts under labels ("Event: Spring fair",
 * "Venue: Old Mill Hall", "Duration: up to 4 hours"), in whatever language it is written
 * ("Lieu :", "Ort:", "Miejsce:", "Czas trwania:"). A question that asks where the event is or
 * how long it lasts asks by its own word ("where", "gdzie", "how long", "jak długo"), not by the
 * label, and the line under the label shares none of the question's other words: those stand in
 * the line that names the event. When one passage carries nearly all of the question's words and
 * one line labelled with the kind asked, that line answers.
 */

import type { SearchHit } from '../index/types.ts';
import { closedSentence } from '../lib/text/sentences.ts';
import type { AnswerType } from './answer-type.ts';
import type { CitationList } from './citations.ts';
import type { ExtractiveAnswer } from './passage-answer.ts';
import { fold, foldedTerms, questionTerms } from './question-terms.ts';

/** The kinds of fact a label gives that a question asks by its own word. */
type FieldKind = 'place' | 'duration';

/** A label's last words for each kind, in the languages of a workspace. */
const KIND_LABELS: Readonly<Record<FieldKind, string>> = {
  place:
    'place|venue|location|where|lieu|ort|veranstaltungsort|miejsce|lugar|local|luogo|locatie|plaats|место|место проведения',
  duration:
    'duration|length|durée|dauer|czas trwania|duración|duração|durata|duur|продолжительность|длительность',
};

/** A label of the kind, with at most one word before it ("Expected duration", "Przewidywany czas trwania"). */
const LABEL_OF: Readonly<Record<FieldKind, RegExp>> = {
  place: new RegExp(`^(?:[\\p{L}-]+\\s+)?(?:${KIND_LABELS.place})$`, 'iu'),
  duration: new RegExp(`^(?:[\\p{L}-]+\\s+)?(?:${KIND_LABELS.duration})$`, 'iu'),
};

/** "How long does … last?", "Jak długo potrwa …?", "Wie lange dauert …?", "Combien de temps dure …?". */
const DURATION_ASKED =
  /\bhow long\b|\bduration\b|(?<![\p{L}])(?:jak\s+długo|wie\s+lange|combien\s+de\s+temps|durée|cu[aá]nto\s+(?:tiempo\s+)?dura|quanto\s+(?:tempo\s+)?dura|hoe\s+lang|сколько\s+(?:времени\s+)?(?:длится|продлится))(?![\p{L}])/iu;

/** The verbs a length is asked with: "How long will it last?", "Jak długo potrwa?", "Wie lange dauert?". */
const DURATION_VERB =
  /(?<![\p{L}])(?:last(?:s|ed)?|take(?:s)?|took|run(?:s)?|potrwa\p{L}*|trwa\p{L}*|dauer\p{L}*|dur(?:e|era|ent|ait)|dura|duurt)(?![\p{L}])/giu;

/** A line that opens with a label of a few words and a colon; its value after it or on the next line. */
const LABEL_LINE = /^\s*[-*•]?\s*(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3})\s*:\s*(.*)$/u;

/** The share of the question's own words the passage must carry to be the notice asked about. */
const MIN_SHARE = 0.75;
/** How far down the ranking the notice may stand. */
const DEPTH = 3;
/** Passages of office files that notices are written in. */
const NOTICE_TYPES: ReadonlySet<string> = new Set(['document', 'slide']);

/** The kind of labelled fact asked, else undefined. */
export function fieldKindAsked(question: string, type: AnswerType | undefined): FieldKind | undefined {
  if (type === 'place') return 'place';
  if (DURATION_ASKED.test(question)) return 'duration';
  return undefined;
}

/** The passage's lines labelled with the kind, as "Label: value" (a value on the next line joined). */
export function kindLines(text: string, kind: FieldKind): string[] {
  const lines = text.split('\n');
  const found: string[] = [];
  for (const [i, line] of lines.entries()) {
    const match = LABEL_LINE.exec(line);
    const label = match?.[1]?.trim();
    if (!label || !LABEL_OF[kind].test(label)) continue;
    const value = (match?.[2]?.trim() || (lines[i + 1] ?? '').replace(/^\s*[-*•]\s*/, '').trim()).trim();
    // The next line may be another label: then this one labels nothing.
    if (!value || LABEL_LINE.exec(value)?.[2] === '') continue;
    found.push(`${label}: ${value}`);
  }
  return found;
}

/**
 * The line labelled with the kind asked of the first passages (a document's or a slide's) that
 * carries the question's own words nearly all; none when no kind is asked, when the passage
 * labels two different values of it, or when none carries the question's words.
 */
export function kindFieldAnswer(
  question: string,
  type: AnswerType | undefined,
  hits: readonly SearchHit[],
  citations: CitationList,
): ExtractiveAnswer | undefined {
  const kind = fieldKindAsked(question, type);
  if (!kind) return undefined;
  // The words that ask the length are not the notice's: "How long will the fair last?" asks of "the fair".
  const own =
    kind === 'duration' ? question.replace(DURATION_ASKED, ' ').replace(DURATION_VERB, ' ') : question;
  const asked = [...new Set(questionTerms(own, type).map(fold))];
  if (asked.length < 2) return undefined;
  for (const hit of hits.slice(0, DEPTH)) {
    if (!NOTICE_TYPES.has(hit.type)) continue;
    const passage = new Set(foldedTerms(`${hit.title} ${hit.text}`));
    const share = asked.filter((term) => passage.has(term)).length / asked.length;
    if (share < MIN_SHARE) continue;
    const lines = [...new Set(kindLines(hit.text, kind))];
    if (lines.length !== 1) continue;
    const quote = (lines[0] ?? '').replace(/[.;,]\s*$/, '');
    const n = citations.cite(hit, quote);
    return { answer: `${closedSentence(quote)} [${n}]`, sentences: 1, found: true, hit, keyed: true };
  }
  return undefined;
}
