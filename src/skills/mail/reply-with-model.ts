/**
 * @module reply-with-model
 * `mail-reply` with a configured model: the model writes only the body of the reply (what the
 * user's intent says, in a polite tone), from the thread's last messages as data blocks; the
 * greeting, the list of the sender's questions with "[your answer]" placeholders, the sign-off,
 * the quote and the threading headers stay the builtin draft's, so a question the user has
 * not answered is never answered by the model. The body is used only when every number and
 * name in it comes from the thread, the intent or the user's name; otherwise, or when the
 * call fails, the builtin body stands with a warning.
 */
import { z } from 'zod';
import type { Warning } from '../../lib/result.ts';
import { buildPrompt, type LanguageModel } from '../../models/index.ts';
import { formatDataBlock } from '../../models/prompt.ts';
import { modelFailedWarning, modelRejectedWarning } from '../grounding/fallback-warnings.ts';
import { factsOf } from '../grounding/kept-facts.ts';
import { numbersOf } from '../grounding/lexical-support.ts';
import { cleanModelText } from '../grounding/model-text.ts';
import { cjkLanguageOf, languageRule, todayRule } from '../grounding/prompt-rules.ts';
import {
  draftReply,
  intentReference,
  intentSentence,
  type ReplyDraft,
  type ReplyOptions,
} from './draft-reply.ts';
import { threadPrompt } from './mail-blocks.ts';
import type { MailThread } from './mail-thread.ts';

export const ReplyBody = z.object({ paragraphs: z.array(z.string().min(1).max(1500)).min(1).max(4) });

export type ReplyResult = ReplyDraft & { readonly engine: string; readonly warnings: readonly Warning[] };

export type ReplyModelOptions = ReplyOptions & {
  readonly model?: LanguageModel;
  readonly signal?: AbortSignal;
  readonly contextTokens?: number;
};

const WHAT = 'the builtin reply';
/** Messages of the thread shown, newest last: a reply answers the end of a conversation. */
const SHOWN_MESSAGES = 4;

const EXAMPLE_INPUT = [
  formatDataBlock({
    type: 'data',
    id: '1',
    title: 'Workshop',
    source: 'email from Lena Wu <lena@example.com> to Omar Said <omar@example.com> on 2026-02-02 09:14',
    content:
      'Could you join the pricing workshop on Thursday at 10:00? Also, do you have the Q1 figures yet?',
  }),
  'Write the body of the reply to message 1. What to say: accept, the room is fine.',
].join('\n');
const EXAMPLE_OUTPUT = JSON.stringify({
  paragraphs: [
    'Thank you for the invitation: I will join the pricing workshop on Thursday at 10:00, and the room is fine.',
  ],
});

/** Capitalised words a reply uses that name nobody. */
const INTERJECTIONS = new Set(['OK', 'Ok']);

/** Words of a text, lowercased, for checking that a name was there. */
function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu) ?? [],
  );
}

/** Why a model body may not be used: a number or name it did not get from the thread, the intent or the user. */
export function inventedFacts(body: string, allowed: string): string[] {
  const numbers = numbersOf(allowed);
  const words = wordsOf(allowed);
  const facts = factsOf(body);
  return [
    ...[...facts.numbers].filter((number) => !numbers.has(number)),
    ...[...facts.names].filter((name) => !INTERJECTIONS.has(name) && !words.has(name.toLowerCase())),
  ];
}

/** Drafts a reply; the body comes from the configured model when it passes the checks. */
export async function replyWithModel(thread: MailThread, options: ReplyModelOptions): Promise<ReplyResult> {
  const builtin = draftReply(thread, options);
  const model = options.model;
  if (!model || model.engine === 'builtin') return { ...builtin, engine: 'builtin', warnings: [] };
  const fallback = (warning: Warning): ReplyResult => ({
    ...builtin,
    engine: 'builtin',
    warnings: [warning],
  });
  const lines = builtin.message.text.split('\n');
  // The builtin draft is: greeting, blank line, body, then questions, sign-off and quote.
  if (lines[1] !== '' || !lines[2]) return { ...builtin, engine: 'builtin', warnings: [] };
  const lastIndex = builtin.respondsTo[0]!;
  const last = thread.messages[lastIndex - 1]!;
  const intent = options.intent?.trim();
  const reference = intentReference(last.date, options.now);
  const intentWords = (intent ?? '')
    .split(/[,;]|\band then\b/)
    .map((clause) => clause.trim())
    .filter(Boolean)
    .map((clause) => intentSentence(clause, reference, options.now))
    .join(' ');
  const sample = `${intent ?? ''} ${last.text}`.slice(0, 2000);
  const instructions = [
    `You write the body of an email reply for ${options.me.name ?? options.me.address}.`,
    todayRule(options.now),
    'The greeting, the sign-off, the quoted message and a list of the questions the user still has to answer are added for you: write only the paragraphs in between (one or two short paragraphs).',
    intent
      ? 'Say what the user asks you to say, politely and clearly, in the first person.'
      : 'The user gave no instructions: thank the sender and acknowledge the message in one or two sentences.',
    "Never answer a question, promise anything or state a date, amount or name that the user's instructions or the emails do not give.",
    languageRule('documents', sample),
    'Reply with one JSON object and nothing else: {"paragraphs": ["..."]}.',
  ].join(' ');
  const request = `Write the body of the reply to message ${lastIndex} ("${last.subject.trim() || thread.subject}").${intent ? ` What to say: ${intent}` : ''}`;
  const maxTokens = cjkLanguageOf(sample) ? 600 : 400;
  const { parts, blocks } = threadPrompt({
    instructions,
    example: { input: EXAMPLE_INPUT, output: EXAMPLE_OUTPUT },
    request,
    messages: thread.messages.slice(0, lastIndex),
    answerTokens: maxTokens,
    ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
    lastShown: SHOWN_MESSAGES,
  });
  const result = await model.generate(
    {
      messages: buildPrompt(parts),
      responseFormat: { type: 'json', schema: ReplyBody, name: 'reply_body' },
      maxTokens,
      temperature: 0.3,
    },
    options.signal,
  );
  if (!result.success) return fallback(modelFailedWarning(result.error, WHAT));
  const paragraphs = ReplyBody.parse(result.data.object).paragraphs.map(cleanModelText).filter(Boolean);
  const body = paragraphs.join('\n\n');
  if (!body) return fallback(modelRejectedWarning('the model wrote an empty body', WHAT));
  const allowed = [
    ...blocks.map((block) => `${block.subject} ${block.source} ${block.text}`),
    intent ?? '',
    intentWords,
    options.me.name ?? '',
    options.me.address,
  ].join('\n');
  const invented = inventedFacts(body, allowed);
  if (invented.length > 0)
    return fallback(
      modelRejectedWarning(
        `its body states ${invented.slice(0, 5).join(', ')}, which neither the thread nor the instructions give`,
        WHAT,
      ),
    );
  const text = [...lines.slice(0, 2), body, ...lines.slice(3)].join('\n');
  return {
    ...builtin,
    message: {
      ...builtin.message,
      text,
      headers: { ...builtin.message.headers, 'X-Officemate-Engine': result.data.engine },
    },
    engine: result.data.engine,
    warnings: [...result.warnings],
  };
}
