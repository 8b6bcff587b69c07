/**
 * @module postgres-store
 * The team store: the same tables as SQLite in a PostgreSQL schema, one transaction per
 * source file. `?schema=NAME` on the URL picks the schema (default `officemate`), so several
 * indexes can share a database.
 */
import pg from 'pg';
import { fail } from '../lib/errors.ts';
import type { PersonMention } from './people.ts';
import type { CorpusStats } from './rank.ts';
import type { ChunkQuery, IntegrityReport, Store } from './store.ts';
import { checkPostings, rowToChunk, rowToFile } from './store-rows.ts';
import type { Person } from './types.ts';

const schemaSql = (schema: string) => `
CREATE SCHEMA IF NOT EXISTS ${schema};
SET search_path TO ${schema};
CREATE TABLE IF NOT EXISTS files (
  id BIGSERIAL PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, size BIGINT NOT NULL,
  mtime_ms DOUBLE PRECISION NOT NULL, chunks INTEGER NOT NULL, owner TEXT NOT NULL, readers JSONB NOT NULL, indexed_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS chunks (
  id BIGSERIAL PRIMARY KEY, file_id BIGINT NOT NULL, type TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,
  locator JSONB NOT NULL, people JSONB NOT NULL, date TEXT, end_date TEXT, thread_id TEXT, data JSONB,
  uri TEXT NOT NULL, hash TEXT NOT NULL, readers JSONB NOT NULL, owner TEXT NOT NULL,
  title_len INTEGER NOT NULL, body_len INTEGER NOT NULL, people_len INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_file ON chunks (file_id);
CREATE INDEX IF NOT EXISTS chunks_file_lengths ON chunks (file_id) INCLUDE (title_len, body_len, people_len);
CREATE INDEX IF NOT EXISTS chunks_type_date ON chunks (type, date);
CREATE INDEX IF NOT EXISTS chunks_date ON chunks (date);
CREATE INDEX IF NOT EXISTS chunks_thread ON chunks (thread_id);
CREATE TABLE IF NOT EXISTS postings (term TEXT NOT NULL, file_id BIGINT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (term, file_id));
CREATE INDEX IF NOT EXISTS postings_file ON postings (file_id);
CREATE TABLE IF NOT EXISTS mentions (file_id BIGINT NOT NULL, name TEXT, address TEXT, count INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_file ON mentions (file_id);
CREATE TABLE IF NOT EXISTS people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, emails JSONB NOT NULL, aliases JSONB NOT NULL, mentions INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS stats (id INTEGER PRIMARY KEY CHECK (id = 1), chunks BIGINT NOT NULL, title_len BIGINT NOT NULL, body_len BIGINT NOT NULL, people_len BIGINT NOT NULL);
INSERT INTO stats VALUES (1, 0, 0, 0, 0) ON CONFLICT (id) DO NOTHING;
`;

type Row = Record<string, unknown>;

/** Files the user in parameter `$n` may read, as SQL over `files f`: the rule of filters.ts. */
const readable = (n: number) =>
  `(f.owner = $${n} OR f.readers @> jsonb_build_array($${n}::text) OR f.readers @> '["*"]'::jsonb)`;

function splitUrl(url: string): { connectionString: string; schema: string; location: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? 'officemate';
  if (!/^[a-z_][a-z0-9_]{0,62}$/i.test(schema)) {
    fail('bad_usage', `The schema name "${schema}" in the index URL is not a plain SQL name.`, {
      hint: 'Use letters, digits and underscores, e.g. ?schema=team_index.',
    });
  }
  parsed.searchParams.delete('schema');
  const location = new URL(parsed.toString());
  location.password = '';
  return {
    connectionString: parsed.toString(),
    schema,
    location: `${location.toString()}${location.search ? '&' : '?'}schema=${schema}`,
  };
}

