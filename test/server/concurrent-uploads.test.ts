import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT } from '../helpers/paths.ts';
import { login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

const url = process.env.OFFICEMATE_TEST_PG_URL;

/** A mail from one of a few senders, so concurrent uploads touch the same people. */
function mail(n: number): string {
  const sender = [
    'Ann Smith <asmith@example.com>',
    'Bob Lee <bob@example.com>',
    'A. Smith <asmith@example.com>',
  ][n % 3];
  return [
    `From: ${sender}`,
    `To: Upload ${n} <upload${n}@example.com>`,
    `Subject: Concurrent upload ${n}`,
    'Date: Tue, 10 Mar 2026 09:00:00 +0000',
    `Message-ID: <upload-${n}@example.com>`,
    '',
    `Upload number ${n} of the batch; the ledger reconciliation is attached.`,
    '',
  ].join('\r\n');
}

for (const [store, location] of [
  ['SQLite', undefined],
  ['PostgreSQL', url ? `${url}${url.includes('?') ? '&' : '?'}schema=uploads_${process.pid}` : undefined],
] as const) {
  describe.skipIf(store === 'PostgreSQL' && !url && !STRICT)(
    `eight concurrent uploads (${store} index)`,
    () => {
      let server: TestServer;
      beforeAll(async () => {
        if (store === 'PostgreSQL')
          expect(url, 'OFFICEMATE_TEST_PG_URL is set by the global setup').toBeTruthy();
        server = await startTestServer(location ? { indexLocation: location } : {});
      });
      afterAll(async () => {
        await server?.close();
      });

      it('all become ready, and the people table is exact', async () => {
        const { token } = await login(server.app, 'bob');
        const ids = await Promise.all(
          Array.from({ length: 8 }, (_, n) => upload(server.app, token, `upload-${n}.eml`, mail(n))),
        );
        expect(new Set(ids).size).toBe(8);
        expect((await server.index.store.listFiles()).length).toBe(8);
        expect((await server.index.store.integrityCheck()).problems).toEqual([]);
        const people = await server.index.store.people();
        expect(people.find((person) => person.emails.includes('asmith@example.com'))?.aliases).toContain(
          'A. Smith',
        );
        expect(
          people.filter((person) => person.emails.some((email) => email.startsWith('upload'))),
        ).toHaveLength(8);
      });
    },
  );
}
