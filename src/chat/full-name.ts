/**
 * @module full-name
 * A mail sentence names people by their first name ("Mary is working up the options"); the
 * mail's own header names them in full ("Okafor, Mary" among its recipients). A "who" answer
 * that gives a first name alone says whom it means when exactly one person of the mail has it.
 */
import { personName } from '../formats/mail/person-name.ts';
import type { SearchHit } from '../index/types.ts';

/**
 * The full names of the first names a mail sentence uses alone, each as "Mary: Mary Okafor",
 * from the mail's sender and recipients: only a first name that one person of them has, and
 * only when the sentence does not write that person's surname.
 */
export function fullNamesOf(sentence: string, hit: SearchHit): string[] {
  if (hit.type !== 'email') return [];
  const people = hit.people
    .map((ref) => personName(ref.name ?? ''))
    .filter((name) => /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'-]+$/u.test(name));
  const out: string[] = [];
  for (const match of sentence.matchAll(
    /(?<![\p{L}\p{M}\p{N}_])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{M}\p{N}_])(?!\s+\p{Lu})/gu,
  )) {
    const first = match[0];
    const same = [...new Set(people.filter((name) => name.split(' ')[0] === first))];
    const full = same[0];
    if (same.length !== 1 || !full) continue;
    const surname = full.split(' ').pop() ?? '';
    if (sentence.includes(surname) || out.some((line) => line.startsWith(`${first}:`))) continue;
    out.push(`${first}: ${full}`);
  }
  return out;
}
