/**
 * Finding 4: scores for a user's own words revealed whether, and how often, other users'
 * private files contain them (document frequencies are computed over everyone's files, and
 * search returned scores). The API now returns ranks, never scores, and what one user sees
 * for their own file does not change when another user's private files mention the word.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, startTestServer, type TestServer, upload } from '../server/workspace-helpers.ts';

let server: TestServer;
let alice: string;
let bob: string;

beforeAll(async () => {
  server = await startTestServer();
  ({ token: alice } = await login(server.app, 'alice'));
  ({ token: bob } = await login(server.app, 'bob'));
  await upload(
    server.app,
    alice,
    'alice-plan.md',
    '# Plan\n\nThe Kestrel merger closes in May. Budget review follows.',
  );
});
afterAll(async () => {
  await server.close();
});

async function searchAs(token: string, query: string) {
  const response = await server.app.request(`/api/search?q=${encodeURIComponent(query)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { results: Record<string, unknown>[] }).results;
}

describe('search results across users', () => {
  it('carry ranks, not scores, and do not move when another user adds private files', async () => {
    const before = await searchAs(alice, 'kestrel merger');
    expect(before.length).toBeGreaterThan(0);
    for (const [index, result] of before.entries()) {
      expect(result).not.toHaveProperty('score');
      expect(result.rank).toBe(index + 1);
    }
    for (let i = 0; i < 3; i++)
      await upload(
        server.app,
        bob,
        `bob-${i}.md`,
        `# Notes ${i}\n\nKestrel kestrel merger talks, private to Bob.`,
      );
    const after = await searchAs(alice, 'kestrel merger');
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain('bob-');
  });
});
