/**
 * @module postgres-store
 * The team store: the same tables as SQLite in a PostgreSQL schema, one transaction per
 * source file or batch of files. `?schema=NAME` on the URL picks the schema (default `officemate`), so several
 * indexes can share a database.
 */
import type pg from 'pg';
import { fail } from '../lib/errors.ts';
import { inTransaction, openSchemaPool, splitPostgresUrl } from '../lib/postgres-pool.ts';
import { comparePeople, linkKeys, type PersonMention } from './people.ts';
import {
  mentionFromRow,
  type PeopleStep,
  type PeopleSteps,
  rebuildPeople,
  runPeopleSteps,
  updatePeople,
} from './people-table.ts';
import { fileHeader, HEADER_BYTES, ITEMS_FILE_SQL, markItems } from './postings.ts';
import type { CorpusStats } from './rank.ts';
import type { ChunkQuery, FileWrite, IntegrityReport, Store } from './store.ts';
import {
  CHUNK_STATS_SQL,
  checkFileLengths,
  checkItems,
  checkPeople,
  checkPostings,
  FILE_LENGTHS_CHECK_SQL,
  FILE_LENGTHS_SQL,
  FILE_STATS_SQL,
  ITEMS_CHECK_SQL,
  ITEMS_FROM_CHUNKS,
  NEW_TEXT_SQL,
  rowToChunk,
  rowToFile,
  rowToPerson,
  rowToStats,
  STATS_COLUMNS,
  STATS_VERSION,
} from './store-rows.ts';
import type { Person } from './types.ts';

const schemaSql = (schema: string) => `
CREATE SCHEMA IF NOT EXISTS ${schema};
SET search_path TO ${schema};
CREATE TABLE IF NOT EXISTS files (
  id BIGSERIAL PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, size BIGINT NOT NULL,
  mtime_ms DOUBLE PRECISION NOT NULL, chunks INTEGER NOT NULL, owner TEXT NOT NULL, readers JSONB NOT NULL, indexed_at TEXT NOT NULL);
ALTER TABLE files ADD COLUMN IF NOT EXISTS title_len INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS body_len BIGINT NOT NULL DEFAULT 0, ADD COLUMN IF NOT EXISTS people_len INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS items INTEGER NOT NULL DEFAULT 0;
CREATE TABLE IF NOT EXISTS chunks (
  id BIGSERIAL PRIMARY KEY, file_id BIGINT NOT NULL, type TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,
  locator JSONB NOT NULL, people JSONB NOT NULL, date TEXT, end_date TEXT, thread_id TEXT, data JSONB,
  uri TEXT NOT NULL, hash TEXT NOT NULL, readers JSONB NOT NULL, owner TEXT NOT NULL,
  title_len INTEGER NOT NULL, body_len INTEGER NOT NULL, people_len INTEGER NOT NULL);
-- Older indexes had chunks_file too, which chunks_file_lengths (file_id first) duplicates.
DROP INDEX IF EXISTS chunks_file;
CREATE INDEX IF NOT EXISTS chunks_file_lengths ON chunks (file_id) INCLUDE (title_len, body_len, people_len);
CREATE INDEX IF NOT EXISTS chunks_type_date ON chunks (type, date);
CREATE INDEX IF NOT EXISTS chunks_date ON chunks (date);
CREATE INDEX IF NOT EXISTS chunks_thread ON chunks (thread_id);
CREATE TABLE IF NOT EXISTS postings (term TEXT NOT NULL, file_id BIGINT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (term, file_id));
CREATE INDEX IF NOT EXISTS postings_file ON postings (file_id);
CREATE TABLE IF NOT EXISTS mentions (file_id BIGINT NOT NULL, name TEXT, address TEXT, count INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_file ON mentions (file_id);
CREATE TABLE IF NOT EXISTS people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, emails JSONB NOT NULL, aliases JSONB NOT NULL, mentions INTEGER NOT NULL);
CREATE SEQUENCE IF NOT EXISTS people_ids;
CREATE TABLE IF NOT EXISTS mention_totals (name TEXT NOT NULL, address TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (name, address));
CREATE TABLE IF NOT EXISTS mention_keys (key TEXT NOT NULL, name TEXT NOT NULL, address TEXT NOT NULL, PRIMARY KEY (key, name, address));
CREATE INDEX IF NOT EXISTS mention_keys_mention ON mention_keys (name, address);
CREATE TABLE IF NOT EXISTS person_keys (key TEXT NOT NULL, person_id INTEGER NOT NULL, PRIMARY KEY (key, person_id));
CREATE INDEX IF NOT EXISTS person_keys_person ON person_keys (person_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stats (id INTEGER PRIMARY KEY CHECK (id = 1), chunks BIGINT NOT NULL, title_len BIGINT NOT NULL, body_len BIGINT NOT NULL, people_len BIGINT NOT NULL);
ALTER TABLE stats ADD COLUMN IF NOT EXISTS files BIGINT NOT NULL DEFAULT 0, ADD COLUMN IF NOT EXISTS file_title_len BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS file_body_len BIGINT NOT NULL DEFAULT 0, ADD COLUMN IF NOT EXISTS file_people_len BIGINT NOT NULL DEFAULT 0;
INSERT INTO stats (id, chunks, title_len, body_len, people_len) VALUES (1, 0, 0, 0, 0) ON CONFLICT (id) DO NOTHING;
`;

