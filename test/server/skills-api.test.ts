/**
 * Skills over HTTP run in the server process through the registry: the model the server was
 * started with reaches them, metered under the signed-in user and the skill's id, and it is
 * still usable afterwards (no skill releases it). User text is input, never a flag. A run
 * queued with Prefer: respond-async runs in the worker's skill thread, with the builtin engine
 * built there from its configuration. On SQLite and PostgreSQL records.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerateRequest } from '../../src/models/index.ts';
import { openUsageMeter, queryUsage, type UsageMeter } from '../../src/models/metering/usage-meter.ts';
import {
  createScriptedLanguageModel,
  type ScriptedLanguageModel,
  type ScriptedReply,
} from '../../src/models/testing/scripted-language-model.ts';
import { EXAMPLES, STRICT } from '../helpers/paths.ts';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

/** A slide titled 'Third quarter results' whose bullets quote the first words of the sentences shown, citing them. */
function slide(request: GenerateRequest): ScriptedReply {
  const user = request.messages.at(-1)?.content ?? '';
  const blocks = [...user.matchAll(/<document id="(\d+)"[^>]*>\n([\s\S]*?)\n<\/document>/g)].slice(0, 2);
  return {
    json: {
      title: 'Third quarter results',
      bullets: blocks.map((match) => ({
        text: match[2]!
          .split(/\s+/)
          .slice(0, 8)
          .join(' ')
          .replace(/[,.;:]$/, ''),
        sources: [Number(match[1])],
      })),
    },
  };
}

const url = process.env.OFFICEMATE_TEST_PG_URL;

