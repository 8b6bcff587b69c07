/**
 * @module open-limit-store
 * Where a server keeps its login and quota counters: in the team database when the index is
 * PostgreSQL (every instance on it shares them), else in `<data>/limits.db` (every instance on
 * the host shares them).
 */
import { join } from 'node:path';
import { isPostgresUrl } from '../../index/open-index.ts';
import { type LimitStore, sqliteLimitStore } from './limit-store.ts';
import { postgresLimitStore } from './postgres-limit-store.ts';

export function openLimitStore(indexLocation: string, dataDir: string): LimitStore {
  return isPostgresUrl(indexLocation)
    ? postgresLimitStore(indexLocation)
    : sqliteLimitStore(join(dataDir, 'limits.db'));
}
