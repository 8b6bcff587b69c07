/**
 * @module session-routes
 * Logging in (limited per client and user name), logging out, who am I, and user accounts.
 * `createLoginRoutes` is mounted before the session check, the rest after it.
 */

import { join } from 'node:path';
import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { LoginBody, type LoginResponse, type MeResponse, NewUserBody } from '../../../protocol/api.ts';
import { clientAddress, trustedProxies, viaHttps } from '../../security/client-address.ts';
import { isJsonRequest } from '../../security/json-only.ts';
import { sqliteLimitStore } from '../../security/limit-store.ts';
import { createLoginLimiter } from '../../security/login-limiter.ts';
import { passwordHasher } from '../../security/password-hasher.ts';
import { SESSION_COOKIE, SESSION_TTL_MS, setSessionCookie } from '../session-auth.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

export function createLoginRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const { db } = options;
  // Security (see ../../security/): atomic limits per account and address, trusted proxies only.
  const proxies = trustedProxies(options.trustedProxies ?? []);
  const limiter =
    options.loginLimiter ??
    createLoginLimiter(options.limitStore ?? sqliteLimitStore(join(options.dataDir, 'limits.db')));
  const routes = new Hono<WorkspaceEnv>();
  routes.post('/session', async (c) => {
    if (!isJsonRequest(c.req.header('content-type')))
      return c.json(
        problem('bad_usage', 'Send {"user", "password"} as JSON (Content-Type: application/json).'),
        415,
      );
    const parsed = LoginBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(problem('bad_usage', 'Send {"user", "password"} as JSON.'), 400);
    const attempt = await limiter.attempt(parsed.data.user, clientAddress(c, proxies));
    if (!attempt.allowed) {
      c.header('retry-after', String(attempt.retryAfterSeconds));
      return c.json(problem('rate_limited', 'Too many failed logins; wait a minute and try again.'), 429);
    }
    const user = await db.getUser(parsed.data.user);
    if (!(await passwordHasher.verify(parsed.data.password, user?.passwordHash)) || !user)
      return c.json(problem('unauthorized', 'Wrong user name or password.'), 401);
    await attempt.succeeded();
    const session = await db.createSession(user.name, SESSION_TTL_MS);
    setSessionCookie(c, session.token, options.secureCookies ?? viaHttps(c, proxies));
    const body: LoginResponse = {
      token: session.token,
      csrf: session.csrf,
      user: user.name,
      admin: user.admin,
    };
    return c.json(body);
  });
  return routes;
}

export function createAccountRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const { db } = options;
  const routes = new Hono<WorkspaceEnv>();
  routes.delete('/session', async (c) => {
    await db.deleteSession(c.get('session').token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  });
  routes.get('/me', async (c) => {
    const session = c.get('session');
    const body: MeResponse = {
      user: session.user,
      admin: (await db.getUser(session.user))?.admin ?? false,
      csrf: session.csrf,
    };
    return c.json(body);
  });
  routes.get('/users', async (c) => {
    const user = await db.getUser(c.get('session').user);
    const users = await db.listUsers();
    if (!user?.admin) return c.json({ users: users.map((item) => ({ name: item.name })) });
    return c.json({ users });
  });
  routes.post('/users', async (c) => {
    if (!(await db.getUser(c.get('session').user))?.admin)
      return c.json(problem('forbidden', 'Only administrators can add users.'), 403);
    const parsed = NewUserBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success)
      return c.json(
        problem(
          'bad_usage',
          'Send {"name", "password" (8+ characters), "admin"?}; names use letters, digits, dot, dash, underscore.',
        ),
        400,
      );
    const { name, password, admin = false } = parsed.data;
    if (await db.getUser(name)) return c.json(problem('bad_usage', `User ${name} already exists.`), 409);
    await db.addUser(name, await passwordHasher.hash(password), admin);
    return c.json({ name, admin }, 201);
  });
  return routes;
}
