/**
 * @module recap-with-model
 * `recap` with a configured model. The transcript's turns go to the model as data blocks
 * (id, speaker, time), the turns the builtin recap cites and their neighbours first, then the
 * most informative others, as many as the model's context holds, shown in meeting order. The
 * model answers with grounded JSON: summary sentences, decisions and action items (owner,
 * task, due date), each citing turn ids (and, for a query, answer sentences). Every item is
 * checked against the turns it cites (`grounding/`): unknown or unsupporting turns drop it,
 * and the drops are counted in a warning; an owner who is in none of the cited turns and no
 * speaker, or a due date no cited turn speaks of, is cleared rather than guessed. When too
 * little survives, or the call fails, the builtin recap is returned with a warning. Topics
 * and open questions always come from the builtin rules.
 */
import { z } from 'zod';
import type { Locator, Transcript } from '../../formats/model.ts';
import type { Warning } from '../../lib/result.ts';
import { buildPrompt, type LanguageModel, type PromptPart } from '../../models/index.ts';
import { formatDataBlock } from '../../models/prompt.ts';
import {
  DEFAULT_CONTEXT_TOKENS,
  dataTokenBudget,
  estimateTextTokens,
  fitToBudget,
} from '../../models/token-budget.ts';
import { modelFailedWarning, modelRejectedWarning } from '../grounding/fallback-warnings.ts';
import { checkGroundedAnswer, fallbackReason, type Passage } from '../grounding/grounded-answer.ts';
import { cleanModelText } from '../grounding/model-text.ts';
import { cjkLanguageOf, languageRule, todayRule } from '../grounding/prompt-rules.ts';
import type { Recap, RecapActionItem, RecapCitation, RecapItem, RecapOptions } from './recap-meeting.ts';
import { recapMeeting } from './recap-meeting.ts';
import { prepareTranscript } from './transcript-units.ts';

/** A recap with the engine that wrote it and why a configured model's answer was not used. */
export type RecapResult = Recap & { readonly warnings: readonly Warning[] };

export type RecapWithModelOptions = RecapOptions & {
  /** A configured model; absent or builtin → the builtin recap. */
  readonly model?: LanguageModel;
  readonly signal?: AbortSignal;
  /** The model's context window in tokens (default 4096). */
  readonly contextTokens?: number;
};

const TurnIds = z.array(z.union([z.number().int(), z.string().max(40)])).max(8);
const Item = z.object({ text: z.string().min(1).max(800), turns: TurnIds });
export const RecapAnswer = z.object({
  summary: z.array(Item).max(20),
  decisions: z.array(Item).max(20),
  action_items: z
    .array(
      z.object({
        owner: z.string().max(120).nullable(),
        task: z.string().min(1).max(500),
        due: z.string().max(40).nullable(),
        turns: TurnIds,
      }),
    )
    .max(30),
  answer: z.array(Item).max(12).optional(),
});
export type RecapAnswer = z.infer<typeof RecapAnswer>;

/** One turn shown to the model. */
export type TurnPassage = {
  readonly id: string;
  readonly turn: number;
  readonly speaker: string;
  readonly time?: string;
  readonly text: string;
  readonly relevance: number;
};

