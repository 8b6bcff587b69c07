/**
 * @module mcp
 * `officemate mcp [--as USER] [--output DIR]`: the MCP server over stdio, for desktop agents.
 * Tools are the skills (file arguments are paths on this machine); resources are the indexed
 * files USER may read, as Markdown. Files a skill makes are written under --output and linked.
 * Stdout carries only the protocol; logs go to stderr.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { defaultOwner } from '../../index/index-paths.ts';
import { fail } from '../../lib/errors.ts';
import { success } from '../../lib/result.ts';
import { version } from '../../lib/version.ts';
import { withWarnings } from '../../lib/warnings.ts';
import { fileAsMarkdown } from '../../mcp/file-markdown.ts';
import { type InFlight, trackInFlight } from '../../mcp/in-flight.ts';
import { createMcpServer, type McpHost } from '../../mcp/mcp-server.ts';
import { answerUnreadableLines } from '../../mcp/stdio-errors.ts';
import { runSkill } from '../../skills/skill.ts';
import { stringFlag } from '../args.ts';
import type { Command, CommandContext } from '../command.ts';
import { cliSkillContext } from '../skill-context.ts';

const USAGE = 'mcp [--as USER] [--output DIR]';

function stdioHost(
  context: CommandContext,
  user: string,
  outDir: string,
  shared: ReturnType<typeof cliSkillContext>,
): McpHost {
  const readable = async (path: string) => {
    const record = await (await shared.index()).store.getFile(path);
    return record && (record.owner === user || record.readers.includes(user)) ? record : undefined;
  };
  return {
    name: 'officemate',
    version: version(),
    async runSkill(skill, input, signal) {
      await context.runtime.ready();
      const skillContext = cliSkillContext({ ...context, signal }, skill.id, { user, indexOf: shared });
      // The index is the shared one; closing ends the user's sessions if the skill used them.
      const run = await runSkill(skill, input, skillContext).finally(() => skillContext.close());
      if (!run.success) return run;
      await mkdir(outDir, { recursive: true });
      const artifacts = [];
      for (const artifact of run.data.artifacts) {
        const path = join(outDir, artifact.name.replace(/[\\/]/g, '_'));
        await writeFile(path, artifact.bytes);
        artifacts.push({
          uri: pathToFileURL(path).href,
          name: artifact.name,
          mimeType: artifact.contentType,
        });
      }
      return success({ result: withWarnings(run.data.data, run.warnings), artifacts });
    },
    async listFiles() {
      const files = await (await shared.index()).store.listFiles();
      return files
        .filter((file) => file.owner === user || file.readers.includes(user))
        .map((file) => ({ id: file.path, name: file.path }));
    },
    async readFile(id) {
      if (!(await readable(id))) return fail('not_found', `No indexed file ${id} that ${user} may read.`);
      return { name: id, markdown: await fileAsMarkdown(id, context.clock.now()) };
    },
  };
}

export const mcpCommand: Command = {
  name: 'mcp',
  summary: 'Serve the skills as MCP tools and your indexed files as resources, over stdio.',
  usage: USAGE,
  options: { as: { type: 'string' }, output: { type: 'string', short: 'o' } },
  help: [
    'Flags:',
    '  --as USER    run as USER: resources and answers only from what USER may read (default: $OFFICEMATE_USER or the OS user)',
    '  -o, --output DIR  where files made by tools (decks, drafts, workbooks) are written (default $OFFICEMATE_HOME/artifacts)',
    '',
    'A desktop agent starts it as a command, e.g. in its MCP settings:',
    '  { "command": "npx", "args": ["officemate", "mcp"] }',
  ].join('\n'),
  async run(context) {
    const user = stringFlag(context, 'as') ?? defaultOwner();
    const outDir = resolve(stringFlag(context, 'output') ?? join(context.home, 'artifacts'));
    const shared = cliSkillContext(context, 'mcp', { user });
    const server = createMcpServer(stdioHost(context, user, outDir, shared));
    const transport = new StdioServerTransport();
    let inFlight: InFlight | undefined;
    const closed = new Promise<void>((resolve) => {
      transport.onclose = () => resolve();
      // Input ended: the requests already taken are answered first.
      process.stdin.once('end', () => void (inFlight?.settled() ?? Promise.resolve()).then(resolve));
    });
    await server.connect(transport);
    inFlight = trackInFlight(transport);
    answerUnreadableLines(transport, (text) => context.log(text));
    context.log(`officemate mcp: serving ${user} over stdio`);
    try {
      await closed;
    } finally {
      await server.close();
      await shared.close();
    }
    return 0;
  },
};