export async function openPostgresStore(url: string): Promise<Store> {
  const { connectionString, schema, location } = splitUrl(url);
  const pool = new pg.Pool({ connectionString, max: 4 });
  pool.on('connect', (client) => {
    client.query(`SET search_path TO ${schema}`).catch(() => undefined);
  });
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(727372)');
      await client.query(schemaSql(schema));
      await client.query('SELECT pg_advisory_unlock(727372)');
    } finally {
      client.release();
    }
  } catch (thrown) {
    await pool.end().catch(() => undefined);
    fail(
      'index_corrupt',
      `The PostgreSQL index at ${location} cannot be opened: ${(thrown as Error).message}.`,
      {
        hint: 'Check that the server is running and the URL, user and password are right.',
      },
    );
  }

  const query = async (sql: string, params: unknown[] = []): Promise<Row[]> =>
    (await pool.query(sql, params)).rows as Row[];

  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (thrown) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw thrown;
    } finally {
      client.release();
    }
  };

  const removeById = async (client: pg.PoolClient, fileId: number) => {
    const old = (
      await client.query(
        'SELECT count(*)::bigint AS n, coalesce(sum(title_len),0)::bigint AS t, coalesce(sum(body_len),0)::bigint AS b, coalesce(sum(people_len),0)::bigint AS p FROM chunks WHERE file_id = $1',
        [fileId],
      )
    ).rows[0] as { n: string; t: string; b: string; p: string };
    await client.query(
      'UPDATE stats SET chunks = chunks - $1, title_len = title_len - $2, body_len = body_len - $3, people_len = people_len - $4 WHERE id = 1',
      [old.n, old.t, old.b, old.p],
    );
    await client.query('DELETE FROM chunks WHERE file_id = $1', [fileId]);
    await client.query('DELETE FROM postings WHERE file_id = $1', [fileId]);
    await client.query('DELETE FROM mentions WHERE file_id = $1', [fileId]);
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
      return transaction(async (client) => {
        // Serialise writers of the same file.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [write.file.path]);
        const existing = (await client.query('SELECT id FROM files WHERE path = $1', [write.file.path]))
          .rows[0] as { id: string } | undefined;
        if (existing) await removeById(client, Number(existing.id));
        const file = write.file;
        const fileId = Number(
          (
            (
              await client.query(
                `INSERT INTO files (path, hash, size, mtime_ms, chunks, owner, readers, indexed_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
                 ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, size = excluded.size, mtime_ms = excluded.mtime_ms, chunks = excluded.chunks,
                 owner = excluded.owner, readers = excluded.readers, indexed_at = excluded.indexed_at RETURNING id`,
                [
                  file.path,
                  file.hash,
                  file.size,
                  file.mtimeMs,
                  file.chunks,
                  file.owner,
                  JSON.stringify(file.readers),
                  file.indexedAt,
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
        const postings = write.postings(ids);
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
        const sums = write.chunks.reduce(
          (acc, chunk) => [
            acc[0]! + chunk.titleLength,
            acc[1]! + chunk.bodyLength,
            acc[2]! + chunk.peopleLength,
          ],
          [0, 0, 0],
        );
        await client.query(
          'UPDATE stats SET chunks = chunks + $1, title_len = title_len + $2, body_len = body_len + $3, people_len = people_len + $4 WHERE id = 1',
          [write.chunks.length, ...sums],
        );
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
        await removeById(client, Number(existing.id));
        await client.query('DELETE FROM files WHERE id = $1', [existing.id]);
      });
    },
    async stats(reader): Promise<CorpusStats> {
      const row = (
        reader === undefined
          ? await query('SELECT chunks, title_len, body_len, people_len FROM stats WHERE id = 1')
          : await query(
              `SELECT count(*) AS chunks, coalesce(sum(c.title_len),0) AS title_len, coalesce(sum(c.body_len),0) AS body_len,
               coalesce(sum(c.people_len),0) AS people_len FROM chunks c WHERE c.file_id IN (SELECT f.id FROM files f WHERE ${readable(1)})`,
              [reader],
            )
      )[0]!;
      return {
        chunks: Number(row.chunks),
        titleLength: Number(row.title_len),
        bodyLength: Number(row.body_len),
        peopleLength: Number(row.people_len),
      };
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
              'SELECT term, (sum(octet_length(data)) / 12)::int AS df FROM postings WHERE term = ANY($1::text[]) GROUP BY term',
              [[...new Set(terms)]],
            )
          : await query(
              `SELECT p.term, (sum(octet_length(p.data)) / 12)::int AS df FROM postings p JOIN files f ON f.id = p.file_id
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
    async replacePeople(people: readonly Person[]) {
      await transaction(async (client) => {
        await client.query('DELETE FROM people');
        for (let start = 0; start < people.length; start += 1000) {
          const slice = people.slice(start, start + 1000);
          await client.query(
            'INSERT INTO people (id, name, emails, aliases, mentions) SELECT * FROM unnest($1::int[], $2::text[], $3::jsonb[], $4::jsonb[], $5::int[])',
            [
              slice.map((person) => person.id),
              slice.map((person) => person.name),
              slice.map((person) => JSON.stringify(person.emails)),
              slice.map((person) => JSON.stringify(person.aliases)),
              slice.map((person) => person.mentions),
            ],
          );
        }
      });
    },
    async people(): Promise<Person[]> {
      return (await query('SELECT * FROM people ORDER BY id')).map((row) => ({
        id: Number(row.id),
        name: String(row.name),
        emails: row.emails as string[],
        aliases: row.aliases as string[],
        mentions: Number(row.mentions),
      }));
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
      const actual = (
        await query(
          'SELECT count(*)::bigint AS chunks, coalesce(sum(title_len),0)::bigint AS t, coalesce(sum(body_len),0)::bigint AS b, coalesce(sum(people_len),0)::bigint AS p FROM chunks',
        )
      )[0]!;
      const actualStats = {
        chunks: Number(actual.chunks),
        titleLength: Number(actual.t),
        bodyLength: Number(actual.b),
        peopleLength: Number(actual.p),
      };
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
      return { ok: problems.length === 0, problems };
    },
    async close() {
      await pool.end();
    },
  };
  return store;
}
