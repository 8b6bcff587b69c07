/**
 * @module triage-with-model
 * `mail-triage` with a configured model: threads go to the model a few at a time, each as
 * its last message (sender, recipients, date, subject, and how many messages came before),
 * and the model labels each one needs-reply, waiting-on-others, fyi or newsletter with a
 * short reason. Each label is validated on its own: a thread the model skipped, mislabelled or
 * gave an unknown id keeps its builtin label, as does every thread of a batch whose call
 * failed; `engine` says which per thread, and one warning per cause says how many. Priority,
 * deadlines and the builtin reasons stay the builtin ones.
 */
import { z } from 'zod';
import type { Warning } from '../../lib/result.ts';
import { buildPrompt, type LanguageModel } from '../../models/index.ts';
import { formatDataBlock } from '../../models/prompt.ts';
import { dataTokenBudget, estimateTextTokens, fitToBudget } from '../../models/token-budget.ts';
import { cleanModelText } from '../grounding/model-text.ts';
import { passagePromptParts } from '../grounding/passage-prompt.ts';
import { languageRule, todayRule } from '../grounding/prompt-rules.ts';
import { mailBlock, mailPromptPassage } from './mail-blocks.ts';
import type { MailThread } from './mail-thread.ts';
import { guessOwnerAddresses, type TriagedThread, TriageLabel, triageThreads } from './triage.ts';

const Label = z.enum(Object.values(TriageLabel) as [TriageLabel, ...TriageLabel[]]);
/** Labels are strings here and validated one by one, so one bad label costs one thread, not the batch. */
export const TriageAnswer = z.object({
  threads: z
    .array(
      z.object({
        id: z.union([z.string().max(40), z.number().int()]),
        label: z.string().max(40),
        reason: z.string().max(300),
      }),
    )
    .max(20),
});

export type ModelTriagedThread = TriagedThread & { readonly engine: string };
export type TriageResult = {
  readonly threads: readonly ModelTriagedThread[];
  readonly warnings: readonly Warning[];
};

export type TriageModelOptions = {
  readonly me: readonly string[];
  readonly now: Date;
  readonly model?: LanguageModel;
  readonly signal?: AbortSignal;
  readonly contextTokens?: number;
};

/** Threads per call, and the most threads labelled by the model in one run (the rest keep builtin labels). */
const BATCH = 8;
const MAX_MODEL_THREADS = 48;

const EXAMPLE_INPUT = [
  formatDataBlock({
    type: 'data',
    id: '1',
    title: 'Contract draft',
    source:
      'email from Lena Wu <lena@example.com> to you <omar@example.com> on 2026-02-02 09:14; message 3 of the thread',
    content: 'Omar, could you send me your comments on the contract draft by Wednesday?',
  }),
  formatDataBlock({
    type: 'data',
    id: '2',
    title: 'Your weekly digest',
    source:
      'email from news@shop.example to you <omar@example.com> on 2026-02-02 07:00; message 1 of the thread',
    content: 'This week only: 20% off all notebooks. Unsubscribe at any time.',
  }),
  'Label threads 1 to 2.',
].join('\n');
const EXAMPLE_OUTPUT = JSON.stringify({
  threads: [
    { id: 1, label: 'needs-reply', reason: 'Lena asks you for comments by Wednesday.' },
    { id: 2, label: 'newsletter', reason: 'A marketing digest with an unsubscribe link.' },
  ],
});

function instructions(me: readonly string[], now: Date, sample: string): string {
  return [
    `You sort the email of ${me.length ? me.join(', ') : 'the mailbox owner'} ("you").`,
    todayRule(now),
    'Each document is the last message of one thread. Label each thread with exactly one of:',
    '"needs-reply" (someone asks you something or waits for your answer),',
    '"waiting-on-others" (you sent the last message and asked something),',
    '"fyi" (information for you; no answer expected),',
    '"newsletter" (bulk, marketing or automated mail).',
    'Give a reason of one short sentence from the message.',
    languageRule('documents', sample),
    'Reply with one JSON object and nothing else: {"threads": [{"id": 1, "label": "fyi", "reason": "..."}]}, one item per thread id.',
  ].join(' ');
}

