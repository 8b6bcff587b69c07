/**
 * @module section-heading
 * A mail laid out under people's names ("Ann Lee:" over her numbers, or a line led by a name,
 * "Bo Day - Home # - …", or, in a list of such lines, by a surname alone and a dash, "Varga - funded at
 * 12k", or by the name of a thing and a dash or two, "North Library -- a new reading room") says each line of
 * the person or thing its heading names. A line under one
 * person's heading answers nothing for another the question names: "Bo Day's cell?" is not the
 * cell number under "Ann Lee:". Only where the question names one of the mail's headings and the
 * line's heading is another one; a question that names none of them reads every line. A name
 * alone on a line (a signature's, a greeting's) and a section title ("Gas") are no heading: the
 * lines under a signature (a company, a phone) are the signer's.
 */
import type { SearchHit } from '../index/types.ts';
import { foldedTerms } from './question-terms.ts';

/** A line that is a name alone: a few words, no sentence end ("Ann Lee", "Gas"). */
const OWN_LINE = /^\s*(\p{L}[\p{L}\p{N}'&.-]*(?:[ \t]+\p{L}[\p{L}\p{N}'&.-]*){0,3})(?<!\.)\s*:?\s*$/u;
/** A heading over lines: a person's name and a colon ("Ann Lee:", "Bo J. Day:"); a name alone is often a signature's. */
const NAME_HEADING = /^\s*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\.?)?(?:[ \t]+\p{Lu}\p{Ll}+){1,2})\s*:\s*$/u;
/** A line led by a person's name and a dash or colon: "Bo Day - Home # - 281-555-0100", "Ann Lee: 555-0101". */
const LED_BY_NAME = /^\s*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\.?)?(?:[ \t]+\p{Lu}\p{Ll}+){1,2})\s*(?:-|:)\s+\S/u;
/** A line led by a surname alone and a dash: "Varga - funded at 12k", "Osei - declined". */
const LED_BY_SURNAME = /^\s*(\p{Lu}\p{Ll}+)[ \t]+[-–][ \t]+\S/u;

/**
 * A line led by a capitalised name of a thing and a dash or two, "North Library -- a new reading room",
 * "Old Mill Yard – closed", "North-Ridge Plant - …".
 */
const LED_BY_THING =
  /^\s*(\p{Lu}[\p{L}\p{N}'&.]*(?:-\p{L}[\p{L}\p{N}']*)*(?:[ \t]+\p{Lu}[\p{L}\p{N}'&.]*(?:-\p{L}[\p{L}\p{N}']*)*){0,3})[ \t]+(?:--?|–|—)[ \t]+\S/u;

/** A line led so by the pattern, in a list of such lines: the line before or after is led so too. */
function ledInList(pattern: RegExp, lines: readonly string[], line: number): RegExpExecArray | null {
  const led = pattern.exec(lines[line] ?? '');
  const listed = [line - 1, line + 1].some((other) => pattern.test(lines[other] ?? ''));
  return led && listed ? led : null;
}

/** A line led by a surname and a dash, in a list of such lines: the line before or after is led so too. */
function surnameLed(lines: readonly string[], line: number): RegExpExecArray | null {
  return ledInList(LED_BY_SURNAME, lines, line);
}

type Heading = { readonly line: number; readonly terms: readonly string[] };

function headings(lines: readonly string[]): Heading[] {
  const out: Heading[] = [];
  // A name alone over the first lines greets the reader ("Pete"): headings come after some text.
  const opening = lines.findIndex((text) => text.trim() !== '' && !OWN_LINE.test(text));
  for (const [line, text] of lines.entries()) {
    if (opening < 0 || line <= opening) continue;
    const own = NAME_HEADING.exec(text);
    // A heading stands over something: a non-empty line follows it, at most one blank line between.
    const follows = (lines[line + 1] ?? '').trim() !== '' || (lines[line + 2] ?? '').trim() !== '';
    const label =
      own && follows
        ? own[1]
        : (LED_BY_NAME.exec(text) ?? surnameLed(lines, line) ?? ledInList(LED_BY_THING, lines, line))?.[1];
    const terms = label ? foldedTerms(label) : [];
    if (terms.length > 0) out.push({ line, terms });
  }
  return out;
}

/** The passage's line holding the start of a sentence, or -1. */
function lineOf(lines: readonly string[], sentence: string): number {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const start = flat(sentence).slice(0, 40);
  if (start.length < 8) return -1;
  return lines.findIndex(
    (line) =>
      flat(line).length > 0 && (start.startsWith(flat(line).slice(0, 40)) || flat(line).includes(start)),
  );
}

/**
 * True when the answer's first sentence stands in a mail under a heading the question does not
 * name, while the question names another heading of the same mail.
 */
export function underOtherHeading(question: string, hit: SearchHit, answer: string): boolean {
  if (hit.type !== 'email') return false;
  const lines = hit.text.replace(/\r\n?/g, '\n').split('\n');
  const all = headings(lines);
  if (all.length < 2) return false;
  const asked = new Set(foldedTerms(question));
  const named = (heading: Heading) => heading.terms.every((term) => asked.has(term));
  if (!all.some(named)) return false;
  const first = answer.replace(/\s*\[\d+\].*$/s, '');
  const at = lineOf(lines, first);
  if (at < 0) return false;
  const over = all.filter((heading) => heading.line <= at).at(-1);
  return over !== undefined && !named(over);
}
