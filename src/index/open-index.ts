/**
 * @module open-index
 * Opens the index named by a path or URL: a SQLite file (the default) or a PostgreSQL
 * database (`postgres://` or `postgresql://`; add `?schema=NAME` to keep several indexes in
 * one database).
 */
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

export type SearchIndex = {
  readonly store: Store;
  /** Where the index lives (SQLite path, or the PostgreSQL URL without password). */
  readonly location: string;
  /** The path or URL it was opened from, credentials included: for another connection (a job thread); never shown. */
  readonly url: string;
  close(): Promise<void>;
};

export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

export async function openIndex(location: string): Promise<SearchIndex> {
  let store: Store;
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import('./postgres-store.ts');
    store = await openPostgresStore(location);
  } else {
    store = await openSqliteStore(location);
  }
  return { store, location: store.location, url: location, close: () => store.close() };
}

/** Runs work with an open index and closes it afterwards. */
export async function withIndex<T>(location: string, work: (index: SearchIndex) => Promise<T>): Promise<T> {
  const index = await openIndex(location);
  try {
    return await work(index);
  } finally {
    await index.close();
  }
}
