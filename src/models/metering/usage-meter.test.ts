import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../lib/clock.ts';
import { failure, success } from '../../lib/result.ts';
import { openCommandModel } from '../create-language-model.ts';
import { createScriptedLanguageModel } from '../testing/scripted-language-model.ts';
import { costOf, meterSkillRun, openUsageMeter, queryUsage, recordUsage, withMetering } from './index.ts';

const prices = { scripted: { input: 0.5, output: 1.5 } };

describe('usage metering', () => {
  it('records every call with user, skill, engine and model; totals match the calls made', async () => {
    const meter = openUsageMeter({
      path: join(mkdtempSync(join(tmpdir(), 'officemate-usage-')), 'usage.db'),
      prices,
    });
    const model = createScriptedLanguageModel({
      replies: [
        'one two three',
        'four five',
        { error: { code: 'model_unreachable', message: 'down' } },
        'six',
      ],
    });
    const alice = withMetering(model, { meter, user: 'alice', skill: 'summarize-email' });
    const bob = withMetering(model, { meter, user: 'bob', skill: 'build-deck' });
    const made = [];
    made.push(await alice.generate({ messages: [{ role: 'user', content: 'first question here' }] }));
    made.push(await bob.generate({ messages: [{ role: 'user', content: 'second' }] }));
    made.push(await bob.generate({ messages: [{ role: 'user', content: 'third' }] }));
    let streamed = { inputTokens: 0, outputTokens: 0 };
    for await (const part of alice.stream({ messages: [{ role: 'user', content: 'streamed' }] })) {
      if (part.type === 'finish') streamed = part.usage;
    }
    const succeeded = made.filter((result) => result.success);
    const [total] = queryUsage(meter);
    expect(total?.calls).toBe(4);
    expect(total?.failures).toBe(1);
    const expectedIn = succeeded.reduce(
      (sum, result) => sum + (result.success ? result.data.usage.inputTokens : 0),
      streamed.inputTokens,
    );
    const expectedOut = succeeded.reduce(
      (sum, result) => sum + (result.success ? result.data.usage.outputTokens : 0),
      streamed.outputTokens,
    );
    expect(total?.inputTokens).toBe(expectedIn);
    expect(total?.outputTokens).toBe(expectedOut);
    expect(total?.outputTokens).toBe(6);
    expect(total?.cost).toBeCloseTo(costOf(prices, 'scripted', expectedIn, expectedOut), 6);

    const bySkill = queryUsage(meter, { by: 'skill' });
    expect(bySkill.map((row) => [row.key, row.calls])).toEqual([
      ['build-deck', 2],
      ['summarize-email', 2],
    ]);
    const byUser = queryUsage(meter, { by: 'user' });
    expect(byUser.find((row) => row.key === 'bob')?.failures).toBe(1);
    meter.close();
  });

  it('filters by time and groups by day; costs come from per-1K prices', () => {
    const meter = openUsageMeter({ path: ':memory:', prices: { big: { input: 0.01, output: 0.03 } } });
    recordUsage(meter, {
      at: new Date('2024-03-01T10:00:00Z'),
      engine: 'openai-compatible',
      model: 'big',
      inputTokens: 1000,
      outputTokens: 2000,
      latencyMs: 10,
    });
    recordUsage(meter, {
      at: new Date('2024-03-02T10:00:00Z'),
      engine: 'openai-compatible',
      model: 'big',
      inputTokens: 500,
      outputTokens: 0,
      latencyMs: 5,
    });
    recordUsage(meter, {
      at: new Date('2024-03-02T11:00:00Z'),
      engine: 'llama-cpp',
      model: 'free.gguf',
      inputTokens: 9,
      outputTokens: 9,
      latencyMs: 5,
    });
    expect(queryUsage(meter)[0]?.cost).toBeCloseTo(0.01 + 0.06 + 0.005, 9);
    expect(queryUsage(meter, { since: new Date('2024-03-02T00:00:00Z') })[0]).toMatchObject({
      calls: 2,
      inputTokens: 509,
    });
    expect(queryUsage(meter, { by: 'day' }).map((row) => row.key)).toEqual(['2024-03-01', '2024-03-02']);
    expect(queryUsage(meter, { by: 'model' }).find((row) => row.key === 'free.gguf')?.cost).toBe(0);
    meter.close();
  });

  it('records skill runs separately, so token totals are not counted twice', async () => {
    const meter = openUsageMeter({ path: ':memory:' });
    const model = createScriptedLanguageModel({ replies: ['done'] });
    const clock = fixedClock('2024-05-01T09:00:00Z');
    await meterSkillRun({ meter, model, user: 'carol', skill: 'draft-document', clock }, async () =>
      success(1),
    );
    await meterSkillRun({ meter, model, user: 'carol', skill: 'draft-document', clock }, async () =>
      failure({ code: 'aborted', message: 'x' }),
    );
    expect(queryUsage(meter)).toEqual([]);
    expect(queryUsage(meter, { kind: 'skill-run' })[0]).toMatchObject({
      calls: 2,
      failures: 1,
      inputTokens: 0,
    });
    meter.close();
  });

  it('openCommandModel meters the calls and the skill run of a command into $OFFICEMATE_HOME/usage.db', async () => {
    const home = mkdtempSync(join(tmpdir(), 'officemate-session-'));
    const session = openCommandModel({ home, cwd: home, env: {}, skill: 'summarize-file', user: 'dana' });
    expect(session.meter.path).toBe(join(home, 'usage.db'));
    const result = await session.runSkill(async (model) => {
      const call = await model.generate({ messages: [{ role: 'user', content: 'x' }] });
      return call.success ? success('model') : success('deterministic path');
    });
    expect(result.success && result.data).toBe('deterministic path');
    expect(queryUsage(session.meter, { by: 'user' })).toEqual([
      expect.objectContaining({ key: 'dana', calls: 1, failures: 1 }),
    ]);
    expect(queryUsage(session.meter, { kind: 'skill-run', by: 'skill' })).toEqual([
      expect.objectContaining({ key: 'summarize-file', calls: 1, failures: 0 }),
    ]);
    await session.close();
  });
});
