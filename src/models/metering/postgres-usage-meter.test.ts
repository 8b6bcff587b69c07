import { describe, expect, it } from 'vitest';
import { STRICT } from '../../../test/helpers/paths.ts';
import { createScriptedLanguageModel } from '../testing/scripted-language-model.ts';
import { openPostgresUsageMeter, queryDatabase } from './postgres-usage-meter.ts';
import { openUsageMeter, queryUsage, recordUsage, type UsageRecord } from './usage-meter.ts';
import { withMetering } from './with-metering.ts';

const url = process.env.OFFICEMATE_TEST_PG_URL;
const prices = { priced: { input: 0.5, output: 1.5 } };

const records: UsageRecord[] = [
  {
    user: 'alice',
    skill: 'ask',
    engine: 'e',
    model: 'priced',
    inputTokens: 1000,
    outputTokens: 200,
    latencyMs: 40,
    at: new Date('2026-03-11T10:00:00Z'),
  },
  {
    user: 'bob',
    skill: 'build-deck',
    engine: 'e',
    model: 'priced',
    inputTokens: 300,
    outputTokens: 900,
    latencyMs: 90,
    at: new Date('2026-03-12T10:00:00Z'),
  },
  {
    user: 'bob',
    skill: 'ask',
    engine: 'e',
    model: 'free',
    inputTokens: 0,
    outputTokens: 0,
    latencyMs: 5,
    errorCode: 'timeout',
    at: new Date('2026-03-12T11:00:00Z'),
  },
  {
    kind: 'skill-run',
    user: 'bob',
    skill: 'build-deck',
    engine: 'e',
    model: 'priced',
    inputTokens: 0,
    outputTokens: 0,
    latencyMs: 120,
    at: new Date('2026-03-12T10:00:01Z'),
  },
];

describe.skipIf(!url && !STRICT)('usage metering in PostgreSQL', () => {
  const location = () =>
    `${url}${url!.includes('?') ? '&' : '?'}schema=usage_${process.pid}_${Math.floor(Math.random() * 1e6)}`;

  it('collects the rows of two instances in one table, with the same totals as the SQLite meter', async () => {
    const at = location();
    const one = await openPostgresUsageMeter(at, prices, 60_000);
    const two = await openPostgresUsageMeter(at, prices, 60_000);
    const local = openUsageMeter({ path: ':memory:', prices });
    try {
      records.forEach((record, n) => {
        recordUsage(n % 2 ? two : one, record);
        recordUsage(local, record);
      });
      // Recorded at once (synchronously); the other instance's rows reach the table at its next
      // flush (every second in `serve`), and a query flushes its own meter first.
      await two.flush();
      for (const by of [undefined, 'user', 'skill', 'model', 'day'] as const) {
        const query = by ? { by } : {};
        expect(await queryDatabase(one, query)).toEqual(queryUsage(local, query));
      }
      expect(await queryDatabase(two, { kind: 'skill-run' })).toEqual(
        queryUsage(local, { kind: 'skill-run' }),
      );
      const since = { since: new Date('2026-03-12T00:00:00Z'), user: 'bob' };
      expect(await queryDatabase(two, since)).toEqual(queryUsage(local, since));
      const [total] = await queryDatabase(one);
      expect(total).toMatchObject({ calls: 3, failures: 1, inputTokens: 1300 });
      expect(total?.cost).toBeCloseTo(0.5 + 0.3 + 0.15 + 1.35, 9);
    } finally {
      await one.closeAndFlush();
      local.close();
    }
    // The other instance's last rows reach the table when it closes.
    const model = withMetering(createScriptedLanguageModel({ replies: ['one two three'] }), {
      meter: two,
      user: 'carol',
      skill: 'ask',
    });
    expect((await model.generate({ messages: [{ role: 'user', content: 'hello there' }] })).success).toBe(
      true,
    );
    await two.closeAndFlush();
    const reader = await openPostgresUsageMeter(at);
    try {
      const carol = await queryDatabase(reader, { user: 'carol' });
      expect(carol).toHaveLength(1);
      expect(carol[0]!.calls).toBe(1);
      expect(carol[0]!.outputTokens).toBeGreaterThan(0);
    } finally {
      await reader.closeAndFlush();
    }
  });
});
