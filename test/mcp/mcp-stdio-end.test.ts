/**
 * `officemate mcp` whose input ends while it still works on requests (a client that pipes its
 * requests in and closes stdin) answers each of them before it exits; before, it exited at once
 * and the requests still under way got no answer.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.ts';

type Reply = { id: number; result?: { isError?: boolean; content?: { text: string }[] } };

describe('officemate mcp when its input ends', () => {
  it('answers the requests it took before exiting', async () => {
    const home = mkdtempSync(join(tmpdir(), 'officemate-mcp-end-'));
    try {
      const note = join(home, 'glasshouse.md');
      writeFileSync(
        note,
        '# Glasshouse repairs\n\nThe east glasshouse needs four new panes before the frost. Wren Abara orders the glass on Monday and the fitter comes on Thursday.\n',
      );
      const child = spawn(
        process.execPath,
        [join(REPO_ROOT, 'bin', 'officemate.js'), 'mcp', '--db', join(home, 'index.db')],
        { env: { ...process.env, OFFICEMATE_HOME: home }, stdio: ['pipe', 'pipe', 'pipe'] },
      );
      let stdout = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      const requests = [
        {
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: {
            protocolVersion: '2025-06-18',
            capabilities: {},
            clientInfo: { name: 'pipe', version: '1' },
          },
        },
        { jsonrpc: '2.0', method: 'notifications/initialized' },
        {
          jsonrpc: '2.0',
          id: 2,
          method: 'tools/call',
          params: { name: 'summarize', arguments: { source: note } },
        },
        { jsonrpc: '2.0', id: 3, method: 'resources/list' },
      ];
      child.stdin.end(requests.map((request) => `${JSON.stringify(request)}\n`).join(''));
      const code = await Promise.race([
        exited,
        new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 60_000)),
      ]);
      if (code === 'timeout') child.kill();
      expect(code).toBe(0);
      const replies = stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Reply);
      expect(replies.map((reply) => reply.id).sort()).toEqual([1, 2, 3]);
      const summary = replies.find((reply) => reply.id === 2)?.result;
      expect(summary?.isError).toBeFalsy();
      expect(summary?.content?.[0]?.text).toContain('glasshouse');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 90_000);
});
