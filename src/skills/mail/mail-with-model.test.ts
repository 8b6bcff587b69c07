import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import type { GenerateRequest } from '../../models/index.ts';
import { configuredModelAt } from '../../models/testing/configured-model.ts';
import {
  hang,
  replyJson,
  type ScriptedServer,
  startScriptedServer,
} from '../../models/testing/scripted-http-server.ts';
import { createScriptedLanguageModel } from '../../models/testing/scripted-language-model.ts';
import { draftReply } from './draft-reply.ts';
import { loadMail } from './load-mail.ts';
import { buildThreads, type MailThread, type SourcedMessage } from './mail-thread.ts';
import { inventedFacts, replyWithModel } from './reply-with-model.ts';
import { summarizeThread } from './summarize-thread.ts';
import { summarizeThreadWithModel } from './summarize-thread-with-model.ts';
import { triageThreads } from './triage.ts';
import { triageWithModel } from './triage-with-model.ts';

const NOW = new Date('2026-03-12T09:00:00Z');
const ME = { name: 'Omar Haddad', address: 'omar@example.com' };
const MAYA = { name: 'Maya Chen', address: 'maya@example.com' };

function mail(fields: Partial<SourcedMessage> & Pick<SourcedMessage, 'messageId' | 'text'>): SourcedMessage {
  return {
    type: 'message',
    subject: 'Venue for the offsite',
    to: [],
    cc: [],
    bcc: [],
    references: [],
    attachments: [],
    headers: {},
    locator: { messageId: fields.messageId },
    path: 'offsite.mbox',
    ...fields,
  };
}

const offsite: SourcedMessage[] = [
  mail({
    messageId: '<a1@example.com>',
    from: MAYA,
    to: [ME],
    date: '2026-03-09T08:30:00Z',
    text: 'Hi Omar,\n\nThe Lakeside hotel quoted €4,800 for the team offsite on 24 April. Could you approve the booking by Friday? Also, how many people from your team will come?\n\nMaya',
  }),
  mail({
    messageId: '<a2@example.com>',
    from: ME,
    to: [MAYA],
    subject: 'Re: Venue for the offsite',
    inReplyTo: '<a1@example.com>',
    references: ['<a1@example.com>'],
    date: '2026-03-10T10:00:00Z',
    text: 'Maya, the quote looks fine. I will check the headcount with my team today.\n\nOmar',
  }),
  mail({
    messageId: '<a3@example.com>',
    from: MAYA,
    to: [ME],
    subject: 'Re: Venue for the offsite',
    inReplyTo: '<a2@example.com>',
    references: ['<a1@example.com>', '<a2@example.com>'],
    date: '2026-03-11T16:05:00Z',
    text: 'Thanks Omar. The hotel holds the date until Friday. Do you want the lunch package for €35 per person?\n\nMaya',
  }),
];
const thread: MailThread = buildThreads(offsite)[0]!;

/** Mail blocks as the model sees them: id → source line. */
function sourcesOf(request: GenerateRequest): Map<string, string> {
  const user = request.messages.at(-1)?.content ?? '';
  return new Map(
    [...user.matchAll(/<document id="([^"]+)" title="[^"]*" source="([^"]+)">/g)].map((m) => [m[1]!, m[2]!]),
  );
}

