/**
 * The object store against a real S3-compatible server (s3rver on a random port): locations
 * are read strictly, objects go in and out by file id, a missing bucket or a server that is
 * gone is named; and the workspace records with bytes in the bucket keep none themselves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type TestS3, useTestCredentials } from '../../../test/helpers/s3-server.ts';
import { bytesInObjectStore } from './object-bytes.ts';
import { fileObjectKey, openObjectStore, parseObjectsLocation } from './object-store.ts';
import { openWorkspaceDb } from './workspace-db.ts';

describe('object-store locations', () => {
  it('reads bucket, prefix, endpoint and region, with the region from the environment by default', () => {
    expect(
      parseObjectsLocation('s3://team-files/office/main?endpoint=http://10.0.0.5:9000&region=eu-west-3', {}),
    ).toEqual({
      bucket: 'team-files',
      prefix: 'office/main',
      endpoint: 'http://10.0.0.5:9000',
      region: 'eu-west-3',
    });
    expect(parseObjectsLocation('s3://team-files', { AWS_REGION: 'ap-south-1' })).toEqual({
      bucket: 'team-files',
      prefix: '',
      region: 'ap-south-1',
    });
    expect(parseObjectsLocation('s3://team-files/', {}).region).toBe('us-east-1');
  });

  it('refuses credentials in the location, bad bucket names and endpoints that are not http', () => {
    expect(() => parseObjectsLocation('s3://key:secret@team-files')).toThrow(/holds credentials/);
    expect(() => parseObjectsLocation('s3://ab')).toThrow(/"ab" is not a bucket name/);
    expect(() => parseObjectsLocation('s3://Team_Files')).toThrow(/not a bucket name/);
    expect(() => parseObjectsLocation('s3://team-files?endpoint=ftp://host')).toThrow(/not an http\(s\) URL/);
    expect(() => parseObjectsLocation('/srv/files')).toThrow(/not an object-store location/);
  });

  it('keys a file by its id alone, under the prefix', () => {
    expect(fileObjectKey({ prefix: '' }, 'Ab3_x-9')).toBe('files/Ab3_x-9');
    expect(fileObjectKey({ prefix: 'office' }, 'Ab3_x-9')).toBe('office/files/Ab3_x-9');
    expect(() => fileObjectKey({ prefix: '' }, '../etc/passwd')).toThrow(/not a file id/);
  });
});

describe('object store on an S3-compatible server', () => {
  let s3: TestS3;
  let folder: string;
  beforeAll(async () => {
    useTestCredentials();
    s3 = await startS3Server(['officemate-test']);
    folder = mkdtempSync(join(tmpdir(), 'officemate-objects-'));
  });
  afterAll(async () => {
    await s3.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('puts, reads, finds and deletes objects; a missing one reads as undefined', async () => {
    const store = await openObjectStore(s3.location('officemate-test', 'unit'));
    try {
      await store.check();
      const bytes = new Uint8Array([0, 1, 2, 250, 255, 10, 13]);
      await store.put('unit/files/one', bytes, 'application/octet-stream');
      expect(await store.has('unit/files/one')).toBe(true);
      expect(await store.get('unit/files/one')).toEqual(bytes);
      await store.delete('unit/files/one');
      expect(await store.has('unit/files/one')).toBe(false);
      expect(await store.get('unit/files/one')).toBeUndefined();
      // Deleting again is not an error (a delete job may run twice).
      await store.delete('unit/files/one');
    } finally {
      store.close();
    }
  });

  it('names a bucket that does not exist, and one whose server is gone', async () => {
    const missing = await openObjectStore(s3.location('no-such-bucket'));
    await expect(missing.check()).rejects.toThrow(
      /bucket no-such-bucket at http:\/\/127\.0\.0\.1:\d+ cannot be reached/,
    );
    missing.close();
    const gone = await openObjectStore('s3://officemate-test?endpoint=http://127.0.0.1:1');
    await expect(gone.check()).rejects.toThrow(
      /bucket officemate-test at http:\/\/127\.0\.0\.1:1 cannot be reached/,
    );
    gone.close();
  });

  it('keeps a recorded file’s bytes in the bucket, not in the records, and deletes both', async () => {
    const location = s3.location('officemate-test', 'records');
    const db = await openWorkspaceDb(join(folder, 'workspace.db'), { objects: location });
    const bare = await openWorkspaceDb(join(folder, 'workspace.db'));
    const objects = await openObjectStore(location);
    try {
      expect(db.objects).toBe(location);
      await db.addUser('ana', 'hash', false);
      const bytes = new TextEncoder().encode('Quarterly note: the ferry timetable changes in May.\n');
      const file = await db.addFile(
        {
          id: 'file1',
          owner: 'ana',
          name: 'note.md',
          // No copy is kept at this path: what is read comes from the bucket.
          path: join(folder, 'missing', 'note.md'),
          size: bytes.length,
          contentType: 'text/markdown',
          uploaded: '2026-03-01T09:00:00Z',
        },
        bytes,
      );
      expect(file.name).toBe('note.md');
      expect(await objects.get('records/files/file1')).toEqual(bytes);
      expect(await bare.readBytes('file1')).toBeUndefined();
      expect(new Uint8Array((await db.readBytes('file1'))!)).toEqual(bytes);
      expect(await db.deleteFile('file1')).toBe(true);
      expect(await objects.has('records/files/file1')).toBe(false);
      expect(await bare.getFile('file1')).toBeUndefined();
    } finally {
      objects.close();
      await bare.close();
      await db.close();
    }
  });

  it('reads files recorded before the bucket from the records', async () => {
    const path = join(folder, 'older.db');
    const before = await openWorkspaceDb(path);
    await before.addUser('ana', 'hash', false);
    const bytes = new TextEncoder().encode('kept in the records');
    await before.addFile(
      {
        id: 'old1',
        owner: 'ana',
        name: 'old.txt',
        path: join(folder, 'gone', 'old.txt'),
        size: bytes.length,
        contentType: 'text/plain',
        uploaded: '2026-01-01T09:00:00Z',
      },
      bytes,
    );
    const after = bytesInObjectStore(before, await openObjectStore(s3.location('officemate-test', 'older')));
    try {
      expect(new Uint8Array((await after.readBytes('old1'))!)).toEqual(bytes);
    } finally {
      await after.close();
    }
  });
});
