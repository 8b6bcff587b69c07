/**
 * @module s3-server
 * A real S3-compatible server for tests (s3rver, in this process) on a random port over a
 * temporary folder, with the buckets asked for. It accepts the access key S3RVER with the
 * secret S3RVER: `useTestCredentials()` puts them where the AWS SDK looks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type S3rverOptions = {
  port: number;
  address: string;
  directory: string;
  silent: boolean;
  configureBuckets: { name: string }[];
};
type S3rverInstance = { run(): Promise<{ port: number }>; close(): Promise<void> };
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: S3rverOptions) => S3rverInstance;

export type TestS3 = {
  /** http://127.0.0.1:PORT */
  readonly endpoint: string;
  /** The `--objects` location of a bucket on this server. */
  location(bucket: string, prefix?: string): string;
  stop(): Promise<void>;
};

export async function startS3Server(buckets: readonly string[]): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'officemate-s3-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    directory,
    silent: true,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    location: (bucket, prefix) =>
      `s3://${bucket}${prefix ? `/${prefix}` : ''}?endpoint=${encodeURIComponent(endpoint)}`,
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The credentials s3rver accepts, in the environment the AWS SDK reads. */
export function useTestCredentials(): void {
  process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
}
