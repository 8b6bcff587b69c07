/**
 * @module object-store
 * File bytes in an S3-compatible bucket (`serve --objects s3://BUCKET[/PREFIX]?endpoint=URL`),
 * through the AWS SDK, each under a key made from the file's id (`PREFIX/files/ID`), never
 * from a local path. Credentials come from the SDK's usual sources (AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY, a profile, an instance role), never from the location; the region
 * is `?region=`, else AWS_REGION, else us-east-1. A location with an `endpoint` (MinIO, Ceph,
 * Garage, any non-AWS server) is addressed by path. The SDK is loaded only when a bucket is
 * configured.
 */
import { fail } from '../../lib/errors.ts';

export type ObjectStore = {
  /** The location as given (it never holds credentials): for another connection (a job thread) and for messages. */
  readonly url: string;
  put(key: string, bytes: Uint8Array, contentType?: string): Promise<void>;
  /** The object's bytes; undefined when there is none under the key. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Removes the object; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
  /** Does the object exist? (What a test or an operator looks at.) */
  has(key: string): Promise<boolean>;
  /** Throws, naming the bucket, when the bucket cannot be reached or read. */
  check(): Promise<void>;
  close(): void;
};

export type ObjectsLocation = {
  readonly bucket: string;
  /** Key prefix, without slashes at either end; empty for the bucket's root. */
  readonly prefix: string;
  readonly endpoint?: string;
  readonly region: string;
};

const USAGE_HINT =
  'Example: s3://officemate-files?endpoint=http://127.0.0.1:9000 (credentials in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).';

/** Is this an object-store location (`s3://…`)? */
export function isObjectsUrl(location: string): boolean {
  return /^s3:\/\//i.test(location);
}

/** Reads `s3://BUCKET[/PREFIX][?endpoint=URL][&region=R]`; refuses credentials in it. */
export function parseObjectsLocation(
  location: string,
  env: NodeJS.ProcessEnv = process.env,
): ObjectsLocation {
  if (!isObjectsUrl(location))
    fail('bad_usage', `"${location}" is not an object-store location.`, { hint: USAGE_HINT });
  const url = new URL(location);
  if (url.username || url.password)
    fail('bad_usage', 'The object-store location holds credentials; they would show in process listings.', {
      hint: 'Put them in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY instead.',
    });
  const bucket = url.hostname;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    fail('bad_usage', `"${bucket}" is not a bucket name.`, {
      hint: 'Bucket names have 3 to 63 lower-case letters, digits, dots and dashes.',
    });
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/]/i.test(endpoint))
    fail('bad_usage', `The object-store endpoint "${endpoint}" is not an http(s) URL.`, { hint: USAGE_HINT });
  return {
    bucket,
    prefix: decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, ''),
    ...(endpoint ? { endpoint } : {}),
    region: url.searchParams.get('region') ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
  };
}

/** Where a stored file's bytes go: by its id alone. */
export function fileObjectKey(location: Pick<ObjectsLocation, 'prefix'>, fileId: string): string {
  if (!/^[\w-]{1,64}$/.test(fileId)) fail('internal', `"${fileId}" is not a file id.`);
  return `${location.prefix ? `${location.prefix}/` : ''}files/${fileId}`;
}

/** The SDK's error as a short phrase: its name and HTTP status, or the network error's code. */
function describeError(thrown: unknown): string {
  const error = thrown as {
    name?: string;
    code?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
  };
  const status = error.$metadata?.httpStatusCode;
  const name = error.code ?? error.name ?? 'Error';
  if (status) return `${name} (HTTP ${status})`;
  return error.message ? `${name}: ${error.message}` : name;
}

const isMissing = (thrown: unknown) => {
  const error = thrown as { name?: string; $metadata?: { httpStatusCode?: number } };
  return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata?.httpStatusCode === 404;
};

/** Opens the bucket at `location` (the SDK loaded now); nothing is sent until the first call. */
export async function openObjectStore(location: string): Promise<ObjectStore> {
  const where = parseObjectsLocation(location);
  // Officemate runs on Node 20 (see the stack notes); the SDK's notice about a future Node 22 floor is not for operators.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const s3 = await import('@aws-sdk/client-s3');
  const client = new s3.S3Client({
    region: where.region,
    ...(where.endpoint ? { endpoint: where.endpoint, forcePathStyle: true } : {}),
    // Checksums only where the API requires them: servers other than AWS may not know the newer ones.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = where.bucket;
  const named = `bucket ${Bucket}${where.endpoint ? ` at ${where.endpoint}` : ''}`;
  const failed = (action: string, key: string, thrown: unknown): never =>
    fail('internal', `Cannot ${action} ${key} in ${named}: ${describeError(thrown)}.`, {
      hint: 'Check that the object store is running, the bucket exists, and AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY may use it.',
      cause: thrown,
    });
  return {
    url: location,
    async put(key, bytes, contentType) {
      await client
        .send(
          new s3.PutObjectCommand({
            Bucket,
            Key: key,
            Body: bytes,
            ContentLength: bytes.length,
            ...(contentType ? { ContentType: contentType } : {}),
          }),
        )
        .catch((thrown: unknown) => failed('write', key, thrown));
    },
    async get(key) {
      try {
        const response = await client.send(new s3.GetObjectCommand({ Bucket, Key: key }));
        return response.Body ? await response.Body.transformToByteArray() : new Uint8Array();
      } catch (thrown) {
        if (isMissing(thrown)) return undefined;
        return failed('read', key, thrown);
      }
    },
    async delete(key) {
      await client
        .send(new s3.DeleteObjectCommand({ Bucket, Key: key }))
        .catch((thrown: unknown) => (isMissing(thrown) ? undefined : failed('delete', key, thrown)));
    },
    async has(key) {
      try {
        await client.send(new s3.HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (thrown) {
        if (isMissing(thrown)) return false;
        return failed('look up', key, thrown);
      }
    },
    async check() {
      try {
        await client.send(new s3.HeadBucketCommand({ Bucket }));
      } catch (thrown) {
        fail('internal', `The ${named} cannot be reached: ${describeError(thrown)}.`, {
          hint: isMissing(thrown)
            ? `Create the bucket ${Bucket}, or fix its name in --objects.`
            : 'Start the object store, fix the endpoint, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
        });
      }
    },
    close() {
      client.destroy();
    },
  };
}
