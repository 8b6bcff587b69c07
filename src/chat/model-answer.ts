/**
 * @module model-answer
 * The answer written by a configured language model from the same retrieved passages as the
 * builtin answer. Passages go in as data blocks (most relevant first, as many as the model's
 * context holds), each with its id, type, title and source (sender, recipients and date for
 * mail; speakers and time for meeting turns). The model answers with grounded JSON
 * (`skills/grounding/grounded-answer.ts`), streamed so an edge can show the words as they
 * come; then every sentence's sources are checked for existence and lexical support, and
 * unsupported sentences are dropped and counted. When too little survives, or the call fails,
 * the caller is told to use the builtin answer, with the warning to show.
 */

import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import type { Warning } from '../lib/result.ts';
import { splitSentences } from '../lib/text/sentences.ts';
import {
  buildPrompt,
  dataTokenBudget,
  estimateTextTokens,
  fitToBudget,
  type GenerateRequest,
  type LanguageModel,
} from '../models/index.ts';
import { formatDataBlock } from '../models/prompt.ts';
import { repairMessages, toJsonSchema } from '../models/structured-output.ts';
import { modelFailedWarning, modelRejectedWarning } from '../skills/grounding/fallback-warnings.ts';
import {
  checkGroundedAnswer,
  GROUNDED_ANSWER_IN_WORDS,
  GroundedAnswer,
} from '../skills/grounding/grounded-answer.ts';
import { type PassagePrompt, passagePromptParts } from '../skills/grounding/passage-prompt.ts';
import { languageRule, todayRule } from '../skills/grounding/prompt-rules.ts';
import { parseCitedText } from '../skills/grounding/text-citations.ts';
import type { CitationList } from './citations.ts';

/** What the model path produced: a checked answer, or the reason to use the builtin answer. */
export type ModelAnswer =
  | {
      readonly used: true;
      readonly answer: string;
      readonly engine: string;
      /** Sentences dropped (unsupported), and what the engine said. */
      readonly warnings: readonly Warning[];
    }
  | { readonly used: false; readonly warning: Warning };

export type ModelAnswerOptions = {
  /** Today, for the prompt. */
  readonly now: Date;
  /** The model's context window in tokens (default 4096). */
  readonly contextTokens?: number;
  readonly signal?: AbortSignal;
  /** The conversation's earlier questions, oldest first, so a follow-up can be understood. */
  readonly earlierQuestions?: readonly string[];
};

/** One passage as the model sees it. */
export type AskPassage = {
  readonly id: string;
  readonly hit: SearchHit;
  readonly title: string;
  readonly source: string;
  readonly content: string;
};

/** Sentences the answer may have; more are cut. */
const MAX_SENTENCES = 4;
/** The longest passage text shown, in characters (a long chunk cannot crowd out the rest). */
const PASSAGE_CHARS = 2400;
const BUILTIN_WHAT = 'the builtin answer';

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const s = String(Math.floor(seconds % 60)).padStart(2, '0');
  return h > 0 ? `${h}:${m}:${s}` : `${m}:${s}`;
}

type Address = { readonly name?: string; readonly address?: string };

function nameOf(person: Address | undefined): string | undefined {
  return person?.name || person?.address || undefined;
}

function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '';
}

