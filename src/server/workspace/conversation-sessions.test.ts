/**
 * Sessions kept as stored conversations (SQLite records here; PostgreSQL in
 * test/cli/ask-session-shared.test.ts): a new session is empty, the first turn starts the
 * conversation named after its question, turns come back in order (the last 20), and each
 * user's session of one name is their own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationSessions, sessionConversationId } from './conversation-sessions.ts';
import { openWorkspaceDb, type WorkspaceDb } from './workspace-db.ts';

const turn = (n: number) => ({
  question: `Question ${n} about the rota?`,
  answer: `Answer ${n} [1].`,
  at: `2026-03-12T09:${String(n).padStart(2, '0')}:00Z`,
  cited: [`Rota week ${n}`],
  engine: 'builtin',
  kind: 'passage',
  found: true,
});

describe('conversation sessions', () => {
  let folder: string;
  let db: WorkspaceDb;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'officemate-conversation-sessions-'));
    db = await openWorkspaceDb(join(folder, 'workspace.db'));
  });
  afterAll(async () => {
    await db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('starts a conversation with the first turn and reads the turns back in order', async () => {
    const sessions = conversationSessions(db.conversations, 'ines');
    expect(await sessions.load('rota')).toEqual({ id: 'rota', turns: [] });
    await sessions.append('rota', turn(1));
    await sessions.append('rota', turn(2));
    const session = await sessions.load('rota');
    expect(session.turns).toEqual([
      { question: turn(1).question, answer: turn(1).answer, at: turn(1).at, cited: turn(1).cited },
      { question: turn(2).question, answer: turn(2).answer, at: turn(2).at, cited: turn(2).cited },
    ]);
    const stored = await db.conversations.get('ines', sessionConversationId('ines', 'rota'));
    expect(stored).toEqual(expect.objectContaining({ title: 'Question 1 about the rota?', turns: 2 }));
    const [first] = await db.conversations.turns('ines', sessionConversationId('ines', 'rota'));
    expect(first!.answer).toEqual({
      answer: 'Answer 1 [1].',
      engine: 'builtin',
      kind: 'passage',
      found: true,
      citations: [],
      nearest: [],
    });
  });

  it('keeps the last 20 turns for follow-ups, and each user their own session of one name', async () => {
    const sessions = conversationSessions(db.conversations, 'tomas');
    for (let n = 1; n <= 22; n++) await sessions.append('rota', turn(n));
    const session = await sessions.load('rota');
    expect(session.turns).toHaveLength(20);
    expect(session.turns[0]!.question).toBe(turn(3).question);
    expect((await conversationSessions(db.conversations, 'ines').load('rota')).turns).toHaveLength(2);
    expect(sessionConversationId('ines', 'rota')).not.toBe(sessionConversationId('tomas', 'rota'));
  });

  it('refuses a session id that is not letters, digits, ".", "_" and "-"', async () => {
    await expect(conversationSessions(db.conversations, 'ines').load('../rota')).rejects.toThrow(
      /Session id "\.\.\/rota"/,
    );
  });
});