describe('mail summarize with a model', () => {
  it('shows each message with sender, recipients, date and subject, and uses the checked sentences', async () => {
    const model = createScriptedLanguageModel({
      replies: [
        {
          json: {
            sentences: [
              {
                text: 'Maya Chen asked Omar to approve the €4,800 Lakeside hotel booking for 24 April by Friday.',
                sources: [1],
              },
              { text: 'Omar will check the headcount with his team.', sources: [2] },
              { text: 'Maya asked whether Omar wants the lunch package at €35 per person.', sources: ['3'] },
              { text: 'The offsite budget was cut by half.', sources: [1] },
            ],
            no_answer: false,
          },
        },
      ],
    });
    const summary = await summarizeThreadWithModel(thread, { model, now: NOW });
    const [system] = model.calls[0]!.messages;
    expect(system?.content).toContain('Today is Thursday, 12 March 2026.');
    expect(system?.content).toContain('Examples:');
    expect(system?.content).toContain('"no_answer"');
    expect(sourcesOf(model.calls[0]!).get('1')).toBe(
      'email from Maya Chen &lt;maya@example.com&gt; to Omar Haddad &lt;omar@example.com&gt; on 2026-03-09 08:30',
    );
    expect(model.calls[0]!.messages.at(-1)?.content).toMatch(
      /<\/document>\n\nSummarize the thread "Venue for the offsite"/,
    );
    expect(summary.engine).toBe('mock');
    expect(summary.summary).toBe(
      'Maya Chen asked Omar to approve the €4,800 Lakeside hotel booking for 24 April by Friday. [1] Omar will check the headcount with his team. [2] Maya asked whether Omar wants the lunch package at €35 per person. [3]',
    );
    expect(summary.citations[2]?.locator.messageId).toBe('<a3@example.com>');
    expect(summary.warnings).toEqual([
      {
        type: 'lossy',
        message: "1 of the model's 4 sentences was dropped: not supported by the messages it cites.",
      },
    ]);
  });

  it('falls back to the builtin summary on a bad citation, invalid JSON and an HTTP 500', async () => {
    const builtin = summarizeThread(thread);
    const badCitation = createScriptedLanguageModel({
      replies: [
        { json: { sentences: [{ text: 'Maya asked for approval.', sources: [9] }], no_answer: false } },
      ],
    });
    const fromBad = await summarizeThreadWithModel(thread, { model: badCitation, now: NOW });
    expect(fromBad).toMatchObject({ engine: 'builtin', summary: builtin.summary });
    expect(fromBad.warnings[0]?.message).toMatch(
      /none of the model's 1 sentences.*used the builtin thread summary/,
    );

    const broken = createScriptedLanguageModel({ replies: ['Sure! Maya wants approval.'] });
    expect(
      (await summarizeThreadWithModel(thread, { model: broken, now: NOW })).warnings[0]?.message,
    ).toMatch(/\(model_output_invalid\); used the builtin thread summary/);

    servers.push(await startScriptedServer([replyJson(500, { error: { message: 'overloaded' } })]));
    const failing = await summarizeThreadWithModel(thread, {
      model: configuredModelAt(servers[0]!.baseUrl, { timeoutMs: 10_000 }),
      now: NOW,
    });
    expect(failing.engine).toBe('builtin');
    expect(failing.warnings[0]?.message).toMatch(/HTTP 500.*\(model_unreachable\)/);
  });
});

describe('mail reply with a model', () => {
  const options = { me: ME, now: NOW, intent: 'accept the lunch package' };

  it('uses the model body between the builtin greeting, question placeholders and sign-off', async () => {
    const model = createScriptedLanguageModel({
      replies: [{ json: { paragraphs: ['Yes, please add the lunch package at €35 per person.'] } }],
    });
    const reply = await replyWithModel(thread, { ...options, model });
    const user = model.calls[0]!.messages.at(-1)?.content ?? '';
    expect(user).toMatch(
      /Write the body of the reply to message 3 \("Re: Venue for the offsite"\)\. What to say: accept the lunch package$/,
    );
    // The request is outside every data block.
    expect(user.lastIndexOf('</document>')).toBeLessThan(user.indexOf('Write the body'));
    expect(reply.engine).toBe('mock');
    expect(reply.warnings).toEqual([]);
    const builtin = draftReply(thread, options);
    expect(reply.placeholders).toBe(builtin.placeholders);
    expect(reply.placeholders).toBeGreaterThan(0);
    const lines = reply.message.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Hi Maya,',
      '',
      'Yes, please add the lunch package at €35 per person.',
    ]);
    expect(reply.message.text).toContain('[your answer]');
    expect(reply.message.text).toContain('Best regards,\nOmar Haddad');
    expect(reply.message.headers?.['X-Officemate-Engine']).toBe('mock');
  });

  it('keeps the builtin body, with a warning, when the model invents a number or a name, or times out', async () => {
    const inventing = createScriptedLanguageModel({
      replies: [{ json: { paragraphs: ['Yes, and Priya Nair will bring 12 colleagues.'] } }],
    });
    const builtin = draftReply(thread, options);
    const reply = await replyWithModel(thread, { ...options, model: inventing });
    expect(reply.engine).toBe('builtin');
    expect(reply.message.text).toBe(builtin.message.text);
    expect(reply.warnings[0]?.message).toMatch(
      /states 12, Priya, Nair, which neither the thread nor the instructions give/,
    );

    servers.push(await startScriptedServer([hang]));
    const slow = await replyWithModel(thread, {
      ...options,
      model: configuredModelAt(servers[0]!.baseUrl, { timeoutMs: 800 }),
    });
    expect(slow.engine).toBe('builtin');
    expect(slow.warnings[0]?.message).toMatch(/\(timeout\); used the builtin reply/);
  });
});

