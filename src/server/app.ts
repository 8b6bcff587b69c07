/**
 * @module app
 * The HTTP app: a Hono app factory. Each resource lives in `routes/<resource>.ts` and is
 * mounted here; errors become HTTP responses only in `presenters/present-error.ts`. Tests
 * call `createApp(...).request(...)` in process; `officemate serve` puts it on a port.
 */
import { type Context, Hono } from 'hono';
import { toAppError } from '../lib/errors.ts';
import type { LanguageModel } from '../models/language-model.ts';
import type { UsageMeter } from '../models/metering/usage-meter.ts';
import { withMetering } from '../models/metering/with-metering.ts';
import { fixedModelRuntime } from '../models/model-runtime.ts';
import { presentError, statusFor } from './presenters/present-error.ts';
import { createHealthRoutes } from './routes/health.ts';
import { createMcpRoutes } from './routes/mcp.ts';
import { createOpenAIRoutes } from './routes/openai.ts';
import { apiNotFound, badInputError } from './security/bad-input.ts';
import { secureApp } from './security/secure-app.ts';
import { describeFailure, type ServerLog, stderrLog } from './server-log.ts';
import { createWebRoutes } from './web-routes.ts';
import { startIndexWorker } from './workspace/index-jobs.ts';
import { createWorkspaceRoutes, type WorkspaceOptions } from './workspace/workspace-routes.ts';

/** The workspace as `serve` opens it; the app adds the model runtime. */
export type WorkspaceSetup = Omit<WorkspaceOptions, 'runtime'>;

export type AppOptions = {
  /** The configured model; `/v1` serves it and skills get it, metered per user and skill. */
  readonly model: LanguageModel;
  /** When given, every model call is metered: `/v1` under its caller (the account, "api" for the API key, "local") and skill "v1-chat"; skills under the signed-in user and the skill's id. */
  readonly meter?: UsageMeter;
  /** When set, `/v1` requires `Authorization: Bearer <apiKey>`. */
  readonly apiKey?: string;
  /** When given, the multi-user JSON API is mounted at `/api`. */
  readonly workspace?: WorkspaceSetup;
  /** When given, the built web app in this folder is served at `/`. */
  readonly webRoot?: string;
  /** Cap on `max_tokens` for one `/v1` request (default 4096). */
  readonly maxTokens?: number;
  /** Tokens each `/v1` caller may reserve per day (no quota when unset). */
  readonly tokensPerDay?: number;
  /** Where failures on the server's side are described, one line each (default: the workspace's log, else stderr). */
  readonly log?: ServerLog;
  /** The model's context window in tokens, for skills' prompt budgets (the configuration's `contextSize`). */
  readonly contextTokens?: number;
};

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const meter = options.meter;
  const modelFor = meter
    ? (c: Context) =>
        withMetering(options.model, { meter, user: c.get('v1User') ?? 'local', skill: 'v1-chat' })
    : undefined;
  const log = options.log ?? options.workspace?.log ?? stderrLog;
  // Security: headers, body limits, /v1 access and quota (see security/).
  secureApp(app, options);

  app.route('/health', createHealthRoutes(options.model));
  app.route('/v1', createOpenAIRoutes({ model: options.model, ...(modelFor ? { modelFor } : {}) }));
  if (options.workspace) {
    // The model belongs to the process (`serve` releases it at shutdown); skills only use it.
    const runtime = fixedModelRuntime(options.model, {
      ...(options.meter ? { meter: options.meter } : {}),
      ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
      // Calls are recorded on the workspace's clock, the one daily token quotas are counted by.
      clock: options.workspace.clock,
    });
    const workspace = {
      ...options.workspace,
      log,
      ...(options.meter ? { meter: options.meter } : {}),
      runtime,
      jobs: options.workspace.jobs ?? startIndexWorker(options.workspace),
    };
    app.route('/api', createWorkspaceRoutes(workspace));
    app.route('/mcp', createMcpRoutes(workspace));
  }
  app.all('/api/*', apiNotFound);
  app.all('/v1/*', apiNotFound);
  if (options.webRoot) app.route('/', createWebRoutes(options.webRoot));
  app.notFound((c) =>
    c.json(presentError({ code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}.` }), 404),
  );
  app.onError((thrown, c) => {
    const error = badInputError(thrown) ?? toAppError(thrown);
    const status = statusFor(error);
    // A failure on the server's side is logged: the response alone tells the operator nothing.
    if (status >= 500) log(describeFailure(`${c.req.method} ${c.req.path}`, thrown));
    return c.json(presentError(error), status);
  });
  return app;
}
