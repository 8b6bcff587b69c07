/**
 * Finding 5, second half: the answer text was not checked against permissions (only its
 * citations were), so a user whose share was revoked while the index still listed them as
 * a reader got the private fact with an empty citation list. Every sentence of an answer must
 * now rest on a source the reader may read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTHING_READABLE, redactAnswer } from '../../src/server/security/answer-permissions.ts';
import { bearer, login, startTestServer, type TestServer, upload } from '../server/workspace-helpers.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('answers after a share is revoked', () => {
  it('do not state a fact from a file the reader may no longer read, even when the index lags', async () => {
    const { token: bob } = await login(server.app, 'bob');
    const { token: alice } = await login(server.app, 'alice');
    const id = await upload(
      server.app,
      bob,
      'acquisition.md',
      '# Acquisition\n\nThe Osprey acquisition price is 41 million euros, agreed on 3 March.',
    );
    const shared = await server.app.request(`/api/files/${id}/share`, {
      method: 'POST',
      headers: bearer(bob),
      body: JSON.stringify({ users: ['alice'] }),
    });
    expect(shared.status).toBe(200);
    const ask = async () =>
      (await (
        await server.app.request('/api/ask', {
          method: 'POST',
          headers: bearer(alice),
          body: JSON.stringify({ question: 'What is the Osprey acquisition price?' }),
        })
      ).json()) as { answer: string; found: boolean; citations: unknown[] };
    expect((await ask()).answer).toContain('41 million');
    // Revoked in the database; the index has not caught up (the race of a concurrent unshare).
    server.db.share(id, []);
    const revoked = await ask();
    expect(revoked.citations).toEqual([]);
    expect(revoked.answer).not.toContain('41');
    expect(revoked.found).toBe(false);
  });
});

describe('redactAnswer', () => {
  it('keeps sentences that cite only readable sources, and nothing uncited once a source is dropped', () => {
    const answer =
      'Revenue rose 4%. [1] The merger is secret. [2] Both were discussed. [1][2] In short, good.';
    expect(redactAnswer(answer, new Set()).answer).toBe(answer);
    expect(redactAnswer(answer, new Set([2])).answer).toBe('Revenue rose 4%. [1]');
    expect(redactAnswer(answer, new Set([1, 2])).answer).toBe(NOTHING_READABLE);
  });
});
