/**
 * The skills' model paths from the command line, with the model chosen by `OFFICEMATE_*`
 * variables alone (no flags): `recap --json` uses a scripted OpenAI-compatible server's answer,
 * and `mail summarize --json` carries the warning of its fallback when the server fails.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../test/helpers/paths.ts';
import { runCli as run } from '../../../test/helpers/run-cli.ts';
import {
  type RecordedRequest,
  replyCompletion,
  replyJson,
  type ScriptedServer,
  type ScriptStep,
  startScriptedServer,
} from '../../models/testing/scripted-http-server.ts';

const FIXTURE = join(REPO_ROOT, 'src', 'skills', 'recap-meeting', '__fixtures__', 'launch-review.vtt');
const RECAP = {
  summary: [{ text: 'The beta ships to external testers on March 20.', turns: [3] }],
  decisions: [],
  action_items: [{ owner: 'Ben Okafor', task: 'Send the release notes to marketing', due: null, turns: [4] }],
};

/** Recap requests get RECAP; any other request an HTTP 500. */
const script: ScriptStep = (response, request: RecordedRequest) => {
  const system = (request.body as { messages?: { content: string }[] }).messages?.[0]?.content ?? '';
  return system.includes('minutes of a meeting')
    ? replyCompletion(JSON.stringify(RECAP))(response, request)
    : replyJson(500, { error: { message: 'model crashed' } })(response, request);
};

const VARIABLES = [
  'OFFICEMATE_HOME',
  'OFFICEMATE_ENGINE',
  'OFFICEMATE_BASE_URL',
  'OFFICEMATE_MODEL',
  'OFFICEMATE_MAX_RETRIES',
];
const previous = new Map(VARIABLES.map((name) => [name, process.env[name]]));
let server: ScriptedServer;
let dir: string;

beforeAll(async () => {
  server = await startScriptedServer([script]);
  dir = mkdtempSync(join(tmpdir(), 'officemate-model-skills-'));
  process.env.OFFICEMATE_HOME = join(dir, 'home');
  process.env.OFFICEMATE_ENGINE = 'openai-compatible';
  process.env.OFFICEMATE_BASE_URL = server.baseUrl;
  process.env.OFFICEMATE_MODEL = 'scripted';
  process.env.OFFICEMATE_MAX_RETRIES = '0';
});
afterAll(async () => {
  for (const [name, value] of previous) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await server.close();
});

describe('skills with a model on the command line', () => {
  it('recap --json uses the model chosen by OFFICEMATE_* variables', async () => {
    const { code, stdout } = await run(['recap', FIXTURE, '--json']);
    expect(code).toBe(0);
    const value = JSON.parse(stdout);
    expect(value).toMatchObject({
      engine: 'openai-compatible',
      summary: 'The beta ships to external testers on March 20. [1]',
      warnings: [],
    });
    expect(value.actionItems).toMatchObject([
      { owner: 'Ben Okafor', task: 'Send the release notes to marketing' },
    ]);
    expect(server.requests.length).toBe(1);
  });

  it('mail summarize --json says why the model was not used', async () => {
    const eml = join(dir, 'offsite.eml');
    writeFileSync(
      eml,
      [
        'From: Maya Chen <maya@example.com>',
        'To: Omar Haddad <omar@example.com>',
        'Subject: Venue for the offsite',
        'Date: Mon, 09 Mar 2026 08:30:00 +0000',
        'Message-ID: <a1@example.com>',
        '',
        'Hi Omar, could you approve the Lakeside hotel booking for 24 April by Friday?',
        '',
      ].join('\r\n'),
    );
    const { code, stdout, stderr } = await run(['mail', 'summarize', eml, '--json']);
    expect(code).toBe(0);
    const value = JSON.parse(stdout);
    expect(value.engine).toBe('builtin');
    expect(value.warnings[0].message).toMatch(
      /HTTP 500.*\(model_unreachable\); used the builtin thread summary/,
    );
    expect(stderr).toMatch(/warning: .*used the builtin thread summary/);
  });
});
