/**
 * @module page-records
 * Pages kept in the workspace records: an answer or result saved as Markdown with its
 * citations, edited by its owner and shared with named users, who may read it. One
 * implementation over the SQL runner of conversation-records.ts, so SQLite and PostgreSQL
 * hold them the same way.
 */
import type { Citation } from '../../protocol/api.ts';
import type { SqlRunner } from './conversation-records.ts';

export type StoredPage = {
  readonly id: string;
  readonly owner: string;
  readonly title: string;
  readonly markdown: string;
  readonly citations: readonly Citation[];
  readonly sharedWith: readonly string[];
  readonly created: string;
  readonly updated: string;
};

export type PageStore = {
  create(page: Omit<StoredPage, 'sharedWith' | 'updated'>): Promise<StoredPage>;
  /** A page the user owns or that is shared with them; undefined otherwise. */
  get(user: string, id: string): Promise<StoredPage | undefined>;
  /** Pages the user owns or that are shared with them, most recently changed first. */
  list(user: string): Promise<StoredPage[]>;
  /** The owner changes the title or text; false when the user does not own such a page. */
  update(
    owner: string,
    id: string,
    change: { title?: string; markdown?: string; updated: string },
  ): Promise<boolean>;
  /** The owner replaces who the page is shared with; false when the user does not own it. */
  share(owner: string, id: string, users: readonly string[]): Promise<boolean>;
  /** The owner deletes the page; false when the user does not own it. */
  remove(owner: string, id: string): Promise<boolean>;
};

export const PAGES_SQL = `
CREATE TABLE IF NOT EXISTS pages (
  id TEXT PRIMARY KEY, owner TEXT NOT NULL, title TEXT NOT NULL, markdown TEXT NOT NULL,
  citations TEXT NOT NULL, shared_with TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS pages_owner ON pages (owner, updated);
`;

type PageRow = {
  id: string;
  owner: string;
  title: string;
  markdown: string;
  citations: string;
  shared_with: string;
  created: string;
  updated: string;
};

function toPage(row: PageRow): StoredPage {
  return {
    id: row.id,
    owner: row.owner,
    title: row.title,
    markdown: row.markdown,
    citations: JSON.parse(row.citations) as Citation[],
    sharedWith: JSON.parse(row.shared_with) as string[],
    created: row.created,
    updated: row.updated,
  };
}

const mayRead = (user: string, page: StoredPage) => page.owner === user || page.sharedWith.includes(user);

export function pageStore(sql: SqlRunner): PageStore {
  const byId = async (id: string) => {
    const [row] = await sql.all<PageRow>('SELECT * FROM pages WHERE id = $1', [id]);
    return row ? toPage(row) : undefined;
  };
  return {
    async create(page) {
      await sql.run(
        'INSERT INTO pages (id, owner, title, markdown, citations, shared_with, created, updated) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [
          page.id,
          page.owner,
          page.title,
          page.markdown,
          JSON.stringify(page.citations),
          '[]',
          page.created,
          page.created,
        ],
      );
      return (await byId(page.id))!;
    },
    async get(user, id) {
      const page = await byId(id);
      return page && mayRead(user, page) ? page : undefined;
    },
    async list(user) {
      // Shares are JSON text in both stores: narrowed in SQL, checked exactly here.
      const rows = await sql.all<PageRow>(
        'SELECT * FROM pages WHERE owner = $1 OR shared_with LIKE $2 ORDER BY updated DESC, id DESC',
        [user, `%${JSON.stringify(user)}%`],
      );
      return rows.map(toPage).filter((page) => mayRead(user, page));
    },
    async update(owner, id, change) {
      const page = await byId(id);
      if (page?.owner !== owner) return false;
      return (
        (await sql.run(
          'UPDATE pages SET title = $1, markdown = $2, updated = $3 WHERE id = $4 AND owner = $5',
          [change.title ?? page.title, change.markdown ?? page.markdown, change.updated, id, owner],
        )) > 0
      );
    },
    async share(owner, id, users) {
      const shared = JSON.stringify([...new Set(users)].filter((name) => name !== owner).sort());
      return (
        (await sql.run('UPDATE pages SET shared_with = $1 WHERE id = $2 AND owner = $3', [
          shared,
          id,
          owner,
        ])) > 0
      );
    },
    async remove(owner, id) {
      return (await sql.run('DELETE FROM pages WHERE id = $1 AND owner = $2', [id, owner])) > 0;
    },
  };
}
