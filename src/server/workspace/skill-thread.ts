/**
 * @module skill-thread
 * The entry of the skill thread (index-jobs.ts starts it): runs queued skill runs (jobs of kind
 * 'skill') off the thread that answers requests. It builds what a run needs for itself from
 * plain data — its own connections to the records and the index, the model from the serve
 * configuration (builtin, OpenAI-compatible or a GGUF file), and the usage meter — keeps them
 * open between runs, and closes them when told.
 */
import { isPostgresUrl, openIndex, type SearchIndex } from '../../index/open-index.ts';
import { fixedClock } from '../../lib/clock.ts';
import { serveJobs } from '../../lib/isolated-worker.ts';
import { createLanguageModelFromConfig, releaseLanguageModels } from '../../models/create-language-model.ts';
import type { LanguageModel } from '../../models/language-model.ts';
import { openPostgresUsageMeter } from '../../models/metering/postgres-usage-meter.ts';
import { openUsageMeter, type UsageMeter } from '../../models/metering/usage-meter.ts';
import { fixedModelRuntime } from '../../models/model-runtime.ts';
import type { SkillThreadJob, SkillThreadSetup } from './index-jobs.ts';
import { runSkillJob } from './skill-runner.ts';
import { openWorkspaceDb } from './workspace-db.ts';
import type { QueueSettings, WorkspaceDb } from './workspace-records.ts';

type Opened = {
  readonly db: WorkspaceDb;
  readonly index: SearchIndex;
  readonly model: LanguageModel;
  readonly meter?: UsageMeter & { closeAndFlush?(): Promise<void> };
};

const open = new Map<string, Promise<Opened>>();

async function openMeter(setup: SkillThreadSetup): Promise<Opened['meter']> {
  if (!setup.meter) return undefined;
  if (isPostgresUrl(setup.meter)) return openPostgresUsageMeter(setup.meter, setup.model.prices);
  return openUsageMeter({ path: setup.meter, prices: setup.model.prices });
}

async function connect(
  dbUrl: string,
  objects: string | undefined,
  indexUrl: string,
  setup: SkillThreadSetup,
  queue: QueueSettings,
): Promise<Opened> {
  const db = await openWorkspaceDb(dbUrl, { queue, objects });
  let index: SearchIndex | undefined;
  try {
    index = await openIndex(indexUrl);
    const meter = await openMeter(setup);
    return { db, index, model: createLanguageModelFromConfig(setup.model), ...(meter ? { meter } : {}) };
  } catch (thrown) {
    await index?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw thrown;
  }
}

/** This thread's connections and model for these records, index and configuration, opened once. */
function opened(request: Extract<SkillThreadJob, { op: 'run' }>): Promise<Opened> {
  const key = JSON.stringify([
    request.dbUrl,
    request.objects,
    request.indexUrl,
    request.setup,
    request.queue,
  ]);
  let found = open.get(key);
  if (!found) {
    found = connect(request.dbUrl, request.objects, request.indexUrl, request.setup, request.queue);
    open.set(key, found);
    // A failed opening is tried again by the next run.
    found.catch(() => open.delete(key));
  }
  return found;
}

async function closeAll(): Promise<void> {
  const all = [...open.values()];
  open.clear();
  for (const each of all) {
    const done = await each.catch(() => undefined);
    if (!done) continue;
    await (done.meter?.closeAndFlush?.() ?? Promise.resolve(done.meter?.close())).catch(() => undefined);
    await done.index.close().catch(() => undefined);
    await done.db.close().catch(() => undefined);
  }
  await releaseLanguageModels().catch(() => undefined);
}

serveJobs(async (request: SkillThreadJob) => {
  if (request.op === 'close') {
    await closeAll();
    return null;
  }
  const { db, index, model, meter } = await opened(request);
  const clock = fixedClock(request.now);
  const contextTokens = request.setup.model.contextSize;
  const runtime = fixedModelRuntime(model, {
    ...(meter ? { meter } : {}),
    ...(contextTokens ? { contextTokens } : {}),
    clock,
  });
  return runSkillJob(
    { db, index, dataDir: request.dataDir, clock, runtime, ...(meter ? { meter } : {}) },
    request.job,
  );
});
