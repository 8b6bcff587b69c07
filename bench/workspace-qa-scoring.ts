/**
 * How the workspace questions (`../shared/eval/workspace-qa/dev.jsonl`) are split and scored,
 * shared by the benchmarks that use them: the fixed tuning and check halves, and the README's
 * normalised containment test.
 */

/** One workspace question as the question files write it (README of the set). */
export type WorkspaceQuestion = {
  id: string;
  question: string;
  now: string;
  as: string | null;
  kind: string;
  /** Groups of accepted answers; every group must be contained. */
  answer: string[][];
  source: { file: string; message_id?: string };
  /** Other files that hold the answer too. */
  also?: string[];
  no_answer: boolean;
};

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
