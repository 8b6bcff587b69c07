/**
 * @module named-speakers
 * Which speakers a query about a meeting names, and the query without their names.
 * A speaker is a person, who may speak under several labels ("Hon. Ada Vale" and
 * "Hon. Ada Vale (Minister of Health)"); naming the person names all of them. A query names a
 * person by
 *  - a label written out in full, in either case ("Grad B", "the project manager's", "the Chair");
 *    a label's words said as a thing name its speaker too ("the marketing figures" names the Marketing speaker: telling
 *    the two apart was measured and not kept, see docs/recap-and-ask.md);
 *  - capitalized words of the person's name that no other person's name holds ("Vale",
 *    "Le-Roux", "Kaur-Lind", "the Professor"), hyphenated names taken word by word; a person
 *    noun of a label names its speaker in lower case after "the" ("the professor"). A surname
 *    two people share names neither.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { STOP_WORDS, words } from './text-terms.ts';

/** Words of a label that title a person or mark a member, never their name. */
const TITLES: ReadonlySet<string> = new Set([
  'hon',
  'right',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'the',
  'am',
  'mp',
]);

/** Nouns that say a label is a person ("the project manager", "the marketing expert", "the chair"). */
const PERSON_NOUN =
  /^(?:designer|designers|manager|managers|expert|experts|specialist|specialists|professor|chair|chairman|chairwoman|chairperson|engineer|officer|director|analyst|member|minister)$/;

/** Words of a text for matching names: lower case, hyphens and possessives split off ("Kaur-Lind’s" → kaur lind). */
const nameWords = (text: string): string[] => words(text.replace(/['’]s\b/gu, ' ').replace(/['’]/gu, ' '));

/** The words of a label that name its person: without what is in brackets and without titles. */
function personWords(label: string): string[] {
  return nameWords(label.replace(/\(.*\)/, '')).filter((word) => !TITLES.has(word));
}

const contains = (haystack: readonly string[], needle: readonly string[]): boolean => {
  for (let i = 0; i + needle.length <= haystack.length; i++)
    if (needle.every((word, j) => haystack[i + j] === word)) return true;
  return false;
};

/** Runs of consecutive capitalized words of the query, each as its lower-case name words. */
function capitalizedRuns(query: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const token of query.split(/\s+/)) {
    const bare = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (/^\p{Lu}/u.test(bare)) run.push(...nameWords(bare));
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (/[,;:?!]$/.test(token) && run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Speakers the query names: every label of each person it names (see the module comment). */
export function speakersNamed(query: string, speakers: readonly string[]): Set<string> {
  const labels = [...new Set(speakers)];
  const personOf = new Map(labels.map((label) => [label, personWords(label).join(' ')]));
  const people = [...new Set(personOf.values())].filter(Boolean).map((key) => key.split(' '));
  const lower = nameWords(query);
  const runs = capitalizedRuns(query);
  const namedPeople = new Set<string>();
  for (const label of labels) {
    const full = nameWords(label);
    if (full.length > 0 && contains(lower, full)) namedPeople.add(personOf.get(label) ?? '');
  }
  // Name words said alone: capitalized, or a person noun after "the"; only when they name one person.
  const said = [...runs];
  lower.forEach((word, i) => {
    if (PERSON_NOUN.test(word) && lower[i - 1] === 'the') said.push([word]);
  });
  for (const person of people) {
    const key = person.join(' ');
    if (namedPeople.has(key)) continue;
    for (let from = 0; from < person.length && !namedPeople.has(key); from++)
      for (let to = from + 1; to <= person.length; to++) {
        const part = person.slice(from, to);
        // A part alone must be a name, not a short word or a function word ("May", "B").
        if (part.length === 1 && ((part[0] ?? '').length <= 3 || STOP_WORDS.has(part[0] ?? ''))) continue;
        if (!said.some((run) => contains(run, part))) continue;
        if (people.some((other) => other !== person && contains(other, part))) continue;
        namedPeople.add(key);
        break;
      }
  }
  return new Set(labels.filter((label) => namedPeople.has(personOf.get(label) ?? '')));
}

/** The query with the speakers it names removed ("What did the Industrial Designer say" → "What did the say"). */
export function withoutSpeakerNames(query: string, speakers: readonly string[]): string {
  const named = speakersNamed(query, speakers);
  let text = query;
  // Every label the query writes out is who it asks about, not what it asks about.
  for (const speaker of [...new Set(speakers)].sort((a, b) => b.length - a.length)) {
    const parts = words(speaker.replace(/\(.*\)/, '')).filter((part) => part.length > 1);
    if (parts.length === 0) continue;
    // Each word may be cut short or extended ("Industrial Design", "designer's").
    const pattern = parts
      .map((part) => `${escapeRegExp(part.slice(0, Math.max(4, part.length - 2)))}[\\p{L}'’]*`)
      .join('[\\s-]+');
    // A role label is said with its noun ("the lead engineer", "the budget officer").
    text = text.replace(
      new RegExp(`\\b${pattern}(?:[\\s-]+(?:designer|expert|manager|specialist)s?\\b)?`, 'giu'),
      ' ',
    );
  }
  // A part of a named speaker's name said alone ("Vale", "the Professor") names them too when
  // capitalized; in lower case it is the subject's word ("the project progress" asked of the Project Manager).
  for (const speaker of named)
    for (const part of personWords(speaker))
      if (part.length > 2) {
        const capitalized = `${part.charAt(0).toUpperCase()}${part.slice(1)}`;
        text = text.replace(new RegExp(`\\b${escapeRegExp(capitalized)}\\b`, 'gu'), ' ');
      }
  return text;
}
