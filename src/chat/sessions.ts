/**
 * @module sessions
 * Conversation sessions for follow-up questions (`ask --session ID`): the questions and
 * answers so far, stored as JSON in $OFFICEMATE_HOME/sessions/ID.json.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail } from '../lib/errors.ts';

export type SessionTurn = {
  readonly question: string;
  readonly answer: string;
  readonly at: string;
  /** Titles of the passages the answer cited: what "it" and "that" in a follow-up refer to. */
  readonly cited?: readonly string[];
};
export type Session = { readonly id: string; readonly turns: readonly SessionTurn[] };

function sessionPath(home: string, id: string): string {
  if (!/^[\w.-]{1,80}$/.test(id))
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
    `${JSON.stringify({ id: session.id, turns: session.turns.slice(-20) }, null, 2)}\n`,
  );
  await rename(temporary, path);
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