type Row = Record<string, unknown>;

/** Advisory lock ids: creating the schema, and keeping the people table (one writer at a time). */
const SCHEMA_LOCK = 727372;
const PEOPLE_LOCK = 727373;
/**
 * Marks an index whose people table is kept per file, and whose people join only where first
 * names agree (older indexes are rebuilt once on open, from their stored mentions).
 */
const PEOPLE_VERSION = 'per-file-first-names';
/** Marks an index whose posting rows start with a file header (older indexes are migrated once on open). */
/** 'file-header': rows start with their file's header; 'file-header items': it marks files of separate items. */
const POSTINGS_VERSION = 'file-header items';
/** Marks an index whose files keep their item count (older indexes are counted once on open). */
const FILES_VERSION = 'items';

/** Chunks named by a term's posting rows (each row's file header aside). */
const CHUNK_COUNT = (data: string) => `((sum(octet_length(${data})) - ${HEADER_BYTES} * count(*)) / 12)::int`;

/**
 * Older indexes, once, in one transaction: files and the statistics row gain the file lengths
 * (computed from the chunks), and every posting row its file's header.
 */
/** Headers written before the items mark, once, in one transaction: files of separate items get it. */
async function markItemFiles(client: pg.PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    const files = (await client.query(`SELECT id FROM files WHERE ${ITEMS_FILE_SQL}`)).rows as Row[];
    for (const file of files) {
      const rows = (await client.query('SELECT term, data FROM postings WHERE file_id = $1', [file.id]))
        .rows as { term: string; data: Buffer }[];
      for (const row of rows)
        await client.query('UPDATE postings SET data = $1 WHERE term = $2 AND file_id = $3', [
          markItems(row.data),
          row.term,
          file.id,
        ]);
    }
    await client.query("UPDATE meta SET value = $1 WHERE key = 'postings'", [POSTINGS_VERSION]);
    await client.query('COMMIT');
  } catch (thrown) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw thrown;
  }
}

