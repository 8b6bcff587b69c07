/**
 * @module thumbnail-records
 * A deck's slide thumbnails kept in the workspace records, one PNG per slide keyed by the
 * deck's file id and the slide number (1-based), so every instance on the same records serves
 * them; they go with the deck (ON DELETE CASCADE). One implementation over the SQL runner of
 * conversation-records.ts, so SQLite and PostgreSQL hold them the same way.
 */
import type { SqlRunner } from './conversation-records.ts';

export type ThumbnailStore = {
  /** Stores the deck's thumbnails in slide order, in place of any it had. */
  replace(fileId: string, pngs: readonly Uint8Array[]): Promise<void>;
  /** How many thumbnails the deck has (0 before its job is done). */
  count(fileId: string): Promise<number>;
  /** Slide `n`'s PNG; undefined when there is none. */
  get(fileId: string, n: number): Promise<Uint8Array | undefined>;
};

/** The table, with the bytes' column type of the store (SQLite `BLOB`, PostgreSQL `BYTEA`). */
export const THUMBNAILS_SQL = (bytesType: 'BLOB' | 'BYTEA') => `
CREATE TABLE IF NOT EXISTS thumbnails (
  file_id TEXT NOT NULL REFERENCES files(id) ON DELETE CASCADE, slide INTEGER NOT NULL,
  png ${bytesType} NOT NULL, PRIMARY KEY (file_id, slide));
`;

export function thumbnailStore(sql: SqlRunner): ThumbnailStore {
  return {
    async replace(fileId, pngs) {
      // Upserts then trims in one transaction: a reader sees the old set or the new one whole,
      // never the first slides alone (the thumbnails route says "done" once any are stored).
      await sql.runInTransaction([
        ...pngs.map((png, index) => ({
          sql: 'INSERT INTO thumbnails (file_id, slide, png) VALUES ($1, $2, $3) ON CONFLICT (file_id, slide) DO UPDATE SET png = excluded.png',
          params: [fileId, index + 1, Buffer.from(png)],
        })),
        { sql: 'DELETE FROM thumbnails WHERE file_id = $1 AND slide > $2', params: [fileId, pngs.length] },
      ]);
    },
    async count(fileId) {
      const [row] = await sql.all<{ n: number | string }>(
        'SELECT COUNT(*) AS n FROM thumbnails WHERE file_id = $1',
        [fileId],
      );
      return Number(row?.n ?? 0);
    },
    async get(fileId, n) {
      const [row] = await sql.all<{ png: Uint8Array }>(
        'SELECT png FROM thumbnails WHERE file_id = $1 AND slide = $2',
        [fileId, n],
      );
      return row?.png;
    },
  };
}
