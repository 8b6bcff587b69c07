/**
 * @module summarize-with-model
 * `summarize` with a configured model: the file's passages (paragraphs, slides, turns, mail
 * messages, each with its id, title and source) go to the model as data blocks, the most
 * central ones first chosen to fit the model's context, and the model answers with grounded
 * JSON (`grounding/grounded-answer.ts`). Sentences whose sources do not exist or do not
 * support them are dropped and counted; when too little survives, or the call fails, the
 * builtin summary is returned with a warning. Every result says which engine produced it.
 */
import { basename, resolve } from 'node:path';
import type { Locator, ParsedFile } from '../../formats/model.ts';
import { chunkUri } from '../../index/chunk-file.ts';
import type { Warning } from '../../lib/result.ts';
import { buildPrompt, type LanguageModel } from '../../models/index.ts';
import { formatDataBlock } from '../../models/prompt.ts';
import { dataTokenBudget, estimateTextTokens, fitToBudget } from '../../models/token-budget.ts';
import { modelFailedWarning, modelRejectedWarning } from '../grounding/fallback-warnings.ts';
import {
  checkGroundedAnswer,
  GROUNDED_ANSWER_IN_WORDS,
  GroundedAnswer,
  type GroundingCheck,
} from '../grounding/grounded-answer.ts';
import { type PassagePrompt, passagePromptParts } from '../grounding/passage-prompt.ts';
import { languageRule, todayRule } from '../grounding/prompt-rules.ts';
import { sentenceRelevance } from './rank-sentences.ts';
import {
  type Citation,
  type FileSummary,
  finish,
  type SummaryLength,
  sentenceBudget,
  summarizeParsed,
  titleOf,
} from './summarize-file.ts';
import { type TextUnit, textUnits } from './text-units.ts';

export type SummarizeOptions = {
  readonly length?: SummaryLength;
  /** A configured model; absent or builtin → the builtin summary. */
  readonly model?: LanguageModel;
  readonly signal?: AbortSignal;
  /** Today, for the prompt (default: now). */
  readonly now?: Date;
  /** The model's context window in tokens (the configuration's `contextSize`; default 4096). */
  readonly contextTokens?: number;
};

/** One passage shown to the model. */
export type SummaryPassage = {
  readonly id: string;
  readonly text: string;
  readonly title: string;
  readonly source: string;
  readonly locator: Locator;
  readonly position: number;
  readonly relevance: number;
};

/** Longest passage, in estimated tokens, before it is split. */
const PASSAGE_TOKENS = 300;
const SUMMARY_WHAT = 'the builtin summary';

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Title and source attributes of a passage, by file type: sender, recipients and date for mail; speaker and time for turns. */
function describe(
  parsed: ParsedFile,
  unit: TextUnit,
  file: { readonly title: string; readonly name: string },
): { title: string; source: string } {
  const fileTitle = file.title;
  switch (parsed.type) {
    case 'mailbox': {
      const message = parsed.messages[unit.block];
      const from = message?.from ? (message.from.name ?? message.from.address) : 'unknown sender';
      const to = (message?.to ?? []).map((address) => address.name ?? address.address).join(', ');
      return {
        title: message?.subject || '(no subject)',
        source: `email from ${from}${to ? ` to ${to}` : ''}${message?.date ? ` on ${message.date.slice(0, 16).replace('T', ' ')}` : ''}`,
      };
    }
    case 'transcript': {
      const start = unit.locator.start;
      return {
        title: fileTitle,
        source: `meeting turn by ${unit.section}${start !== undefined ? ` at ${clock(start)}` : ''}`,
      };
    }
    case 'chat':
      return { title: fileTitle, source: `chat message by ${unit.section}` };
    case 'presentation':
      return {
        title: unit.section || fileTitle,
        source: `slide ${unit.locator.slide ?? '?'} of ${file.name}`,
      };
    default:
      return {
        title: unit.section || fileTitle,
        source: `${parsed.type} ${file.name}${unit.locator.paragraph ? `, paragraph ${unit.locator.paragraph}` : unit.locator.page ? `, page ${unit.locator.page}` : ''}`,
      };
  }
}

