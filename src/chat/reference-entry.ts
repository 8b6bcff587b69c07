/**
 * @module reference-entry
 * Whether an answer is an entry of a reference list given for a question that asks of no
 * publication. "Who gave the Garden Pumps talk?" is not answered by "Mira Okafor, Garden Pumps
 * Handbook, 3rd Edition, 2011 Larkspur Press; ISBN 0-000-00000-0": the entry shares the talk's
 * words because it is a book on the talk's topic, and its name is the book's author. A sentence
 * is an entry when it carries two marks of a citation or more (an ISBN, an edition, a volume or
 * pages, an editor, a publisher, an author's year in brackets, an opening "In Title;", an endnote's
 * number opening it, a month and year of issue).
 */
import { partsBetweenMarks } from './citations.ts';

/** Marks of a citation, each a small pattern; two or more make a sentence a reference entry. */
const CITATION_MARKS: readonly RegExp[] = [
  /\bISBN\b/i,
  /\b\d+(?:st|nd|rd|th)\s+(?:ed\.|edition)|\bedition\b/i,
  /\bEds?\.\s*[;,)]/,
  /\bVol\.\s*(?:\d|$|\[)|\bvolume\s+\d/i,
  /\bpp?\.\s*\d/,
  /\bet al\./i,
  /\bdoi:|\bdoi\.org\//i,
  /\((?:19|20)\d\d[a-z]?\)\s*[:.]/,
  /\b(?:Press|Verlag|Publishers?|Publishing|Associates|Editions)\b/,
  /^\s*In\s+\p{Lu}[^;]{2,120};/u,
  // An endnote's number opening it ("30 - Planning Office, …") and the month and year it was issued, between commas (", July 2029,").
  /^\s*\d{1,3}\s+[-–]\s+\p{Lu}/u,
  /,\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\s*,/,
];

/** Words of a question that asks about a publication: then an entry is what it wants. */
const PUBLICATION_ASKED =
  /(?<!\p{L})(?:books?|published|publish(?:es|er|ing)?|publication|edition|isbn|references?|cited?|cites|citation|bibliography|dissertation|thesis|volume|buch|erschien|erschienen|veröffentlicht|verlag|libro|publicad[oa]|editorial|livre|publié|ouvrage|книг\p{L}*|издан\p{L}*)(?!\p{L})/iu;

/** The sentences of an answer, without their citation marks ("[1]"). */
const sentencesOf = (answer: string) =>
  partsBetweenMarks(answer)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

/** An entry's opening as an author-year list writes it: "Huber, Michaela (2005): …", "Ode, A. (1998). …". */
const AUTHOR_YEAR_OPENING =
  /^\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}.'’ -]{0,40}?\s*\((?:1[5-9]|20)\d\d[a-z]?\)\s*[:.]/u;

/** The place and publisher that close an entry: "Paderborn: Junfermann.", "London: Orvik Press." */
const PLACE_AND_PUBLISHER = /^\p{Lu}[\p{L} .'’-]{1,40}:\s*\p{Lu}[^.:;]{1,60}\.?$/u;

/**
 * Sentences of one entry of an author-year list joined again: "Huber, Michaela (2005): Wege der
 * Traumabehandlung." and "Paderborn: Junfermann." are one entry, its publisher part of it.
 */
export function withWholeEntries(sentences: readonly string[]): string[] {
  const out: string[] = [];
  for (const sentence of sentences) {
    const last = out[out.length - 1];
    if (last !== undefined && AUTHOR_YEAR_OPENING.test(last) && PLACE_AND_PUBLISHER.test(sentence.trim()))
      out[out.length - 1] = `${last} ${sentence.trim()}`;
    else out.push(sentence);
  }
  return out;
}

/** True when a sentence carries two marks of a citation or more. */
export function isReferenceEntry(sentence: string): boolean {
  return CITATION_MARKS.filter((mark) => mark.test(sentence)).length >= 2;
}

/** True when every sentence of the answer is a reference entry and the question asks of no publication. */
export function referenceEntryForOther(question: string, answer: string): boolean {
  if (PUBLICATION_ASKED.test(question)) return false;
  const sentences = sentencesOf(answer);
  return sentences.length > 0 && sentences.every(isReferenceEntry);
}
