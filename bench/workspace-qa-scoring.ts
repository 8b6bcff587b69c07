/**
 * How the workspace questions (`../shared/eval/workspace-qa/dev.jsonl`) are split and scored,
 * shared by the benchmarks that use them: the fixed tuning and check halves, and the README's
 * normalised containment test.
 */

/** The tuning half: odd-numbered ids within each kind. Fixed, so the check half stays unseen. */
export function half(id: string): 'tune' | 'check' {
  const number = Number(/(\d+)$/.exec(id)?.[1] ?? 0);
  return number % 2 === 1 ? 'tune' : 'check';
}

/** The README's normalisation. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/[^\p{L}\p{N}.\s]/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Right when the text contains at least one form of every answer group. */
export function isRight(answer: string, groups: readonly (readonly string[])[]): boolean {
  const text = normalise(answer);
  return groups.every((forms) => forms.some((form) => text.includes(normalise(form))));
}
