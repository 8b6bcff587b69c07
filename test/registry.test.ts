/**
 * Every skill in the registry reaches every edge, generated, not listed by hand: a CLI
 * command adapts it, `POST /api/skills/:id` validates with its schema, the OpenAPI document
 * describes it and the MCP server lists it as a tool. And every skill's output schema holds
 * for what the skill returns.
 */

import { basename, join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands/index.ts';
import { fixedClock } from '../src/lib/clock.ts';
import { failure } from '../src/lib/result.ts';
import { createMcpServer } from '../src/mcp/mcp-server.ts';
import { createBuiltinModel } from '../src/models/index.ts';
import { findSkill, SKILL_IDS, SKILLS } from '../src/skills/registry.ts';
import { runSkill, type SkillContext } from '../src/skills/skill.ts';
import { EXAMPLES } from './helpers/paths.ts';
import { bearer, login, startTestServer, type TestServer } from './server/workspace-helpers.ts';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = (await login(server.app, 'alice')).token;
});
afterAll(async () => {
  await server.close();
});

describe('the skill registry', () => {
  it('has one unique id per skill', () => {
    expect(new Set(SKILL_IDS).size).toBe(SKILLS.length);
    expect(SKILL_IDS).toEqual(
      expect.arrayContaining([
        'search',
        'ask',
        'recap',
        'deck',
        'deck-style',
        'analyze',
        'draft',
        'summarize',
      ]),
    );
  });

  it('gives every skill a CLI command that loads and adapts it', async () => {
    const adapted = Object.entries(COMMANDS).filter(([, entry]) => entry.skill);
    expect(adapted.map(([, entry]) => entry.skill).sort()).toEqual([...SKILL_IDS].sort());
    for (const [name, entry] of adapted) expect((await entry.load()).name).toBe(name);
  });

  it('gives every skill an HTTP route validated by its own schema', async () => {
    for (const id of SKILL_IDS) {
      const response = await server.app.request(`/api/skills/${id}`, {
        method: 'POST',
        headers: bearer(token),
        body: JSON.stringify({ unexpected: true }),
      });
      expect(response.status, id).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain(id);
    }
  });

  it('gives every skill an OpenAPI entry with its input schema', async () => {
    const document = (await (
      await server.app.request('/api/openapi.json', { headers: bearer(token) })
    ).json()) as {
      paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: object }> } } }>;
    };
    for (const id of SKILL_IDS) {
      const schema =
        document.paths[`/api/skills/${id}`]?.post?.requestBody?.content['application/json']?.schema;
      expect(schema, id).toMatchObject({ type: 'object' });
    }
  });

  it('gives every skill an MCP tool', async () => {
    const mcp = createMcpServer({
      name: 'officemate',
      version: 'test',
      runSkill: async () => failure({ code: 'internal', message: 'not run here' }),
      listFiles: async () => [],
      readFile: async () => ({ name: '', markdown: '' }),
    });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await mcp.connect(serverSide);
    const client = new Client({ name: 'test', version: '1' });
    await client.connect(clientSide);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([...SKILL_IDS].sort());
    for (const tool of tools) expect(tool.description?.length, tool.name).toBeGreaterThan(10);
    await client.close();
  });
});

describe('skill outputs', () => {
  const context: SkillContext = {
    model: createBuiltinModel(),
    index: async () => server.index,
    clock: fixedClock('2026-03-12T09:00:00Z'),
    user: 'alice',
    signal: new AbortController().signal,
    readSource: async (ref) => ({ path: ref, name: basename(ref) }),
    log: () => {},
  };
  const cases: [string, unknown][] = [
    ['summarize', { source: join(EXAMPLES, 'Q3 Business Review.docx') }],
    ['deck', { source: join(EXAMPLES, 'Q3 Business Review.docx'), slides: 5 }],
    ['recap', { transcript: join(EXAMPLES, 'Ops Sync 2026-03-10.vtt') }],
    ['analyze', { source: join(EXAMPLES, 'Sales 2024-2026.xlsx') }],
    ['mail-threads', { mail: [join(EXAMPLES, 'Inbox.mbox')] }],
    ['mail-triage', { mail: [join(EXAMPLES, 'Inbox.mbox')] }],
    ['ask', { question: 'What was Q3 revenue?' }],
    ['search', { query: 'revenue' }],
  ];
  it.each(cases)('%s returns what its output schema says', async (id, input) => {
    const skill = findSkill(id)!;
    const run = await runSkill(skill, input, context);
    expect(run.success && skill.output.safeParse(run.data.data).error).toBe(undefined);
  });
});