async function addFileHeaders(client: pg.PoolClient): Promise<void> {
  const version = (await client.query("SELECT value FROM meta WHERE key = 'postings'")).rows[0] as
    | { value: string }
    | undefined;
  if (version?.value === POSTINGS_VERSION) return;
  if (version?.value === 'file-header') return markItemFiles(client);
  await client.query('BEGIN');
  try {
    await client.query(`UPDATE files SET ${FILE_LENGTHS_SQL}`);
    await client.query(
      `UPDATE stats SET files = t.files, file_title_len = t.title_len, file_body_len = t.body_len, file_people_len = t.people_len
       FROM (SELECT count(*) AS files, coalesce(sum(title_len),0) AS title_len, coalesce(sum(body_len),0) AS body_len,
       coalesce(sum(people_len),0) AS people_len FROM files) t WHERE id = 1`,
    );
    const files = (
      await client.query(`SELECT id, title_len, body_len, people_len, ${ITEMS_FILE_SQL} AS items FROM files`)
    ).rows as Row[];
    for (const file of files) {
      const header = fileHeader(
        Number(file.id),
        {
          titleLength: Number(file.title_len),
          bodyLength: Number(file.body_len),
          peopleLength: Number(file.people_len),
        },
        Boolean(Number(file.items)),
      );
      await client.query('UPDATE postings SET data = $1::bytea || data WHERE file_id = $2', [
        header,
        file.id,
      ]);
    }
    await client.query(
      "INSERT INTO meta VALUES ('postings', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      [POSTINGS_VERSION],
    );
    await client.query('COMMIT');
  } catch (thrown) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw thrown;
  }
}

/** Files written before item counts, once, in one transaction: each file's count from its chunks. */
async function countItems(client: pg.PoolClient): Promise<void> {
  const version = (await client.query("SELECT value FROM meta WHERE key = 'files'")).rows[0] as
    | { value: string }
    | undefined;
  if (version?.value === FILES_VERSION) return;
  await client.query('BEGIN');
  try {
    await client.query(`UPDATE files SET items = ${ITEMS_FROM_CHUNKS}`);
    await client.query(
      "INSERT INTO meta VALUES ('files', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      [FILES_VERSION],
    );
    await client.query('COMMIT');
  } catch (thrown) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw thrown;
  }
}

/** Files' lengths and the statistics row recounted from the chunks of new text (store-rows.ts STATS_VERSION), once, in one transaction. */
async function recountStats(client: pg.PoolClient): Promise<void> {
  const version = (await client.query("SELECT value FROM meta WHERE key = 'stats'")).rows[0] as
    | { value: string }
    | undefined;
  if (version?.value === STATS_VERSION) return;
  await client.query('BEGIN');
  try {
    await client.query(`UPDATE files SET ${FILE_LENGTHS_SQL}`);
    await client.query(
      `UPDATE stats SET chunks = s.chunks, title_len = s.title_len, body_len = s.body_len, people_len = s.people_len,
       files = t.files, file_title_len = t.file_title_len, file_body_len = t.file_body_len, file_people_len = t.file_people_len
       FROM (${CHUNK_STATS_SQL}) s, (${FILE_STATS_SQL}) t WHERE id = 1`,
    );
    await client.query(
      "INSERT INTO meta VALUES ('stats', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      [STATS_VERSION],
    );
    await client.query('COMMIT');
  } catch (thrown) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw thrown;
  }
}

