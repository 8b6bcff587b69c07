/**
 * @module skill-context
 * The CLI's side of the skill seam: a SkillContext for one command (file references are
 * paths, the user is `--as` or the OS user, the model comes from the process's runtime,
 * metered for this user and skill) and a runner that throws the skill's failure so `main`
 * turns it into the exit code and the JSON error.
 */
import { basename } from 'node:path';
import { defaultOwner } from '../index/index-paths.ts';
import type { SearchIndex } from '../index/open-index.ts';
import type { Clock } from '../lib/clock.ts';
import { OfficemateError } from '../lib/errors.ts';
import { withWarnings } from '../lib/warnings.ts';
import type { LanguageModel } from '../models/language-model.ts';
import {
  type AnySkill,
  type Artifact,
  runSkill,
  type SkillContext,
  type SkillOutput,
} from '../skills/skill.ts';
import { type ClosableSessions, cliSessions } from './cli-sessions.ts';
import type { CommandContext } from './command.ts';
import { writeOutputFile } from './write-output.ts';

export type CliSkillOptions = {
  /** Run for this user (`--as`); without it the local owner runs and sees everything indexed. */
  readonly user?: string;
  /** "Now" for this run (a batch line's own `now`); default the command's clock. */
  readonly clock?: Clock;
  /** Use this context's index instead of opening another (a batch of queries). */
  readonly indexOf?: Pick<SkillContext, 'index'>;
  /** Wraps the metered model (to watch its streamed text as it comes). */
  readonly wrapModel?: (model: LanguageModel) => LanguageModel;
};

/** A SkillContext for one run; `close()` closes the index if the skill opened it. */
export function cliSkillContext(
  context: CommandContext,
  skillId: string,
  options: CliSkillOptions = {},
): SkillContext & { close(): Promise<void> } {
  const user = options.user ?? defaultOwner();
  let model: LanguageModel | undefined;
  let index: Promise<SearchIndex> | undefined;
  // Conversations are the user's: opened (files, or the workspace records) only when a session is used.
  const sessions: ClosableSessions = cliSessions(context, user);
  return {
    get model() {
      if (!model) {
        const metered = context.runtime.forSkill(user, skillId);
        model = options.wrapModel ? options.wrapModel(metered) : metered;
      }
      return model;
    },
    get contextTokens() {
      return context.runtime.contextTokens();
    },
    index() {
      if (options.indexOf) return options.indexOf.index();
      index ??= import('../index/open-index.ts').then(({ openIndex }) => openIndex(context.db));
      return index;
    },
    clock: options.clock ?? context.clock,
    user,
    seesAll: options.user === undefined,
    signal: context.signal,
    readSource: async (ref) => ({ path: ref, name: basename(ref) }),
    stateDir: context.home,
    sessions,
    log: (text) => context.log(text),
    async close() {
      await sessions.close();
      if (index) await (await index).close();
    },
  };
}

/** Runs a skill from the command line: its data, or its failure thrown as an OfficemateError. */
export async function runCliSkill<T = Record<string, unknown>>(
  context: CommandContext,
  skill: AnySkill,
  input: unknown,
  options: CliSkillOptions & { readonly skillContext?: SkillContext } = {},
): Promise<SkillOutput<T>> {
  await context.runtime.ready();
  const own = options.skillContext ? undefined : cliSkillContext(context, skill.id, options);
  try {
    const result = await runSkill(skill, input, options.skillContext ?? own!);
    if (!result.success) throw new OfficemateError(result.error);
    for (const warning of result.warnings) context.log(`warning: ${warning.message}`);
    const output = result.data as SkillOutput<T>;
    return { ...output, data: withWarnings(output.data, result.warnings) };
  } finally {
    await own?.close();
  }
}

/** Writes the skill's first artifact to the path the user gave (its folder made when missing). */
export async function writeArtifact(output: { artifacts: readonly Artifact[] }, path: string): Promise<void> {
  const artifact = output.artifacts[0];
  if (artifact) await writeOutputFile(path, artifact.bytes);
}
