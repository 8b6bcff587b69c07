/**
 * @module later-act-line
 * "What command did bo give ana to remove the viewer?": bo often answers ana twice, first with a
 * step on the way ("ana: you could run `pkgq -S viewer` to see what it is"), then, a few lines
 * later, with the step that does what was asked ("ana: ok, so to remove it, `pkgq -r
 * viewer-x`"). When the line picked does not say the act the question names and a later line of
 * the same speaker to the same one does, the later line answers.
 */
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { addressedNick, pastAddress } from './chat-lines.ts';

/** "… give ana to remove …", "… tell ana to install …", "… suggest to ana for fixing …": the act told. */
const TOLD_ACT =
  /\b(?:give|gives|gave|tell|tells|told|show|shows|showed|suggest|suggests|suggested|recommend|recommends|recommended)\s+(?:to\s+)?@?[^\s?,]+\s+(?:to|for)\s+(\p{Ll}{3,})\b/u;

/** "… meant to replace", "… supposed to fix", "… designed to speed up": the act a thing is for. */
const PURPOSE_ACT = /\b(?:meant|supposed|designed|intended)\s+to\s+(\p{Ll}{3,})\b/u;

/** Acts too general to tell one step from another. */
const GENERAL_ACTS = new Set([
  'use',
  'do',
  'get',
  'make',
  'try',
  'run',
  'see',
  'check',
  'fix',
  'help',
  'type',
]);

/** The act a question says someone was told or given something for ("remove" of "… give ana to remove it?"). */
export function toldAct(question: string): string | undefined {
  const word = TOLD_ACT.exec(question)?.[1];
  const act = word ? analyze(word)[0] : undefined;
  return act && !GENERAL_ACTS.has(act) ? act : undefined;
}

/** The act a question says a thing is for ("replace" of "what is bo's tool meant to replace?"). */
export function purposeAct(question: string): string | undefined {
  const word = PURPOSE_ACT.exec(question)?.[1];
  const act = word ? analyze(word)[0] : undefined;
  return act && !GENERAL_ACTS.has(act) ? act : undefined;
}

/** How many lines after the picked one the later line may stand. */
const LATER_REACH = 12;

/** What laterActLine reads of a chat line (sentence-rank.ts's Candidate). */
type ActLine = {
  readonly hit: Pick<SearchHit, 'chunkId' | 'path' | 'text'>;
  readonly speaker?: string;
  readonly text: string;
  readonly line: number;
  readonly position: number;
};

/**
 * The later line of the picked line's speaker, to the same one it addresses, within a few lines,
 * that says the act asked, when the picked line does not; undefined otherwise. A question is no
 * such line. Asked what a thing is for, any later line of the speaker's counts, to whomever it
 * is addressed (`toSame` false: "bo: to replace the old copier tool", in reply to "why?").
 */
export function laterActLine<T extends ActLine>(
  picked: T,
  lines: readonly T[],
  act: string,
  speakers: ReadonlySet<string>,
  toSame = true,
): T | undefined {
  if (!picked.speaker || analyze(picked.text).includes(act)) return undefined;
  const to = addressedNick(picked.text, speakers);
  if (toSame && !to) return undefined;
  // A line of the file's next passage counts on from the end of the picked one's.
  const after = (line: T): number | undefined =>
    line.hit === picked.hit
      ? line.line - picked.line
      : line.hit.path === picked.hit.path && line.hit.chunkId === picked.hit.chunkId + 1
        ? picked.hit.text.split('\n').length - picked.line + line.line
        : undefined;
  return lines
    .map((line) => ({ line, gap: after(line) }))
    .filter(
      ({ line, gap }) =>
        gap !== undefined &&
        gap > 0 &&
        gap <= LATER_REACH &&
        line.speaker === picked.speaker &&
        (!toSame || addressedNick(line.text, speakers) === to) &&
        !/\?\s*$/.test(line.text) &&
        // "ana: that will uninstall it" remarks on the step given before; it gives none.
        !/^(?:that|thats|that's|that’s|this|it|which)\b/i.test(pastAddress(line.text, speakers).trim()) &&
        analyze(line.text).includes(act),
    )
    .sort((a, b) => (a.gap ?? 0) - (b.gap ?? 0) || a.line.position - b.line.position)[0]?.line;
}