/** Does one step of keeping the people table (people-table.ts) inside the caller's transaction. */
async function performPeopleStep(
  client: pg.PoolClient,
  step: PeopleStep,
): Promise<PersonMention[] | undefined> {
  switch (step.kind) {
    case 'add-to-totals': {
      const names = step.changes.map((change) => change.name ?? '');
      const addresses = step.changes.map((change) => change.address ?? '');
      const totals = (
        await client.query(
          `INSERT INTO mention_totals (name, address, count) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
           ON CONFLICT (name, address) DO UPDATE SET count = mention_totals.count + excluded.count RETURNING name, address, count`,
          [names, addresses, step.changes.map((change) => change.count)],
        )
      ).rows as { name: string; address: string; count: number }[];
      const gone = totals.filter((row) => Number(row.count) <= 0);
      if (gone.length > 0) {
        const params = [gone.map((row) => row.name), gone.map((row) => row.address)];
        await client.query(
          'DELETE FROM mention_totals t USING unnest($1::text[], $2::text[]) AS g(name, address) WHERE t.name = g.name AND t.address = g.address',
          params,
        );
        await client.query(
          'DELETE FROM mention_keys k USING unnest($1::text[], $2::text[]) AS g(name, address) WHERE k.name = g.name AND k.address = g.address',
          params,
        );
      }
      const keyed = totals
        .filter((row) => Number(row.count) > 0)
        .flatMap((row) =>
          linkKeys(mentionFromRow(row.name, row.address, row.count)).map((key) => [
            key,
            row.name,
            row.address,
          ]),
        );
      if (keyed.length > 0)
        await client.query(
          'INSERT INTO mention_keys (key, name, address) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING',
          [keyed.map((row) => row[0]), keyed.map((row) => row[1]), keyed.map((row) => row[2])],
        );
      return undefined;
    }
    case 'totals-with-keys':
      return (
        await client.query(
          `SELECT DISTINCT t.name, t.address, t.count FROM mention_keys k JOIN mention_totals t ON t.name = k.name AND t.address = k.address
           WHERE k.key = ANY($1::text[])`,
          [step.keys],
        )
      ).rows.map((row: Row) => mentionFromRow(row.name, row.address, row.count));
    case 'drop-people': {
      const ids = (
        await client.query('SELECT DISTINCT person_id FROM person_keys WHERE key = ANY($1::text[])', [
          step.keys,
        ])
      ).rows.map((row: Row) => Number(row.person_id));
      await client.query('DELETE FROM people WHERE id = ANY($1::int[])', [ids]);
      await client.query('DELETE FROM person_keys WHERE person_id = ANY($1::int[])', [ids]);
      return undefined;
    }
    case 'add-people': {
      const ids = (
        await client.query("SELECT nextval('people_ids') AS id FROM generate_series(1, $1)", [
          step.people.length,
        ])
      ).rows.map((row: Row) => Number(row.id));
      await client.query(
        'INSERT INTO people (id, name, emails, aliases, mentions) SELECT * FROM unnest($1::int[], $2::text[], $3::jsonb[], $4::jsonb[], $5::int[])',
        [
          ids,
          step.people.map(({ person }) => person.name),
          step.people.map(({ person }) => JSON.stringify(person.emails)),
          step.people.map(({ person }) => JSON.stringify(person.aliases)),
          step.people.map(({ person }) => person.mentions),
        ],
      );
      const keys = step.people.flatMap(({ keys }, position) =>
        keys.map((key) => [key, ids[position]!] as const),
      );
      await client.query(
        'INSERT INTO person_keys (key, person_id) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT DO NOTHING',
        [keys.map((row) => row[0]), keys.map((row) => row[1])],
      );
      return undefined;
    }
  }
}

/** Runs people steps while holding the people lock until the transaction ends, so writers take turns. */
async function keepPeople(client: pg.PoolClient, steps: PeopleSteps): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [PEOPLE_LOCK]);
  await runPeopleSteps(steps, (step) => performPeopleStep(client, step));
}

async function fileMentions(client: pg.PoolClient, fileId: number | undefined): Promise<PersonMention[]> {
  if (fileId === undefined) return [];
  return (
    await client.query('SELECT name, address, count FROM mentions WHERE file_id = $1', [fileId])
  ).rows.map((row: Row) => mentionFromRow(row.name, row.address, row.count));
}

