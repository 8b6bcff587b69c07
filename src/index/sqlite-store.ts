/**
 * @module sqlite-store
 * The embedded store: one SQLite file through better-sqlite3, in WAL mode, one transaction
 * per source file or batch of files, so a crash at any moment leaves either the old or the
 * new version of each file and never half of one.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { fail } from '../lib/errors.ts';
import { comparePeople, linkKeys, type PersonMention } from './people.ts';
import {
  mentionFromRow,
  type PeopleStep,
  rebuildPeople,
  runPeopleStepsSync,
  updatePeople,
} from './people-table.ts';
import { fileHeader, HEADER_BYTES, ITEMS_FILE_SQL, markItems, rowPostings } from './postings.ts';
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
import type { Chunk, FileRecord, Person } from './types.ts';

/**
 * 2: posting rows start with a file header and files keep their lengths; 3: the header marks
 * files of separate items; 4: files keep their item count; 5: chunks have no index on their
 * file id alone, `chunks_file_lengths` (which starts with it) serving its lookups (1 to 4 are
 * migrated on open).
 */
const SCHEMA_VERSION = '5';
/**
 * Marks an index whose people table is kept per file, and whose people join only where first
 * names agree (older indexes are rebuilt once on open, from their stored mentions).
 */
const PEOPLE_VERSION = 'per-file-first-names';

/** Each file's lengths as one document (schema 2). */
const FILE_LENGTH_COLUMNS_LIST = [
  'title_len INTEGER NOT NULL DEFAULT 0',
  'body_len INTEGER NOT NULL DEFAULT 0',
  'people_len INTEGER NOT NULL DEFAULT 0',
];
/** The file count and summed file lengths in the statistics row (schema 2). */
const FILE_STATS_COLUMNS_LIST = [
  'files INTEGER NOT NULL DEFAULT 0',
  'file_title_len INTEGER NOT NULL DEFAULT 0',
  'file_body_len INTEGER NOT NULL DEFAULT 0',
  'file_people_len INTEGER NOT NULL DEFAULT 0',
];
const FILE_LENGTH_COLUMNS = FILE_LENGTH_COLUMNS_LIST.join(', ');
const FILE_STATS_COLUMNS = FILE_STATS_COLUMNS_LIST.join(', ');

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
  id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL, chunks INTEGER NOT NULL, items INTEGER NOT NULL DEFAULT 0, owner TEXT NOT NULL, readers TEXT NOT NULL, indexed_at TEXT NOT NULL,
  ${FILE_LENGTH_COLUMNS});
