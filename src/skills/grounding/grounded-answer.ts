/**
 * @module grounded-answer
 * The JSON a model answers with when its words must rest on passages:
 * `{"sentences": [{"text", "sources": [ids]}], "no_answer": bool}`. This module holds the
 * schema (and the same schema in words, for prompts), and the check of an answer against the
 * passages it was given: each sentence's sources must exist and support it lexically
 * (`lexical-support.ts`); unsupported sentences are dropped and counted; and when too little
 * survives, the caller is told to fall back to its builtin result.
 */
import { z } from 'zod';
import { lexicalSupport, type SupportOptions } from './lexical-support.ts';
import { cleanModelText } from './model-text.ts';

/** A passage the model may cite: `id` is what it writes in `sources`; `text` includes what the model saw of its title and source (speaker, sender). */
export type Passage = { readonly id: string; readonly text: string };

const SourceId = z.union([z.number().int(), z.string().max(40)]);

export const GroundedAnswer = z.object({
  sentences: z
    .array(z.object({ text: z.string().min(1).max(1200), sources: z.array(SourceId).max(8) }))
    .max(40),
  no_answer: z.boolean(),
});
export type GroundedAnswer = z.infer<typeof GroundedAnswer>;

/** The schema in words, for the system message of a 7B–8B model. */
export const GROUNDED_ANSWER_IN_WORDS =
  'Reply with one JSON object and nothing else: {"sentences": [{"text": "...", "sources": [1]}], "no_answer": false}. ' +
  'Each item of "sentences" is one sentence in "text" and, in "sources", the ids of the documents it comes from (at least one). ' +
  'Write no citation marks such as [1] inside "text". ' +
  'If the documents do not contain what was asked, reply {"sentences": [], "no_answer": true}.';

export type GroundedSentence = { readonly text: string; readonly sources: readonly string[] };

export type DroppedSentence = { readonly text: string; readonly reason: string };

export type GroundingCheck = {
  /** Sentences that passed, with their sources as passage ids (unknown ids removed). */
  readonly kept: readonly GroundedSentence[];
  readonly dropped: readonly DroppedSentence[];
  readonly noAnswer: boolean;
  /** Set when the caller should use its builtin result instead; says why. */
  readonly fallback?: string;
};

export type GroundingOptions = SupportOptions & {
  /** The least share of the model's sentences that must survive (default 0.5). */
  readonly minKeptShare?: number;
  /** The least number of sentences that must survive (default 1). */
  readonly minKept?: number;
};

/** An id as the model wrote it ("2", 2, "[2]", "#2") → the passage id, if it names one. */
function resolveId(raw: string | number, ids: ReadonlySet<string>): string | undefined {
  const text = String(raw).trim();
  if (ids.has(text)) return text;
  const bare = text.replace(/^[[#(【]+|[\])】]+$/g, '').trim();
  return ids.has(bare) ? bare : undefined;
}

/** Checks a model's grounded answer against the passages it was shown. */
export function checkGroundedAnswer(
  answer: GroundedAnswer,
  passages: readonly Passage[],
  options: GroundingOptions = {},
): GroundingCheck {
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const ids = new Set(byId.keys());
  // Words count by how rare they are among all the passages shown.
  const context = passages.map((passage) => passage.text);
  const kept: GroundedSentence[] = [];
  const dropped: DroppedSentence[] = [];
  for (const sentence of answer.sentences) {
    const text = cleanModelText(sentence.text);
    if (!text) continue;
    const sources = [
      ...new Set(sentence.sources.map((raw) => resolveId(raw, ids)).filter((id) => id !== undefined)),
    ];
    if (sources.length === 0) {
      dropped.push({
        text,
        reason: sentence.sources.length
          ? `cites ${sentence.sources.join(', ')}, which do not exist`
          : 'cites nothing',
      });
      continue;
    }
    const support = lexicalSupport(
      text,
      sources.map((id) => byId.get(id)?.text ?? ''),
      { context, ...options },
    );
    if (support.supported) kept.push({ text, sources });
    else dropped.push({ text, reason: support.reason ?? 'is not supported by its sources' });
  }
  const total = kept.length + dropped.length;
  const fallback = fallbackReason(answer.no_answer, kept.length, total, options);
  return {
    kept,
    dropped,
    noAnswer: answer.no_answer && kept.length === 0,
    ...(fallback ? { fallback } : {}),
  };
}

/** Why the caller should fall back to builtin, or undefined when enough of the answer stands. */
export function fallbackReason(
  noAnswer: boolean,
  kept: number,
  total: number,
  options: GroundingOptions = {},
): string | undefined {
  const minKept = options.minKept ?? 1;
  const minShare = options.minKeptShare ?? 0.5;
  if (noAnswer && kept === 0) return 'the model found no answer in the passages';
  if (total === 0) return 'the model wrote no sentences';
  if (kept < minKept) return `none of the model's ${total} sentences was supported by the passages it cited`;
  if (kept < total * minShare)
    return `only ${kept} of the model's ${total} sentences were supported by the passages they cited`;
  return undefined;
}