/** The file's passages: the sentences of each block joined, long blocks split, in reading order. */
export function summaryPassages(
  parsed: ParsedFile,
  file: { readonly title: string; readonly name: string },
): SummaryPassage[] {
  const units = textUnits(parsed);
  const relevance = sentenceRelevance(units);
  const groups: { units: TextUnit[]; scores: number[] }[] = [];
  let tokens = 0;
  units.forEach((unit, i) => {
    const last = groups.at(-1);
    const cost = estimateTextTokens(unit.text);
    const sameBlock = last && last.units[0]!.block === unit.block && last.units[0]!.section === unit.section;
    if (sameBlock && tokens + cost <= PASSAGE_TOKENS) {
      last.units.push(unit);
      last.scores.push(relevance[i] ?? 0);
      tokens += cost;
      return;
    }
    groups.push({ units: [unit], scores: [relevance[i] ?? 0] });
    tokens = cost;
  });
  return groups.map((group, index) => {
    const first = group.units[0]!;
    const joiner = /[\u3000-\u9fff]$/u.test(first.text) ? '' : ' ';
    return {
      id: String(index + 1),
      text: group.units.map((unit) => unit.text).join(joiner),
      ...describe(parsed, first, file),
      locator: first.locator,
      position: index,
      relevance: Math.max(...group.scores),
    };
  });
}

/** The example shows the data blocks exactly as the real prompt does. */
const EXAMPLE_INPUT = [
  formatDataBlock({
    type: 'data',
    id: '1',
    title: 'Launch update',
    source: 'document launch.docx, paragraph 2',
    content: 'The launch moves from 20 April to 4 May because testing found two defects in the payment page.',
  }),
  formatDataBlock({
    type: 'data',
    id: '2',
    title: 'Launch update',
    source: 'document launch.docx, paragraph 3',
    content: 'Lena Wu will send the revised plan to the sales team by Friday.',
  }),
  'Summarize "Launch update" in at most 2 sentences.',
].join('\n');
const EXAMPLE_OUTPUT = JSON.stringify({
  sentences: [
    {
      text: 'The launch moves from 20 April to 4 May after testing found two payment-page defects.',
      sources: [1],
    },
    { text: 'Lena Wu will send the sales team the revised plan by Friday.', sources: [2] },
  ],
  no_answer: false,
});

export type SummaryPrompt = PassagePrompt<SummaryPassage>;

/** The prompt for a model summary: instructions, one example, the passages that fit, the request. */
export function summaryPrompt(
  passages: readonly SummaryPassage[],
  fileTitle: string,
  count: number,
  options: { readonly now: Date; readonly contextTokens?: number },
): SummaryPrompt {
  const sample = passages
    .map((passage) => passage.text)
    .join(' ')
    .slice(0, 2000);
  const instructions = [
    'You summarize a document for a busy colleague.',
    todayRule(options.now),
    `Write at most ${count} sentences that together cover the document's main points: what was decided or found, figures, dates, names, and what happens next.`,
    'Use only facts stated in the documents below; add no outside knowledge. Copy numbers, dates and names exactly as written.',
    languageRule('documents', sample),
    GROUNDED_ANSWER_IN_WORDS,
  ].join(' ');
  const request = `Summarize "${fileTitle}" in at most ${count} sentences.`;
  const maxTokens = Math.min(1500, Math.max(200, count * (/[\u3400-\u9fff]/u.test(sample) ? 90 : 60) + 40));
  const budget = dataTokenBudget({
    ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
    promptTokens: estimateTextTokens(instructions + EXAMPLE_INPUT + EXAMPLE_OUTPUT + request) + 150,
    answerTokens: maxTokens,
  });
  // The most central passages win the space; the model then reads them in document order.
  const byRelevance = [...passages].sort((a, b) => b.relevance - a.relevance);
  const chosen = fitToBudget(
    byRelevance,
    (passage) => passage.text + passage.title + passage.source,
    budget,
  ).sort((a, b) => a.position - b.position);
  return {
    parts: passagePromptParts({
      instructions,
      example: { input: EXAMPLE_INPUT, output: EXAMPLE_OUTPUT },
      shown: chosen,
      request,
    }),
    passages: chosen,
    maxTokens,
  };
}

