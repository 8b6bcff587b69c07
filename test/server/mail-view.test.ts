/**
 * Mailboxes over the API as the web app shows them: a real, long mailbox a page of threads at
 * a time (newest first, each with its count and triage label), a thread's messages with quoted
 * history apart, a reply drafted, edited and stored as an .eml that reads back with its
 * threading headers; and nothing of it for a user the mailbox is not shared with.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from '../../src/formats/read-file.ts';
import type { MailReplyDraft, MailThreadPage, MailThreadView } from '../../src/protocol/api.ts';
import { CORPUS, EXAMPLES } from '../helpers/paths.ts';
import { bearer, getJson, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

let server: TestServer;
const tokens: Record<string, string> = {};
let enron: string;
let example: string;

const get = <T>(user: string, path: string) => getJson<T>(server.app, tokens[user]!, path);

beforeAll(async () => {
  server = await startTestServer();
  for (const user of ['alice', 'bob']) tokens[user] = (await login(server.app, user)).token;
  enron = await upload(
    server.app,
    tokens.alice!,
    'inbox.mbox',
    readFileSync(join(CORPUS, 'email', 'enron', 'lavorato-j', 'inbox.mbox')),
  );
  example = await upload(server.app, tokens.alice!, 'Inbox.mbox', readFileSync(join(EXAMPLES, 'Inbox.mbox')));
}, 120_000);
afterAll(async () => {
  await server.close();
});

describe('mailboxes as threads', () => {
  it('lists a long real mailbox a page at a time, newest first, and opens each thread', async () => {
    const first = await get<MailThreadPage>('alice', `/api/mail/${enron}/threads`);
    expect(first.status).toBe(200);
    expect(first.body.total).toBeGreaterThan(50);
    expect(first.body.threads.length).toBe(25);
    const second = await get<MailThreadPage>('alice', `/api/mail/${enron}/threads?offset=25&limit=25`);
    expect(second.body.threads.length).toBe(25);
    const all = [...first.body.threads, ...second.body.threads];
    expect(new Set(all.map((thread) => thread.id)).size).toBe(50);
    const dates = all.map((thread) => thread.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const last = await get<MailThreadPage>(
      'alice',
      `/api/mail/${enron}/threads?offset=${first.body.total - 3}`,
    );
    expect(last.body.threads.length).toBe(3);
    for (const thread of all) {
      expect(thread.subject.length + thread.participants.length).toBeGreaterThan(0);
      expect(['needs-reply', 'waiting-on-others', 'fyi', 'newsletter']).toContain(thread.label);
      expect(thread.needsReply).toBe(thread.label === 'needs-reply');
    }
    // The longest thread on these pages opens with every message, quoted history apart.
    const longest = [...all].sort((a, b) => b.count - a.count)[0]!;
    expect(longest.count).toBeGreaterThan(1);
    const opened = await get<MailThreadView>(
      'alice',
      `/api/mail/${enron}/threads/${encodeURIComponent(longest.id)}`,
    );
    expect(opened.body.messages.length).toBe(longest.count);
    expect(opened.body.subject).toBe(longest.subject);
    const quoted = (
      await Promise.all(
        all
          .slice(0, 20)
          .map((thread) =>
            get<MailThreadView>('alice', `/api/mail/${enron}/threads/${encodeURIComponent(thread.id)}`),
          ),
      )
    ).flatMap((view) => view.body.messages.filter((message) => message.quoted));
    // Real replies quote earlier mail; the quote is kept apart from the new text.
    expect(quoted.length).toBeGreaterThan(0);
    for (const message of quoted) expect(message.text).not.toContain(message.quoted!.trim().slice(0, 60));
    expect((await get('alice', `/api/mail/${enron}/threads/no-such-thread`)).status).toBe(404);
    expect((await get('alice', `/api/mail/${enron}/threads?limit=0`)).status).toBe(400);
  });

  it('drafts a reply, stores the edited one as an .eml that reads back as a reply in the thread', async () => {
    const page = await get<MailThreadPage>('alice', `/api/mail/${example}/threads`);
    const thread = page.body.threads.find((item) => item.needsReply) ?? page.body.threads[0]!;
    const path = `/api/mail/${example}/threads/${encodeURIComponent(thread.id)}/reply`;
    const drafted = await server.app.request(path, {
      method: 'POST',
      headers: bearer(tokens.alice!),
      body: '{}',
    });
    expect(drafted.status).toBe(200);
    const draft = (await drafted.json()) as MailReplyDraft;
    expect(draft.subject).toMatch(/^Re: /i);
    expect(draft.file).toBeUndefined();
    const edited = `Thanks, the new figures work for us.\n\n${draft.text}`;
    const saved = await server.app.request(path, {
      method: 'POST',
      headers: bearer(tokens.alice!),
      body: JSON.stringify({ text: edited }),
    });
    expect(saved.status).toBe(201);
    const reply = (await saved.json()) as MailReplyDraft;
    expect(reply.file?.name).toBe('reply.eml');
    const bytes = await server.app.request(reply.file!.downloadUrl, { headers: bearer(tokens.alice!) });
    const folder = mkdtempSync(join(tmpdir(), 'officemate-reply-'));
    writeFileSync(join(folder, 'reply.eml'), Buffer.from(await bytes.arrayBuffer()));
    const read = await readFile(join(folder, 'reply.eml'));
    if (!read.success || read.data.type !== 'mailbox') throw new Error('the reply is not mail');
    const [message] = read.data.messages;
    expect(message?.text).toContain('Thanks, the new figures work for us.');
    expect(message?.subject).toBe(draft.subject);
    const opened = await get<MailThreadView>(
      'alice',
      `/api/mail/${example}/threads/${encodeURIComponent(thread.id)}`,
    );
    // It answers a message of the thread.
    expect(opened.body.messages.map((item) => item.messageId)).toContain(message?.inReplyTo);
  });

  it('lists a thread with no subject by its opening words, and a thread with one by its subject alone', async () => {
    const message = (n: number, from: string, subject: string, body: string) =>
      [
        `From ${from} Tue Apr 14 09:0${n}:00 2026`,
        `From: ${from}`,
        'To: ines.varga@quillmere.example',
        `Subject: ${subject}`,
        `Date: Tue, 14 Apr 2026 09:0${n}:00 +0000`,
        `Message-ID: <q${n}@quillmere.example>`,
        '',
        body,
        '',
      ].join('\n');
    const id = await upload(
      server.app,
      tokens.alice!,
      'ideas.mbox',
      [
        message(
          1,
          'odile.brandt@quillmere.example',
          '',
          'Ines,\nA pottery class in Tavira would suit the team.',
        ),
        message(2, 'teo.marsh@quillmere.example', '', 'How about a sailing day on the lake?'),
        message(3, 'odile.brandt@quillmere.example', 'Kiln rota', 'The rota is attached.'),
      ].join('\n'),
    );
    const page = await get<MailThreadPage>('alice', `/api/mail/${id}/threads`);
    expect(page.status).toBe(200);
    const listed = page.body.threads.map((thread) => [thread.subject, thread.opening]);
    expect(listed).toEqual([
      ['Kiln rota', undefined],
      ['(no subject)', 'How about a sailing day on the lake?'],
      ['(no subject)', 'A pottery class in Tavira would suit the team.'],
    ]);
  });

  it('shows nothing of a mailbox to a user it is not shared with', async () => {
    expect((await get('bob', `/api/mail/${example}/threads`)).status).toBe(404);
    const page = await get<MailThreadPage>('alice', `/api/mail/${example}/threads`);
    const id = encodeURIComponent(page.body.threads[0]!.id);
    expect((await get('bob', `/api/mail/${example}/threads/${id}`)).status).toBe(404);
    const reply = await server.app.request(`/api/mail/${example}/threads/${id}/reply`, {
      method: 'POST',
      headers: bearer(tokens.bob!),
      body: '{}',
    });
    expect(reply.status).toBe(404);
  });
});
