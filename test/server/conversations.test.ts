/**
 * Stored conversations over the API: started, asked in (follow-ups use the history), listed
 * with titles, renamed, deleted; scopes keep answers to one file or to mail; and another user
 * never sees, asks in, renames or deletes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, ConversationDetail, ConversationInfo } from '../../src/protocol/api.ts';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

let server: TestServer;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

const PLAN = `# Harborline migration plan

The Harborline migration moves the billing service to the new cluster.

Priya Raman owns the Harborline migration and reports to the steering group every Friday.

The Harborline cut-over is due on 30 April, after the load tests pass.
`;
const MENU = `# Canteen menu

The canteen serves lentil soup on Mondays and grilled fish on Fridays.

The Harborline team lunch is on Thursday in the canteen.
`;
const OTHER = `# Tidewater rollout

Marta Lindqvist leads the Tidewater rollout for the sales offices.

The Tidewater rollout is due on 12 June.
`;
const MAIL = `From: Jonas Weber <jonas@example.com>
To: Alice Example <alice@example.com>
Subject: Harborline vendor quote
Date: Tue, 10 Mar 2026 10:00:00 +0000
Message-ID: <quote-1@example.com>
Content-Type: text/plain; charset=utf-8

Hi Alice,

the Harborline vendor quote came in at 48,000 euros for the storage upgrade.

Jonas
`;

async function call<T>(user: string, path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await server.app.request(path, {
    method: init.method ?? 'GET',
    headers: bearer(tokens[user]!),
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as T };
}

const ask = (user: string, body: Record<string, unknown>) =>
  call<Answer>(user, '/api/ask', { method: 'POST', body });

beforeAll(async () => {
  server = await startTestServer();
  for (const user of ['alice', 'bob']) tokens[user] = (await login(server.app, user)).token;
  ids.plan = await upload(server.app, tokens.alice!, 'harborline plan.md', PLAN);
  ids.menu = await upload(server.app, tokens.alice!, 'canteen menu.md', MENU);
  ids.other = await upload(server.app, tokens.alice!, 'tidewater rollout.md', OTHER);
  ids.mail = await upload(server.app, tokens.alice!, 'vendor quote.eml', MAIL);
});
afterAll(async () => {
  await server.close();
});

describe('conversations', () => {
  it('keeps turns, titles the conversation by its first question, and carries context to follow-ups', async () => {
    const started = await call<ConversationInfo>('alice', '/api/conversations', { method: 'POST', body: {} });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ title: '', scope: { kind: 'all' }, turns: 0 });
    const id = started.body.id;

    const first = await ask('alice', { question: 'Who owns the Harborline migration?', conversationId: id });
    expect(first.status).toBe(200);
    expect(first.body.answer).toMatch(/Priya Raman/);
    // A short follow-up names neither the project nor the person: the history does.
    const followUp = await ask('alice', { question: 'When is it due?', conversationId: id });
    expect(followUp.status).toBe(200);
    expect(followUp.body.citations.map((citation) => citation.fileId)).toContain(ids.plan);
    expect(followUp.body.citations.map((citation) => citation.fileId)).not.toContain(ids.other);
    // Asked alone, the same words are as much about the other project.
    const alone = await ask('alice', { question: 'When is it due?' });
    expect(alone.body.citations.map((citation) => citation.fileId)).toContain(ids.other);

    const listed = await call<{ conversations: ConversationInfo[] }>('alice', '/api/conversations');
    expect(listed.body.conversations[0]).toMatchObject({
      id,
      title: 'Who owns the Harborline migration?',
      turns: 2,
    });
    const opened = await call<ConversationDetail>('alice', `/api/conversations/${id}`);
    expect(opened.body.history.map((turn) => turn.question)).toEqual([
      'Who owns the Harborline migration?',
      'When is it due?',
    ]);
    expect(opened.body.history[1]?.answer.citations[0]?.fileId).toBe(ids.plan);

    const renamed = await call<ConversationInfo>('alice', `/api/conversations/${id}`, {
      method: 'PATCH',
      body: { title: 'Harborline' },
    });
    expect(renamed.body.title).toBe('Harborline');
    expect((await call('alice', `/api/conversations/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call('alice', `/api/conversations/${id}`)).status).toBe(404);
    expect((await ask('alice', { question: 'And the budget?', conversationId: id })).status).toBe(404);
  });

  it('keeps answers to the scope: one file, or mail only', async () => {
    const inMenu = await ask('alice', {
      question: 'Who owns the Harborline migration?',
      scope: { kind: 'file', fileId: ids.menu },
    });
    expect(inMenu.status).toBe(200);
    expect(inMenu.body.answer).not.toMatch(/Priya/);
    expect(inMenu.body.citations.every((citation) => citation.fileId === ids.menu)).toBe(true);

    const started = await call<ConversationInfo>('alice', '/api/conversations', {
      method: 'POST',
      body: { scope: { kind: 'mail' } },
    });
    const id = started.body.id;
    const owner = await ask('alice', { question: 'Who owns the Harborline migration?', conversationId: id });
    expect(owner.body.answer).not.toMatch(/Priya/);
    expect(owner.body.citations.every((citation) => citation.fileId === ids.mail)).toBe(true);
    const quote = await ask('alice', { question: 'How much was the Harborline quote?', conversationId: id });
    expect(quote.body.citations.map((citation) => citation.fileId)).toEqual([ids.mail]);
    expect(quote.body.answer).toMatch(/48,000/);

    // A file nobody shared with bob is no scope of his.
    const bobs = await call('bob', '/api/conversations', {
      method: 'POST',
      body: { scope: { kind: 'file', fileId: ids.plan } },
    });
    expect(bobs.status).toBe(404);
    expect(
      (await ask('bob', { question: 'Harborline?', scope: { kind: 'file', fileId: ids.plan } })).status,
    ).toBe(404);
  });

  it("never shows one user's conversations to another", async () => {
    const started = await call<ConversationInfo>('alice', '/api/conversations', {
      method: 'POST',
      body: { title: 'Private planning' },
    });
    const id = started.body.id;
    await ask('alice', { question: 'Who owns the Harborline migration?', conversationId: id });

    const list = await call<{ conversations: ConversationInfo[] }>('bob', '/api/conversations');
    expect(list.body.conversations).toEqual([]);
    expect((await call('bob', `/api/conversations/${id}`)).status).toBe(404);
    expect((await ask('bob', { question: 'When is it due?', conversationId: id })).status).toBe(404);
    expect(
      (await call('bob', `/api/conversations/${id}`, { method: 'PATCH', body: { title: 'x' } })).status,
    ).toBe(404);
    expect((await call('bob', `/api/conversations/${id}`, { method: 'DELETE' })).status).toBe(404);
    // Still alice's, untouched.
    const hers = await call<ConversationDetail>('alice', `/api/conversations/${id}`);
    expect(hers.body).toMatchObject({ title: 'Private planning', turns: 1 });
  });
});
