/**
 * @module mcp-server
 * The MCP edge: every skill in the registry as a tool (its JSON Schema generated from the
 * skill's zod input schema) and the user's files as resources, through the official
 * `@modelcontextprotocol/sdk`. Where skills run, who the user is and which files they may see
 * come from the host: the stdio server (`officemate mcp`, the local user, paths) or `/mcp` on
 * `serve` (the signed-in user, file ids checked against who may read them).
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { AppError } from '../lib/errors.ts';
import type { Result } from '../lib/result.ts';
import { SKILLS } from '../skills/registry.ts';
import type { AnySkill } from '../skills/skill.ts';

/** A file a skill made, as the host stored it. */
export type McpArtifact = { readonly uri: string; readonly name: string; readonly mimeType: string };

export type McpFile = { readonly id: string; readonly name: string; readonly mimeType?: string };

export type McpHost = {
  readonly name: string;
  readonly version: string;
  runSkill(
    skill: AnySkill,
    input: unknown,
    signal: AbortSignal,
  ): Promise<Result<{ result: unknown; artifacts: readonly McpArtifact[] }>>;
  /** The files the user may read. */
  listFiles(): Promise<readonly McpFile[]>;
  /** One file as Markdown; fails with not_found for a file the user may not read. */
  readFile(id: string): Promise<{ name: string; markdown: string }>;
};

export const FILE_URI_PREFIX = 'officemate://files/';

function errorResult(error: AppError): CallToolResult {
  const hint = error.hint ? `\n${error.hint}` : '';
  return { isError: true, content: [{ type: 'text', text: `${error.code}: ${error.message}${hint}` }] };
}

function registerSkill(server: McpServer, host: McpHost, skill: AnySkill): void {
  server.registerTool(
    skill.id,
    { title: skill.id, description: skill.description, inputSchema: skill.input },
    async (input: unknown, extra: { signal: AbortSignal }): Promise<CallToolResult> => {
      const run = await host.runSkill(skill, input, extra.signal);
      if (!run.success) return errorResult(run.error);
      return {
        content: [
          { type: 'text', text: JSON.stringify(run.data.result) },
          ...run.data.artifacts.map((artifact) => ({
            type: 'resource_link' as const,
            uri: artifact.uri,
            name: artifact.name,
            mimeType: artifact.mimeType,
          })),
        ],
        structuredContent: run.data.result as Record<string, unknown>,
      };
    },
  );
}

export function createMcpServer(host: McpHost): McpServer {
  const server = new McpServer({ name: host.name, version: host.version }, { capabilities: { logging: {} } });
  for (const skill of SKILLS) registerSkill(server, host, skill);
  server.registerResource(
    'file',
    new ResourceTemplate(`${FILE_URI_PREFIX}{id}`, {
      list: async () => ({
        resources: (await host.listFiles()).map((file) => ({
          uri: `${FILE_URI_PREFIX}${encodeURIComponent(file.id)}`,
          name: file.name,
          mimeType: 'text/markdown',
        })),
      }),
    }),
    { description: 'Your files (owned or shared with you), as Markdown.', mimeType: 'text/markdown' },
    async (uri, variables) => {
      const id = decodeURIComponent(String(variables.id));
      const file = await host.readFile(id);
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: file.markdown }] };
    },
  );
  return server;
}