/** Fills the mention totals and the people table from the per-file mentions (older indexes, once). */
async function rebuildPeopleTables(client: pg.PoolClient): Promise<void> {
  const version = (await client.query("SELECT value FROM meta WHERE key = 'people'")).rows[0] as
    | { value: string }
    | undefined;
  if (version?.value === PEOPLE_VERSION) return;
  await client.query('BEGIN');
  try {
    await client.query(
      'DELETE FROM mention_totals; DELETE FROM mention_keys; DELETE FROM people; DELETE FROM person_keys',
    );
    const totals = (
      await client.query(
        "SELECT coalesce(name, '') AS name, coalesce(address, '') AS address, sum(count)::int AS count FROM mentions GROUP BY 1, 2",
      )
    ).rows.map((row: Row) => mentionFromRow(row.name, row.address, row.count));
    if (totals.length > 0) await performPeopleStep(client, { kind: 'add-to-totals', changes: totals });
    await runPeopleSteps(rebuildPeople(totals), (step) => performPeopleStep(client, step));
    await client.query(
      "INSERT INTO meta VALUES ('people', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      [PEOPLE_VERSION],
    );
    await client.query('COMMIT');
  } catch (thrown) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw thrown;
  }
}

/** Files the user in parameter `$n` may read, as SQL over `files f`: the rule of filters.ts. */
const readable = (n: number) =>
  `(f.owner = $${n} OR f.readers @> jsonb_build_array($${n}::text) OR f.readers @> '["*"]'::jsonb)`;