/** Where a passage comes from, in words the model can repeat: by type. */
export function passageSource(hit: SearchHit): string {
  const people = (role: string) =>
    hit.people
      .filter((person) => person.role === role)
      .map((person) => nameOf(person))
      .filter((name): name is string => Boolean(name));
  const when = hit.date ? ` on ${day(hit.date)}` : '';
  switch (hit.type) {
    case 'email': {
      const from = nameOf((hit.data as { from?: Address } | undefined)?.from) ?? people('from')[0];
      const to = people('to').slice(0, 4);
      return `email from ${from ?? 'unknown sender'}${to.length ? ` to ${to.join(', ')}` : ''}${when}`;
    }
    case 'transcript': {
      const start = hit.locator.start;
      const speakers = people('speaker').slice(0, 6);
      return `meeting transcript${speakers.length ? `, speakers ${speakers.join(', ')}` : ''}${start !== undefined ? `, from ${clock(start)}` : ''}${when}`;
    }
    case 'chat': {
      const authors = people('author').slice(0, 6);
      return `chat${authors.length ? ` by ${authors.join(', ')}` : ''}${when}`;
    }
    case 'event':
      return `calendar event${when}`;
    case 'contact':
      return 'contact card';
    case 'slide':
      return `slide ${hit.locator.slide ?? '?'} of ${hit.path.split(/[\\/]/).pop()}`;
    case 'sheet':
      return `spreadsheet ${hit.path.split(/[\\/]/).pop()}${hit.locator.sheet ? `, sheet ${hit.locator.sheet}` : ''}`;
    default: {
      const where = hit.locator.page
        ? `, page ${hit.locator.page}`
        : hit.locator.paragraph
          ? `, paragraph ${hit.locator.paragraph}`
          : '';
      // A document's date is its file's modification time, not when its words were written.
      return `document ${hit.path.split(/[\\/]/).pop()}${where}${hit.date ? `, modified ${hit.date.slice(0, 10)}` : ''}`;
    }
  }
}

/**
 * A long passage cut to `maxChars` around what the question asks: its first line (a title or
 * a table's header row) and then the lines sharing most words with the question, kept in
 * their order, with "…" where lines were left out. A short passage is kept whole.
 */
export function passageExcerpt(text: string, question: string, maxChars = PASSAGE_CHARS): string {
  if (text.length <= maxChars) return text;
  const wanted = new Set(analyze(question));
  const lines = narrowTable(text.split('\n'), wanted);
  const scored = lines.map((line, position) => ({
    position,
    score:
      position === 0
        ? Number.POSITIVE_INFINITY
        : new Set(analyze(line).filter((term) => wanted.has(term))).size,
  }));
  const keep = new Set<number>();
  let used = 0;
  for (const { position } of [...scored].sort((a, b) => b.score - a.score || a.position - b.position)) {
    const line = lines[position] ?? '';
    const cost = Math.min(line.length, maxChars) + 2;
    if (used + cost > maxChars) continue;
    keep.add(position);
    used += cost;
  }
  if (keep.size === 0) return `${text.slice(0, maxChars)}…`;
  const out: string[] = [];
  let last = -1;
  for (const position of [...keep].sort((a, b) => a - b)) {
    if (position > last + 1) out.push('…');
    out.push(lines[position] ?? '');
    last = position;
  }
  if (last < lines.length - 1) out.push('…');
  return out.join('\n');
}

/** Cells of a table line as chunks write them ("a | b | c"). */
const CELL_SEPARATOR = ' | ';
/** Columns a table may keep besides its first when it is narrowed. */
const KEPT_COLUMNS = 4;

/**
 * A wide table (a header line and rows of " | " cells) narrowed to its first column and the
 * columns whose header shares most words with the question, so the asked cell is not cut
 * away with the rest of its row. Other text comes back as it is.
 */
export function narrowTable(lines: readonly string[], wanted: ReadonlySet<string>): string[] {
  const header = (lines[0] ?? '').split(CELL_SEPARATOR);
  const rows = lines.filter((line) => line.includes(CELL_SEPARATOR)).length;
  if (header.length <= 2 * KEPT_COLUMNS || rows < lines.length * 0.8) return [...lines];
  const scores = header.map((cell, column) =>
    column === 0 ? 0 : new Set(analyze(cell).filter((term) => wanted.has(term))).size,
  );
  const best = Math.max(...scores);
  if (best === 0) return [...lines];
  const columns = [
    0,
    ...scores.flatMap((score, column) => (score === best ? [column] : [])).slice(0, KEPT_COLUMNS),
  ];
  return lines.map((line) => {
    const cells = line.split(CELL_SEPARATOR);
    return columns.map((column) => cells[column] ?? '').join(CELL_SEPARATOR);
  });
}

