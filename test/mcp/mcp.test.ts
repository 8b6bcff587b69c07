/**
 * The MCP edge, driven by the SDK's own client: over Streamable HTTP (`/mcp` on the server,
 * authenticated with an API token) and over stdio (`officemate mcp` as a child process). Both
 * list the skills as tools, call ask and deck, read a file as a resource, and refuse to read
 * another user's file.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKILL_IDS } from '../../src/skills/registry.ts';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';
import { login, startTestServer, type TestServer, upload } from '../server/workspace-helpers.ts';

type ToolText = { content: { type: string; text?: string; uri?: string }[]; isError?: boolean };

const resultOf = (call: unknown) =>
  JSON.parse((call as ToolText).content[0]?.text ?? '{}') as Record<string, unknown>;

describe('MCP over Streamable HTTP', () => {
  let server: TestServer;
  let client: Client;
  let report: string;
  let bobsFile: string;

  beforeAll(async () => {
    server = await startTestServer();
    const alice = await login(server.app, 'alice');
    const bob = await login(server.app, 'bob');
    report = await upload(
      server.app,
      alice.token,
      'Q3 Business Review.docx',
      readFileSync(join(EXAMPLES, 'Q3 Business Review.docx')),
    );
    bobsFile = await upload(server.app, bob.token, 'Notes.md', readFileSync(join(EXAMPLES, 'Notes.md')));
    client = new Client({ name: 'test', version: '1' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL('http://officemate.test/mcp'), {
        requestInit: { headers: { authorization: `Bearer ${alice.token}` } },
        fetch: async (url, init) => server.app.fetch(new Request(url, init)),
      }),
    );
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it("names itself with the package's version, as the stdio server does", () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(client.getServerVersion()).toEqual({ name: 'officemate', version: pkg.version });
  });

  it('lists every skill as a tool with its input schema', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([...SKILL_IDS].sort());
    const deck = tools.find((tool) => tool.name === 'deck');
    expect(Object.keys(deck?.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['source', 'slides']),
    );
  });

  it('answers with citations by file id, and builds a deck stored as the user’s file', async () => {
    const ask = resultOf(
      await client.callTool({ name: 'ask', arguments: { question: 'What was Q3 revenue?' } }),
    );
    expect(ask.found).toBe(true);
    expect((ask.citations as { fileId: string }[]).every((citation) => citation.fileId === report)).toBe(
      true,
    );

    const deck = (await client.callTool({
      name: 'deck',
      arguments: { source: report, slides: 5 },
    })) as ToolText;
    expect(deck.isError).toBeFalsy();
    const link = deck.content.find((part) => part.type === 'resource_link');
    expect(link?.uri).toMatch(/^officemate:\/\/files\//);
    expect(resultOf(deck).slides).toBeGreaterThanOrEqual(3);
  });

  it('reads the user’s own file as a resource, and not another user’s', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.name)).toContain('Q3 Business Review.docx');
    expect(resources.map((resource) => resource.name)).not.toContain('Notes.md');
    const read = await client.readResource({ uri: `officemate://files/${report}` });
    expect(String((read.contents[0] as { text?: string }).text)).toMatch(/revenue/i);
    await expect(client.readResource({ uri: `officemate://files/${bobsFile}` })).rejects.toThrow(/No file/);
    const denied = (await client.callTool({
      name: 'summarize',
      arguments: { source: bobsFile },
    })) as ToolText;
    expect(denied.isError).toBe(true);
  });

  it('refuses a request without a session', async () => {
    const response = await server.app.request('/mcp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(response.status).toBe(401);
  });
});

describe('MCP over stdio (officemate mcp)', () => {
  let home: string;
  let client: Client;
  let aliceFile: string;
  let bobFile: string;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'officemate-mcp-'));
    aliceFile = join(home, 'Q3 Business Review.docx');
    bobFile = join(home, 'Notes.md');
    copyFileSync(join(EXAMPLES, 'Q3 Business Review.docx'), aliceFile);
    copyFileSync(join(EXAMPLES, 'Notes.md'), bobFile);
    const db = join(home, 'index.db');
    expect((await runCli(['index', aliceFile, '--owner', 'alice', '--db', db, '--quiet'])).code).toBe(0);
    expect((await runCli(['index', bobFile, '--owner', 'bob', '--db', db, '--quiet'])).code).toBe(0);
    client = new Client({ name: 'test', version: '1' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [join(REPO_ROOT, 'bin', 'officemate.js'), 'mcp', '--as', 'alice', '--db', db, '--quiet'],
        env: { ...(process.env as Record<string, string>), OFFICEMATE_HOME: home },
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        stderr: 'pipe',
      }),
    );
  }, 60_000);
  afterAll(async () => {
    await client.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('lists every skill as a tool', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([...SKILL_IDS].sort());
  });

  it('answers from the index and writes a deck from a path', async () => {
    const ask = resultOf(
      await client.callTool({ name: 'ask', arguments: { question: 'What was Q3 revenue?' } }),
    );
    expect(ask.found).toBe(true);
    expect((ask.citations as { path: string }[])[0]?.path).toBe(aliceFile);

    const deck = (await client.callTool({
      name: 'deck',
      arguments: { source: aliceFile, slides: 5 },
    })) as ToolText;
    expect(deck.isError).toBeFalsy();
    const link = deck.content.find((part) => part.type === 'resource_link');
    expect(link?.uri).toMatch(/^file:/);
    expect(existsSync(fileURLToPath(link!.uri!))).toBe(true);
  }, 30_000);

  it('reads the user’s indexed file as a resource, and not another user’s', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.name)).toEqual([aliceFile]);
    const read = await client.readResource({ uri: `officemate://files/${encodeURIComponent(aliceFile)}` });
    expect(String((read.contents[0] as { text?: string }).text)).toMatch(/revenue/i);
    await expect(
      client.readResource({ uri: `officemate://files/${encodeURIComponent(bobFile)}` }),
    ).rejects.toThrow(/No indexed file/);
  });
});
