/**
 * `officemate mcp` answers lines it cannot read: a line that is not JSON gets a -32700 parse
 * error and a JSON value that is not a JSON-RPC message a -32600, both with `id: null`, and the
 * server keeps answering the next request (before, such lines got no answer at all).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unreadableLineError } from '../../src/mcp/stdio-errors.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

type Reply = { id: number | null; error?: { code: number; message: string }; result?: { tools?: unknown[] } };

/** Sends the lines to a fresh `officemate mcp` and collects `count` replies (and stderr). */
async function exchange(
  lines: readonly string[],
  count: number,
): Promise<{ replies: Reply[]; stderr: string }> {
  const home = mkdtempSync(join(tmpdir(), 'officemate-mcp-lines-'));
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'bin', 'officemate.js'), 'mcp', '--db', join(home, 'index.db')],
    { env: { ...process.env, OFFICEMATE_HOME: home }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  try {
    const replies = await new Promise<Reply[]>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${count} replies; got: ${stdout} ${stderr}`)),
        50_000,
      );
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        const complete = stdout.split('\n').filter(Boolean);
        if (complete.length >= count && stdout.endsWith('\n')) {
          clearTimeout(timer);
          resolve(complete.map((line) => JSON.parse(line) as Reply));
        }
      });
      child.stdin.write(lines.map((line) => `${line}\n`).join(''));
    });
    return { replies, stderr };
  } finally {
    child.stdin.end();
    child.kill();
    rmSync(home, { recursive: true, force: true });
  }
}

describe('officemate mcp over stdio, given lines it cannot read', () => {
  it('answers each with a JSON-RPC error and keeps serving', async () => {
    const { replies, stderr } = await exchange(
      ['this is not json', '{"greeting":"hello"}', '{"jsonrpc":"2.0","id":7,"method":"tools/list"}'],
      3,
    );
    const byCode = (code: number) => replies.find((reply) => reply.error?.code === code);
    expect(byCode(-32700)).toMatchObject({
      id: null,
      error: { message: expect.stringContaining('Parse error') },
    });
    expect(byCode(-32600)).toMatchObject({ id: null });
    expect(replies.find((reply) => reply.id === 7)?.result?.tools?.length).toBeGreaterThan(0);
    expect(stderr).toContain('Parse error');
  }, 60_000);
});

describe('unreadableLineError', () => {
  it('leaves errors that are not about a line to the server', () => {
    expect(unreadableLineError(new Error('stdin closed'))).toBeUndefined();
  });
});
