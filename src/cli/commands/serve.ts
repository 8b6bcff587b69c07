/**
 * @module serve
 * `officemate serve [--port N] [--host H]`: the HTTP server (health, OpenAI-compatible /v1;
 * the web app and JSON API mount on the same app). Runs until SIGINT or SIGTERM, then closes
 * the port and frees the model.
 */

import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { DEFAULT_BUDGET } from '../../formats/budget.ts';
import { isPostgresUrl, openIndex } from '../../index/open-index.ts';
import { fail } from '../../lib/errors.ts';
import { createLanguageModelFromConfig, releaseLanguageModels } from '../../models/create-language-model.ts';
import { preloadLlamaCppModel } from '../../models/engines/llama-cpp/llama-cpp-model.ts';
import { openConfiguredUsageMeter, type UsageMeter } from '../../models/metering/index.ts';
import { openPostgresUsageMeter } from '../../models/metering/postgres-usage-meter.ts';
import type { ModelConfig } from '../../models/model-config.ts';
import { resolveModelConfig } from '../../models/model-config.ts';
import { createApp } from '../../server/app.ts';
import { isLoopbackHost, unreadableProxyEntries } from '../../server/security/client-address.ts';
import { openLimitStore } from '../../server/security/open-limit-store.ts';
import { pruneLocalCopies } from '../../server/workspace/file-store.ts';
import { startIndexWorker } from '../../server/workspace/index-jobs.ts';
import { parseObjectsLocation } from '../../server/workspace/object-store.ts';
import {
  openWorkspaceDb,
  type QueueSettings,
  workspaceLocation,
} from '../../server/workspace/workspace-db.ts';
import { booleanFlag, integerFlag, stringFlag } from '../args.ts';
import type { Command, CommandContext } from '../command.ts';
import { pathProblem } from '../write-output.ts';
import { checkDeployment, formatChecks } from './serve-check.ts';

const PRUNE_EVERY_MS = 10 * 60_000;

const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'web', 'dist');

/** Where usage is metered: beside the workspace records with a PostgreSQL --db (every instance's calls in one table), else the configured usage.db. */
async function openMeter(
  config: ModelConfig,
  indexLocation: string,
  dataDir: string,
): Promise<{ meter: UsageMeter; close(): Promise<void> }> {
  if (isPostgresUrl(indexLocation)) {
    const meter = await openPostgresUsageMeter(workspaceLocation(indexLocation, dataDir), config.prices);
    return { meter, close: () => meter.closeAndFlush() };
  }
  const meter = openConfiguredUsageMeter(config);
  return { meter, close: async () => meter.close() };
}

function locations(context: CommandContext, dataFlag: string | undefined) {
  const dataDir = resolve(dataFlag ?? join(context.home, 'server'));
  const explicitDb = typeof context.values.db === 'string' || process.env.OFFICEMATE_DB;
  return { dataDir, indexLocation: explicitDb ? context.db : join(dataDir, 'index.db') };
}

/**
 * `--job-seconds`, `--job-expiry-seconds`, `--job-check-seconds`: each job's time budget, how
 * long a claimed job is its instance's (longer than the budget), how often jobs held past that
 * are looked for.
 */
function jobFlags(context: CommandContext): { budgetMs: number; queue: Partial<QueueSettings> } {
  const seconds = integerFlag(context, 'job-seconds', { min: 1, max: 3_600 }) ?? DEFAULT_BUDGET.wallMs / 1000;
  const expiry = integerFlag(context, 'job-expiry-seconds', { min: 2, max: 7_200 }) ?? seconds + 60;
  if (expiry <= seconds)
    fail('bad_usage', `--job-expiry-seconds ${expiry} is not longer than --job-seconds ${seconds}.`, {
      hint: 'Give the expiry a margin over the job budget (the default is the budget plus 60 s).',
    });
  const check = integerFlag(context, 'job-check-seconds', { min: 1, max: 3_600 });
  return {
    budgetMs: seconds * 1000,
    queue: { expireMs: expiry * 1000, ...(check ? { superviseMs: check * 1000 } : {}) },
  };
}

