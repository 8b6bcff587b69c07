/**
 * @module mail-skills
 * The mail skills: rebuild threads, summarize a thread, draft a reply (.eml), triage. With a
 * configured model, summarize, reply and triage use it (`*-with-model.ts`), checked and falling
 * back to the builtin result; `engine` says which, `warnings` why the model's answer was not used.
 */
import { z } from 'zod';
import { writeEml } from '../../formats/mail/write-eml.ts';
import { CitationSchema, defineSkill, FileRef, type SkillContext } from '../skill.ts';
import { readerName, withFolderNames } from './folder-names.ts';
import { loadThreads, pickThread } from './mail-input.ts';
import { readableName, threadOpening } from './mail-thread.ts';
import { replyWithModel } from './reply-with-model.ts';
import { summarizeThreadWithModel } from './summarize-thread-with-model.ts';
import { guessOwnerAddresses } from './triage.ts';
import { triageWithModel } from './triage-with-model.ts';

const Warnings = z.array(z.object({ type: z.string(), message: z.string() }));

/** What the model paths need from the skill context. */
function modelOptions(context: SkillContext) {
  return {
    model: context.model,
    signal: context.signal,
    now: context.clock.now(),
    ...(context.contextTokens ? { contextTokens: context.contextTokens } : {}),
  };
}

const MailFiles = z
  .array(FileRef)
  .min(1)
  .max(200)
  .describe('Mail files: .eml, .mbox, .msg or maildir folders.');

export const mailThreadsSkill = defineSkill({
  id: 'mail-threads',
  description:
    'Rebuild mail conversations (from threading headers, or subjects and quoted text when missing).',
  input: z.object({ mail: MailFiles, limit: z.number().int().min(1).optional() }),
  output: z.looseObject({
    threads: z.array(z.looseObject({ id: z.string(), subject: z.string() })),
    total: z.number(),
  }),
  async execute(input, context) {
    const threads = await loadThreads(context, input.mail);
    const shown = threads.slice(0, input.limit ?? threads.length);
    return {
      data: {
        threads: shown.map((thread) => ({
          id: thread.id,
          subject: thread.subject,
          ...(threadOpening(thread) ? { opening: threadOpening(thread) } : {}),
          participants: thread.participants.map((person) => ({
            ...(person.name ? { name: person.name } : {}),
            address: person.address,
          })),
          messages: thread.messages.map((message) => ({
            messageId: message.messageId,
            subject: message.subject,
            from: message.from?.address ?? '',
            date: message.date ?? null,
            path: message.path,
          })),
        })),
        total: threads.length,
      },
    };
  },
});

export const mailSummarizeSkill = defineSkill({
  id: 'mail-summarize',
  description: 'Summarize a mail thread: asks, decisions, open questions, who owes what, with citations.',
  input: z.object({ mail: MailFiles, thread: z.string().max(200).optional() }),
  output: z.looseObject({
    summary: z.string(),
    engine: z.string(),
    citations: z.array(CitationSchema),
    warnings: Warnings,
  }),
  async execute(input, context) {
    const threads = await loadThreads(context, input.mail);
    // People the thread gives only an address are named as the rest of the folder names them.
    const thread = withFolderNames(
      pickThread(threads, input.thread),
      threads.flatMap((item) => item.messages),
    );
    const summary = await summarizeThreadWithModel(thread, modelOptions(context));
    return { data: summary, warnings: summary.warnings };
  },
});

export const mailReplySkill = defineSkill({
  id: 'mail-reply',
  description: 'Draft a reply to a mail thread as an .eml file with the right threading headers.',
  input: z.object({
    mail: MailFiles,
    thread: z.string().max(200).optional(),
    intent: z
      .string()
      .max(2000)
      .optional()
      .describe('What to say, as comma-separated clauses: "accept, propose Tuesday 10:00".'),
    as: z
      .string()
      .max(320)
      .optional()
      .describe('Your address (default: the writer of a sent folder, else the most frequent recipient).'),
    name: z.string().max(200).optional(),
    all: z.boolean().default(false).describe('Reply to all recipients.'),
  }),
  output: z.looseObject({
    engine: z.string(),
    subject: z.string(),
    placeholders: z.number(),
    citations: z.array(CitationSchema),
    warnings: Warnings,
  }),
  async execute(input, context) {
    const threads = await loadThreads(context, input.mail);
    const thread = pickThread(threads, input.thread);
    const owners = input.as ? [] : guessOwnerAddresses(threads.flatMap((item) => item.messages));
    const address = input.as ?? owners[0] ?? 'me@localhost';
    const known = thread.participants.find(
      (person) => person.address.toLowerCase() === address.toLowerCase(),
    );
    const everything = threads.flatMap((item) => item.messages);
    // Signed, and sent From:, with the name the user goes by: given, in the thread, in their own
    // sent mail, else the name others write to them with.
    const name =
      input.name ?? readableName(known?.name) ?? readerName(everything, [address, ...owners.slice(1)]);
    const draft = await replyWithModel(thread, {
      me: { address, ...(name ? { name } : {}) },
      ...(owners.length > 1 ? { aliases: owners.slice(1) } : {}),
      ...(input.intent ? { intent: input.intent } : {}),
      ...modelOptions(context),
      replyAll: input.all,
    });
    const last = thread.messages[draft.respondsTo[0]! - 1]!;
    const citation = {
      n: 1,
      path: last.path,
      uri: `mail://${encodeURIComponent(last.messageId.replace(/^<|>$/g, ''))}`,
      locator: { messageId: last.messageId },
      quote: last.text.trim().slice(0, 200),
    };
    return {
      data: {
        engine: draft.engine,
        subject: draft.message.subject,
        inReplyTo: draft.message.inReplyTo,
        placeholders: draft.placeholders,
        text: draft.message.text,
        citations: [citation],
        warnings: draft.warnings,
      },
      warnings: draft.warnings,
      artifacts: [
        { name: 'reply.eml', bytes: Buffer.from(writeEml(draft.message)), contentType: 'message/rfc822' },
      ],
    };
  },
});

export const mailTriageSkill = defineSkill({
  id: 'mail-triage',
  description:
    'Label threads needs-reply / waiting-on-others / fyi / newsletter, with deadlines, priority and reasons.',
  input: z.object({ mail: MailFiles, as: z.array(z.string().max(320)).max(20).default([]) }),
  output: z.looseObject({ threads: z.array(z.unknown()), engine: z.string(), warnings: Warnings }),
  async execute(input, context) {
    const threads = await loadThreads(context, input.mail);
    const triage = await triageWithModel(threads, { me: input.as, ...modelOptions(context) });
    // The run's engine: the model's when it labelled any thread.
    const engine = triage.threads.find((thread) => thread.engine !== 'builtin')?.engine ?? 'builtin';
    return {
      data: { threads: triage.threads, engine, warnings: triage.warnings },
      warnings: triage.warnings,
    };
  },
});
