/**
 * @module recap-prompt
 * What a model is shown to recap a meeting, and the JSON it answers with. The transcript's
 * turns are data blocks (id, speaker, time; fillers removed, long turns cut), ranked: the turns
 * the builtin recap cites (its summary and answer, then decisions and action items, then
 * topics and open questions), their neighbours, then the most informative others; as many as
 * the model's context holds, shown in meeting order. `bench/recap-context.ts` measures which
 * human-marked turns reach the prompt.
 */
import { z } from 'zod';
import type { Transcript } from '../../formats/model.ts';
import { clipText } from '../../lib/text/clip-text.ts';
import { formatDataBlock } from '../../models/prompt.ts';
import {
  DEFAULT_CONTEXT_TOKENS,
  dataTokenBudget,
  estimateTextTokens,
  fitToBudget,
} from '../../models/token-budget.ts';
import { type PassagePrompt, passagePromptParts } from '../grounding/passage-prompt.ts';
import { cjkLanguageOf, languageRule, todayRule } from '../grounding/prompt-rules.ts';
import type { Recap } from './recap-meeting.ts';
import { prepareTranscript } from './transcript-units.ts';

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

export const SUMMARY_SENTENCES = 6;
/** Longest turn text shown, in characters (long monologues are cut). */
const TURN_CHARS = 700;

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const s = String(Math.floor(seconds % 60)).padStart(2, '0');
  return h > 0 ? `${h}:${m}:${s}` : `${m}:${s}`;
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
      text: clipText(text, TURN_CHARS),
      relevance: rank * 1000 + Math.min(content, 999),
    });
  });
  return passages;
}

/** The source line of a turn's block: "turn by Lena Wu at 03:10". */
export function sourceOf(passage: TurnPassage): string {
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

export type RecapPrompt = PassagePrompt<TurnPassage>;

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
    parts: passagePromptParts({
      instructions,
      example: { input: EXAMPLE_INPUT, output: EXAMPLE_OUTPUT },
      shown: chosen.map((passage) => ({
        id: passage.id,
        title: transcript.title ?? 'Meeting',
        source: sourceOf(passage),
        text: passage.text,
      })),
      request,
    }),
    passages: chosen,
    maxTokens,
  };
}