CREATE TABLE IF NOT EXISTS chunks (
  id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL, type TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,
  locator TEXT NOT NULL, people TEXT NOT NULL, date TEXT, end_date TEXT, thread_id TEXT, data TEXT,
  uri TEXT NOT NULL, hash TEXT NOT NULL, readers TEXT NOT NULL, owner TEXT NOT NULL,
  title_len INTEGER NOT NULL, body_len INTEGER NOT NULL, people_len INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_file_lengths ON chunks (file_id, title_len, body_len, people_len);
CREATE INDEX IF NOT EXISTS chunks_type_date ON chunks (type, date);
CREATE INDEX IF NOT EXISTS chunks_date ON chunks (date);
CREATE INDEX IF NOT EXISTS chunks_thread ON chunks (thread_id);
CREATE TABLE IF NOT EXISTS postings (term TEXT NOT NULL, file_id INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (term, file_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS postings_file ON postings (file_id);
CREATE TABLE IF NOT EXISTS mentions (file_id INTEGER NOT NULL, name TEXT, address TEXT, count INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_file ON mentions (file_id);
CREATE TABLE IF NOT EXISTS people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, emails TEXT NOT NULL, aliases TEXT NOT NULL, mentions INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS mention_totals (name TEXT NOT NULL, address TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (name, address)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mention_keys (key TEXT NOT NULL, name TEXT NOT NULL, address TEXT NOT NULL, PRIMARY KEY (key, name, address)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mention_keys_mention ON mention_keys (name, address);
CREATE TABLE IF NOT EXISTS person_keys (key TEXT NOT NULL, person_id INTEGER NOT NULL, PRIMARY KEY (key, person_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS person_keys_person ON person_keys (person_id);
CREATE TABLE IF NOT EXISTS stats (id INTEGER PRIMARY KEY CHECK (id = 1), chunks INTEGER NOT NULL, title_len INTEGER NOT NULL, body_len INTEGER NOT NULL, people_len INTEGER NOT NULL,
  ${FILE_STATS_COLUMNS});
INSERT OR IGNORE INTO stats (id, chunks, title_len, body_len, people_len) VALUES (1, 0, 0, 0, 0);
`;

type Row = Record<string, unknown>;

/** Chunks named by a term's posting rows (each row's file header aside). */
const CHUNK_COUNT = (data: string) => `(sum(length(${data})) - ${HEADER_BYTES} * count(*)) / 12`;

/**
 * Schema 1 to 3, in one transaction: files and the statistics row gain the file lengths
 * (computed from the chunks), and every posting row its file's header, marked for files of
 * separate items.
 */
function migrateToFileHeaders(db: Database.Database, path: string): void {
  const columns = (table: string) =>
    new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((row) => row.name));
  const migrate = db.transaction(() => {
    const fileColumns = columns('files');
    for (const column of FILE_LENGTH_COLUMNS_LIST)
      if (!fileColumns.has(column.split(' ')[0]!)) db.exec(`ALTER TABLE files ADD COLUMN ${column}`);
    const statsColumns = columns('stats');
    for (const column of FILE_STATS_COLUMNS_LIST)
      if (!statsColumns.has(column.split(' ')[0]!)) db.exec(`ALTER TABLE stats ADD COLUMN ${column}`);
    db.exec(`UPDATE files SET ${FILE_LENGTHS_SQL}`);
    db.exec(`UPDATE stats SET files = (SELECT count(*) FROM files), file_title_len = (SELECT coalesce(sum(title_len),0) FROM files),
      file_body_len = (SELECT coalesce(sum(body_len),0) FROM files), file_people_len = (SELECT coalesce(sum(people_len),0) FROM files) WHERE id = 1`);
    const files = db
      .prepare(`SELECT id, title_len, body_len, people_len, ${ITEMS_FILE_SQL} AS items FROM files`)
      .all() as Row[];
    const rows = db.prepare('SELECT term, data FROM postings WHERE file_id = ?').raw();
    const update = db.prepare('UPDATE postings SET data = ? WHERE term = ? AND file_id = ?');
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
      for (const [term, data] of rows.all(file.id) as [string, Buffer][])
        update.run(Buffer.concat([header, data]), term, file.id);
    }
    db.prepare('UPDATE meta SET value = ? WHERE key = ?').run('3', 'schema');
  });
  runMigration(migrate, path);
}

/** Schema 2 to 3, in one transaction: the posting rows of files of separate items get the mark. */
function migrateItemsMark(db: Database.Database, path: string): void {
  const migrate = db.transaction(() => {
    const files = db.prepare(`SELECT id FROM files WHERE ${ITEMS_FILE_SQL}`).pluck().all() as number[];
    const rows = db.prepare('SELECT term, data FROM postings WHERE file_id = ?').raw();
    const update = db.prepare('UPDATE postings SET data = ? WHERE term = ? AND file_id = ?');
    for (const file of files)
      for (const [term, data] of rows.all(file) as [string, Buffer][])
        update.run(markItems(data), term, file);
    db.prepare('UPDATE meta SET value = ? WHERE key = ?').run('3', 'schema');
  });
  runMigration(migrate, path);
}

/** Schema 3 to 4, in one transaction: files gain their item count, computed from their chunks. */
function migrateItemCounts(db: Database.Database, path: string): void {
  const migrate = db.transaction(() => {
    const columns = (db.prepare('PRAGMA table_info(files)').all() as { name: string }[]).map(
      (row) => row.name,
    );
    if (!columns.includes('items')) db.exec('ALTER TABLE files ADD COLUMN items INTEGER NOT NULL DEFAULT 0');
    db.exec(`UPDATE files SET items = ${ITEMS_FROM_CHUNKS}`);
    db.prepare('UPDATE meta SET value = ? WHERE key = ?').run('4', 'schema');
  });
  runMigration(migrate, path);
}

/**
 * Schema 4 to 5: the index on chunks' file id goes, since `chunks_file_lengths` starts with the
 * same column and answers the same lookups; each chunk written updated both.
 */
function migrateDropFileIndex(db: Database.Database, path: string): void {
  const migrate = db.transaction(() => {
    db.exec('DROP INDEX IF EXISTS chunks_file');
    db.prepare('UPDATE meta SET value = ? WHERE key = ?').run('5', 'schema');
  });
  runMigration(migrate, path);
}

/** Files' lengths and the statistics row recounted from the chunks of new text (store-rows.ts STATS_VERSION), in one transaction. */
function recountStats(db: Database.Database, path: string): void {
  const migrate = db.transaction(() => {
    db.exec(`UPDATE files SET ${FILE_LENGTHS_SQL}`);
    const row = {
      ...(db.prepare(CHUNK_STATS_SQL).get() as Row),
      ...(db.prepare(FILE_STATS_SQL).get() as Row),
    };
    db.prepare(
      `UPDATE stats SET chunks = @chunks, title_len = @title_len, body_len = @body_len, people_len = @people_len, files = @files,
       file_title_len = @file_title_len, file_body_len = @file_body_len, file_people_len = @file_people_len WHERE id = 1`,
    ).run(row);
    db.prepare('INSERT OR REPLACE INTO meta VALUES (?, ?)').run('stats', STATS_VERSION);
  });
  runMigration(migrate, path);
}

function runMigration(migrate: Database.Transaction<() => void>, path: string): void {
  try {
    migrate.immediate();
  } catch (thrown) {
    fail(
      'index_corrupt',
      `The index ${path} could not be brought to schema ${SCHEMA_VERSION}: ${(thrown as Error).message}.`,
      {
        hint: 'Move the file away and run `officemate index` again to rebuild it.',
        path,
      },
    );
  }
}

/** Bytes of posting rows kept in memory between searches (least recently used go first). */
const POSTING_CACHE_BYTES = 64 * 1024 * 1024;
/** Document frequencies kept (terms); the table is emptied when it grows past this. */
const DF_CACHE_TERMS = 200_000;

/** Files a user may read (`reader` bound twice), as SQL over `files f`: the rule of filters.ts. */
const READABLE =
  "(f.owner = ? OR EXISTS (SELECT 1 FROM json_each(f.readers) WHERE value = ? OR value = '*'))";

/** The cache key of a term as one reader sees it ('' + term for the whole index). */
const scoped = (reader: string | undefined, term: string) =>
  reader === undefined ? term : `${reader}\u0000${term}`;

/**
 * Posting rows, document frequencies and corpus statistics, by term (and reader), read once
 * and kept while the database is unchanged: emptied after every write through this
 * connection and whenever SQLite's `data_version` shows a commit by another connection
 * (another process indexing). A reader's rows hold only the files that reader may read.
 */
class PostingCache {
  private readonly rows = new Map<string, Uint8Array[]>();
  private readonly frequencies = new Map<string, number>();
  readonly stats = new Map<string, CorpusStats>();
  private bytes = 0;
  constructor(private readonly limit: number) {}
  clear(): void {
    this.rows.clear();
    this.frequencies.clear();
    this.stats.clear();
    this.bytes = 0;
  }
  getRows(term: string): Uint8Array[] | undefined {
    const rows = this.rows.get(term);
    if (rows) {
      this.rows.delete(term);
      this.rows.set(term, rows);
    }
    return rows;
  }
  setRows(term: string, rows: Uint8Array[]): void {
    const size = rows.reduce((sum, row) => sum + row.byteLength + 64, 64);
    if (size > this.limit) return;
    this.rows.set(term, rows);
    this.bytes += size;
    this.setFrequency(
      term,
      rows.reduce((sum, row) => sum + rowPostings(row.byteLength), 0),
    );
    for (const [oldest, old] of this.rows) {
      if (this.bytes <= this.limit) break;
      this.rows.delete(oldest);
      this.bytes -= old.reduce((sum, row) => sum + row.byteLength + 64, 64);
    }
  }
  getFrequency(term: string): number | undefined {
    return this.frequencies.get(term);
  }
  setFrequency(term: string, df: number): void {
    if (this.frequencies.size >= DF_CACHE_TERMS) this.frequencies.clear();
    this.frequencies.set(term, df);
  }
}

export async function openSqliteStore(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.exec(SCHEMA);
  } catch (thrown) {
    fail('index_corrupt', `The index ${path} cannot be opened: ${(thrown as Error).message}.`, {
      hint: 'Move the file away and run `officemate index` again to rebuild it.',
      path,
    });
  }
  let version = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('schema') as
    | string
    | undefined;
  if (version === undefined) {
    db.prepare('INSERT INTO meta VALUES (?, ?)').run('schema', SCHEMA_VERSION);
    version = SCHEMA_VERSION;
  }
  // Each step brings the index one schema further, in its own transaction.
  if (version === '1') {
    migrateToFileHeaders(db, path);
    version = '3';
  } else if (version === '2') {
    migrateItemsMark(db, path);
    version = '3';
  }
  if (version === '3') {
    migrateItemCounts(db, path);
    version = '4';
  }
  if (version === '4') {
    migrateDropFileIndex(db, path);
    version = '5';
  }
  if (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('stats') !== STATS_VERSION)
    recountStats(db, path);
  if (version !== SCHEMA_VERSION) {
    fail(
      'index_corrupt',
      `The index ${path} has schema version ${version}; this Officemate writes version ${SCHEMA_VERSION}.`,
      {
        hint: 'Move the file away and run `officemate index` again to rebuild it.',
        path,
      },
    );
  }

  const statements = {
    getFile: db.prepare('SELECT * FROM files WHERE path = ?'),
    listFiles: db.prepare('SELECT * FROM files ORDER BY path'),
    fileId: db.prepare('SELECT id FROM files WHERE path = ?').pluck(),
    oldLengths: db.prepare(
      `SELECT count(*) AS n, coalesce(sum(title_len),0) AS t, coalesce(sum(body_len),0) AS b, coalesce(sum(people_len),0) AS p FROM chunks c WHERE file_id = ? AND ${NEW_TEXT_SQL}`,
    ),
    oldFileLengths: db.prepare(
      'SELECT title_len AS t, body_len AS b, people_len AS p FROM files WHERE id = ?',
    ),
    deleteChunks: db.prepare('DELETE FROM chunks WHERE file_id = ?'),
    deletePostings: db.prepare('DELETE FROM postings WHERE file_id = ?'),
    deleteMentions: db.prepare('DELETE FROM mentions WHERE file_id = ?'),
    deleteFile: db.prepare('DELETE FROM files WHERE id = ?'),
    upsertFile: db
      .prepare(
        `INSERT INTO files (path, hash, size, mtime_ms, chunks, items, owner, readers, indexed_at, title_len, body_len, people_len)
       VALUES (@path, @hash, @size, @mtimeMs, @chunks, @items, @owner, @readers, @indexedAt, @titleLength, @bodyLength, @peopleLength)
       ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, size = excluded.size, mtime_ms = excluded.mtime_ms, chunks = excluded.chunks, items = excluded.items,
       owner = excluded.owner, readers = excluded.readers, indexed_at = excluded.indexed_at,
       title_len = excluded.title_len, body_len = excluded.body_len, people_len = excluded.people_len RETURNING id`,
      )
      .pluck(),
    insertChunk: db
      .prepare(
        `INSERT INTO chunks (file_id, type, title, text, locator, people, date, end_date, thread_id, data, uri, hash, readers, owner, title_len, body_len, people_len)
       VALUES (@fileId, @type, @title, @text, @locator, @people, @date, @endDate, @threadId, @data, @uri, @hash, @readers, @owner, @titleLength, @bodyLength, @peopleLength) RETURNING id`,
      )
      .pluck(),
    insertPosting: db.prepare('INSERT INTO postings (term, file_id, data) VALUES (?, ?, ?)'),
    insertMention: db.prepare('INSERT INTO mentions (file_id, name, address, count) VALUES (?, ?, ?, ?)'),
    adjustStats: db.prepare(
      'UPDATE stats SET chunks = chunks + ?, title_len = title_len + ?, body_len = body_len + ?, people_len = people_len + ? WHERE id = 1',
    ),
    adjustFileStats: db.prepare(
      'UPDATE stats SET files = files + ?, file_title_len = file_title_len + ?, file_body_len = file_body_len + ?, file_people_len = file_people_len + ? WHERE id = 1',
    ),
    stats: db.prepare(`SELECT ${STATS_COLUMNS} FROM stats WHERE id = 1`),
    readerStats: db.prepare(
      `${CHUNK_STATS_SQL} AND c.file_id IN (SELECT f.id FROM files f WHERE ${READABLE})`,
    ),
    readerFileStats: db.prepare(`${FILE_STATS_SQL} AND ${READABLE}`),
    mentions: db.prepare(
      'SELECT name, address, sum(count) AS count FROM mentions GROUP BY name, address ORDER BY name, address',
    ),
    people: db.prepare('SELECT * FROM people ORDER BY id'),
    fileMentions: db.prepare('SELECT name, address, count FROM mentions WHERE file_id = ?'),
    setFileReaders: db.prepare('UPDATE files SET readers = ? WHERE id = ?'),
    setChunkReaders: db.prepare('UPDATE chunks SET readers = ? WHERE file_id = ?'),
    addToTotal: db
      .prepare(
        `INSERT INTO mention_totals (name, address, count) VALUES (?, ?, ?)
         ON CONFLICT (name, address) DO UPDATE SET count = count + excluded.count RETURNING count`,
      )
      .pluck(),
    dropTotal: db.prepare('DELETE FROM mention_totals WHERE name = ? AND address = ?'),
    dropMentionKeys: db.prepare('DELETE FROM mention_keys WHERE name = ? AND address = ?'),
    addMentionKey: db.prepare('INSERT OR IGNORE INTO mention_keys (key, name, address) VALUES (?, ?, ?)'),
    totalsWithKeys: db.prepare(
      `SELECT DISTINCT t.name, t.address, t.count FROM mention_keys k JOIN mention_totals t ON t.name = k.name AND t.address = k.address
       WHERE k.key IN (SELECT value FROM json_each(?))`,
    ),
    peopleWithKeys: db
      .prepare('SELECT DISTINCT person_id FROM person_keys WHERE key IN (SELECT value FROM json_each(?))')
      .pluck(),
    dropPeople: db.prepare('DELETE FROM people WHERE id IN (SELECT value FROM json_each(?))'),
    dropPersonKeys: db.prepare('DELETE FROM person_keys WHERE person_id IN (SELECT value FROM json_each(?))'),
    insertPerson: db
      .prepare('INSERT INTO people (name, emails, aliases, mentions) VALUES (?, ?, ?, ?) RETURNING id')
      .pluck(),
    addPersonKey: db.prepare('INSERT OR IGNORE INTO person_keys (key, person_id) VALUES (?, ?)'),
  };

  /** Does one step of keeping the people table (people-table.ts), inside the caller's transaction. */
  const performPeopleStep = (step: PeopleStep): PersonMention[] | undefined => {
    switch (step.kind) {
      case 'add-to-totals':
        for (const change of step.changes) {
          const name = change.name ?? '';
          const address = change.address ?? '';
          const total = statements.addToTotal.get(name, address, change.count) as number;
          if (total <= 0) {
            statements.dropTotal.run(name, address);
            statements.dropMentionKeys.run(name, address);
          } else for (const key of linkKeys(change)) statements.addMentionKey.run(key, name, address);
        }
        return undefined;
      case 'totals-with-keys':
        return (
          statements.totalsWithKeys.all(JSON.stringify(step.keys)) as {
            name: string;
            address: string;
            count: number;
          }[]
        ).map((row) => mentionFromRow(row.name, row.address, row.count));
      case 'drop-people': {
        const ids = JSON.stringify(statements.peopleWithKeys.all(JSON.stringify(step.keys)));
        statements.dropPeople.run(ids);
        statements.dropPersonKeys.run(ids);
        return undefined;
      }
      case 'add-people':
        for (const { person, keys } of step.people) {
          const id = statements.insertPerson.get(
            person.name,
            JSON.stringify(person.emails),
            JSON.stringify(person.aliases),
            person.mentions,
          ) as number;
          for (const key of keys) statements.addPersonKey.run(key, id);
        }
        return undefined;
    }
  };

  const fileMentions = (fileId: number | undefined): PersonMention[] =>
    fileId === undefined
      ? []
      : (statements.fileMentions.all(fileId) as Row[]).map((row) =>
          mentionFromRow(row.name, row.address, row.count),
        );

  /** Fills the mention totals and the people table from the per-file mentions (older indexes, once). */
  const rebuildPeopleTx = db.transaction(() => {
    db.exec(
      'DELETE FROM mention_totals; DELETE FROM mention_keys; DELETE FROM people; DELETE FROM person_keys;',
    );
    const totals = (
      db
        .prepare(
          "SELECT coalesce(name, '') AS name, coalesce(address, '') AS address, sum(count) AS count FROM mentions GROUP BY 1, 2",
        )
        .all() as Row[]
    ).map((row) => mentionFromRow(row.name, row.address, row.count));
    performPeopleStep({ kind: 'add-to-totals', changes: totals });
    runPeopleStepsSync(rebuildPeople(totals), performPeopleStep);
    db.prepare('INSERT OR REPLACE INTO meta VALUES (?, ?)').run('people', PEOPLE_VERSION);
  });
  if (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('people') !== PEOPLE_VERSION)
    rebuildPeopleTx.immediate();

  const cache = new PostingCache(POSTING_CACHE_BYTES);
  // Commits by other connections show in data_version; rows changed through this one (any
  // statement, readers changed in place included) in total_changes().
  const dataVersion = db
    .prepare('SELECT (SELECT data_version FROM pragma_data_version), total_changes()')
    .raw();
  const versionOf = () => (dataVersion.get() as unknown[]).join(',');
  let seenVersion = versionOf();
  /** Empties the cache when anything has been committed since the last look. */
  const freshCache = () => {
    const version = versionOf();
    if (version !== seenVersion) {
      seenVersion = version;
      cache.clear();
    }
    return cache;
  };

  const removeById = (fileId: number) => {
    const old = statements.oldLengths.get(fileId) as { n: number; t: number; b: number; p: number };
    statements.adjustStats.run(-old.n, -old.t, -old.b, -old.p);
    const file = statements.oldFileLengths.get(fileId) as { t: number; b: number; p: number };
    statements.adjustFileStats.run(-1, -file.t, -file.b, -file.p);
    statements.deleteChunks.run(fileId);
    statements.deletePostings.run(fileId);
    statements.deleteMentions.run(fileId);
  };

  /** Writes one file's rows (its old version removed first); its mentions before and after, for the people table. */
  const writeRows = (write: FileWrite) => {
    const existing = statements.fileId.get(write.file.path) as number | undefined;
    const before = fileMentions(existing);
    if (existing !== undefined) removeById(existing);
    const fileId = statements.upsertFile.get({
      ...write.file,
      ...write.lengths,
      readers: JSON.stringify(write.file.readers),
    }) as number;
    const ids: number[] = [];
    const readers = JSON.stringify(write.file.readers);
    for (const chunk of write.chunks) {
      const id = statements.insertChunk.get({
        fileId,
        type: chunk.type,
        title: chunk.title,
        text: chunk.text,
        locator: JSON.stringify(chunk.locator),
        people: JSON.stringify(chunk.people),
        date: chunk.date ?? null,
        endDate: chunk.endDate ?? null,
        threadId: chunk.threadId ?? null,
        data: chunk.data ? JSON.stringify(chunk.data) : null,
        uri: chunk.uri,
        hash: chunk.hash,
        readers,
        owner: write.file.owner,
        titleLength: chunk.titleLength,
        bodyLength: chunk.bodyLength,
        peopleLength: chunk.peopleLength,
      }) as number;
      ids.push(id);
    }
    for (const row of write.postings(ids, fileId)) statements.insertPosting.run(row.term, fileId, row.data);
    for (const mention of write.mentions)
      statements.insertMention.run(fileId, mention.name ?? null, mention.address ?? null, mention.count);
    const added = write.stats;
    statements.adjustStats.run(added.chunks, added.titleLength, added.bodyLength, added.peopleLength);
    const lengths = write.lengths;
    statements.adjustFileStats.run(1, lengths.titleLength, lengths.bodyLength, lengths.peopleLength);
    return { ids, before };
  };

  /** Several files in one transaction; the people table is merged again once, for all of them. */
  const writeTx = db.transaction((writes: readonly FileWrite[]): number[][] => {
    const before: PersonMention[] = [];
    const after: PersonMention[] = [];
    const ids = writes.map((write) => {
      const written = writeRows(write);
      before.push(...written.before);
      after.push(...write.mentions);
      return written.ids;
    });
    runPeopleStepsSync(updatePeople(before, after), performPeopleStep);
    return ids;
  });

  const removeTx = db.transaction((path: string) => {
    const existing = statements.fileId.get(path) as number | undefined;
    if (existing === undefined) return;
    const before = fileMentions(existing);
    removeById(existing);
    statements.deleteFile.run(existing);
    runPeopleStepsSync(updatePeople(before, []), performPeopleStep);
  });

  const readersTx = db.transaction((path: string, readers: readonly string[]): boolean => {
    const existing = statements.fileId.get(path) as number | undefined;
    if (existing === undefined) return false;
    statements.setFileReaders.run(JSON.stringify(readers), existing);
    statements.setChunkReaders.run(JSON.stringify(readers), existing);
    return true;
  });

  const selectChunks = (ids: readonly number[]): Chunk[] => {
    const out: Chunk[] = [];
    for (let start = 0; start < ids.length; start += 500) {
      const slice = ids.slice(start, start + 500);
      const rows = db
        .prepare(
          `SELECT c.*, f.path FROM chunks c JOIN files f ON f.id = c.file_id WHERE c.id IN (${slice.map(() => '?').join(',')})`,
        )
        .all(...slice) as Row[];
      out.push(...rows.map(rowToChunk));
    }
    const order = new Map(ids.map((id, index) => [id, index]));
    return out.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  };

  const store: Store = {
    kind: 'sqlite',
    location: path,
    async getFile(filePath) {
      const row = statements.getFile.get(filePath) as Row | undefined;
      return row ? rowToFile(row) : undefined;
    },
    async listFiles() {
      return (statements.listFiles.all() as Row[]).map(rowToFile);
    },
    async writeFile(write) {
      return (await store.writeFiles([write]))[0]!;
    },
    async writeFiles(writes) {
      if (writes.length === 0) return [];
      try {
        return writeTx.immediate(writes);
      } finally {
        cache.clear();
      }
    },
    async removeFile(filePath) {
      try {
        removeTx.immediate(filePath);
      } finally {
        cache.clear();
      }
    },
    async setReaders(filePath, readers) {
      try {
        return readersTx.immediate(filePath, readers);
      } finally {
        cache.clear();
      }
    },
    async stats(reader): Promise<CorpusStats> {
      const cached = freshCache();
      const key = scoped(reader, '');
      const known = cached.stats.get(key);
      if (known) return known;
      const row = (
        reader === undefined
          ? statements.stats.get()
          : {
              ...(statements.readerStats.get(reader, reader) as Row),
              ...(statements.readerFileStats.get(reader, reader) as Row),
            }
      ) as Row;
      const stats = rowToStats(row);
      cached.stats.set(key, stats);
      return stats;
    },
    async postings(terms, reader) {
      const result = new Map<string, Uint8Array[]>();
      if (terms.length === 0) return result;
      const cached = freshCache();
      const missing: string[] = [];
      for (const term of new Set(terms)) {
        const rows = cached.getRows(scoped(reader, term));
        if (rows === undefined) missing.push(term);
        else if (rows.length > 0) result.set(term, rows);
      }
      if (missing.length === 0) return result;
      const read = new Map<string, Uint8Array[]>(missing.map((term) => [term, []]));
      const marks = missing.map(() => '?').join(',');
      const rows = (
        reader === undefined
          ? db
              .prepare(`SELECT term, data FROM postings WHERE term IN (${marks})`)
              .raw()
              .all(...missing)
          : db
              .prepare(
                `SELECT p.term, p.data FROM postings p JOIN files f ON f.id = p.file_id WHERE p.term IN (${marks}) AND ${READABLE}`,
              )
              .raw()
              .all(...missing, reader, reader)
      ) as [string, Buffer][];
      for (const [term, data] of rows) read.get(term)?.push(data);
      for (const [term, list] of read) {
        cached.setRows(scoped(reader, term), list);
        if (list.length > 0) result.set(term, list);
      }
      return result;
    },
    async documentFrequencies(terms, reader) {
      const result = new Map<string, number>();
      const cached = freshCache();
      const missing: string[] = [];
      for (const term of new Set(terms)) {
        const df = cached.getFrequency(scoped(reader, term));
        if (df === undefined) missing.push(term);
        else if (df > 0) result.set(term, df);
      }
      if (missing.length === 0) return result;
      const marks = missing.map(() => '?').join(',');
      const rows = (
        reader === undefined
          ? db
              .prepare(
                `SELECT term, ${CHUNK_COUNT('data')} AS df FROM postings WHERE term IN (${marks}) GROUP BY term`,
              )
              .raw()
              .all(...missing)
          : db
              .prepare(
                `SELECT p.term, ${CHUNK_COUNT('p.data')} AS df FROM postings p JOIN files f ON f.id = p.file_id
                 WHERE p.term IN (${marks}) AND ${READABLE} GROUP BY p.term`,
              )
              .raw()
              .all(...missing, reader, reader)
      ) as [string, number][];
      const found = new Map(rows);
      for (const term of missing) {
        const df = found.get(term) ?? 0;
        cached.setFrequency(scoped(reader, term), df);
        if (df > 0) result.set(term, df);
      }
      return result;
    },
    async getChunks(ids) {
      return selectChunks(ids);
    },
    async queryChunks(query: ChunkQuery) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.types?.length) {
        where.push(`c.type IN (${query.types.map(() => '?').join(',')})`);
        params.push(...query.types);
      }
      if (query.since) {
        where.push('c.date >= ?');
        params.push(query.since);
      }
      if (query.until) {
        where.push('c.date < ?');
        params.push(query.until);
      }
      if (query.threadId) {
        where.push('c.thread_id = ?');
        params.push(query.threadId);
      }
      const sql = `SELECT c.*, f.path FROM chunks c JOIN files f ON f.id = c.file_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY c.date IS NULL, c.date ${query.oldestFirst ? 'ASC' : 'DESC'}, c.id LIMIT ? OFFSET ?`;
      return (db.prepare(sql).all(...params, query.limit, query.offset) as Row[]).map(rowToChunk);
    },
    async mentions(): Promise<PersonMention[]> {
      return (
        statements.mentions.all() as { name: string | null; address: string | null; count: number }[]
      ).map((row) => ({
        ...(row.name ? { name: row.name } : {}),
        ...(row.address ? { address: row.address } : {}),
        count: row.count,
      }));
    },
    async people(): Promise<Person[]> {
      return (statements.people.all() as Row[]).map(rowToPerson).sort(comparePeople);
    },
    async integrityCheck(): Promise<IntegrityReport> {
      const problems: string[] = [];
      const sqliteCheck = db.pragma('integrity_check', { simple: true });
      if (sqliteCheck !== 'ok') problems.push(`SQLite integrity_check: ${String(sqliteCheck)}`);
      const counts = db
        .prepare(
          'SELECT f.path, f.chunks, (SELECT count(*) FROM chunks c WHERE c.file_id = f.id) AS actual FROM files f',
        )
        .all() as { path: string; chunks: number; actual: number }[];
      for (const row of counts)
        if (row.chunks !== row.actual)
          problems.push(`${row.path}: ${row.actual} chunks stored, ${row.chunks} recorded`);
      const orphans = db
        .prepare('SELECT count(*) FROM chunks WHERE file_id NOT IN (SELECT id FROM files)')
        .pluck()
        .get() as number;
      if (orphans) problems.push(`${orphans} chunks belong to no file`);
      const orphanPostings = db
        .prepare('SELECT count(*) FROM postings WHERE file_id NOT IN (SELECT id FROM files)')
        .pluck()
        .get() as number;
      if (orphanPostings) problems.push(`${orphanPostings} posting rows belong to no file`);
      const stats = rowToStats(statements.stats.get() as Row);
      const actual = rowToStats({
        ...(db.prepare(CHUNK_STATS_SQL).get() as Row),
        ...(db.prepare(FILE_STATS_SQL).get() as Row),
      });
      problems.push(...checkFileLengths(db.prepare(FILE_LENGTHS_CHECK_SQL).all() as Row[]));
      problems.push(...checkItems(db.prepare(ITEMS_CHECK_SQL).all() as Row[]));
      if (JSON.stringify(stats) !== JSON.stringify(actual))
        problems.push(
          `corpus statistics ${JSON.stringify(stats)} differ from the chunks ${JSON.stringify(actual)}`,
        );
      const chunkFiles = new Map<number, number>();
      for (const [id, fileId] of db.prepare('SELECT id, file_id FROM chunks').raw().all() as [
        number,
        number,
      ][])
        chunkFiles.set(id, fileId);
      problems.push(
        ...checkPostings(
          db.prepare('SELECT term, file_id, data FROM postings').raw().iterate() as Iterable<
            [string, number, Buffer]
          >,
          chunkFiles,
        ),
      );
      problems.push(...checkPeople(await store.people(), await store.mentions()));
      return { ok: problems.length === 0, problems };
    },
    async close() {
      db.close();
    },
  };
  return store;
}

export type { FileRecord };
