/**
 * @module conversation-records
 * Conversations kept per user in the workspace records: a title, a scope and the turns so far
 * (each question with the answer as the user saw it). One implementation over a small SQL
 * runner, so SQLite and PostgreSQL hold them the same way; only the owner ever reads them.
 */
import type { Answer, ConversationScope } from '../../protocol/api.ts';

/** One statement with PostgreSQL-style `$n` placeholders and its values. */
export type SqlStatement = { readonly sql: string; readonly params: readonly unknown[] };

/** Runs statements with PostgreSQL-style `$n` placeholders: rows, or the count of rows changed. */
export type SqlRunner = {
  all<T = Record<string, unknown>>(sql: string, params: readonly unknown[]): Promise<T[]>;
  run(sql: string, params: readonly unknown[]): Promise<number>;
  /** Runs the statements in one transaction: other connections see all of them or none. */
  runInTransaction(statements: readonly SqlStatement[]): Promise<void>;
};

export type StoredConversation = {
  readonly id: string;
  readonly owner: string;
  readonly title: string;
  readonly scope: ConversationScope;
  readonly created: string;
  readonly updated: string;
  readonly turns: number;
};

export type StoredTurn = {
  readonly n: number;
  readonly question: string;
  readonly answer: Answer;
  readonly at: string;
  /** Titles of the passages the answer cited: what "it" and "that" in a follow-up refer to. */
  readonly cited: readonly string[];
};

export type ConversationStore = {
  create(conversation: Omit<StoredConversation, 'turns' | 'updated'>): Promise<StoredConversation>;
  /** The user's own conversation; undefined for anyone else's (never shown, never told apart from missing). */
  get(owner: string, id: string): Promise<StoredConversation | undefined>;
  /** The user's conversations, most recently used first. */
  list(owner: string): Promise<StoredConversation[]>;
  /** Changes the title or scope; false when the user has no such conversation. */
  update(owner: string, id: string, change: { title?: string; scope?: ConversationScope }): Promise<boolean>;
  /** Forgets a conversation and its turns; false when the user has no such conversation. */
  remove(owner: string, id: string): Promise<boolean>;
  /** Appends a turn (numbered from 1) and marks the conversation used at `turn.at`. */
  addTurn(owner: string, id: string, turn: Omit<StoredTurn, 'n'>): Promise<StoredTurn | undefined>;
  /** The turns in order; empty for a conversation that is not the user's. */
  turns(owner: string, id: string): Promise<StoredTurn[]>;
};

/** The tables, the same in both stores (JSON kept as text). */
export const CONVERSATIONS_SQL = `
CREATE TABLE IF NOT EXISTS conversations (
  id TEXT PRIMARY KEY, owner TEXT NOT NULL, title TEXT NOT NULL, scope TEXT NOT NULL,
  created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS conversations_owner ON conversations (owner, updated);
CREATE TABLE IF NOT EXISTS conversation_turns (
  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, n INTEGER NOT NULL,
  question TEXT NOT NULL, answer TEXT NOT NULL, cited TEXT NOT NULL, at TEXT NOT NULL,
  PRIMARY KEY (conversation_id, n));
`;

type ConversationRow = {
  id: string;
  owner: string;
  title: string;
  scope: string;
  created: string;
  updated: string;
  turns: number | string;
};

const SELECT_CONVERSATIONS = `SELECT c.id, c.owner, c.title, c.scope, c.created, c.updated,
  (SELECT COUNT(*) FROM conversation_turns t WHERE t.conversation_id = c.id) AS turns
  FROM conversations c`;

function toConversation(row: ConversationRow): StoredConversation {
  return {
    id: row.id,
    owner: row.owner,
    title: row.title,
    scope: JSON.parse(row.scope) as ConversationScope,
    created: row.created,
    updated: row.updated,
    turns: Number(row.turns),
  };
}

export function conversationStore(sql: SqlRunner): ConversationStore {
  const get = async (owner: string, id: string) => {
    const [row] = await sql.all<ConversationRow>(`${SELECT_CONVERSATIONS} WHERE c.id = $1 AND c.owner = $2`, [
      id,
      owner,
    ]);
    return row ? toConversation(row) : undefined;
  };
  return {
    async create(conversation) {
      await sql.run(
        'INSERT INTO conversations (id, owner, title, scope, created, updated) VALUES ($1, $2, $3, $4, $5, $6)',
        [
          conversation.id,
          conversation.owner,
          conversation.title,
          JSON.stringify(conversation.scope),
          conversation.created,
          conversation.created,
        ],
      );
      return (await get(conversation.owner, conversation.id))!;
    },
    get,
    async list(owner) {
      const rows = await sql.all<ConversationRow>(
        `${SELECT_CONVERSATIONS} WHERE c.owner = $1 ORDER BY c.updated DESC, c.id DESC`,
        [owner],
      );
      return rows.map(toConversation);
    },
    async update(owner, id, change) {
      const current = await get(owner, id);
      if (!current) return false;
      const changed = await sql.run(
        'UPDATE conversations SET title = $1, scope = $2 WHERE id = $3 AND owner = $4',
        [change.title ?? current.title, JSON.stringify(change.scope ?? current.scope), id, owner],
      );
      return changed > 0;
    },
    async remove(owner, id) {
      if (!(await get(owner, id))) return false;
      await sql.run('DELETE FROM conversation_turns WHERE conversation_id = $1', [id]);
      return (await sql.run('DELETE FROM conversations WHERE id = $1 AND owner = $2', [id, owner])) > 0;
    },
    async addTurn(owner, id, turn) {
      if (!(await get(owner, id))) return undefined;
      const [last] = await sql.all<{ n: number | string | null }>(
        'SELECT MAX(n) AS n FROM conversation_turns WHERE conversation_id = $1',
        [id],
      );
      const n = Number(last?.n ?? 0) + 1;
      await sql.run(
        'INSERT INTO conversation_turns (conversation_id, n, question, answer, cited, at) VALUES ($1, $2, $3, $4, $5, $6)',
        [id, n, turn.question, JSON.stringify(turn.answer), JSON.stringify(turn.cited), turn.at],
      );
      await sql.run('UPDATE conversations SET updated = $1 WHERE id = $2', [turn.at, id]);
      return { n, ...turn };
    },
    async turns(owner, id) {
      if (!(await get(owner, id))) return [];
      const rows = await sql.all<{
        n: number | string;
        question: string;
        answer: string;
        cited: string;
        at: string;
      }>(
        'SELECT n, question, answer, cited, at FROM conversation_turns WHERE conversation_id = $1 ORDER BY n',
        [id],
      );
      return rows.map((row) => ({
        n: Number(row.n),
        question: row.question,
        answer: JSON.parse(row.answer) as Answer,
        cited: JSON.parse(row.cited) as string[],
        at: row.at,
      }));
    },
  };
}