for (const [store, location] of [
  ['SQLite', undefined],
  ['PostgreSQL', url ? `${url}${url.includes('?') ? '&' : '?'}schema=skills_api_${process.pid}` : undefined],
] as const) {
  describe.skipIf(store === 'PostgreSQL' && !url && !STRICT)(`skills over HTTP (${store} records)`, () => {
    let server: TestServer;
    let model: ScriptedLanguageModel;
    let meter: UsageMeter;
    let meterDir: string;
    let token: string;
    let report: string;

    beforeAll(async () => {
      meterDir = mkdtempSync(join(tmpdir(), 'officemate-meter-'));
      meter = openUsageMeter({ path: join(meterDir, 'usage.db') });
      model = createScriptedLanguageModel({ reply: slide });
      if (store === 'PostgreSQL')
        expect(url, 'OFFICEMATE_TEST_PG_URL is set by the global setup').toBeTruthy();
      server = await startTestServer({ model, meter, ...(location ? { indexLocation: location } : {}) });
      token = (await login(server.app, 'alice')).token;
      report = await upload(
        server.app,
        token,
        'Q3 Business Review.docx',
        readFileSync(join(EXAMPLES, 'Q3 Business Review.docx')),
      );
    });
    afterAll(async () => {
      await server.close();
      meter.close();
      rmSync(meterDir, { recursive: true, force: true });
    });

    const runSkill = (id: string, input: unknown) =>
      server.app.request(`/api/skills/${id}`, {
        method: 'POST',
        headers: bearer(token),
        body: JSON.stringify(input),
      });

    describe('runs', () => {
      it('give the deck skill the server model, metered under the user and skill, and leave it loaded', async () => {
        const response = await runSkill('deck', { source: report, slides: 5 });
        expect(response.status).toBe(200);
        const body = (await response.json()) as { result: { engine: string; titles: string[] } };
        expect(body.result.engine).not.toBe('builtin');
        expect(body.result.titles).toContain('Third quarter results');
        const callsAfterFirst = model.calls.length;
        expect(callsAfterFirst).toBeGreaterThan(0);

        const bySkill = queryUsage(meter, { by: 'skill', kind: 'model-call', user: 'alice' });
        expect(bySkill.find((row) => row.key === 'deck')?.calls).toBe(callsAfterFirst);
        expect(queryUsage(meter, { by: 'user', kind: 'model-call' }).map((row) => row.key)).toEqual([
          'alice',
        ]);

        // Still loaded: a second run uses the same model again, and so can the server itself.
        expect((await runSkill('deck', { source: report, slides: 5 })).status).toBe(200);
        expect(model.calls.length).toBeGreaterThan(callsAfterFirst);
        const direct = await model.generate({ messages: [{ role: 'user', content: 'still there?' }] });
        expect(direct.success).toBe(true);
      });

      it('treat text that starts with "-" as text, not as a flag', async () => {
        const draft = await runSkill('draft', { prompt: '--help' });
        expect(draft.status).toBe(200);
        const drafted = (await draft.json()) as { artifact: { name: string }; result: { type: string } };
        expect(drafted.artifact.name).toMatch(/\.docx$/);

        const ask = await runSkill('ask', { question: '-5% growth?' });
        expect(ask.status).toBe(200);
        expect(((await ask.json()) as { result: { answer: string } }).result.answer.length).toBeGreaterThan(
          0,
        );
      });

      it('validate input with the skill schema and name the field', async () => {
        const response = await runSkill('deck', { source: report, slides: 'many' });
        expect(response.status).toBe(400);
        expect(((await response.json()) as { error: { message: string } }).error.message).toContain('slides');
        expect((await runSkill('no-such-skill', {})).status).toBe(404);
      });

      it('answer a failed run with the /api error shape, not the OpenAI one', async () => {
        const response = await runSkill('summarize', { source: 'no-such-file-id' });
        expect(response.status).toBe(404);
        const body = (await response.json()) as { error: Record<string, unknown> };
        expect(body.error.code).toBe('not_found');
        expect(body.error).not.toHaveProperty('type');
      });

      it('give a second file made from one source a name of its own', async () => {
        const names: string[] = [];
        for (let run = 0; run < 2; run++) {
          const response = await runSkill('deck', { source: report, slides: 3 });
          expect(response.status).toBe(200);
          names.push(((await response.json()) as { artifact: { name: string } }).artifact.name);
        }
        expect(names[1]).not.toBe(names[0]);
        expect(names[1]).toMatch(/ \(\d+\)\.pptx$/);
      });

      it('queue a deck as a durable job with Prefer: respond-async, run it in the skill thread, and report it when done', async () => {
        const queue = (input: unknown) =>
          server.app.request('/api/skills/deck', {
            method: 'POST',
            headers: { ...bearer(token), prefer: 'respond-async' },
            body: JSON.stringify(input),
          });
        expect((await queue({ source: report, slides: 'many' })).status).toBe(400);
        const queued = await queue({ source: report, slides: 5 });
        expect(queued.status).toBe(202);
        const { id, statusUrl } = (await queued.json()) as { id: string; statusUrl: string };
        expect(await server.db.latestJob(id)).toMatchObject({ kind: 'skill' });
        let run: { status: string; response?: { artifact?: { id: string; name: string } } } = {
          status: 'queued',
        };
        // The skill thread starts with the first run (its modules load then).
        for (let i = 0; i < 1200 && (run.status === 'queued' || run.status === 'running'); i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          run = (await (
            await server.app.request(statusUrl, { headers: bearer(token) })
          ).json()) as typeof run;
        }
        expect(run, JSON.stringify(await server.db.latestJob(id))).toMatchObject({ status: 'done' });
        expect(run.response?.artifact?.name).toMatch(/\.pptx$/);
        const download = await server.app.request(`/api/files/${run.response!.artifact!.id}/download`, {
          headers: bearer(token),
        });
        expect(download.status).toBe(200);
        expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
        // The job's own record is closed just after the run's record holds the result.
        let job = await server.db.latestJob(id);
        for (let i = 0; i < 200 && job?.status !== 'done'; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          job = await server.db.latestJob(id);
        }
        expect(job).toMatchObject({ kind: 'skill', status: 'done' });
        // Another user learns nothing of it.
        const other = (await login(server.app, 'bob')).token;
        expect((await server.app.request(statusUrl, { headers: bearer(other) })).status).toBe(404);
      });

      it('show file ids, never server paths, in results', async () => {
        const response = await runSkill('summarize', { source: report });
        expect(response.status).toBe(200);
        const text = await response.text();
        expect(text).not.toContain(server.dataDir);
        const body = JSON.parse(text) as { result: { citations: { fileId?: string }[] } };
        expect(body.result.citations.length).toBeGreaterThan(0);
        expect(body.result.citations.every((citation) => citation.fileId === report)).toBe(true);
      });
    });
  });
}
