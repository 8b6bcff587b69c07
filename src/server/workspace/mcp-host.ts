/**
 * @module mcp-host
 * The MCP host for `/mcp` on `serve`: skills run as the signed-in user exactly as through
 * `POST /api/skills/:id` (file ids checked against who may read them, artifacts stored as the
 * user's files), and resources are the files the user owns or that are shared with them.
 */
import { fail } from '../../lib/errors.ts';
import { success } from '../../lib/result.ts';
import { fileAsMarkdown } from '../../mcp/file-markdown.ts';
import { FILE_URI_PREFIX, type McpHost } from '../../mcp/mcp-server.ts';
import { localCopy } from './file-store.ts';
import { readableFile } from './present-file.ts';
import { runWorkspaceSkill } from './skill-runner.ts';
import type { WorkspaceOptions } from './workspace-options.ts';

export function workspaceMcpHost(options: WorkspaceOptions, user: string, version: string): McpHost {
  return {
    name: 'officemate',
    version,
    async runSkill(skill, input, signal) {
      const run = await runWorkspaceSkill(options, skill, input, user, signal);
      if (!run.success) return run;
      return success({
        result: run.data.result,
        artifacts: run.data.artifacts.map((file) => ({
          uri: `${FILE_URI_PREFIX}${file.id}`,
          name: file.name,
          mimeType: file.contentType,
        })),
      });
    },
    listFiles: async () =>
      (await options.db.filesFor(user)).map((file) => ({ id: file.id, name: file.name })),
    async readFile(id) {
      const file = await readableFile(options.db, user, id);
      if (!file) return fail('not_found', `No file ${id} that you may read.`);
      return {
        name: file.name,
        markdown: await fileAsMarkdown(await localCopy(options, file), options.clock.now()),
      };
    },
  };
}