/** Labels threads with the configured model, each thread falling back to its builtin label. */
export async function triageWithModel(
  threads: readonly MailThread[],
  options: TriageModelOptions,
): Promise<TriageResult> {
  const builtin = triageThreads(threads, { me: options.me, now: options.now });
  const model = options.model;
  const plain = builtin.map((thread) => ({ ...thread, engine: 'builtin' }));
  if (!model || model.engine === 'builtin') return { threads: plain, warnings: [] };
  const me = options.me.length
    ? options.me
    : guessOwnerAddresses(threads.flatMap((thread) => thread.messages));
  const mine = new Set(me.map((address) => address.toLowerCase()));
  const byId = new Map(threads.map((thread) => [thread.id, thread]));
  // The threads the builtin rules rank first are the ones labelled by the model.
  const chosen = builtin.slice(0, MAX_MODEL_THREADS).map((item) => byId.get(item.id)!);
  const sample = chosen
    .map((thread) => thread.messages.at(-1)?.text ?? '')
    .join(' ')
    .slice(0, 2000);
  const system = instructions(me, options.now, sample);
  const labels = new Map<string, { label: TriageLabel; reason: string; engine: string }>();
  const failures = new Map<string, number>();
  let unlabelled = 0;
  const budget = dataTokenBudget({
    ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
    promptTokens: estimateTextTokens(system + EXAMPLE_INPUT + EXAMPLE_OUTPUT) + 200,
    answerTokens: BATCH * 60,
  });
  for (let start = 0; start < chosen.length; start += BATCH) {
    const batch = chosen.slice(start, start + BATCH);
    const blocks = batch.map((thread, index) => {
      const last = thread.messages.at(-1)!;
      const block = mailBlock(last, thread.messages.length, String(index + 1));
      const source = block.source.replace(/<([^>]+)>/g, (all, address: string) =>
        mine.has(address.toLowerCase()) ? `<${address}> (you)` : all,
      );
      return { ...block, source: `${source}; message ${thread.messages.length} of the thread`, thread };
    });
    const shown = fitToBudget(blocks, (block) => block.text + block.source, budget);
    const result = await model.generate(
      {
        messages: buildPrompt(
          passagePromptParts({
            instructions: system,
            example: { input: EXAMPLE_INPUT, output: EXAMPLE_OUTPUT },
            shown: shown.map(mailPromptPassage),
            request: `Label threads ${shown.map((block) => block.id).join(', ')}.`,
          }),
        ),
        responseFormat: { type: 'json', schema: TriageAnswer, name: 'mail_triage' },
        maxTokens: shown.length * 60 + 40,
        temperature: 0,
      },
      options.signal,
    );
    if (!result.success) {
      const reason = `${result.error.message.replace(/\.$/, '')} (${result.error.code})`;
      failures.set(reason, (failures.get(reason) ?? 0) + batch.length);
      continue;
    }
    const answer = TriageAnswer.parse(result.data.object);
    const threadOf = new Map(shown.map((block) => [block.id, block.thread]));
    for (const item of answer.threads) {
      const thread = threadOf.get(
        String(item.id)
          .replace(/^\[|\]$/g, '')
          .trim(),
      );
      const label = Label.safeParse(item.label.trim().toLowerCase());
      if (!thread || !label.success || labels.has(thread.id)) continue;
      labels.set(thread.id, {
        label: label.data,
        reason: cleanModelText(item.reason),
        engine: result.data.engine,
      });
    }
    unlabelled += batch.filter((thread) => !labels.has(thread.id)).length;
  }
  const warnings: Warning[] = [];
  for (const [reason, count] of failures)
    warnings.push({
      type: 'other',
      message: `${reason}; ${count} thread${count === 1 ? '' : 's'} kept the builtin label.`,
    });
  if (unlabelled > 0)
    warnings.push({
      type: 'other',
      message: `The model gave no valid label for ${unlabelled} thread${unlabelled === 1 ? '' : 's'} (an unknown label or id, or none); ${unlabelled === 1 ? 'it keeps its' : 'they keep their'} builtin label.`,
    });
  if (builtin.length > chosen.length)
    warnings.push({
      type: 'other',
      message: `The model labelled the first ${chosen.length} of ${builtin.length} threads; the rest keep their builtin labels.`,
    });
  return {
    threads: builtin.map((thread) => {
      const labelled = labels.get(thread.id);
      if (!labelled) return { ...thread, engine: 'builtin' };
      return {
        ...thread,
        label: labelled.label,
        reasons: labelled.reason ? [labelled.reason, ...thread.reasons] : thread.reasons,
        engine: labelled.engine,
      };
    }),
    warnings,
  };
}