const SUMMARY_SENTENCES = 6;
/** Longest turn text shown, in characters (long monologues are cut). */
const TURN_CHARS = 700;
const RECAP_WHAT = 'the builtin recap';

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const s = String(Math.floor(seconds % 60)).padStart(2, '0');
  return h > 0 ? `${h}:${m}:${s}` : `${m}:${s}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Rank of the turns each part of the builtin recap cites (its summary and answer first). */
function builtinRanks(builtin: Recap): Map<number, number> {
  const ranks = new Map<number, number>();
  const mark = (citations: readonly number[], rank: number) => {
    for (const n of citations) {
      const turn = builtin.citations[n - 1]?.turn;
      if (turn !== undefined && (ranks.get(turn) ?? 0) < rank) ranks.set(turn, rank);
    }
  };
  for (const item of [...builtin.summarySentences, ...(builtin.answerSentences ?? [])])
    mark(item.citations, 4);
  for (const item of [...builtin.decisions, ...builtin.actionItems]) mark(item.citations, 3);
  for (const item of [...builtin.topics, ...builtin.openQuestions]) mark(item.citations, 2);
  return ranks;
}

/**
 * The turns worth showing, ranked: the turns the builtin recap cites (its summary and answer,
 * then decisions and action items, then topics and open questions) first, their neighbours
 * next (a "Sure, I can do that" makes the turn before an assignment), then the others by how
 * much rare content they carry. Turns that are only fillers are left out.
 */
export function turnPassages(transcript: Transcript, builtin: Recap): TurnPassage[] {
  const prepared = prepareTranscript(transcript);
  const ranks = builtinRanks(builtin);
  const near = new Set([...ranks.keys()].flatMap((turn) => [turn - 1, turn + 1]));
  const passages: TurnPassage[] = [];
  transcript.turns.forEach((turn, index) => {
    const text = (prepared.turnTexts[index] ?? '').trim();
    if (!text) return;
    const content = [...new Set(prepared.turnTerms[index] ?? [])].reduce(
      (sum, term) => sum + (prepared.idf.get(term) ?? 0),
      0,
    );
    const rank = ranks.get(index) ?? (near.has(index) ? 1 : 0);
    passages.push({
      id: String(index + 1),
      turn: index,
      speaker: turn.speaker.trim() || 'unknown speaker',
      ...(turn.start !== undefined ? { time: clock(turn.start) } : {}),
      text: clip(text, TURN_CHARS),
      relevance: rank * 1000 + Math.min(content, 999),
    });
  });
  return passages;
}

function sourceOf(passage: TurnPassage): string {
  return `turn by ${passage.speaker}${passage.time ? ` at ${passage.time}` : ''}`;
}

const EXAMPLE_INPUT = [
  formatDataBlock({
    type: 'data',
    id: '4',
    title: 'Weekly sync',
    source: 'turn by Lena Wu at 03:10',
    content: 'The supplier cannot deliver before 4 May, so we move the launch to 11 May.',
  }),
  formatDataBlock({
    type: 'data',
    id: '5',
    title: 'Weekly sync',
    source: 'turn by Omar Said at 03:25',
    content: 'Agreed. I will tell the sales team about the new date by Friday.',
  }),
  'Write the minutes of "Weekly sync".',
].join('\n');
const EXAMPLE_OUTPUT = JSON.stringify({
  summary: [
    { text: 'The launch moves to 11 May because the supplier cannot deliver before 4 May.', turns: [4] },
  ],
  decisions: [{ text: 'The launch moves to 11 May.', turns: [4, 5] }],
  action_items: [
    {
      owner: 'Omar Said',
      task: 'Tell the sales team about the new launch date',
      due: null,
      turns: [5],
    },
  ],
});

export type RecapPrompt = {
  readonly parts: PromptPart[];
  readonly passages: readonly TurnPassage[];
  readonly maxTokens: number;
};

/** The prompt for a recap: instructions with the schema in words, one example, the turns that fit, the request. */
export function recapPrompt(
  transcript: Transcript,
  passages: readonly TurnPassage[],
  options: { readonly now: Date; readonly query?: string; readonly contextTokens?: number },
): RecapPrompt {
  const title = transcript.title ?? 'the meeting';
  const sample = passages
    .slice(0, 40)
    .map((passage) => passage.text)
    .join(' ')
    .slice(0, 2000);
  const query = options.query?.trim();
  const instructions = [
    'You write the minutes of a meeting from its transcript. Each turn of the transcript is one document with its id, its speaker and its time.',
    todayRule(options.now),
    transcript.date ? `The meeting was held on ${transcript.date.slice(0, 10)}.` : '',
    'Reply with one JSON object and nothing else, with these keys:',
    `"summary": at most ${SUMMARY_SENTENCES} sentences on what the meeting discussed and concluded;`,
    '"decisions": what the group agreed or decided, one item each (an empty list when nothing was decided);',
    '"action_items": tasks someone agreed or was asked to do, each with "owner" (the person\'s name as the transcript gives it, or null), "task" (a short phrase starting with a verb) and "due" (the deadline as YYYY-MM-DD, worked out from the meeting date, or null when none was said);',
    query
      ? '"answer": sentences that answer the question below from the turns (an empty list when the turns do not answer it);'
      : '',
    'every summary sentence, decision, action item and answer sentence has "turns": the ids of the turns it comes from (at least one).',
    'Use only what was said in the turns; add nothing. Copy names, numbers and dates exactly. Write in the third person.',
    languageRule(query ? 'question' : 'documents', query ? `${query} ${sample}` : sample),
  ]
    .filter(Boolean)
    .join(' ');
  const request = query
    ? `Write the minutes of "${title}", and answer this question about it: ${query}`
    : `Write the minutes of "${title}".`;
  const cjk = cjkLanguageOf(sample) !== undefined;
  // A small context keeps room for turns: the answer gets at most a third of it.
  const maxTokens = Math.min(
    cjk ? 1600 : 1000,
    Math.floor((options.contextTokens ?? DEFAULT_CONTEXT_TOKENS) / 3),
  );
  const budget = dataTokenBudget({
    ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
    promptTokens: estimateTextTokens(instructions + EXAMPLE_INPUT + EXAMPLE_OUTPUT + request) + 150,
    answerTokens: maxTokens,
  });
  const chosen = fitToBudget(
    [...passages].sort((a, b) => b.relevance - a.relevance),
    (passage) => passage.text + sourceOf(passage) + title,
    budget,
  ).sort((a, b) => a.turn - b.turn);
  return {
    parts: [
      { type: 'instructions', text: instructions },
      { type: 'example', input: EXAMPLE_INPUT, output: EXAMPLE_OUTPUT },
      ...chosen.map(
        (passage): PromptPart => ({
          type: 'data',
          id: passage.id,
          title: transcript.title ?? 'Meeting',
          source: sourceOf(passage),
          content: passage.text,
        }),
      ),
      { type: 'request', text: request },
    ],
    passages: chosen,
    maxTokens,
  };
}

/** Words that say when something is due; a due date is kept only when a cited turn has one. */
const TIME_WORDS =
  /\d|\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|quarter|year|end of|eod|eow|asap|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|[今明后下本周月日号年]/iu;

type Checked = { readonly text: string; readonly turns: readonly number[] };

/** Checks a list of items against the turns they cite; returns the kept ones and the drop count. */
function checkItems(
  items: readonly { readonly text: string; readonly turns: readonly (string | number)[] }[],
  passages: readonly Passage[],
  turnOf: ReadonlyMap<string, number>,
): { kept: Checked[]; dropped: number; keptIndexes: number[] } {
  const check = checkGroundedAnswer(
    { sentences: items.map((item) => ({ text: item.text, sources: [...item.turns] })), no_answer: false },
    passages,
  );
  // checkGroundedAnswer keeps order and skips empty texts; map kept sentences back to their items.
  const keptIndexes: number[] = [];
  let cursor = 0;
  for (const sentence of check.kept) {
    while (cursor < items.length && cleanModelText(items[cursor]!.text) !== sentence.text) cursor++;
    keptIndexes.push(cursor++);
  }
  return {
    kept: check.kept.map((sentence) => ({
      text: sentence.text,
      turns: sentence.sources.map((id) => turnOf.get(id)!),
    })),
    dropped: check.dropped.length,
    keptIndexes,
  };
}

function validDate(text: string | null): string | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return null;
  const date = new Date(`${text.trim()}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : text.trim();
}

