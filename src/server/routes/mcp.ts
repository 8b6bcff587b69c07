/**
 * @module mcp-routes
 * `/mcp`: the MCP server over Streamable HTTP, for the user of the request's session or API
 * token (`Authorization: Bearer TOKEN` from `POST /api/session`). Stateless: each request gets
 * its own server bound to its user, answered as JSON.
 */
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { Hono } from 'hono';
import { version } from '../../lib/version.ts';
import { createMcpServer } from '../../mcp/mcp-server.ts';
import { workspaceMcpHost } from '../workspace/mcp-host.ts';
import { sessionAuth } from '../workspace/session-auth.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace/workspace-options.ts';

export function createMcpRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>();
  routes.use('*', sessionAuth(options.db));
  routes.post('/', async (c) => {
    const server = createMcpServer(workspaceMcpHost(options, c.get('session').user, version()));
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    await server.connect(transport);
    try {
      return await transport.handleRequest(c.req.raw);
    } finally {
      await server.close();
    }
  });
  routes.on(['GET', 'DELETE'], '/', (c) =>
    c.json(problem('bad_usage', 'This MCP endpoint is stateless: send JSON-RPC with POST.'), 405),
  );
  return routes;
}