/** The passages in retrieval order (most relevant first), numbered from 1; long ones cut around the question. */
export function askPassages(hits: readonly SearchHit[], question = ''): AskPassage[] {
  return hits.map((hit, i) => ({
    id: String(i + 1),
    hit,
    title: hit.title,
    source: passageSource(hit),
    content: passageExcerpt(hit.text, question),
  }));
}

/** The example shows the data blocks exactly as the real prompt does. */
const EXAMPLE_INPUT = [
  formatDataBlock({
    type: 'data',
    id: '1',
    title: 'Office move',
    source: 'email from Lena Wu to Tom Berg on 2025-02-03 09:12',
    content: 'The move to the new office is on 14 March. Movers arrive at 8:00; pack your desk by the 13th.',
  }),
  formatDataBlock({
    type: 'data',
    id: '2',
    title: 'Team lunch',
    source: 'chat by Tom Berg on 2025-02-04 12:30',
    content: 'Tom Berg: lunch on Friday is at the usual place.',
  }),
  'When do we move office, and what must we do before?',
].join('\n');
const EXAMPLE_OUTPUT = JSON.stringify({
  sentences: [
    { text: 'The office move is on 14 March, with movers arriving at 8:00.', sources: [1] },
    { text: 'Everyone must pack their desk by 13 March.', sources: [1] },
  ],
  no_answer: false,
});

export type AskPrompt = PassagePrompt<AskPassage>;

/** The prompt: instructions, one example, the passages that fit (most relevant first), the question. */
export function askPrompt(
  question: string,
  passages: readonly AskPassage[],
  options: {
    readonly now: Date;
    readonly contextTokens?: number;
    readonly earlierQuestions?: readonly string[];
  },
): AskPrompt {
  const instructions = [
    "You answer a question about the user's work (documents, mail, meetings, chats, calendars) from the documents below.",
    todayRule(options.now),
    `Answer in at most ${MAX_SENTENCES} short sentences, using only facts stated in the documents; add no outside knowledge.`,
    'Copy numbers, dates and names exactly as written. The documents come most relevant first; a mail or chat says who wrote it and when in its source.',
    languageRule('question', question),
    GROUNDED_ANSWER_IN_WORDS,
  ].join(' ');
  const earlier = (options.earlierQuestions ?? []).slice(-2);
  // The user's own words stay in the request, never in a data block.
  const request = earlier.length
    ? `Earlier in this conversation I asked: ${earlier.map((text) => `"${text}"`).join(' and ')}.\n${question}`
    : question;
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(question);
  const maxTokens = MAX_SENTENCES * (cjk ? 110 : 70) + 60;
  const budget = dataTokenBudget({
    ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
    promptTokens: estimateTextTokens(instructions + EXAMPLE_INPUT + EXAMPLE_OUTPUT + request) + 150,
    answerTokens: maxTokens,
  });
  const chosen = fitToBudget(passages, (passage) => passage.content + passage.title + passage.source, budget);
  return {
    parts: passagePromptParts({
      instructions,
      example: { input: EXAMPLE_INPUT, output: EXAMPLE_OUTPUT },
      shown: chosen.map((passage) => ({ ...passage, text: passage.content })),
      request,
    }),
    passages: chosen,
    maxTokens,
  };
}

/** The sentence of a passage that shares most content words with the model's sentence: the quote shown. */
export function supportingQuote(passage: string, sentence: string): string {
  const wanted = new Set(analyze(sentence));
  let best = '';
  let bestShared = -1;
  for (const span of splitSentences(passage)) {
    const shared = new Set(analyze(span.text).filter((term) => wanted.has(term))).size;
    if (shared > bestShared) {
      best = span.text;
      bestShared = shared;
    }
  }
  return (best || passage).trim();
}

