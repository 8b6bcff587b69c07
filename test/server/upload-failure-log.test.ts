/**
 * A failure on the server's side is described in the server's log, and the user gets a
 * message to act on: an upload whose records cannot be written names the file to the user
 * and the cause to the operator; any other route's failure is logged by the app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFailure, maskCredentials } from '../../src/server/server-log.ts';
import type { WorkspaceDb } from '../../src/server/workspace/workspace-db.ts';
import { bearer, login, startTestServer, type TestServer } from './workspace-helpers.ts';

const lines: string[] = [];
let server: TestServer;

/** Records whose writes fail as a lost database connection would, with the URL in the message. */
const failingWrites = (db: WorkspaceDb): WorkspaceDb =>
  new Proxy(db, {
    get(target, property) {
      if (property === 'addFile' || property === 'filesFor')
        return async () => {
          throw new Error('connection to postgres://ledger:hunter7@db.example:5432/records was lost');
        };
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

beforeAll(async () => {
  server = await startTestServer({ log: (line) => lines.push(line), routeDb: failingWrites });
});
afterAll(async () => {
  await server.close();
});

describe('failures on the server side', () => {
  it('an upload that cannot be stored answers what to do and logs the file and the cause', async () => {
    const { token } = await login(server.app, 'bob');
    const form = new FormData();
    form.append('file', new Blob(['# Orchard rota\n\nPruning starts on Monday.\n']), 'orchard rota.md');
    const response = await server.app.request('/api/files', {
      method: 'POST',
      headers: { authorization: bearer(token).authorization! },
      body: form,
    });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string; hint?: string } };
    expect(body.error.code).toBe('store_failed');
    expect(body.error.message).toContain('orchard rota.md could not be stored');
    expect(body.error.hint).toMatch(/again/);
    // The user is not shown the database's address; the log has the cause, without the password.
    expect(JSON.stringify(body)).not.toContain('postgres://');
    const line = lines.find((text) => text.includes('orchard rota.md'));
    expect(line).toContain('POST /api/files');
    expect(line).toContain('was lost');
    expect(line).toContain('postgres://***@db.example');
    expect(line).not.toContain('hunter7');
  });

  it('any other route that throws is logged by the app with its method and path', async () => {
    const { token } = await login(server.app, 'bob');
    const response = await server.app.request('/api/files', { headers: bearer(token) });
    expect(response.status).toBe(500);
    expect(lines.some((text) => text.startsWith('GET /api/files failed: internal: connection to'))).toBe(
      true,
    );
  });
});

describe('describeFailure and maskCredentials', () => {
  it('names the innermost cause and where it was thrown', () => {
    const cause = new Error('getaddrinfo ENOTFOUND bucket.invalid');
    const line = describeFailure('storing "x.md"', new Error('Cannot write x', { cause }));
    expect(line).toMatch(
      /^storing "x\.md" failed: internal: Cannot write x \(cause: Error: getaddrinfo ENOTFOUND/,
    );
    expect(line).toMatch(/ at .*upload-failure-log\.test\.ts:\d+/);
  });

  it('masks the user and password of any URL, and leaves other text alone', () => {
    expect(maskCredentials('see https://pat:pw@files.example/x and mailto:a@b.example')).toBe(
      'see https://***@files.example/x and mailto:a@b.example',
    );
    expect(maskCredentials('redis://:onlysecret@cache.example:6379')).toBe('redis://***@cache.example:6379');
  });
});
