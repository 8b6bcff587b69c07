/**
 * @module skill
 * The one seam every edge adapts: a skill is a typed value `{ id, description, input, output,
 * run(input, context) }`. The CLI maps flags to `input`, the HTTP API validates a JSON body
 * against it, the MCP server publishes it as a tool; all of them print or return `data` and
 * store or write the `artifacts`. What a skill needs from its caller comes in `SkillContext`:
 * the model (already metered for this user and skill), the index, the clock, the user, the
 * request's abort signal and `readSource`, which resolves a file reference through the
 * caller's permissions. Skills never open, meter or release models themselves.
 *
 * @example
 * const result = await runSkill(deckSkill, { source: 'report.docx', slides: 8 }, context);
 * if (result.success) await writeFile('report.pptx', result.data.artifacts[0].bytes);
 */
import { z } from 'zod';
import type { SearchIndex } from '../index/open-index.ts';
import type { Clock } from '../lib/clock.ts';
import { appError, toAppError } from '../lib/errors.ts';
import { failure, type Result, success, type Warning } from '../lib/result.ts';
import type { LanguageModel } from '../models/language-model.ts';
import type { SessionStore } from './session-store.ts';

/** A file a skill may read: where it is on this machine and the name to show for it. */
export type SourceFile = { readonly path: string; readonly name: string };

/** A file a skill made: the edge writes it (CLI), stores it for download (HTTP) or returns it (MCP). */
export type Artifact = { readonly name: string; readonly bytes: Uint8Array; readonly contentType: string };

export type SkillContext = {
  /** The process's model, metered for this user and skill; `engine: 'builtin'` when none is configured. */
  readonly model: LanguageModel;
  /** The model's context window in tokens (the configuration's `contextSize`); absent: assume 4096. */
  readonly contextTokens?: number;
  /** The search index, opened by the edge on first use and closed by it. */
  index(): Promise<SearchIndex>;
  readonly clock: Clock;
  /** Who the skill runs for: answers and sources are trimmed to what this user may read. */
  readonly user: string;
  /** The local owner on the command line, who may search everything indexed (no `--as`). */
  readonly seesAll?: boolean;
  readonly signal: AbortSignal;
  /** Resolves a file reference through the caller's permissions: a path (CLI) or a file id (HTTP, MCP). */
  readSource(ref: string): Promise<SourceFile>;
  /** Where per-user state (conversation sessions) is kept; absent where the edge keeps none. */
  readonly stateDir?: string;
  /** Where conversation sessions are kept when not in files under `stateDir` (a shared database). */
  readonly sessions?: SessionStore;
  /** Logs and progress for a person watching; never part of the result. */
  log(text: string): void;
};

export type SkillOutput<T> = { readonly data: T; readonly artifacts: readonly Artifact[] };

export type Skill<I = unknown, O = unknown> = {
  /** One id everywhere: CLI, HTTP route, MCP tool, OpenAPI and metering. */
  readonly id: string;
  readonly description: string;
  readonly input: z.ZodType<I>;
  readonly output: z.ZodType<O>;
  /** Runs with already-validated input; failures come back as a Failure, never thrown. */
  run(input: I, context: SkillContext): Promise<Result<SkillOutput<O>>>;
};

/** A skill of any input and output, as the edges see it. */
// biome-ignore lint/suspicious/noExplicitAny: edges handle skills generically; runSkill validates the input.
export type AnySkill = Skill<any, any>;

/** Skills return their own (readonly) types; the output schema describes them. */
type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

type SkillSpec<S extends z.ZodType, O extends z.ZodType> = {
  readonly id: string;
  readonly description: string;
  readonly input: S;
  readonly output: O;
  /** The work: may throw OfficemateError (`fail(...)`); artifacts are optional. */
  execute(
    input: z.output<S>,
    context: SkillContext,
  ): Promise<{
    data: DeepReadonly<z.output<O>>;
    artifacts?: readonly Artifact[];
    warnings?: readonly Warning[];
  }>;
};

/** Declares a skill; thrown errors become Failures and aborts become `aborted`. */
export function defineSkill<S extends z.ZodType, O extends z.ZodType>(
  spec: SkillSpec<S, O>,
): Skill<z.output<S>, z.output<O>> {
  return {
    id: spec.id,
    description: spec.description,
    input: spec.input as unknown as z.ZodType<z.output<S>>,
    output: spec.output as unknown as z.ZodType<z.output<O>>,
    async run(input, context) {
      try {
        if (context.signal.aborted) return failure(appError('aborted', `The ${spec.id} run was cancelled.`));
        const done = await spec.execute(input, context);
        return success(
          { data: done.data as z.output<O>, artifacts: done.artifacts ?? [] },
          done.warnings ?? [],
        );
      } catch (thrown) {
        return failure(toAppError(thrown));
      }
    },
  };
}

/** Validates raw input against the skill's schema, then runs it. */
export async function runSkill(
  skill: AnySkill,
  raw: unknown,
  context: SkillContext,
): Promise<Result<SkillOutput<unknown>>> {
  const parsed = skill.input.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return failure(
      appError('bad_usage', `Invalid input for ${skill.id}: ${where}${issue?.message ?? 'not valid'}.`, {
        hint: `The ${skill.id} input schema is in the OpenAPI document and the MCP tool list.`,
      }),
    );
  }
  return skill.run(parsed.data, context);
}

/** The model for a generative path: absent when only the deterministic builtin engine is configured. */
export function generativeModel(context: SkillContext): LanguageModel | undefined {
  return context.model.engine === 'builtin' ? undefined : context.model;
}

/** The model's context window for prompt budgets: the configured size, or 4096 when none is set. */
export function contextTokensOf(context: Pick<SkillContext, 'contextTokens'>): number {
  return context.contextTokens ?? 4096;
}

/** A file reference: a path on the command line, a file id over HTTP and MCP. */
export const FileRef = z.string().min(1).max(4096).describe('A file: its path (CLI) or file id (HTTP, MCP).');

/** Where a cited passage is in its source. */
export const LocatorSchema = z
  .object({
    page: z.number().optional(),
    paragraph: z.number().optional(),
    slide: z.number().optional(),
    sheet: z.string().optional(),
    range: z.string().optional(),
    messageId: z.string().optional(),
    eventUid: z.string().optional(),
    turn: z.number().optional(),
    start: z.number().optional(),
    end: z.number().optional(),
    line: z.number().optional(),
  })
  .loose();

/** The one citation shape every skill's output uses: `[n]` → the source, where in it, and the quote. */
export const CitationSchema = z
  .object({
    n: z.number(),
    path: z.string(),
    uri: z.string().optional(),
    locator: LocatorSchema,
    quote: z.string().optional(),
  })
  .loose();
export type Citation = z.infer<typeof CitationSchema>;
