/**
 * @module summarize-thread-with-model
 * `mail-summarize` with a configured model: the thread's messages as data blocks (sender,
 * recipients, date, subject), the newest first to fit the model's context; the model answers
 * with grounded JSON citing message numbers, checked against the messages it cites
 * (`grounding/`). Unsupported sentences are dropped and counted; when too little survives, or
 * the call fails, the builtin summary stands with a warning. The asks, decisions, open
 * questions and obligations lists stay the builtin ones.
 */
import type { Warning } from '../../lib/result.ts';
import { buildPrompt, type LanguageModel } from '../../models/index.ts';
import { formatDataBlock } from '../../models/prompt.ts';
import { modelFailedWarning, modelRejectedWarning } from '../grounding/fallback-warnings.ts';
import {
  checkGroundedAnswer,
  GROUNDED_ANSWER_IN_WORDS,
  GroundedAnswer,
} from '../grounding/grounded-answer.ts';
import { cjkLanguageOf, languageRule, todayRule } from '../grounding/prompt-rules.ts';
import { mailPassage, threadPrompt } from './mail-blocks.ts';
import type { MailThread } from './mail-thread.ts';
import { citedOnly, summarizeThread, type ThreadSummary, threadCitations } from './summarize-thread.ts';

export type ThreadSummaryResult = ThreadSummary & { readonly warnings: readonly Warning[] };

export type MailModelOptions = {
  readonly model?: LanguageModel;
  readonly signal?: AbortSignal;
  readonly now: Date;
  /** The model's context window in tokens (default 4096). */
  readonly contextTokens?: number;
};

const SENTENCES = 5;
const WHAT = 'the builtin thread summary';

const EXAMPLE_INPUT = [
  formatDataBlock({
    type: 'data',
    id: '1',
    title: 'Office move',
    source: 'email from Lena Wu <lena@example.com> to Omar Said <omar@example.com> on 2026-02-02 09:14',
    content: 'Omar, can you confirm the movers for 14 February? The quote is €3,200.',
  }),
  formatDataBlock({
    type: 'data',
    id: '2',
    title: 'Re: Office move',
    source: 'email from Omar Said <omar@example.com> to Lena Wu <lena@example.com> on 2026-02-02 11:40',
    content: 'Confirmed for 14 February. I will send the floor plan to the movers by Friday.',
  }),
  'Summarize the thread "Office move" in at most 3 sentences.',
].join('\n');
const EXAMPLE_OUTPUT = JSON.stringify({
  sentences: [
    {
      text: 'Lena Wu asked Omar Said to confirm the movers for 14 February at a quote of €3,200.',
      sources: [1],
    },
    { text: 'Omar confirmed the date and will send the floor plan to the movers by Friday.', sources: [2] },
  ],
  no_answer: false,
});

/** Summarizes a thread with the configured model, falling back to the builtin summary. */
export async function summarizeThreadWithModel(
  thread: MailThread,
  options: MailModelOptions,
): Promise<ThreadSummaryResult> {
  const builtin = summarizeThread(thread);
  const model = options.model;
  if (!model || model.engine === 'builtin') return { ...builtin, warnings: [] };
  const sample = thread.messages
    .map((message) => message.text)
    .join(' ')
    .slice(0, 2000);
  const instructions = [
    'You summarize an email thread for one of its readers.',
    todayRule(options.now),
    `Write at most ${SENTENCES} sentences: what was asked and by whom, what was decided, what is still open, and who owes what by when. Name people as the emails do.`,
    'Use only facts stated in the emails; add no outside knowledge. Copy numbers, dates and names exactly.',
    languageRule('documents', sample),
    GROUNDED_ANSWER_IN_WORDS,
  ].join(' ');
  const request = `Summarize the thread "${thread.subject}" in at most ${SENTENCES} sentences.`;
  const maxTokens = cjkLanguageOf(sample) ? 700 : 450;
  const { parts, blocks } = threadPrompt({
    instructions,
    example: { input: EXAMPLE_INPUT, output: EXAMPLE_OUTPUT },
    request,
    messages: thread.messages,
    answerTokens: maxTokens,
    ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
  });
  const result = await model.generate(
    {
      messages: buildPrompt(parts),
      responseFormat: { type: 'json', schema: GroundedAnswer, name: 'grounded_thread_summary' },
      maxTokens,
      temperature: 0.2,
    },
    options.signal,
  );
  if (!result.success) return { ...builtin, warnings: [modelFailedWarning(result.error, WHAT)] };
  const check = checkGroundedAnswer(GroundedAnswer.parse(result.data.object), blocks.map(mailPassage));
  if (check.fallback) return { ...builtin, warnings: [modelRejectedWarning(check.fallback, WHAT)] };
  const kept = check.kept.slice(0, SENTENCES + 2);
  const warnings: Warning[] = [...result.warnings];
  if (check.dropped.length > 0)
    warnings.push({
      type: 'lossy',
      message: `${check.dropped.length} of the model's ${check.dropped.length + check.kept.length} sentences ${check.dropped.length === 1 ? 'was' : 'were'} dropped: not supported by the messages ${check.dropped.length === 1 ? 'it cites' : 'they cite'}.`,
    });
  // Block ids are thread positions, so [n] indexes the builtin citations (one per message).
  const summary = kept
    .map((sentence) => `${sentence.text} ${sentence.sources.map((id) => `[${id}]`).join('')}`)
    .join(' ');
  const written = { ...builtin, summary, engine: result.data.engine };
  return { ...written, citations: citedOnly(written, threadCitations(thread)), warnings };
}
