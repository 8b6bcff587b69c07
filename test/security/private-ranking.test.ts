/**
 * Findings 1 and 4: scores for a user's own words revealed whether, and how often, other
 * users' private files contain them (document frequencies were computed over everyone's
 * files, and search returned scores), and search scored every user's matching chunks before
 * filtering by reader, so its cost grew with other users' files. The API returns ranks, never
 * scores; a user's search reads, scores and counts only the files that user may read, so
 * another user's private files change neither the order nor the cost of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../src/index/search.ts';
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

describe('a user search', () => {
  const query = 'osprey budget';
  async function rankAs(asUser: string | undefined) {
    let scored = -1;
    const { results } = await search(server.index, {
      query,
      k: 50,
      understand: false,
      ...(asUser ? { filters: { asUser } } : {}),
      onCost: (cost) => {
        scored = cost.scored;
      },
    });
    return { order: results.map((hit) => hit.path), scored };
  }

  it('keeps its order and its cost when another user adds private files with the words', async () => {
    // Two of Alice's files, one word each: the shorter one leads while both words are as rare.
    await upload(server.app, alice, 'osprey.md', '# Osprey\n\nOsprey nests.');
    await upload(
      server.app,
      alice,
      'budget.md',
      '# Budget\n\nThe budget for the coming quarter, with the usual travel lines.',
    );
    const pair = (order: string[]) =>
      order
        .map((path) => path.split('/').pop())
        .filter((name) => name === 'osprey.md' || name === 'budget.md');
    const before = await rankAs('alice');
    expect(pair(before.order)).toEqual(['osprey.md', 'budget.md']);
    const wholeBefore = await rankAs(undefined);
    for (let i = 0; i < 12; i++)
      await upload(
        server.app,
        bob,
        `bob-osprey-${i}.md`,
        `# Osprey ${i}\n\nOsprey osprey sightings, private to Bob, ${'osprey '.repeat(i + 1)}`,
      );
    const after = await rankAs('alice');
    expect(after.order).toEqual(before.order);
    expect(after.scored).toBe(before.scored);
    // The setup is sensitive: over the whole index, Bob's files make "osprey" common enough
    // to reorder Alice's two files and make the search cost more.
    const wholeAfter = await rankAs(undefined);
    expect(wholeAfter.scored).toBeGreaterThan(wholeBefore.scored);
    expect(pair(wholeAfter.order)).toEqual(['budget.md', 'osprey.md']);
  });
});
