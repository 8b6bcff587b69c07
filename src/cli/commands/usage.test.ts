import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/helpers/run-cli.ts';
import { parseUntil } from './usage.ts';

describe('officemate usage with nothing metered', () => {
  it('says that no model call was recorded, not an empty table', async () => {
    const usageDb = join(mkdtempSync(join(tmpdir(), 'officemate-usage-')), 'usage.db');
    const result = await runCli(['usage', '--usage-db', usageDb]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^No model calls recorded in this period\. The builtin engine makes none/);
    expect(result.stdout).not.toMatch(/\|---/);
    const json = JSON.parse((await runCli(['usage', '--usage-db', usageDb, '--json'])).stdout);
    expect(json.rows).toEqual([]);
  });
});

describe('parseUntil', () => {
  const now = new Date('2026-03-12T09:00:00Z');
  it('includes the whole day a date without a time names, and ends at a time or span as given', () => {
    expect(parseUntil('2026-03-10', now).toISOString()).toBe('2026-03-11T00:00:00.000Z');
    expect(parseUntil('2026-03-10T15:30:00Z', now).toISOString()).toBe('2026-03-10T15:30:00.000Z');
    expect(parseUntil('2d', now).toISOString()).toBe('2026-03-10T09:00:00.000Z');
  });
});
