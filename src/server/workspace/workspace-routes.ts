/**
 * @module workspace-routes
 * The JSON API behind the web app (`/api`), for several users: logging in comes first, then
 * the session check, then one small router per concern. Every result is trimmed to what the
 * requesting user may read, and server paths never leave the server.
 */
import { Hono } from 'hono';
import { openApiDocument } from './openapi.ts';
import { createAdminRoutes } from './routes/admin-routes.ts';
import { createAskRoutes } from './routes/ask-routes.ts';
import { createCalendarRoutes } from './routes/calendar-routes.ts';
import { createConversationRoutes } from './routes/conversation-routes.ts';
import { createFileRoutes } from './routes/file-routes.ts';
import { createMailRoutes } from './routes/mail-routes.ts';
import { createPageRoutes } from './routes/page-routes.ts';
import { createSearchRoutes } from './routes/search-routes.ts';
import { createAccountRoutes, createLoginRoutes } from './routes/session-routes.ts';
import { createSkillRoutes } from './routes/skill-routes.ts';
import { createThumbnailRoutes } from './routes/thumbnail-routes.ts';
import { createTranscriptRoutes } from './routes/transcript-routes.ts';
import { sessionAuth } from './session-auth.ts';
import type { WorkspaceEnv, WorkspaceOptions } from './workspace-options.ts';

export type { WorkspaceOptions } from './workspace-options.ts';

export function createWorkspaceRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const api = new Hono<WorkspaceEnv>();
  const document = openApiDocument();
  api.get('/openapi.json', (c) => c.json(document));
  api.route('/', createLoginRoutes(options));
  api.use('*', sessionAuth(options.db));
  api.route('/', createAccountRoutes(options));
  api.route('/', createFileRoutes(options));
  api.route('/', createSearchRoutes(options));
  api.route('/', createAskRoutes(options));
  api.route('/', createConversationRoutes(options));
  api.route('/', createMailRoutes(options));
  api.route('/', createCalendarRoutes(options));
  api.route('/', createTranscriptRoutes(options));
  api.route('/', createPageRoutes(options));
  api.route('/', createAdminRoutes(options));
  api.route('/', createSkillRoutes(options));
  api.route('/', createThumbnailRoutes(options));
  return api;
}
