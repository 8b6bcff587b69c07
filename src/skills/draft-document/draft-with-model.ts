/**
 * @module draft-with-model
 * One section of a draft written by a configured model. The reference sentences the builtin
 * engine chose for the section are widened to their whole passages (the paragraph, slide,
 * turn or mail message they are in), each shown as a data block with its source type and
 * title, and for mail its subject, sender, recipients and date (`summaryPassages`, the same
 * description `summarize` uses). The model answers with grounded JSON; sentences whose
 * sources do not exist or do not support them are dropped and counted; when too little
 * survives, or the call fails, the caller keeps the builtin section and says why.
 */
import { basename } from 'node:path';
import type { Locator, ParsedFile } from '../../formats/model.ts';
import type { AppError } from '../../lib/errors.ts';
import { clipText } from '../../lib/text/clip-text.ts';
import { buildPrompt, type LanguageModel, type PromptPart } from '../../models/index.ts';
import { formatDataBlock } from '../../models/prompt.ts';
import { dataTokenBudget, estimateTextTokens, fitToBudget } from '../../models/token-budget.ts';
import {
  checkGroundedAnswer,
  GROUNDED_ANSWER_IN_WORDS,
  GroundedAnswer,
  type GroundedSentence,
} from '../grounding/grounded-answer.ts';
import { passagePromptParts } from '../grounding/passage-prompt.ts';
import { cjkLanguageOf, languageRule, todayRule } from '../grounding/prompt-rules.ts';
import { titleOf } from '../summarize-document/summarize-file.ts';
import { type SummaryPassage, summaryPassages } from '../summarize-document/summarize-with-model.ts';
import type { SectionSpec } from './document-types.ts';

/** A whole passage of a reference, shown to the model for one section. */
export type SectionPassage = {
  readonly id: string;
  readonly path: string;
  readonly text: string;
  readonly title: string;
  readonly source: string;
  readonly locator: Locator;
};

/** A reference sentence the builtin engine chose, as draft-document keeps it. */
export type ChosenSentence = { readonly path: string; readonly text: string; readonly locator: Locator };

/** Longest passage shown, in characters. */
const PASSAGE_CHARS = 1500;

/** The whole passages of every reference, computed once per draft. */
export function referencePassages(
  references: readonly { readonly path: string; readonly parsed: ParsedFile }[],
): Map<string, readonly SummaryPassage[]> {
  return new Map(
    references.map((reference) => [
      reference.path,
      summaryPassages(reference.parsed, {
        title: titleOf(reference.parsed, reference.path),
        name: basename(reference.path),
      }),
    ]),
  );
}

function sameBlock(a: Locator, b: Locator): boolean {
  if (a.messageId || b.messageId) return a.messageId === b.messageId;
  if (a.turn !== undefined || b.turn !== undefined) return a.turn === b.turn;
  if (a.slide !== undefined || b.slide !== undefined) return a.slide === b.slide;
  return true;
}

/** The chosen sentences widened to their passages, deduplicated, in the order chosen. */
export function sectionPassages(
  chosen: readonly ChosenSentence[],
  passages: ReadonlyMap<string, readonly SummaryPassage[]>,
): SectionPassage[] {
  const out: SectionPassage[] = [];
  const seen = new Set<SummaryPassage>();
  for (const sentence of chosen) {
    const candidates = passages.get(sentence.path) ?? [];
    const passage =
      candidates.find(
        (item) => item.text.includes(sentence.text) && sameBlock(item.locator, sentence.locator),
      ) ?? candidates.find((item) => item.text.includes(sentence.text));
    if (passage && seen.has(passage)) continue;
    if (passage) seen.add(passage);
    const text = passage?.text ?? sentence.text;
    out.push({
      id: String(out.length + 1),
      path: sentence.path,
      text: clipText(text, PASSAGE_CHARS),
      title: passage?.title ?? basename(sentence.path),
      source: passage?.source ?? basename(sentence.path),
      locator: passage?.locator ?? sentence.locator,
    });
  }
  return out;
}

