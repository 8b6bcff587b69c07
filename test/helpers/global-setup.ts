/**
 * Global test setup: starts services the suite needs once for all test files.
 * PostgreSQL: a throwaway server whose URL tests read from OFFICEMATE_TEST_PG_URL.
 * On CI (CI=true) a missing service is an error, so tests that need it fail instead of skipping.
 */
import { findPostgresBin, startPostgres, type TestPostgres } from './postgres.ts';

let postgres: TestPostgres | undefined;

export function setup(): void {
  if (!process.env.OFFICEMATE_TEST_PG_URL) {
    if (findPostgresBin()) {
      postgres = startPostgres();
      process.env.OFFICEMATE_TEST_PG_URL = postgres.url;
    } else if (process.env.CI === 'true') {
      throw new Error('PostgreSQL is required on CI; scripts/setup.mjs should have installed it.');
    }
  }
}

export function teardown(): void {
  postgres?.stop();
}
