/** `officemate mcp` (stdio) meters each model call under the `--as` user, the tool's skill id and the model. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUsageMeter, queryUsage } from '../../src/models/metering/usage-meter.ts';
import {
  replyCompletion,
  type ScriptedServer,
  startScriptedServer,
} from '../../src/models/testing/scripted-http-server.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

const ANSWER = JSON.stringify({
  sentences: [{ text: 'The canteen opens at 11:30.', sources: [1] }],
  no_answer: false,
});

let home: string;
let server: ScriptedServer;
let client: Client;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'officemate-mcp-meter-'));
  const work = join(home, 'work');
  mkdirSync(work);
  writeFileSync(join(work, 'canteen.md'), '# Canteen\n\nThe canteen opens at 11:30 and closes at 14:00.\n');
  const db = join(home, 'index.db');
  expect((await runCli(['index', work, '--owner', 'ines', '--db', db, '--quiet'])).code).toBe(0);
  server = await startScriptedServer([replyCompletion(ANSWER)]);
  client = new Client({ name: 'test', version: '1' });
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [join(REPO_ROOT, 'bin', 'officemate.js'), 'mcp', '--as', 'ines', '--db', db, '--quiet'],
      env: {
        ...(process.env as Record<string, string>),
        OFFICEMATE_HOME: home,
        OFFICEMATE_TSX: '1',
        OFFICEMATE_BASE_URL: server.baseUrl,
        OFFICEMATE_MODEL: 'scripted',
      },
      cwd: REPO_ROOT,
      stderr: 'pipe',
    }),
  );
}, 60_000);

afterAll(async () => {
  await client?.close();
  await server?.close();
  rmSync(home, { recursive: true, force: true });
});

describe('metering over MCP (stdio)', () => {
  it('records the ask tool’s model call under the user, the skill id "ask" and the model', async () => {
    const call = (await client.callTool({
      name: 'ask',
      arguments: { question: 'When does the canteen open?' },
    })) as { content: { text?: string }[] };
    const result = JSON.parse(call.content[0]?.text ?? '{}') as { engine: string; answer: string };
    expect(result.engine).toBe('openai-compatible');
    expect(result.answer).toBe('The canteen opens at 11:30. [1]');
    const meter = openUsageMeter({ path: join(home, 'usage.db') });
    try {
      expect(queryUsage(meter, { by: 'user' })).toEqual([expect.objectContaining({ key: 'ines', calls: 1 })]);
      expect(queryUsage(meter, { by: 'skill' }).map((row) => row.key)).toEqual(['ask']);
      expect(queryUsage(meter, { by: 'model' }).map((row) => row.key)).toEqual(['scripted']);
    } finally {
      meter.close();
    }
  });
});