const EXAMPLE_INPUT = [
  formatDataBlock({
    type: 'data',
    id: '1',
    title: 'Re: Office move',
    source: 'email from Lena Wu to Omar Said on 2026-02-02 11:40',
    content:
      'The movers are booked for 14 February; the quote is €3,200. Omar sends them the floor plan by Friday.',
  }),
  'Write the "Background" section for this request: a memo to the team about the office move',
].join('\n');
const EXAMPLE_OUTPUT = JSON.stringify({
  sentences: [
    { text: 'The movers are booked for 14 February at a quoted €3,200.', sources: [1] },
    { text: 'Omar Said will send them the floor plan by Friday.', sources: [1] },
  ],
  no_answer: false,
});

export type SectionRequest = {
  readonly prompt: string;
  readonly documentType: string;
  readonly spec: SectionSpec;
  readonly passages: readonly SectionPassage[];
  readonly now: Date;
  readonly contextTokens?: number;
};

/** The prompt for one section: the task and schema, one example, the passages that fit, the user's request. */
export function sectionPrompt(request: SectionRequest): {
  parts: PromptPart[];
  shown: SectionPassage[];
  maxTokens: number;
} {
  const { spec } = request;
  const count = Math.max(1, spec.sentences);
  const instructions = [
    `You write the "${spec.title}" section of a ${request.documentType}; it needs ${spec.needs}.`,
    todayRule(request.now),
    `Write at most ${count + 1} sentences${spec.list ? ', each one item of a bulleted list' : ''}, using only facts from the documents below; add no outside knowledge. Copy numbers, dates and names exactly.`,
    languageRule('question', request.prompt),
    GROUNDED_ANSWER_IN_WORDS,
  ].join(' ');
  const ask = `Write the "${spec.title}" section for this request: ${request.prompt}`;
  const maxTokens = (cjkLanguageOf(request.prompt) ? 100 : 70) * (count + 1) + 60;
  const budget = dataTokenBudget({
    ...(request.contextTokens ? { contextTokens: request.contextTokens } : {}),
    promptTokens: estimateTextTokens(instructions + EXAMPLE_INPUT + EXAMPLE_OUTPUT + ask) + 150,
    answerTokens: maxTokens,
  });
  // Passages come best first from the builtin ranking; the first ones win the space.
  const shown = fitToBudget(
    request.passages,
    (passage) => passage.text + passage.title + passage.source,
    budget,
  );
  return {
    parts: passagePromptParts({
      instructions,
      example: { input: EXAMPLE_INPUT, output: EXAMPLE_OUTPUT },
      shown,
      request: ask,
    }),
    shown,
    maxTokens,
  };
}

export type WrittenSection =
  | {
      readonly ok: true;
      readonly engine: string;
      readonly sentences: readonly { readonly text: string; readonly passages: readonly SectionPassage[] }[];
      readonly dropped: number;
    }
  | { readonly ok: false; readonly error?: AppError; readonly reason?: string };

/** Writes one section with the model and checks it against the passages it was shown. */
export async function writeSectionWithModel(
  model: LanguageModel,
  request: SectionRequest,
  signal?: AbortSignal,
): Promise<WrittenSection> {
  const prompt = sectionPrompt(request);
  const result = await model.generate(
    {
      messages: buildPrompt(prompt.parts),
      responseFormat: { type: 'json', schema: GroundedAnswer, name: 'grounded_section' },
      maxTokens: prompt.maxTokens,
      temperature: 0.3,
    },
    signal,
  );
  if (!result.success) return { ok: false, error: result.error };
  const check = checkGroundedAnswer(
    GroundedAnswer.parse(result.data.object),
    prompt.shown.map((passage) => ({
      id: passage.id,
      text: `${passage.title} (${passage.source}): ${passage.text}`,
    })),
  );
  if (check.fallback) return { ok: false, reason: check.fallback };
  const byId = new Map(prompt.shown.map((passage) => [passage.id, passage]));
  const kept = check.kept.slice(0, Math.max(1, request.spec.sentences) + 1);
  return {
    ok: true,
    engine: result.data.engine,
    sentences: kept.map((sentence: GroundedSentence) => ({
      text: sentence.text,
      passages: sentence.sources.map((id) => byId.get(id)!),
    })),
    dropped: check.dropped.length,
  };
}