export async function openPostgresStore(url: string): Promise<Store> {
  const target = splitPostgresUrl(url, 'officemate');
  const { location } = target;
  let pool: pg.Pool;
  try {
    pool = await openSchemaPool(target, SCHEMA_LOCK, async (client) => {
      await client.query(schemaSql(target.schema));
      await rebuildPeopleTables(client);
      await addFileHeaders(client);
      await countItems(client);
      await recountStats(client);
    });
  } catch (thrown) {
    return fail(
      'index_corrupt',
      `The PostgreSQL index at ${location} cannot be opened: ${(thrown as Error).message}.`,
      {
        hint: 'Check that the server is running and the URL, user and password are right.',
      },
    );
  }

  const query = async (sql: string, params: unknown[] = []): Promise<Row[]> =>
    (await pool.query(sql, params)).rows as Row[];

  const transaction = <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> =>
    inTransaction(pool, work);

  const removeById = async (client: pg.PoolClient, fileId: number) => {
    const old = (
      await client.query(
        `SELECT count(*)::bigint AS n, coalesce(sum(title_len),0)::bigint AS t, coalesce(sum(body_len),0)::bigint AS b, coalesce(sum(people_len),0)::bigint AS p FROM chunks c WHERE file_id = $1 AND ${NEW_TEXT_SQL}`,
        [fileId],
      )
    ).rows[0] as { n: string; t: string; b: string; p: string };
    await client.query(
      `UPDATE stats SET chunks = stats.chunks - $1, title_len = stats.title_len - $2, body_len = stats.body_len - $3,
       people_len = stats.people_len - $4, files = stats.files - 1, file_title_len = stats.file_title_len - f.title_len,
       file_body_len = stats.file_body_len - f.body_len, file_people_len = stats.file_people_len - f.people_len
       FROM files f WHERE stats.id = 1 AND f.id = $5`,
      [old.n, old.t, old.b, old.p, fileId],
    );
    await client.query('DELETE FROM chunks WHERE file_id = $1', [fileId]);
    await client.query('DELETE FROM postings WHERE file_id = $1', [fileId]);
    await client.query('DELETE FROM mentions WHERE file_id = $1', [fileId]);
  };

  /** Writes one file's rows (its old version removed first); its mentions before, for the people table. */
  const writeRows = async (client: pg.PoolClient, write: FileWrite) => {
    const existing = (await client.query('SELECT id FROM files WHERE path = $1', [write.file.path]))
      .rows[0] as { id: string } | undefined;
    const before = await fileMentions(client, existing ? Number(existing.id) : undefined);
    if (existing) await removeById(client, Number(existing.id));
    const file = write.file;
    const fileId = Number(
      (
        (
          await client.query(
            `INSERT INTO files (path, hash, size, mtime_ms, chunks, owner, readers, indexed_at, title_len, body_len, people_len, items)
               VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)
               ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, size = excluded.size, mtime_ms = excluded.mtime_ms, chunks = excluded.chunks, items = excluded.items,
               owner = excluded.owner, readers = excluded.readers, indexed_at = excluded.indexed_at,
               title_len = excluded.title_len, body_len = excluded.body_len, people_len = excluded.people_len RETURNING id`,
            [
              file.path,
              file.hash,
              file.size,
              file.mtimeMs,
              file.chunks,
              file.owner,
              JSON.stringify(file.readers),
              file.indexedAt,
              write.lengths.titleLength,
              write.lengths.bodyLength,
              write.lengths.peopleLength,
              file.items,
            ],
          )
        ).rows[0] as { id: string }
      ).id,
    );
    const ids: number[] = [];
    const readers = JSON.stringify(file.readers);
    for (let start = 0; start < write.chunks.length; start += 200) {
      const slice = write.chunks.slice(start, start + 200);
      const values: unknown[] = [];
      const tuples = slice.map((chunk, row) => {
        const base = row * 17;
        values.push(
          fileId,
          chunk.type,
          chunk.title,
          chunk.text,
          JSON.stringify(chunk.locator),
          JSON.stringify(chunk.people),
          chunk.date ?? null,
          chunk.endDate ?? null,
          chunk.threadId ?? null,
          chunk.data ? JSON.stringify(chunk.data) : null,
          chunk.uri,
          chunk.hash,
          readers,
          file.owner,
          chunk.titleLength,
          chunk.bodyLength,
          chunk.peopleLength,
        );
        return `(${Array.from({ length: 17 }, (_, column) => `$${base + column + 1}`).join(',')})`;
      });
      const inserted = await client.query(
        `INSERT INTO chunks (file_id, type, title, text, locator, people, date, end_date, thread_id, data, uri, hash, readers, owner, title_len, body_len, people_len)
           VALUES ${tuples.join(',')} RETURNING id`,
        values,
      );
      ids.push(...inserted.rows.map((row: { id: string }) => Number(row.id)));
    }
    const postings = write.postings(ids, fileId);
    for (let start = 0; start < postings.length; start += 1000) {
      const slice = postings.slice(start, start + 1000);
      await client.query(
        'INSERT INTO postings (term, file_id, data) SELECT term, $1, data FROM unnest($2::text[], $3::bytea[]) AS t(term, data)',
        [fileId, slice.map((row) => row.term), slice.map((row) => row.data)],
      );
    }
    if (write.mentions.length) {
      await client.query(
        'INSERT INTO mentions (file_id, name, address, count) SELECT $1, name, address, count FROM unnest($2::text[], $3::text[], $4::int[]) AS t(name, address, count)',
        [
          fileId,
          write.mentions.map((mention) => mention.name ?? null),
          write.mentions.map((mention) => mention.address ?? null),
          write.mentions.map((mention) => mention.count),
        ],
      );
    }
    const added = write.stats;
    const lengths = write.lengths;
    await client.query(
      `UPDATE stats SET chunks = chunks + $1, title_len = title_len + $2, body_len = body_len + $3, people_len = people_len + $4,
         files = files + 1, file_title_len = file_title_len + $5, file_body_len = file_body_len + $6, file_people_len = file_people_len + $7
         WHERE id = 1`,
      [
        added.chunks,
        added.titleLength,
        added.bodyLength,
        added.peopleLength,
        lengths.titleLength,
        lengths.bodyLength,
        lengths.peopleLength,
      ],
    );
    return { ids, before };
  };

  const chunkSelect = 'SELECT c.*, f.path FROM chunks c JOIN files f ON f.id = c.file_id';

  const store: Store = {
    kind: 'postgres',
    location,
    async getFile(path) {
      const rows = await query('SELECT * FROM files WHERE path = $1', [path]);
      return rows[0] ? rowToFile(rows[0]) : undefined;
    },
    async listFiles() {
      return (await query('SELECT * FROM files ORDER BY path')).map(rowToFile);
    },
    async writeFile(write) {
      return (await store.writeFiles([write]))[0]!;
    },
    async writeFiles(writes) {
      if (writes.length === 0) return [];
      return transaction(async (client) => {
        // Serialise writers of the same file, taking the locks in one order so two batches never wait on each other.
        const paths = [...new Set(writes.map((write) => write.file.path))].sort();
        for (const path of paths) await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [path]);
        const before: PersonMention[] = [];
        const after: PersonMention[] = [];
        const ids: number[][] = [];
        for (const write of writes) {
          const written = await writeRows(client, write);
          before.push(...written.before);
          after.push(...write.mentions);
          ids.push(written.ids);
        }
        await keepPeople(client, updatePeople(before, after));
        return ids;
      });
    },
    async removeFile(path) {
      await transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [path]);
        const existing = (await client.query('SELECT id FROM files WHERE path = $1', [path])).rows[0] as
          | { id: string }
          | undefined;
        if (!existing) return;
        const before = await fileMentions(client, Number(existing.id));
        await removeById(client, Number(existing.id));
        await client.query('DELETE FROM files WHERE id = $1', [existing.id]);
        await keepPeople(client, updatePeople(before, []));
      });
    },
    async setReaders(path, readers) {
      return transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [path]);
        const updated = (
          await client.query('UPDATE files SET readers = $2 WHERE path = $1 RETURNING id', [
            path,
            JSON.stringify(readers),
          ])
        ).rows[0] as { id: string } | undefined;
        if (!updated) return false;
        await client.query('UPDATE chunks SET readers = $2 WHERE file_id = $1', [
          updated.id,
          JSON.stringify(readers),
        ]);
        return true;
      });
    },
    async stats(reader): Promise<CorpusStats> {
      const row = (
        reader === undefined
          ? await query(`SELECT ${STATS_COLUMNS} FROM stats WHERE id = 1`)
          : await query(
              `SELECT * FROM (${CHUNK_STATS_SQL} AND c.file_id IN (SELECT f.id FROM files f WHERE ${readable(1)})) c,
               (${FILE_STATS_SQL} AND ${readable(1)}) f`,
              [reader],
            )
      )[0]!;
      return rowToStats(row);
    },
    async postings(terms, reader) {
      const result = new Map<string, Uint8Array[]>();
      if (terms.length === 0) return result;
      const rows =
        reader === undefined
          ? await query(
              'SELECT term, data FROM postings WHERE term = ANY($1::text[]) ORDER BY term, file_id',
              [[...new Set(terms)]],
            )
          : await query(
              `SELECT p.term, p.data FROM postings p JOIN files f ON f.id = p.file_id
               WHERE p.term = ANY($1::text[]) AND ${readable(2)} ORDER BY p.term, p.file_id`,
              [[...new Set(terms)], reader],
            );
      for (const row of rows) {
        const term = String(row.term);
        const list = result.get(term);
        if (list) list.push(row.data as Buffer);
        else result.set(term, [row.data as Buffer]);
      }
      return result;
    },
    async documentFrequencies(terms, reader) {
      const result = new Map<string, number>();
      if (terms.length === 0) return result;
      const rows =
        reader === undefined
          ? await query(
              `SELECT term, ${CHUNK_COUNT('data')} AS df FROM postings WHERE term = ANY($1::text[]) GROUP BY term`,
              [[...new Set(terms)]],
            )
          : await query(
              `SELECT p.term, ${CHUNK_COUNT('p.data')} AS df FROM postings p JOIN files f ON f.id = p.file_id
               WHERE p.term = ANY($1::text[]) AND ${readable(2)} GROUP BY p.term`,
              [[...new Set(terms)], reader],
            );
      for (const row of rows) result.set(String(row.term), Number(row.df));
      return result;
    },
    async getChunks(ids) {
      if (ids.length === 0) return [];
      const rows = await query(`${chunkSelect} WHERE c.id = ANY($1::bigint[])`, [ids]);
      const order = new Map(ids.map((id, index) => [id, index]));
      return rows.map(rowToChunk).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    },
    async queryChunks(request: ChunkQuery) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (request.types?.length) {
        params.push(request.types);
        where.push(`c.type = ANY($${params.length}::text[])`);
      }
      if (request.since) {
        params.push(request.since);
        where.push(`c.date >= $${params.length}`);
      }
      if (request.until) {
        params.push(request.until);
        where.push(`c.date < $${params.length}`);
      }
      if (request.threadId) {
        params.push(request.threadId);
        where.push(`c.thread_id = $${params.length}`);
      }
      params.push(request.limit, request.offset);
      const sql = `${chunkSelect} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.date IS NULL, c.date COLLATE "C" ${request.oldestFirst ? 'ASC' : 'DESC'}, c.id LIMIT $${params.length - 1} OFFSET $${params.length}`;
      return (await query(sql, params)).map(rowToChunk);
    },
    async mentions(): Promise<PersonMention[]> {
      const rows = await query(
        'SELECT name, address, sum(count)::int AS count FROM mentions GROUP BY name, address ORDER BY name COLLATE "C", address COLLATE "C"',
      );
      return rows.map((row) => ({
        ...(row.name ? { name: String(row.name) } : {}),
        ...(row.address ? { address: String(row.address) } : {}),
        count: Number(row.count),
      }));
    },
    async people(): Promise<Person[]> {
      return (await query('SELECT * FROM people')).map(rowToPerson).sort(comparePeople);
    },
    async integrityCheck(): Promise<IntegrityReport> {
      const problems: string[] = [];
      for (const row of await query(
        'SELECT f.path, f.chunks, (SELECT count(*) FROM chunks c WHERE c.file_id = f.id)::int AS actual FROM files f',
      )) {
        if (Number(row.chunks) !== Number(row.actual))
          problems.push(`${row.path}: ${row.actual} chunks stored, ${row.chunks} recorded`);
      }
      const orphans = Number(
        (await query('SELECT count(*)::int AS n FROM chunks WHERE file_id NOT IN (SELECT id FROM files)'))[0]!
          .n,
      );
      if (orphans) problems.push(`${orphans} chunks belong to no file`);
      const orphanPostings = Number(
        (
          await query('SELECT count(*)::int AS n FROM postings WHERE file_id NOT IN (SELECT id FROM files)')
        )[0]!.n,
      );
      if (orphanPostings) problems.push(`${orphanPostings} posting rows belong to no file`);
      const stats = await store.stats();
      const actualStats = rowToStats({
        ...(await query(CHUNK_STATS_SQL))[0]!,
        ...(await query(FILE_STATS_SQL))[0]!,
      });
      problems.push(...checkFileLengths(await query(FILE_LENGTHS_CHECK_SQL)));
      problems.push(...checkItems(await query(ITEMS_CHECK_SQL)));
      if (JSON.stringify(stats) !== JSON.stringify(actualStats))
        problems.push(
          `corpus statistics ${JSON.stringify(stats)} differ from the chunks ${JSON.stringify(actualStats)}`,
        );
      const chunkFiles = new Map<number, number>();
      for (const row of await query('SELECT id, file_id FROM chunks'))
        chunkFiles.set(Number(row.id), Number(row.file_id));
      const postings = (await query('SELECT term, file_id, data FROM postings')).map(
        (row) => [String(row.term), Number(row.file_id), row.data as Buffer] as [string, number, Buffer],
      );
      problems.push(...checkPostings(postings, chunkFiles));
      problems.push(...checkPeople(await store.people(), await store.mentions()));
      return { ok: problems.length === 0, problems };
    },
    async close() {
      await pool.end();
    },
  };
  return store;
}