/** A name is known when each of its words is a word of the cited turns or of a speaker's name. */
function knownName(owner: string, citedText: string, speakers: readonly string[]): boolean {
  const haystack = `${citedText} ${speakers.join(' ')}`.toLowerCase();
  const words = owner.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((word) => haystack.includes(word));
}

/** Recaps a meeting with the configured model, falling back to the builtin recap. */
export async function recapWithModel(
  transcript: Transcript,
  options: RecapWithModelOptions = {},
): Promise<RecapResult> {
  const builtin = recapMeeting(transcript, options);
  const fallback = (warning: Warning): RecapResult => ({ ...builtin, warnings: [warning] });
  const model = options.model;
  if (!model || model.engine === 'builtin') return { ...builtin, warnings: [] };
  const passages = turnPassages(transcript, builtin);
  if (passages.length === 0) return { ...builtin, warnings: [] };
  const now = options.now ?? new Date();
  const prompt = recapPrompt(transcript, passages, {
    now,
    ...(options.query !== undefined ? { query: options.query } : {}),
    ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
  });
  const result = await model.generate(
    {
      messages: buildPrompt(prompt.parts),
      responseFormat: { type: 'json', schema: RecapAnswer, name: 'meeting_recap' },
      maxTokens: prompt.maxTokens,
      temperature: 0.2,
    },
    options.signal,
  );
  if (!result.success) return fallback(modelFailedWarning(result.error, RECAP_WHAT));
  const answer = RecapAnswer.parse(result.data.object);

  const shown: Passage[] = prompt.passages.map((passage) => ({
    id: passage.id,
    text: `${sourceOf(passage)}: ${passage.text}`,
  }));
  const turnOf = new Map(prompt.passages.map((passage) => [passage.id, passage.turn]));
  const textOf = new Map(shown.map((passage) => [passage.id, passage.text]));
  const spokenOf = new Map(prompt.passages.map((passage) => [passage.id, passage.text]));
  const summary = checkItems(answer.summary.slice(0, SUMMARY_SENTENCES + 2), shown, turnOf);
  const decisions = checkItems(answer.decisions, shown, turnOf);
  const actionTexts = answer.action_items.map((item) => ({
    text: item.owner ? `${item.owner}: ${item.task}` : item.task,
    turns: item.turns,
  }));
  const actions = checkItems(actionTexts, shown, turnOf);
  const queried = options.query?.trim() ? checkItems(answer.answer ?? [], shown, turnOf) : undefined;

  const total =
    answer.summary.length +
    answer.decisions.length +
    answer.action_items.length +
    (queried ? (answer.answer ?? []).length : 0);
  const kept =
    summary.kept.length + decisions.kept.length + actions.kept.length + (queried?.kept.length ?? 0);
  const reason =
    summary.kept.length === 0
      ? answer.summary.length === 0
        ? 'the model wrote no summary'
        : `none of the model's ${answer.summary.length} summary sentences was supported by the turns it cited`
      : fallbackReason(false, kept, total);
  if (reason) return fallback(modelRejectedWarning(reason, RECAP_WHAT));

  // Citations are renumbered by first use; quotes of turns the builtin recap cites stay as it wrote them.
  const builtinByTurn = new Map(builtin.citations.map((citation) => [citation.turn, citation]));
  const citations: RecapCitation[] = [];
  const numberOf = new Map<number, number>();
  const cite = (turn: number): number => {
    const known = numberOf.get(turn);
    if (known !== undefined) return known;
    const source = transcript.turns[turn];
    const n = citations.length + 1;
    const locator: Locator = {
      turn,
      ...(source?.start !== undefined ? { start: source.start } : {}),
      ...(source?.end !== undefined ? { end: source.end } : {}),
    };
    const quote =
      builtinByTurn.get(turn)?.quote ??
      clip(prompt.passages.find((passage) => passage.turn === turn)?.text ?? source?.text ?? '', 300);
    citations.push({ n, turn, speaker: source?.speaker ?? '', locator, quote });
    numberOf.set(turn, n);
    return n;
  };
  const toItems = (list: readonly Checked[]): RecapItem[] =>
    list.map((item) => ({ text: item.text, citations: item.turns.map(cite) }));
  const fromBuiltin = (citationNumbers: readonly number[]) =>
    citationNumbers.map((n) => cite(builtin.citations[n - 1]!.turn));
  const withMarkers = (list: readonly RecapItem[]) =>
    list.map((item) => `${item.text} ${item.citations.map((n) => `[${n}]`).join('')}`).join(' ');

  // A question the model left unanswered (or answered without support) gets the builtin answer.
  const builtinAnswer = queried !== undefined && queried.kept.length === 0 && builtin.answerSentences?.length;
  const answerSentences = builtinAnswer
    ? builtin.answerSentences!.map((item) => ({ ...item, citations: fromBuiltin(item.citations) }))
    : queried
      ? toItems(queried.kept)
      : undefined;
  const summarySentences = toItems(summary.kept);
  const decisionItems = toItems(decisions.kept);
  const speakers = [...new Set(transcript.turns.map((turn) => turn.speaker))];
  const actionItems: RecapActionItem[] = actions.keptIndexes.map((index, position) => {
    const raw = answer.action_items[index]!;
    const turns = actions.kept[position]!.turns;
    const citedText = turns.map((turn) => textOf.get(String(turn + 1)) ?? '').join(' ');
    const owner = raw.owner && knownName(raw.owner, citedText, speakers) ? cleanModelText(raw.owner) : null;
    const spoken = turns.map((turn) => spokenOf.get(String(turn + 1)) ?? '').join(' ');
    const due = TIME_WORDS.test(spoken) ? validDate(raw.due) : null;
    return { owner, task: cleanModelText(raw.task), due, citations: turns.map(cite) };
  });
  const topics = builtin.topics.map((topic) => ({ ...topic, citations: fromBuiltin(topic.citations) }));
  const openQuestions = builtin.openQuestions.map((item) => ({
    ...item,
    citations: fromBuiltin(item.citations),
  }));

  const dropped = summary.dropped + decisions.dropped + actions.dropped + (queried?.dropped ?? 0);
  const warnings: Warning[] = [...result.warnings];
  if (builtinAnswer)
    warnings.push(
      modelRejectedWarning(
        (answer.answer ?? []).length
          ? 'none of its answer sentences was supported by the turns they cite'
          : 'it did not answer the question',
        'the builtin answer to the question',
      ),
    );
  if (dropped > 0)
    warnings.push({
      type: 'lossy',
      message: `${dropped} of the model's ${total} recap items ${dropped === 1 ? 'was' : 'were'} dropped: not supported by the turns ${dropped === 1 ? 'it cites' : 'they cite'}.`,
    });
  return {
    ...(transcript.title ? { title: transcript.title } : {}),
    ...(transcript.date ? { date: transcript.date } : {}),
    summary: withMarkers(summarySentences),
    summarySentences,
    topics,
    decisions: decisionItems,
    actionItems,
    openQuestions,
    ...(answerSentences ? { answer: withMarkers(answerSentences), answerSentences } : {}),
    engine: result.data.engine,
    citations,
    warnings,
  };
}
