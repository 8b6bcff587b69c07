/**
 * @module mail-blocks
 * Mail messages as a model sees them: one data block per message, its id the message's
 * position in the thread (the `[n]` its citations use), titled with the subject, its source
 * naming sender, recipients and date; the message's own words (quoted history and signature
 * left out, a bare forward shown by what it forwards). The newest messages win the context
 * budget and are shown in thread order. Used by the model paths of the mail skills.
 */
import type { Address } from '../../formats/model.ts';
import { clipText } from '../../lib/text/clip-text.ts';
import type { PromptPart } from '../../models/prompt.ts';
import { dataTokenBudget, estimateTextTokens, fitToBudget } from '../../models/token-budget.ts';
import type { Passage } from '../grounding/grounded-answer.ts';
import { type PromptPassage, passagePromptParts } from '../grounding/passage-prompt.ts';
import type { SourcedMessage } from './mail-thread.ts';

/** Longest message text shown, in characters. */
const MESSAGE_CHARS = 2400;

export type MailBlock = {
  readonly id: string;
  /** 1-based position in its thread. */
  readonly n: number;
  readonly subject: string;
  readonly source: string;
  readonly text: string;
};

function person(address: Address): string {
  const name = address.name?.replace(/^["']|["']$/g, '').trim();
  return name ? `${name} <${address.address}>` : address.address;
}

/** What a message itself says: its own text, or the text it forwards when it adds little. */
function ownWords(message: SourcedMessage): string {
  const own = message.text.trim();
  if (own.split(/\s+/).filter(Boolean).length >= 12 || !message.quoted) return own;
  return `${own}\n${message.quoted.replace(/^\s*>\s?/gm, '').trim()}`.trim();
}

/** One message as a block; `id` defaults to its position `n`. */
export function mailBlock(message: SourcedMessage, n: number, id = String(n)): MailBlock {
  const to = [...message.to, ...message.cc].slice(0, 6).map(person);
  const more = message.to.length + message.cc.length - to.length;
  const date = message.date ? ` on ${message.date.slice(0, 16).replace('T', ' ')}` : '';
  return {
    id,
    n,
    subject: message.subject.trim() || '(no subject)',
    source: `email from ${message.from ? person(message.from) : 'unknown sender'}${to.length ? ` to ${to.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : ''}${date}`,
    text: clipText(ownWords(message), MESSAGE_CHARS) || '(no text)',
  };
}

export function mailPromptPassage(block: MailBlock): PromptPassage {
  return { id: block.id, title: block.subject, source: block.source, text: block.text };
}

/** The text a citation of the block is checked against: subject, sender line and words. */
export function mailPassage(block: MailBlock): Passage {
  return { id: block.id, text: `${block.subject} (${block.source}): ${block.text}` };
}

/** The thread's messages that fit `budget` tokens, the newest first to win, in thread order. */
export function threadBlocks(messages: readonly SourcedMessage[], budget: number): MailBlock[] {
  const blocks = messages.map((message, index) => mailBlock(message, index + 1));
  return fitToBudget(
    [...blocks].reverse(),
    (block) => block.text + block.source + block.subject,
    budget,
  ).sort((a, b) => a.n - b.n);
}

/**
 * The prompt of a model call over a thread: instructions, the example, the newest messages that
 * fit what the context leaves once the rest of the prompt and the answer are counted (at most
 * `lastShown` of them when given), and the request.
 */
export function threadPrompt(prompt: {
  readonly instructions: string;
  readonly example: { readonly input: string; readonly output: string };
  readonly request: string;
  readonly messages: readonly SourcedMessage[];
  readonly answerTokens: number;
  readonly contextTokens?: number;
  readonly lastShown?: number;
}): { readonly parts: PromptPart[]; readonly blocks: readonly MailBlock[] } {
  const { instructions, example, request } = prompt;
  const budget = dataTokenBudget({
    ...(prompt.contextTokens ? { contextTokens: prompt.contextTokens } : {}),
    promptTokens: estimateTextTokens(instructions + example.input + example.output + request) + 150,
    answerTokens: prompt.answerTokens,
  });
  const fitting = threadBlocks(prompt.messages, budget);
  const blocks = prompt.lastShown ? fitting.slice(-prompt.lastShown) : fitting;
  return {
    parts: passagePromptParts({ instructions, example, shown: blocks.map(mailPromptPassage), request }),
    blocks,
  };
}
