/**
 * Skills with a model over HTTP: the server started with an OpenAI-compatible model server
 * (scripted here) gives it to recap and mail-summarize; the result says which
 * engine wrote it and carries the warnings of every fallback, and each call is metered under
 * the user and the skill.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUsageMeter, queryUsage, type UsageMeter } from '../../src/models/metering/usage-meter.ts';
import { configuredModelAt } from '../../src/models/testing/configured-model.ts';
import {
  type RecordedRequest,
  replyCompletion,
  replyJson,
  type ScriptedServer,
  type ScriptStep,
  startScriptedServer,
} from '../../src/models/testing/scripted-http-server.ts';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

const VTT = readFileSync(
  join(
    import.meta.dirname,
    '..',
    '..',
    'src',
    'skills',
    'recap-meeting',
    '__fixtures__',
    'launch-review.vtt',
  ),
);
const MAIL = [
  'From: Maya Chen <maya@example.com>',
  'To: Omar Haddad <omar@example.com>',
  'Subject: Venue for the offsite',
  'Date: Mon, 09 Mar 2026 08:30:00 +0000',
  'Message-ID: <a1@example.com>',
  '',
  'Hi Omar, the Lakeside hotel quoted 4,800 euros for the team offsite on 24 April. Could you approve the booking by Friday?',
  '',
].join('\r\n');

const RECAP = {
  summary: [{ text: 'The group decided to ship the beta to external testers on March 20.', turns: [3] }],
  decisions: [{ text: 'Ship the beta to external testers on March 20.', turns: [3] }],
  action_items: [{ owner: 'Ben Okafor', task: 'Send the release notes to marketing', due: null, turns: [4] }],
};

/** Answers recap requests with RECAP; every other request with an HTTP 500. */
const script: ScriptStep = (response, request: RecordedRequest) => {
  const body = request.body as { messages?: { content: string }[] };
  const system = body.messages?.[0]?.content ?? '';
  if (system.includes('minutes of a meeting'))
    return replyCompletion(JSON.stringify(RECAP))(response, request);
  return replyJson(500, { error: { message: 'model crashed' } })(response, request);
};

let modelServer: ScriptedServer;
let server: TestServer;
let meter: UsageMeter;
let meterDir: string;
let token: string;

beforeAll(async () => {
  modelServer = await startScriptedServer([script]);
  meterDir = mkdtempSync(join(tmpdir(), 'officemate-meter-'));
  meter = openUsageMeter({ path: join(meterDir, 'usage.db') });
  server = await startTestServer({
    model: configuredModelAt(modelServer.baseUrl, { timeoutMs: 10_000 }),
    meter,
  });
  token = (await login(server.app, 'alice')).token;
});
afterAll(async () => {
  await server.close();
  await modelServer.close();
  meter.close();
  rmSync(meterDir, { recursive: true, force: true });
});

const runSkill = (id: string, input: unknown) =>
  server.app.request(`/api/skills/${id}`, {
    method: 'POST',
    headers: bearer(token),
    body: JSON.stringify(input),
  });

describe('skills with a model over HTTP', () => {
  it('recap uses the configured model, checked, and is metered under the user and skill', async () => {
    const transcript = await upload(server.app, token, 'launch-review.vtt', VTT);
    const response = await runSkill('recap', { transcript, document: false });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      result: { engine: string; summary: string; actionItems: { owner: string }[]; warnings: unknown[] };
    };
    expect(body.result.engine).toBe('openai-compatible');
    expect(body.result.summary).toMatch(
      /^The group decided to ship the beta to external testers on March 20\. \[1\]$/,
    );
    expect(body.result.actionItems).toMatchObject([{ owner: 'Ben Okafor' }]);
    expect(body.result.warnings).toEqual([]);
    const sent = modelServer.requests.at(-1)?.body as { messages: { role: string; content: string }[] };
    expect(sent.messages[1]?.content).toContain('source="turn by Ben Okafor at 00:28"');
    const bySkill = queryUsage(meter, { by: 'skill', kind: 'model-call', user: 'alice' });
    expect(bySkill.find((row) => row.key === 'recap')?.calls).toBe(1);
  });

  it('mail-summarize falls back to the builtin summary on an HTTP 500 and says so in the result', async () => {
    const mail = await upload(server.app, token, 'offsite.eml', MAIL);
    const response = await runSkill('mail-summarize', { mail: [mail] });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      result: { engine: string; summary: string; warnings: { message: string }[] };
    };
    expect(body.result.engine).toBe('builtin');
    expect(body.result.summary).toContain('Venue for the offsite');
    expect(body.result.warnings[0]?.message).toMatch(
      /HTTP 500.*\(model_unreachable\); used the builtin thread summary/,
    );
  });
});
