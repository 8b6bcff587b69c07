/**
 * A `session` sent to `POST /api/skills/ask` is the user's stored conversation in the workspace
 * records (so every instance on the same records continues it), not a file in one instance's
 * data folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionConversationId } from '../../src/server/workspace/conversation-sessions.ts';
import { bearer, login, startTestServer, type TestServer } from './workspace-helpers.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

describe('POST /api/skills/ask with a session', () => {
  it('keeps the turns in the workspace records, one conversation per user and session', async () => {
    const alice = await login(server.app, 'alice');
    for (const question of ['When does the canteen open?', 'And on Sundays?']) {
      const response = await server.app.request('/api/skills/ask', {
        method: 'POST',
        headers: bearer(alice.token),
        body: JSON.stringify({ question, session: 'lunch' }),
      });
      expect(response.status).toBe(200);
    }
    const turns = await server.db.conversations.turns('alice', sessionConversationId('alice', 'lunch'));
    expect(turns.map((turn) => turn.question)).toEqual(['When does the canteen open?', 'And on Sundays?']);
    expect(await server.db.conversations.turns('bob', sessionConversationId('bob', 'lunch'))).toEqual([]);
    expect(existsSync(join(server.dataDir, 'users', 'alice', 'sessions'))).toBe(false);
  });
});