describe('invented facts in a reply body', () => {
  it('flags a day or name the thread and instructions never gave, not the pronoun or an OK', () => {
    const allowed =
      'Could you join the pricing workshop on Thursday at 10:00? Maya Chen <maya@example.com> accept';
    expect(
      inventedFacts("Yes, I'll join the workshop on Thursday at 10:00. OK with me, Maya.", allowed),
    ).toEqual([]);
    expect(inventedFacts('Sure, I’m in.', allowed)).toEqual([]);
    expect(inventedFacts('I will be there on Friday with Priya.', allowed)).toEqual(['Friday', 'Priya']);
  });
});

describe('mail triage with a model', () => {
  it('labels threads in batches, validates each label, and keeps the builtin label for the rest', async () => {
    const path = join(CORPUS, 'email', 'enron', 'allen-p', 'straw.mbox');
    const loaded = await loadMail([path]);
    const threads = buildThreads(loaded.messages);
    expect(threads.length).toBeGreaterThan(2);
    const model = createScriptedLanguageModel({
      reply: (request) => {
        const ids = [...sourcesOf(request).keys()];
        return {
          json: {
            threads: ids.map((id, index) =>
              index === 0
                ? { id, label: 'urgent', reason: 'Not a label.' }
                : { id: Number(id), label: 'fyi', reason: 'A note for the reader.' },
            ),
          },
        };
      },
    });
    const triage = await triageWithModel(threads, { me: [], now: NOW, model });
    expect(model.calls.length).toBe(Math.ceil(Math.min(threads.length, 48) / 8));
    expect(model.calls[0]!.messages[0]?.content).toContain('"needs-reply"');
    expect([...sourcesOf(model.calls[0]!).values()][0]).toMatch(
      /^email from .+ on \d{4}-\d\d-\d\d \d\d:\d\d; message \d+ of the thread$/,
    );
    const builtin = triageThreads(threads, { me: [], now: NOW });
    expect(triage.threads.map((item) => item.id)).toEqual(builtin.map((item) => item.id));
    const byModel = triage.threads.filter((item) => item.engine === 'mock');
    expect(byModel.length).toBe(Math.min(threads.length, 48) - model.calls.length);
    expect(
      byModel.every((item) => item.label === 'fyi' && item.reasons[0] === 'A note for the reader.'),
    ).toBe(true);
    const kept = triage.threads.filter((item) => item.engine === 'builtin');
    for (const item of kept) expect(item.label).toBe(builtin.find((other) => other.id === item.id)?.label);
    expect(triage.warnings[0]?.message).toMatch(
      /no valid label for \d+ threads? \(an unknown label or id, or none\)/,
    );
  });

  it('keeps every builtin label, with one warning, when the model fails', async () => {
    const model = createScriptedLanguageModel({
      replies: [{ error: { code: 'model_unreachable', message: 'The model server is down.' } }],
    });
    const triage = await triageWithModel([thread], { me: [ME.address], now: NOW, model });
    expect(triage.threads).toMatchObject([
      { engine: 'builtin', label: triageThreads([thread], { me: [ME.address], now: NOW })[0]!.label },
    ]);
    expect(triage.warnings).toEqual([
      {
        type: 'other',
        message: 'The model server is down (model_unreachable); 1 thread kept the builtin label.',
      },
    ]);
  });
});

const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
