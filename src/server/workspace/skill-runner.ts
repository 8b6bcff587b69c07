/**
 * @module skill-runner
 * The server's side of the skill seam, shared by `POST /api/skills/:id` and `/mcp`: a
 * SkillContext for the signed-in user (file references are file ids checked against who may
 * read them; the model is the process's, metered for this user and skill and held to the user's
 * daily token quota; the request's abort signal), and a runner that stores what the skill made as the user's files.
 */
import { join } from 'node:path';
import { type AppError, appError, fail } from '../../lib/errors.ts';
import { failure, type Result, success } from '../../lib/result.ts';
import { withWarnings } from '../../lib/warnings.ts';
import { withQuota } from '../../models/metering/with-quota.ts';
import type { FileInfo, SkillResponse } from '../../protocol/api.ts';
import { findSkill } from '../../skills/registry.ts';
import { type AnySkill, runSkill, type SkillContext } from '../../skills/skill.ts';
import { conversationSessions } from './conversation-sessions.ts';
import { deleteFile, localCopy, storeFile } from './file-store.ts';
import { freeFileName } from './free-file-name.ts';
import { presentFile, presentSkillData, readableFile } from './present-file.ts';
import { hasThumbnails, queueThumbnails } from './thumbnail-jobs.ts';
import { quotaRefusal } from './token-quota.ts';
import { problemOf, type WorkspaceOptions } from './workspace-options.ts';
import type { Job, JobOutcome, StoredFile } from './workspace-records.ts';

/** What a running skill reports on the way: files it reads and notes it logs (progress events). */
export type SkillProgress = {
  reading?(name: string): void;
  note?(text: string): void;
};

export function workspaceSkillContext(
  options: WorkspaceOptions,
  user: string,
  skillId: string,
  signal: AbortSignal,
  progress: SkillProgress = {},
): SkillContext {
  const model = options.runtime.forSkill(user, skillId);
  return {
    // The builtin engine spends no tokens; any other is refused once the user's quota is spent.
    model: model.engine === 'builtin' ? model : withQuota(model, () => quotaRefusal(options, user)),
    ...contextOf(options),
    index: async () => options.index,
    clock: options.clock,
    user,
    signal,
    async readSource(ref) {
      const file = await readableFile(options.db, user, ref);
      if (!file)
        return fail('not_found', 'No such file.', {
          hint: 'Give the id of a file you own or that is shared with you.',
        });
      progress.reading?.(file.name);
      return { path: await localCopy(options, file), name: file.name };
    },
    stateDir: join(options.dataDir, 'users', user),
    // A `session` is the user's stored conversation, the same on every instance.
    sessions: conversationSessions(options.db.conversations, user),
    log: (text) => progress.note?.(text),
  };
}

/** A user whose token quota is spent is refused before a run starts (never with the builtin engine, which spends none). */
export async function refusalBeforeRun(
  options: WorkspaceOptions,
  context: SkillContext,
): Promise<AppError | undefined> {
  return context.model.engine === 'builtin' ? undefined : quotaRefusal(options, context.user);
}

function contextOf(options: WorkspaceOptions): { contextTokens?: number } {
  const tokens = options.runtime.contextTokens();
  return tokens ? { contextTokens: tokens } : {};
}

export type WorkspaceSkillRun = { readonly result: Record<string, unknown>; readonly artifacts: FileInfo[] };

/** Runs a skill for a user: its result as the client sees it, and its artifacts stored as the user's files. */
export async function runWorkspaceSkill(
  options: WorkspaceOptions,
  skill: AnySkill,
  input: unknown,
  user: string,
  signal: AbortSignal,
  progress: SkillProgress = {},
): Promise<Result<WorkspaceSkillRun>> {
  const context = workspaceSkillContext(options, user, skill.id, signal, progress);
  const refused = await refusalBeforeRun(options, context);
  if (refused) return failure(refused);
  const run = await runSkill(skill, input, context);
  const present = (value: unknown) => presentSkillData(value, options.db, user, options.dataDir);
  if (!run.success) return failure({ ...run.error, message: (await present(run.error.message)) as string });
  // Cancelled while it ran: what it made is not kept.
  if (signal.aborted) return failure(appError('aborted', `The ${skill.id} run was cancelled.`));
  const stored: StoredFile[] = [];
  // A made file never takes the name of one the user already owns (a second run over one source).
  const taken = (await options.db.filesFor(user))
    .filter((file) => file.owner === user)
    .map((file) => file.name);
  for (const artifact of run.data.artifacts) {
    if (signal.aborted) break;
    stored.push(
      await storeFile(options, {
        owner: user,
        name: freeFileName(artifact.name, [...taken, ...stored.map((file) => file.name)]),
        bytes: artifact.bytes,
        contentType: artifact.contentType,
        generatedBy: skill.id,
      }),
    );
  }
  // Cancelled while its files were being stored: those already stored go again.
  if (signal.aborted) {
    for (const file of stored) await deleteFile(options, file);
    return failure(appError('aborted', `The ${skill.id} run was cancelled.`));
  }
  const artifacts: FileInfo[] = [];
  for (const file of stored) {
    artifacts.push(presentFile(file));
    if (hasThumbnails(file.name)) await queueThumbnails(options.db, file.id, Date.now());
  }
  if (artifacts.some((artifact) => hasThumbnails(artifact.name))) options.jobs?.kick();
  return success(
    {
      result: (await present(withWarnings(run.data.data, run.warnings))) as Record<string, unknown>,
      artifacts,
    },
    run.warnings,
  );
}

/** The body `POST /api/skills/:id` answers for a finished run. */
export function skillResponse(skillId: string, run: WorkspaceSkillRun): SkillResponse {
  const [artifact] = run.artifacts;
  return {
    skill: skillId,
    result: run.result,
    artifacts: run.artifacts,
    ...(artifact ? { artifact, downloadUrl: artifact.downloadUrl } : {}),
  };
}

/**
 * Runs a queued skill run (a job of kind 'skill'): the run's status becomes 'running', then
 * 'done' with the response body or 'failed' with the error body. It runs in the skill thread
 * (skill-thread.ts); a run whose worker died is run again by the next worker that claims it.
 */
export async function runSkillJob(options: WorkspaceOptions, job: Job): Promise<JobOutcome> {
  const run = await options.db.getSkillRun(job.fileId);
  if (!run || run.status === 'done' || run.status === 'failed') return { status: 'done' };
  const skill = findSkill(run.skill);
  if (!skill) {
    await options.db.setSkillRun(
      run.id,
      'failed',
      problemOf(appError('not_found', `No skill ${run.skill}.`)),
    );
    return { status: 'done' };
  }
  try {
    await options.db.setSkillRun(run.id, 'running');
    const result = await runWorkspaceSkill(options, skill, run.input, run.user, new AbortController().signal);
    if (result.success) await options.db.setSkillRun(run.id, 'done', skillResponse(skill.id, result.data));
    else await options.db.setSkillRun(run.id, 'failed', problemOf(result.error));
    return { status: 'done' };
  } catch (thrown) {
    const error = (thrown as Error).message;
    if (job.attempts < job.maxAttempts) return { status: 'retry', error };
    await options.db.setSkillRun(run.id, 'failed', problemOf(appError('internal', error)));
    return { status: 'failed', error };
  }
}
