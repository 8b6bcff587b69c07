/**
 * @module session-auth
 * Who is calling: a Bearer token (API clients, MCP) or the session cookie plus the CSRF
 * header on writes (the web app). Sets `session` for the routes after it; answers 401/403.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Session, WorkspaceDb } from './workspace-db.ts';
import { problem, type WorkspaceEnv } from './workspace-options.ts';

export const SESSION_COOKIE = 'officemate_session';
export const SESSION_TTL_MS = 12 * 3_600_000;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session a request carries, and whether it came by cookie (then writes need the CSRF header). */
export async function sessionOf(
  c: Context,
  db: WorkspaceDb,
): Promise<{ session: Session; viaCookie: boolean } | undefined> {
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const token = bearer ?? getCookie(c, SESSION_COOKIE);
  const session = token ? await db.getSession(token) : undefined;
  return session ? { session, viaCookie: !bearer } : undefined;
}

export function sessionAuth(db: WorkspaceDb): MiddlewareHandler<WorkspaceEnv> {
  return async (c, next) => {
    const found = await sessionOf(c, db);
    if (!found) return c.json(problem('unauthorized', 'Log in first (POST /api/session).'), 401);
    if (
      found.viaCookie &&
      !SAFE_METHODS.has(c.req.method) &&
      c.req.header('x-csrf-token') !== found.session.csrf
    )
      return c.json(problem('forbidden', 'Missing or wrong X-CSRF-Token header.'), 403);
    c.set('session', found.session);
    c.set('viaCookie', found.viaCookie);
    await next();
  };
}

export function setSessionCookie(c: Context, token: string, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure,
    maxAge: SESSION_TTL_MS / 1000,
  });
}
