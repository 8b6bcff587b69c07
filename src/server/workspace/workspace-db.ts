/**
 * @module workspace-db
 * The server's own records: user accounts, login sessions (tokens stored hashed), uploaded and
 * generated files with their bytes, their owner and who they are shared with. The index holds
 * the content; this holds who may see it. Two implementations pass one contract suite
 * (workspace-db.contract.ts): one SQLite file beside the index (the default), or a PostgreSQL
 * schema, so several `serve` instances on one PostgreSQL share accounts, sessions and files.
 * File bytes can live in an S3-compatible bucket instead (object-bytes.ts).
 */
import { isPostgresUrl } from '../../index/open-index.ts';
import { QUEUE_DEFAULTS, type QueueSettings, type WorkspaceDb } from './workspace-records.ts';

export * from './workspace-records.ts';

export type WorkspaceDbOptions = {
  /** How the records' queue claims and retries jobs. */
  readonly queue?: Partial<QueueSettings>;
  /** Keep file bytes in this object store (`s3://BUCKET…`, object-store.ts) instead of the records. */
  readonly objects?: string | undefined;
};

/**
 * Opens the records at a SQLite path or a PostgreSQL URL (`?schema=NAME`, default
 * `officemate_workspace`), with file bytes in them or, given `objects`, in that object store;
 * `queue` says how its jobs are claimed and retried.
 */
export async function openWorkspaceDb(
  location: string,
  options: WorkspaceDbOptions = {},
): Promise<WorkspaceDb> {
  const db = await openRecords(location, { ...QUEUE_DEFAULTS, ...options.queue });
  if (!options.objects) return db;
  try {
    const { openObjectStore } = await import('./object-store.ts');
    const { bytesInObjectStore } = await import('./object-bytes.ts');
    return bytesInObjectStore(db, await openObjectStore(options.objects));
  } catch (thrown) {
    await db.close();
    throw thrown;
  }
}

async function openRecords(location: string, settings: QueueSettings): Promise<WorkspaceDb> {
  if (isPostgresUrl(location)) {
    const { openPostgresWorkspaceDb } = await import('./postgres-workspace-db.ts');
    return openPostgresWorkspaceDb(location, settings);
  }
  const { openSqliteWorkspaceDb } = await import('./sqlite-workspace-db.ts');
  return openSqliteWorkspaceDb(location, settings);
}

/**
 * Where the records live for an index location: with a PostgreSQL index, a schema beside the
 * index's in the same database; otherwise `workspace.db` in the data folder.
 */
export function workspaceLocation(indexLocation: string | undefined, dataDir: string): string {
  if (indexLocation && isPostgresUrl(indexLocation)) {
    const url = new URL(indexLocation);
    url.searchParams.set('schema', `${url.searchParams.get('schema') ?? 'officemate'}_workspace`);
    return url.toString();
  }
  return `${dataDir.replace(/\/+$/, '')}/workspace.db`;
}
