/**
 * Two instances on one PostgreSQL with file bytes in one S3-compatible bucket (a real s3rver
 * on a random port): a file uploaded on A is indexed (its job thread reads the bucket),
 * previewed and downloaded on B with the same bytes, while the records hold none; deleted on
 * B, its object leaves the bucket. And `serve --check` names a bucket it cannot reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openObjectStore } from '../../src/server/workspace/object-store.ts';
import { hashPassword } from '../../src/server/workspace/password.ts';
import { openWorkspaceDb, workspaceLocation } from '../../src/server/workspace/workspace-db.ts';
import { STRICT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';
import { startS3Server, type TestS3, useTestCredentials } from '../helpers/s3-server.ts';
import { call, type Instance, login, startInstance, stopInstance } from './http-instances.ts';
import { PASSWORDS } from './workspace-helpers.ts';

const url = process.env.OFFICEMATE_TEST_PG_URL;
const BUCKET = 'officemate-bytes';

const WORD = 'quillanort';
const NOTE = `# The ${WORD} survey\n\nThe ${WORD} survey ends on Tuesday; Dana files the results with the council.\n`;

describe.skipIf(!url && !STRICT)('two instances on one PostgreSQL with file bytes in one bucket', () => {
  let s3: TestS3;
  let a: Instance;
  let b: Instance;
  let location: string;
  let objects: string;
  beforeAll(async () => {
    expect(url, 'OFFICEMATE_TEST_PG_URL is set by test/helpers/global-setup.ts').toBeTruthy();
    useTestCredentials();
    s3 = await startS3Server([BUCKET]);
    objects = s3.location(BUCKET, 'team');
    location = `${url}${url!.includes('?') ? '&' : '?'}schema=objects_${process.pid}`;
    a = await startInstance(location, { objects });
    b = await startInstance(location, { objects });
    for (const [name, password] of Object.entries(PASSWORDS))
      await a.db.addUser(name, await hashPassword(password), name === 'alice');
  }, 60_000);
  afterAll(async () => {
    await stopInstance(a);
    await stopInstance(b);
    await s3?.stop();
  });

  const fileStatus = async (on: Instance, token: string, id: string) =>
    (await (await call(on, token, `/api/files/${id}`)).json()) as { status: string; error?: string };

  it('uploads on A, indexes, previews and downloads the same bytes on B from the bucket; a delete on B removes the object', async () => {
    const bobOnA = await login(a, 'bob');
    const bobOnB = await login(b, 'bob');
    const form = new FormData();
    form.append('file', new Blob([NOTE]), `${WORD} survey.md`);
    const uploaded = await call(a, bobOnA, '/api/files', { method: 'POST', body: form });
    expect(uploaded.status).toBe(201);
    const id = ((await uploaded.json()) as { files: { id: string }[] }).files[0]!.id;

    // The bytes are in the bucket under the file's id, and not in the records.
    const bucket = await openObjectStore(objects);
    const records = await openWorkspaceDb(workspaceLocation(location, a.dataDir));
    try {
      expect(new TextDecoder().decode(await bucket.get(`team/files/${id}`))).toBe(NOTE);
      expect(await records.readBytes(id)).toBeUndefined();

      let status = await fileStatus(b, bobOnB, id);
      for (let i = 0; i < 400 && status.status === 'indexing'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = await fileStatus(b, bobOnB, id);
      }
      expect(status).toEqual(expect.objectContaining({ status: 'ready' }));
      const hits = (await (await call(b, bobOnB, `/api/search?q=${WORD}`)).json()) as {
        results: { fileId: string }[];
      };
      expect(hits.results.map((hit) => hit.fileId)).toContain(id);

      const preview = (await (await call(b, bobOnB, `/api/files/${id}/preview`)).json()) as {
        markdown: string;
      };
      expect(preview.markdown).toContain(`${WORD} survey ends on Tuesday`);
      const download = await call(b, bobOnB, `/api/files/${id}/download`);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).toString('utf8')).toBe(NOTE);

      expect((await call(b, bobOnB, `/api/files/${id}`, { method: 'DELETE' })).status).toBe(200);
      for (let i = 0; i < 200 && (await a.db.latestJob(id))?.status !== 'done'; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await a.db.latestJob(id))?.status).toBe('done');
      expect(await bucket.has(`team/files/${id}`)).toBe(false);
      expect(await a.db.getFile(id)).toBeUndefined();
      expect((await call(a, bobOnA, `/api/files/${id}/download`)).status).toBe(404);
    } finally {
      bucket.close();
      await records.close();
    }
  });

  it('serve --check names a bucket it cannot reach, and passes one it can', async () => {
    const common = ['serve', '--check', '--db', location, '--data', a.dataDir, '--engine', 'builtin'];
    const missing = await runCli([...common, '--objects', s3.location('no-such-bucket')]);
    expect(missing.code).toBe(1);
    const line = (stdout: string) => stdout.split('\n').find((text) => text.includes(' objects: ')) ?? '';
    expect(line(missing.stdout)).toMatch(
      /^FAIL objects: The bucket no-such-bucket at http:\/\/127\.0\.0\.1:\d+ cannot be reached/,
    );
    expect(missing.stdout).toContain('Create the bucket no-such-bucket');
    const gone = await runCli([...common, '--objects', `s3://${BUCKET}?endpoint=http://127.0.0.1:1`]);
    expect(line(gone.stdout)).toMatch(
      new RegExp(`^FAIL objects: The bucket ${BUCKET} at http://127\\.0\\.0\\.1:1 cannot be reached`),
    );
    const working = await runCli([...common, '--objects', objects]);
    expect(line(working.stdout)).toBe(`ok   objects: file bytes are kept in ${objects}`);
    const unreadable = await runCli([...common, '--objects', 's3://x']);
    expect(line(unreadable.stdout)).toBe('FAIL objects: "x" is not a bucket name.');
  });
});