/** Prose with "[n]" markers as a grounded answer, when at least one sentence cites something. */
export function citedAnswer(text: string): GroundedAnswer | undefined {
  if (/^\s*[{[]/.test(text)) return undefined;
  const sentences = parseCitedText(text).map((sentence) => ({
    text: sentence.text,
    sources: sentence.sources.slice(0, 8),
  }));
  if (!sentences.some((sentence) => sentence.sources.length > 0)) return undefined;
  return { sentences: sentences.slice(0, 40), no_answer: false };
}

type Streamed = { readonly object?: unknown; readonly text: string; readonly error?: Warning };

/**
 * Streams the call (an edge may show the words as they come); an answer that is not valid
 * JSON is repaired once with a plain call, as `generate` would.
 */
async function callModel(
  model: LanguageModel,
  request: GenerateRequest,
  signal: AbortSignal | undefined,
): Promise<Streamed & { engine: string; warnings: Warning[] }> {
  let text = '';
  const warnings: Warning[] = [];
  for await (const part of model.stream(request, signal)) {
    if (part.type === 'text-delta') text += part.delta;
    else if (part.type === 'finish') {
      warnings.push(...part.warnings);
      return { object: part.object, text, engine: model.engine, warnings };
    } else if (part.type === 'error') {
      if (part.error.code !== 'model_output_invalid' || !request.responseFormat)
        return { text, engine: model.engine, warnings, error: modelFailedWarning(part.error, BUILTIN_WHAT) };
      // A server that ignores the schema may still get prose with [n] markers: read those.
      const cited = citedAnswer(text);
      if (cited) return { object: cited, text, engine: model.engine, warnings };
      const repaired = await model.generate(
        {
          ...request,
          messages: [
            ...request.messages,
            ...repairMessages(text, part.error.message, toJsonSchema(request.responseFormat)),
          ],
        },
        signal,
      );
      if (!repaired.success)
        return {
          text,
          engine: model.engine,
          warnings,
          error: modelFailedWarning(repaired.error, BUILTIN_WHAT),
        };
      return {
        object: repaired.data.object,
        text: repaired.data.text,
        engine: repaired.data.engine,
        warnings: [...warnings, ...repaired.warnings],
      };
    }
  }
  return {
    text,
    engine: model.engine,
    warnings,
    error: modelRejectedWarning('the model stream ended without an answer', BUILTIN_WHAT),
  };
}

/** Asks the model; cites the passages its kept sentences rest on in `citations` only when the answer is used. */
export async function modelAnswer(
  model: LanguageModel,
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  options: ModelAnswerOptions,
): Promise<ModelAnswer> {
  const prompt = askPrompt(question, askPassages(hits, question), options);
  const call = await callModel(
    model,
    {
      messages: buildPrompt(prompt.parts),
      responseFormat: { type: 'json', schema: GroundedAnswer, name: 'grounded_answer' },
      maxTokens: prompt.maxTokens,
      temperature: 0.1,
    },
    options.signal,
  );
  if (call.error) return { used: false, warning: call.error };
  const parsed = GroundedAnswer.safeParse(call.object);
  if (!parsed.success)
    return {
      used: false,
      warning: modelRejectedWarning('its JSON does not match the answer schema', BUILTIN_WHAT),
    };
  const byId = new Map(prompt.passages.map((passage) => [passage.id, passage]));
  const check = checkGroundedAnswer(
    parsed.data,
    prompt.passages.map((passage) => ({
      id: passage.id,
      text: `${passage.title} (${passage.source}): ${passage.content}`,
    })),
  );
  if (check.fallback) return { used: false, warning: modelRejectedWarning(check.fallback, BUILTIN_WHAT) };
  const kept = check.kept.slice(0, MAX_SENTENCES);
  const sentences = kept.map((sentence) => {
    const marks = sentence.sources.map((id) => {
      const passage = byId.get(id)!;
      return `[${citations.cite(passage.hit, supportingQuote(passage.hit.text, sentence.text))}]`;
    });
    return `${sentence.text} ${marks.join('')}`;
  });
  const warnings = [...call.warnings];
  const dropped = check.dropped.length;
  if (dropped > 0)
    warnings.push({
      type: 'lossy',
      message: `${dropped} of the model's ${dropped + check.kept.length} sentences ${dropped === 1 ? 'was' : 'were'} dropped: not supported by the passages ${dropped === 1 ? 'it cites' : 'they cite'}.`,
    });
  return { used: true, answer: sentences.join(' '), engine: call.engine, warnings };
}