const objectsLocation = (context: CommandContext) =>
  stringFlag(context, 'objects') ?? (process.env.OFFICEMATE_OBJECTS || undefined);

/** `--objects s3://BUCKET[/PREFIX]?endpoint=URL` (or OFFICEMATE_OBJECTS): file bytes in that bucket; checked here, opened later. */
function objectsFlag(context: CommandContext): string | undefined {
  const location = objectsLocation(context);
  if (!location) return undefined;
  parseObjectsLocation(location);
  return location;
}

async function openWorkspace(
  context: CommandContext,
  dataFlag: string | undefined,
  config: ModelConfig,
  objects: string | undefined,
) {
  const { dataDir, indexLocation } = locations(context, dataFlag);
  const { budgetMs, queue } = jobFlags(context);
  const records = workspaceLocation(indexLocation, dataDir);
  const db = await openWorkspaceDb(records, { queue, objects });
  const index = await openIndex(indexLocation).catch(async (thrown: unknown) => {
    await db.close();
    throw thrown;
  });
  // Jobs queued by any instance on these records, run here one at a time: index, share and
  // delete jobs in the job thread, queued skill runs in the skill thread with a model of its own.
  const jobs = startIndexWorker(
    { db, index, clock: context.clock, dataDir },
    {
      budget: { wallMs: budgetMs },
      skills: { model: config, meter: isPostgresUrl(indexLocation) ? records : config.usageDb },
    },
  );
  const limitStore = openLimitStore(indexLocation, dataDir);
  return {
    options: { db, index, dataDir, clock: context.clock, jobs, limitStore },
    async close() {
      await jobs.stop();
      limitStore.close();
      await index.close();
      await db.close();
    },
  };
}

/** Makes the data folder, or fails naming it when it cannot be made or written (before anything opens). */
async function prepareDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, constants.W_OK);
  } catch (thrown) {
    const why = pathProblem(thrown);
    if (!why) throw thrown;
    fail('bad_usage', `Cannot use ${dataDir} as the data folder: the path ${why}.`, {
      hint: 'Give --data a folder this user can write to (default $OFFICEMATE_HOME/server).',
      path: dataDir,
    });
  }
}

