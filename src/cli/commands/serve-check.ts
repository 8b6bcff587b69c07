/**
 * @module serve-check
 * `officemate serve --check`: what a deployment needs, checked without serving. The database
 * (index and workspace records) opens, the data folder takes a file, the bucket for file
 * bytes answers (with `--objects`), every model endpoint answers GET /models (a local model
 * file exists), the trusted proxies can be read, and the web app is built. Each check is one small function; the command prints one line per check
 * and exits 1 when any failed.
 */
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openIndex } from '../../index/open-index.ts';
import type { ModelConfig } from '../../models/model-config.ts';
import { unreadableProxyEntries } from '../../server/security/client-address.ts';
import { openWorkspaceDb, workspaceLocation } from '../../server/workspace/workspace-db.ts';

export type DeploymentSettings = {
  readonly indexLocation: string;
  readonly dataDir: string;
  /** The object store for file bytes (`--objects`); absent: bytes are kept in the records. */
  readonly objects?: string;
  readonly config: ModelConfig;
  readonly trustedProxies: readonly string[];
  readonly host: string;
  readonly webRoot: string;
};

export type CheckResult = {
  readonly check: string;
  readonly ok: boolean;
  /** What was found. */
  readonly detail: string;
  /** What to do, when it failed. */
  readonly hint?: string;
};

type Check = (settings: DeploymentSettings) => Promise<CheckResult>;

const message = (thrown: unknown) =>
  (thrown as { error?: { message?: string } }).error?.message ?? (thrown as Error).message;

/** A location safe to print: no password. */
function shown(location: string): string {
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.protocol.startsWith('postgres') ? url.toString() : location;
  } catch {
    return location;
  }
}

const database: Check = async ({ indexLocation, dataDir }) => {
  const check = 'database';
  try {
    const records = await openWorkspaceDb(workspaceLocation(indexLocation, dataDir));
    try {
      await records.listUsers();
    } finally {
      await records.close();
    }
    const index = await openIndex(indexLocation);
    await index.close();
    return { check, ok: true, detail: `index and workspace records open at ${shown(indexLocation)}` };
  } catch (thrown) {
    return {
      check,
      ok: false,
      detail: `${shown(indexLocation)} cannot be opened: ${message(thrown)}`,
      hint: 'Start PostgreSQL, and check the --db URL, its user, password and database.',
    };
  }
};

const dataFolder: Check = async ({ dataDir }) => {
  const check = 'data folder';
  const probe = join(dataDir, `.write-check-${process.pid}`);
  try {
    await mkdir(dataDir, { recursive: true });
    await writeFile(probe, 'ok');
    await rm(probe, { force: true });
    return { check, ok: true, detail: `${dataDir} is writable` };
  } catch (thrown) {
    return {
      check,
      ok: false,
      detail: `${dataDir} is not writable: ${(thrown as Error).message}`,
      hint: 'Create it and give the user that runs officemate write access, or pass another --data.',
    };
  }
};

const objectStore: Check = async ({ objects }) => {
  const check = 'objects';
  if (!objects) return { check, ok: true, detail: 'file bytes are kept in the workspace records' };
  try {
    const { openObjectStore } = await import('../../server/workspace/object-store.ts');
    const store = await openObjectStore(objects);
    try {
      await store.check();
    } finally {
      store.close();
    }
    return { check, ok: true, detail: `file bytes are kept in ${objects}` };
  } catch (thrown) {
    return {
      check,
      ok: false,
      detail: message(thrown),
      hint:
        (thrown as { error?: { hint?: string } }).error?.hint ??
        'Check the --objects location, the object store and its credentials.',
    };
  }
};

