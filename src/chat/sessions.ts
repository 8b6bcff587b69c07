/**
 * @module sessions
 * Conversation sessions for follow-up questions (`ask --session ID`): the questions and
 * answers so far, kept as JSON in $OFFICEMATE_HOME/sessions/ID.json (`fileSessions`), or in
 * whatever store the edge gives the skill (skills/session-store.ts); and how a follow-up is
 * asked in the context of the turn before it.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail } from '../lib/errors.ts';
import {
  isSessionId,
  SESSION_TURNS,
  type Session,
  type SessionStore,
  type SessionTurn,
} from '../skills/session-store.ts';

export type { Session, SessionStore, SessionTurn };

function sessionPath(home: string, id: string): string {
  if (!isSessionId(id))
    fail('bad_usage', `Session id "${id}" may only use letters, digits, ".", "_" and "-".`);
  return join(home, 'sessions', `${id}.json`);
}

export async function loadSession(home: string, id: string): Promise<Session> {
  try {
    const value = JSON.parse(await readFile(sessionPath(home, id), 'utf8')) as Session;
    return { id, turns: Array.isArray(value.turns) ? value.turns : [] };
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return { id, turns: [] };
    if (thrown instanceof SyntaxError) return { id, turns: [] };
    throw thrown;
  }
}

export async function saveSession(home: string, session: Session): Promise<void> {
  const path = sessionPath(home, session.id);
  await mkdir(join(home, 'sessions'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(
    temporary,
    `${JSON.stringify({ id: session.id, turns: session.turns.slice(-SESSION_TURNS) }, null, 2)}\n`,
  );
  await rename(temporary, path);
}

/** Sessions as files under `home` (one machine's; a laptop without a shared database). */
export function fileSessions(home: string): SessionStore {
  return {
    load: (id) => loadSession(home, id),
    async append(id, turn) {
      const session = await loadSession(home, id);
      const kept: SessionTurn = {
        question: turn.question,
        answer: turn.answer,
        at: turn.at,
        ...(turn.cited ? { cited: turn.cited } : {}),
      };
      await saveSession(home, { id, turns: [...session.turns, kept] });
    },
  };
}

/** A follow-up ("and what did legal say?") is asked in the context of the previous question. */
export function withContext(question: string, session: Session): string {
  const previous = session.turns.at(-1);
  if (!previous) return question;
  const followUp =
    /^(?:and|also|what about|how about|then|so)\b/i.test(question.trim()) ||
    question.trim().split(/\s+/).length <= 5 ||
    /\b(?:it|that|this|they|them|those)\b/i.test(question);
  const cited = [...new Set(previous.cited ?? [])].slice(0, 2).join(' ');
  return followUp ? `${question} ${previous.question}${cited ? ` ${cited}` : ''}` : question;
}
