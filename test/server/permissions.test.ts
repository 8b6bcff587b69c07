import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

// Made-up words that occur only in one user's files.
const SECRETS: Record<string, string[]> = {
  alice: ['quixotrel', 'vandermoot', 'plimsollite', 'brackenfold', 'ostrevane'],
  bob: ['zarquonic', 'flibbertine', 'ostrakonia', 'mirthwallow', 'glimmerstane'],
};

function documentFor(user: string, term: string, i: number): string {
  return `# ${user} project ${term}\n\nThe ${term} budget was approved on Monday by the ${term} committee. ${user === 'alice' ? 'Alice' : 'Bob'} owns the ${term} rollout and will report on it next week.\n\n- ${term} milestone ${i}\n- ${term} risks reviewed\n`;
}

let server: TestServer;
const sessions: Record<string, { token: string }> = {};
const fileIds: Record<string, string[]> = { alice: [], bob: [] };

beforeAll(async () => {
  server = await startTestServer();
  for (const user of ['alice', 'bob']) {
    sessions[user] = await login(server.app, user);
    for (const [i, term] of SECRETS[user]!.entries())
      fileIds[user]!.push(
        await upload(server.app, sessions[user]!.token, `${term} plan.md`, documentFor(user, term, i)),
      );
  }
});
afterAll(async () => {
  await server.close();
});

const PHRASINGS = [
  (term: string) => term,
  (term: string) => `${term} budget`,
  (term: string) => `who owns the ${term} rollout`,
  (term: string) => `${term} committee approved`,
  (term: string) => `"${term}"`,
  (term: string) => `${term} milestone risks`,
  (term: string) => `type:document ${term}`,
  (term: string) => `${term.slice(0, 6)}`,
  (term: string) => `${term} plan.md`,
  (term: string) => `what was decided about ${term}?`,
];

describe("two users never see each other's data", () => {
  for (const [user, other] of [
    ['alice', 'bob'],
    ['bob', 'alice'],
  ] as const) {
    it(`${user} finds nothing of ${other}'s in hundreds of searches and questions`, async () => {
      const headers = bearer(sessions[user]!.token);
      // The same searches do find the user's own words.
      for (const term of SECRETS[user]!) {
        const own = (await (
          await server.app.request(`/api/search?q=${encodeURIComponent(`${term} budget`)}`, { headers })
        ).json()) as { results: unknown[] };
        expect(own.results.length).toBeGreaterThan(0);
      }
      let requests = 0;
      for (const term of SECRETS[other]!) {
        for (const phrase of PHRASINGS) {
          const query = phrase(term);
          const search = await server.app.request(`/api/search?q=${encodeURIComponent(query)}&k=50`, {
            headers,
          });
          const searchText = await search.text();
          expect(search.status).toBe(200);
          expect(searchText.toLowerCase()).not.toContain(term.slice(0, 6));
          expect(
            JSON.parse(searchText).results.every((result: { fileId: string }) =>
              fileIds[user]!.includes(result.fileId),
            ),
          ).toBe(true);
          const ask = await server.app.request('/api/ask', {
            method: 'POST',
            headers,
            body: JSON.stringify({ question: query }),
          });
          const askText = await ask.text();
          expect(ask.status).toBe(200);
          expect(askText.toLowerCase()).not.toContain(term.slice(0, 6));
          requests += 2;
        }
      }
      // Previews, downloads, metadata, sharing and skills on the other's files: not found.
      for (const id of fileIds[other]!) {
        for (const path of [`/api/files/${id}`, `/api/files/${id}/download`, `/api/files/${id}/preview`]) {
          expect((await server.app.request(path, { headers })).status).toBe(404);
          requests++;
        }
        expect(
          (
            await server.app.request(`/api/files/${id}/share`, {
              method: 'POST',
              headers,
              body: JSON.stringify({ users: [user] }),
            })
          ).status,
        ).toBe(404);
        expect(
          (
            await server.app.request('/api/skills/summarize', {
              method: 'POST',
              headers,
              body: JSON.stringify({ source: id }),
            })
          ).status,
        ).toBe(404);
        requests += 2;
      }
      const listed = (await (await server.app.request('/api/files', { headers })).json()) as {
        files: { id: string }[];
      };
      expect(listed.files.map((file) => file.id).sort()).toEqual([...fileIds[user]!].sort());
      expect(requests).toBeGreaterThanOrEqual(100);
    });
  }

  it('sharing grants exactly what was shared', async () => {
    const shared = fileIds.bob![1]!;
    const response = await server.app.request(`/api/files/${shared}/share`, {
      method: 'POST',
      headers: bearer(sessions.bob!.token),
      body: JSON.stringify({ users: ['alice'] }),
    });
    expect(response.status).toBe(200);
    const headers = bearer(sessions.alice!.token);
    const found = (await (
      await server.app.request(`/api/search?q=${SECRETS.bob![1]}`, { headers })
    ).json()) as { results: { fileId: string }[] };
    expect(found.results.map((result) => result.fileId)).toContain(shared);
    const answer = (await (
      await server.app.request('/api/ask', {
        method: 'POST',
        headers,
        body: JSON.stringify({ question: `who owns the ${SECRETS.bob![1]} rollout?` }),
      })
    ).json()) as { citations: { fileId: string }[] };
    expect(answer.citations.map((citation) => citation.fileId)).toContain(shared);
    expect((await server.app.request(`/api/files/${shared}/download`, { headers })).status).toBe(200);
    // Nothing else of Bob's.
    for (const [i, term] of SECRETS.bob!.entries()) {
      if (i === 1) continue;
      const text = await (await server.app.request(`/api/search?q=${term}`, { headers })).text();
      expect(text).not.toContain(term);
    }
    // Alice cannot re-share or unshare Bob's file.
    expect(
      (
        await server.app.request(`/api/files/${shared}/share`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ users: [] }),
        })
      ).status,
    ).toBe(403);
  });
});