/** GET BASE/models with the configured key, within five seconds. */
async function answersModels(baseUrl: string, config: ModelConfig): Promise<string | undefined> {
  const headers: Record<string, string> = {};
  if (config.apiKey)
    headers[config.azure ? 'api-key' : 'authorization'] = config.azure
      ? config.apiKey
      : `Bearer ${config.apiKey}`;
  try {
    const response = await fetch(`${baseUrl.replace(/\/+$/, '')}/models`, {
      headers,
      signal: AbortSignal.timeout(5_000),
    });
    await response.body?.cancel();
    return response.ok ? undefined : `GET /models answered HTTP ${response.status}`;
  } catch (thrown) {
    const cause = (thrown as { cause?: { code?: string } }).cause?.code;
    return cause ?? (thrown as Error).message;
  }
}

const modelEndpoint: Check = async ({ config }) => {
  const check = 'model';
  if (config.engine === 'builtin')
    return { check, ok: true, detail: 'the builtin engine (no model server; answers come from the files)' };
  if (config.engine === 'llama-cpp') {
    const present = config.model
      ? await access(config.model).then(
          () => true,
          () => false,
        )
      : false;
    return present
      ? { check, ok: true, detail: `model file ${config.model}` }
      : {
          check,
          ok: false,
          detail: config.model ? `model file ${config.model} is missing` : 'no model file is configured',
          hint: 'Pass --model PATH.gguf, or use --engine openai-compatible with a model server.',
        };
  }
  const urls = config.endpoints?.length ? config.endpoints : config.baseUrl ? [config.baseUrl] : [];
  if (urls.length === 0)
    return {
      check,
      ok: false,
      detail: 'no model endpoint is configured',
      hint: 'Pass --base-url http://HOST:PORT/v1, or set "endpoints" in officemate.config.json.',
    };
  const failures = (
    await Promise.all(urls.map(async (url) => [url, await answersModels(url, config)] as const))
  )
    .filter(([, failure]) => failure !== undefined)
    .map(([url, failure]) => `${url}: ${failure}`);
  return failures.length === 0
    ? { check, ok: true, detail: `${urls.join(', ')} answer${urls.length === 1 ? 's' : ''}` }
    : {
        check,
        ok: false,
        detail: `not answering: ${failures.join('; ')}`,
        hint: 'Start the model server, or fix the URL (it ends in /v1) and the API key.',
      };
};

const trustedProxies: Check = async ({ trustedProxies: entries, host }) => {
  const check = 'trusted proxies';
  const unreadable = unreadableProxyEntries(entries);
  if (unreadable.length > 0)
    return {
      check,
      ok: false,
      detail: `cannot read ${unreadable.map((entry) => `"${entry}"`).join(', ')}`,
      hint: 'Give IP addresses, CIDR ranges (10.0.0.0/8) or loopback, separated by commas.',
    };
  if (entries.length === 0)
    return {
      check,
      ok: true,
      detail: `none: X-Forwarded-For is ignored, the peer address is the client (right when nothing proxies ${host})`,
    };
  return { check, ok: true, detail: `X-Forwarded-For is believed from ${entries.join(', ')}` };
};

const webBuild: Check = async ({ webRoot }) => {
  const check = 'web app';
  const present = await access(join(webRoot, 'index.html')).then(
    () => true,
    () => false,
  );
  return present
    ? { check, ok: true, detail: `built at ${webRoot}` }
    : {
        check,
        ok: false,
        detail: `not built: ${join(webRoot, 'index.html')} is missing`,
        hint: 'Run `npm run build:web` (or `node scripts/setup.mjs`) in the officemate folder.',
      };
};

export const DEPLOYMENT_CHECKS: readonly Check[] = [
  database,
  dataFolder,
  objectStore,
  modelEndpoint,
  trustedProxies,
  webBuild,
];

export async function checkDeployment(settings: DeploymentSettings): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of DEPLOYMENT_CHECKS) results.push(await check(settings));
  return results;
}

/** One line per check: `ok` or `FAIL`, what was found, and what to do. */
export function formatChecks(results: readonly CheckResult[]): string {
  return results
    .map((result) =>
      [
        `${result.ok ? 'ok  ' : 'FAIL'} ${result.check}: ${result.detail}`,
        ...(result.hint ? [`     ${result.hint}`] : []),
      ].join('\n'),
    )
    .join('\n');
}
