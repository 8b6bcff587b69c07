/**
 * @module session-routes
 * Logging in (limited per client and user name), logging out, who am I, and user accounts.
 * `createLoginRoutes` is mounted before the session check, the rest after it.
 */
import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { LoginBody, type LoginResponse, type MeResponse, NewUserBody } from '../../../protocol/api.ts';
import { createLoginLimiter } from '../login-limiter.ts';
import { hashPassword, verifyPassword } from '../password.ts';
import { SESSION_COOKIE, SESSION_TTL_MS, setSessionCookie } from '../session-auth.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

export function createLoginRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const { db } = options;
  const limiter = createLoginLimiter(options.clock);
  const routes = new Hono<WorkspaceEnv>();
  routes.post('/session', async (c) => {
    const parsed = LoginBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(problem('bad_usage', 'Send {"user", "password"} as JSON.'), 400);
    const key = `${c.req.header('x-forwarded-for') ?? 'local'}|${parsed.data.user}`;
    if (limiter.blocked(key))
      return c.json(problem('rate_limited', 'Too many failed logins; wait a minute and try again.'), 429);
    const user = await db.getUser(parsed.data.user);
    if (!user || !(await verifyPassword(parsed.data.password, user.passwordHash))) {
      limiter.failed(key);
      return c.json(problem('unauthorized', 'Wrong user name or password.'), 401);
    }
    limiter.succeeded(key);
    const session = await db.createSession(user.name, SESSION_TTL_MS);
    setSessionCookie(c, session.token, options.secureCookies ?? false);
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
    await db.addUser(name, await hashPassword(password), admin);
    return c.json({ name, admin }, 201);
  });
  return routes;
}
