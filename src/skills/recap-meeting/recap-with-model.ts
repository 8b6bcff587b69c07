/**
 * @module recap-with-model
 * `recap` with a configured model. The transcript's turns go to the model as data blocks
 * (id, speaker, time; `recap-prompt.ts` chooses them and writes the prompt). The
 * model answers with grounded JSON: summary sentences, decisions and action items (owner,
 * task, due date), each citing turn ids (and, for a query, answer sentences). Every item is
 * checked against the turns it cites (`grounding/`): unknown or unsupporting turns drop it,
 * and the drops are counted in a warning; an owner who is in none of the cited turns and no
 * speaker, or a due date no cited turn speaks of, is cleared rather than guessed. When too
 * little survives, or the call fails, the builtin recap is returned with a warning. Topics
 * and open questions always come from the builtin rules.
 */
import type { Transcript } from '../../formats/model.ts';
import type { Warning } from '../../lib/result.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lib/text/calendar-names.ts';
import { clipText } from '../../lib/text/clip-text.ts';
import { buildPrompt, type LanguageModel } from '../../models/index.ts';
import { modelFailedWarning, modelRejectedWarning } from '../grounding/fallback-warnings.ts';
import { checkGroundedAnswer, fallbackReason, type Passage } from '../grounding/grounded-answer.ts';
import { cleanModelText } from '../grounding/model-text.ts';
import type { Recap, RecapActionItem, RecapItem, RecapOptions } from './recap-meeting.ts';
import { recapMeeting, turnCitations } from './recap-meeting.ts';
import { RecapAnswer, recapPrompt, SUMMARY_SENTENCES, sourceOf, turnPassages } from './recap-prompt.ts';

/** A recap with the engine that wrote it and why a configured model's answer was not used. */
export type RecapResult = Recap & { readonly warnings: readonly Warning[] };

export type RecapWithModelOptions = RecapOptions & {
  /** A configured model; absent or builtin → the builtin recap. */
  readonly model?: LanguageModel;
  readonly signal?: AbortSignal;
  /** The model's context window in tokens (default 4096). */
  readonly contextTokens?: number;
};

const RECAP_WHAT = 'the builtin recap';

/** Words that say when something is due; a due date is kept only when a cited turn has one. */
const TIME_WORDS = new RegExp(
  `\\d|\\b(?:today|tonight|tomorrow|week|month|quarter|year|end of|eod|eow|asap|${[
    ...MONTH_NAMES,
    ...WEEKDAY_NAMES,
  ]
    .flatMap((name) => [name.toLowerCase(), name.slice(0, 3).toLowerCase()])
    .join('|')})\\b|[今明后下本周月日号年]`,
  'iu',
);

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

const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A name is known when each of its words is a word of the cited turns or of a speaker's name (Chinese: a part of them). */
function knownName(owner: string, citedText: string, speakers: readonly string[]): boolean {
  const haystack = `${citedText} ${speakers.join(' ')}`.toLowerCase();
  const known = new Set(haystack.match(NAME_WORD) ?? []);
  const words = owner.toLowerCase().match(NAME_WORD) ?? [];
  return (
    words.length > 0 &&
    words.every((word) => known.has(word) || (/\p{sc=Han}/u.test(word) && haystack.includes(word)))
  );
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
  const { citations, cite, withMarkers } = turnCitations(
    transcript,
    (turn) =>
      builtinByTurn.get(turn)?.quote ??
      clipText(
        prompt.passages.find((passage) => passage.turn === turn)?.text ?? transcript.turns[turn]?.text ?? '',
        300,
      ),
  );
  const toItems = (list: readonly Checked[]): RecapItem[] =>
    list.map((item) => ({ text: item.text, citations: item.turns.map(cite) }));
  const fromBuiltin = (citationNumbers: readonly number[]) =>
    citationNumbers.map((n) => cite(builtin.citations[n - 1]!.turn));

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