/** The checked model answer as a summary with citations numbered by first use. */
function toSummary(
  check: GroundingCheck,
  passages: readonly SummaryPassage[],
  path: string,
  title: string,
  engine: string,
  warnings: Warning[],
): FileSummary {
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const numberOf = new Map<string, number>();
  const citations: Citation[] = [];
  const sentences = check.kept.map((sentence) => ({
    text: sentence.text,
    citations: sentence.sources.map((id) => {
      let n = numberOf.get(id);
      if (n === undefined) {
        const passage = byId.get(id)!;
        n = citations.length + 1;
        numberOf.set(id, n);
        citations.push({
          n,
          path,
          uri: chunkUri(resolve(path), passage.locator),
          locator: passage.locator,
          quote: passage.text.slice(0, 300),
        });
      }
      return n;
    }),
  }));
  if (check.dropped.length > 0)
    warnings.push({
      type: 'lossy',
      message: `${check.dropped.length} of the model's ${check.dropped.length + check.kept.length} sentences ${check.dropped.length === 1 ? 'was' : 'were'} dropped: not supported by the passages ${check.dropped.length === 1 ? 'it cites' : 'they cite'}.`,
    });
  return finish(title, sentences, citations, engine, warnings);
}

function withWarning(summary: FileSummary, warning: Warning): FileSummary {
  return { ...summary, warnings: [...summary.warnings, warning] };
}

/** Summarizes a parsed file with the configured model, falling back to the builtin summary. */
export async function summarizeFile(
  parsed: ParsedFile,
  path: string,
  options: SummarizeOptions = {},
): Promise<FileSummary> {
  const length = options.length ?? 'medium';
  const builtin = summarizeParsed(parsed, path, length);
  const model = options.model;
  if (!model || model.engine === 'builtin') return builtin;
  if (parsed.type === 'workbook' || parsed.type === 'calendar' || parsed.type === 'contacts')
    return withWarning(builtin, {
      type: 'unsupported',
      message: `Summaries of ${parsed.type === 'workbook' ? 'workbooks' : parsed.type === 'calendar' ? 'calendars' : 'contacts'} come from the builtin engine; the configured model was not used.`,
    });
  const title = titleOf(parsed, path);
  const passages = summaryPassages(parsed, { title, name: basename(path) });
  if (passages.length === 0) return builtin;
  const count = sentenceBudget(textUnits(parsed).length, length);
  const prompt = summaryPrompt(passages, title, count, {
    now: options.now ?? new Date(),
    ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
  });
  const result = await model.generate(
    {
      messages: buildPrompt(prompt.parts),
      responseFormat: { type: 'json', schema: GroundedAnswer, name: 'grounded_summary' },
      maxTokens: prompt.maxTokens,
      temperature: 0.2,
    },
    options.signal,
  );
  if (!result.success) return withWarning(builtin, modelFailedWarning(result.error, SUMMARY_WHAT));
  const answer = GroundedAnswer.parse(result.data.object);
  const check = checkGroundedAnswer(
    answer,
    prompt.passages.map((passage) => ({
      id: passage.id,
      text: `${passage.title} (${passage.source}): ${passage.text}`,
    })),
  );
  if (check.fallback) return withWarning(builtin, modelRejectedWarning(check.fallback, SUMMARY_WHAT));
  // A model that writes more than asked is cut to the length requested.
  const trimmed = { ...check, kept: check.kept.slice(0, count) };
  return toSummary(trimmed, prompt.passages, path, title, result.data.engine, [...result.warnings]);
}