function trustedProxyEntries(context: CommandContext): string[] {
  return (stringFlag(context, 'trusted-proxy') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** `--trusted-proxy A,B`: addresses, CIDR ranges or `loopback`; an entry that cannot be read is refused. */
function trustedProxyFlag(context: CommandContext): string[] {
  const entries = trustedProxyEntries(context);
  const unreadable = unreadableProxyEntries(entries);
  if (unreadable.length > 0)
    fail('bad_usage', `--trusted-proxy cannot read ${unreadable.map((entry) => `"${entry}"`).join(', ')}.`, {
      hint: 'Give IP addresses, CIDR ranges (10.0.0.0/8) or loopback, separated by commas.',
    });
  return entries;
}

/** The start-up warning when `/v1` listens beyond this machine with no API key, or nothing. */
export function v1ExposureWarning(host: string, apiKey: string | undefined): string | undefined {
  if (apiKey || isLoopbackHost(host)) return undefined;
  return [
    `officemate: warning: /v1 listens on ${host}, beyond this machine, without an API key.`,
    "  Requests from other machines need an account's session token; tools that cannot sign in are refused.",
    '  To let them in, start with --api-key KEY (or OFFICEMATE_SERVER_API_KEY) and give them the key;',
    '  to keep /v1 to this machine, use --host 127.0.0.1 (the default).',
  ].join('\n');
}

/**
 * The start-up line: the engine, and the model when it has a name of its own (the builtin
 * engine's model id is its engine's name, said once), then where it listens.
 */
export function servingLine(engine: string, modelId: string, url: string): string {
  const model = modelId && modelId !== engine ? `${modelId} through ${engine}` : `the ${engine} engine`;
  return `officemate serving ${model} on ${url} (OpenAI-compatible API at /v1). Ctrl-C stops.`;
}

/**
 * The start-up note when the workspace has no account yet: the web app and /api need one to
 * sign in, and `users add` must reach the same records (`sameStore`: --data or --db was given).
 */
export function noAccountsNote(accounts: number, sameStore: boolean): string | undefined {
  if (accounts > 0) return undefined;
  return [
    'officemate: no accounts yet, so nobody can sign in to the web app or /api. Add the first one:',
    `  printf '%s' "$PASSWORD" | officemate users add NAME --admin --password-stdin${sameStore ? ' (with the same --data and --db as serve)' : ''}`,
    '  The web app keeps its own files and index: upload files there (or POST /api/files) to ask about them.',
  ].join('\n');
}

function listen(server: ServerType): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the HTTP API and an OpenAI-compatible /v1 for the configured model.',
  usage:
    'serve [--port N] [--host H] [--api-key KEY] [--trusted-proxy LIST] [--objects s3://BUCKET] [--max-tokens N] [--tokens-per-day N] [--job-seconds N] [--check]',
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'api-key': { type: 'string' },
    data: { type: 'string' },
    'trusted-proxy': { type: 'string' },
    objects: { type: 'string' },
    'max-tokens': { type: 'string' },
    'tokens-per-day': { type: 'string' },
    check: { type: 'boolean' },
    'job-seconds': { type: 'string' },
    'job-expiry-seconds': { type: 'string' },
    'job-check-seconds': { type: 'string' },
  },
  help: [
    'Flags:',
    '  --port N        port (default 8080; 0 picks a free one)',
    '  --host H        interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)',
    '  --api-key KEY   require Authorization: Bearer KEY on /v1 (or OFFICEMATE_SERVER_API_KEY). Without it,',
    '                  /v1 is open over loopback and needs an account token from anywhere else; serve',
    '                  warns at start when --host reaches beyond this machine and no key is set',
    '  --trusted-proxy LIST  proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: IP',
    '                  addresses, CIDR ranges or loopback, comma-separated (default none: the peer',
    '                  address is the client, for login limits and Secure cookies)',
    '  --max-tokens N  cap on max_tokens of one /v1 request (default 4096; filled in when missing)',
    '  --check         check the deployment and exit: database reachable, data folder writable, bucket',
    '                  reachable, model endpoint answering, trusted proxies readable, web app built (exit 1',
    '                  when one fails)',
    '  --tokens-per-day N  tokens each /v1 caller (account, API key or local) may reserve per day;',
    '                  over it, 429 with Retry-After (default no quota)',
    '  --job-seconds N  time budget of one job (indexing a file, a share, a delete, a queued skill run),',
    '                  in its own thread (default 60)',
    "  --job-expiry-seconds N  how long a claimed job stays its instance's; a job whose instance died",
    '                  is run again after it (default job-seconds + 60; every instance alike)',
    '  --job-check-seconds N  how often jobs held past their expiry are looked for (default 30;',
    '                  PostgreSQL, where the queue is pg-boss)',
    "  --data DIR      this instance's folder (default $OFFICEMATE_HOME/server); the index is --db (default",
    '                  DIR/index.db). Accounts, sessions, files and shares live in DIR/workspace.db, or with a',
    '                  postgres:// --db in the schema NAME_workspace beside the index (several instances share',
    '                  them). Add accounts with `officemate users add` (same --db).',
    '  --objects s3://BUCKET[/PREFIX]?endpoint=URL',
    '                  keep file bytes in that S3-compatible bucket, keyed by file id (or',
    '                  OFFICEMATE_OBJECTS; default: in the records). Credentials from AWS_ACCESS_KEY_ID',
    '                  and AWS_SECRET_ACCESS_KEY; region ?region=, AWS_REGION or us-east-1; with',
    '                  ?endpoint= (MinIO, any non-AWS server) the bucket is addressed by path',
    '',
    'Routes: the web app at /, the JSON API at /api (OpenAPI at /api/openapi.json), GET /health,',
    'GET /v1/models, POST /v1/chat/completions (stream and response_format json_schema).',
    '',
    'Example:',
    '  officemate serve --engine llama-cpp --model ./model.gguf --port 8080',
    '  curl http://127.0.0.1:8080/v1/chat/completions -d \'{"messages":[{"role":"user","content":"Hi"}]}\'',
  ].join('\n'),
  async run(context) {
    const port = integerFlag(context, 'port', { min: 0, max: 65_535 }) ?? 8080;
    const host = stringFlag(context, 'host') ?? '127.0.0.1';
    if (booleanFlag(context, 'check')) {
      // An unreadable location is a failed check here, not bad usage.
      const objects = objectsLocation(context);
      const results = await checkDeployment({
        ...locations(context, stringFlag(context, 'data')),
        ...(objects ? { objects } : {}),
        config: resolveModelConfig(context),
        trustedProxies: trustedProxyEntries(context),
        host,
        webRoot: WEB_ROOT,
      });
      if (context.json) context.outJson({ ok: results.every((result) => result.ok), checks: results });
      else context.out(formatChecks(results));
      return results.every((result) => result.ok) ? 0 : 1;
    }
    const apiKey = stringFlag(context, 'api-key') ?? process.env.OFFICEMATE_SERVER_API_KEY;
    const trustedProxies = trustedProxyFlag(context);
    const objects = objectsFlag(context);
    const maxTokens = integerFlag(context, 'max-tokens', { min: 1 });
    const tokensPerDay = integerFlag(context, 'tokens-per-day', { min: 1 });
    const config = resolveModelConfig(context);
    const model = createLanguageModelFromConfig(config);
    if (config.engine === 'llama-cpp' && config.model) {
      // Fail fast on a missing or broken GGUF instead of at the first request.
      await preloadLlamaCppModel({
        modelPath: config.model,
        threads: config.threads,
        gpuLayers: config.gpuLayers,
        ...(config.contextSize ? { contextSize: config.contextSize } : {}),
      });
    }
    const { dataDir, indexLocation } = locations(context, stringFlag(context, 'data'));
    await prepareDataDir(dataDir);
    const metering = await openMeter(config, indexLocation, dataDir);
    const meter = metering.meter;
    const workspace = await openWorkspace(context, stringFlag(context, 'data'), config, objects).catch(
      async (thrown: unknown) => {
        await metering.close();
        throw thrown;
      },
    );
    const app = createApp({
      model,
      meter,
      ...(config.contextSize ? { contextTokens: config.contextSize } : {}),
      ...(apiKey ? { apiKey } : {}),
      ...(maxTokens !== undefined ? { maxTokens } : {}),
      ...(tokensPerDay !== undefined ? { tokensPerDay } : {}),
      workspace: { ...workspace.options, ...(trustedProxies.length > 0 ? { trustedProxies } : {}) },
      webRoot: WEB_ROOT,
    });
    const server = serve({ fetch: app.fetch, port, hostname: host });
    let actualPort: number;
    try {
      actualPort = await listen(server);
    } catch (thrown) {
      await metering.close();
      await workspace.close();
      await releaseLanguageModels();
      return fail('bad_usage', `Cannot listen on ${host}:${port}: ${(thrown as Error).message}.`, {
        hint: 'Pick another --port, or stop what uses it.',
      });
    }
    // Copies of files deleted through another instance on the same database go at start and every few minutes.
    const prune = () => void pruneLocalCopies(workspace.options).catch(() => undefined);
    prune();
    const pruning = setInterval(prune, PRUNE_EVERY_MS);
    pruning.unref();
    context.log(servingLine(model.engine, model.modelId, `http://${host}:${actualPort}`));
    const warning = v1ExposureWarning(host, apiKey);
    if (warning) context.log(warning);
    const sameStore = stringFlag(context, 'data') !== undefined || typeof context.values.db === 'string';
    const firstRun = noAccountsNote((await workspace.options.db.listUsers()).length, sameStore);
    if (firstRun) context.log(firstRun);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    context.log('officemate: stopping');
    clearInterval(pruning);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await metering.close();
    await workspace.close();
    await releaseLanguageModels();
    return 0;
  },
};
