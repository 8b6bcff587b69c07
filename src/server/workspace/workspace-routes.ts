/**
 * @module workspace-routes
 * The JSON API behind the web app (`/api`): sessions, uploads, search, grounded answers and
 * skills, for several users. Every route but login is authenticated; every result is
 * trimmed to what the requesting user may read (files they own or that were shared with
 * them), and paths on the server never leave it: clients see file ids and original names.
 */
import { mkdir, readFile as readBytes, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { askQuestion } from '../../chat/ask-question.ts';
import { detectFormat } from '../../formats/detect-format.ts';
import { isReadableFormat } from '../../formats/read-file.ts';
import { indexPaths, removePaths } from '../../index/index-paths.ts';
import { openIsolatedReader } from '../../index/isolated-reader.ts';
import type { SearchIndex } from '../../index/open-index.ts';
import { search } from '../../index/search.ts';
import type { Clock } from '../../lib/clock.ts';
import type { LanguageModel } from '../../models/language-model.ts';
import { NOTHING_READABLE, redactAnswer } from '../security/answer-permissions.ts';
import { clientAddress, trustedProxies, viaHttps } from '../security/client-address.ts';
import { isJsonRequest } from '../security/json-only.ts';
import { sqliteLimitStore } from '../security/limit-store.ts';
import { createLoginLimiter, type LoginLimiter } from '../security/login-limiter.ts';
import { createPasswordHasher } from '../security/password-hasher.ts';
import { stripBidiControls } from '../security/strip-bidi.ts';
import { OPENAPI_DOCUMENT } from './openapi.ts';
import { runSkillCommand } from './run-skill.ts';
import { newId, type Session, type StoredFile, type WorkspaceDb } from './workspace-db.ts';

export type WorkspaceOptions = {
  readonly db: WorkspaceDb;
  readonly index: SearchIndex;
  /** Where uploads and generated files are stored. */
  readonly dataDir: string;
  readonly clock: Clock;
  readonly model?: LanguageModel;
  /** Largest upload in bytes (default 50 MiB). */
  readonly maxUploadBytes?: number;
  /** Secure cookies always; by default they are Secure when the request came over HTTPS. */
  readonly secureCookies?: boolean;
  /** Login limits (default: counters in `<dataDir>/limits.db`, shared by instances on the host). */
  readonly loginLimiter?: LoginLimiter;
  /** Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (`--trusted-proxy`). */
  readonly trustedProxies?: readonly string[];
};

type Env = { Variables: { session: Session; viaCookie: boolean } };

const COOKIE = 'officemate_session';
const SESSION_TTL_MS = 12 * 3_600_000;

const LoginBody = z.object({ user: z.string().min(1).max(64), password: z.string().min(1).max(1024) });
const AskBody = z.object({ question: z.string().min(1).max(2000), sessionId: z.string().max(64).optional() });
const NewUserBody = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i),
  password: z.string().min(8).max(1024),
  admin: z.boolean().optional(),
});
const ShareBody = z.object({ users: z.array(z.string().min(1).max(64)).max(100) });
const SkillBody = z.object({
  fileId: z.string().max(64).optional(),
  fileIds: z.array(z.string().max(64)).max(20).optional(),
  prompt: z.string().max(2000).optional(),
  question: z.string().max(2000).optional(),
  query: z.string().max(2000).optional(),
  slides: z.number().int().min(1).max(60).optional(),
  theme: z.string().max(40).optional(),
  type: z.string().max(40).optional(),
});

function error(code: string, message: string, hint?: string) {
  return { error: { code, message, ...(hint ? { hint } : {}) } };
}

/** A storage name that can never escape its folder or confuse a shell. */
export function safeStorageName(original: string): string {
  const base = basename(original.replace(/\\/g, '/')).normalize('NFKC');
  const extension = extname(base)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 10);
  const stem =
    base
      .slice(0, base.length - extname(base).length)
      .replace(/[^\p{L}\p{N}._ -]/gu, '_')
      .replace(/^[.\s]+/, '')
      .slice(0, 100) || 'file';
  return `${stem}${extension}`;
}

export function createWorkspaceRoutes(options: WorkspaceOptions): Hono<Env> {
  const { db, index, clock } = options;
  const maxUpload = options.maxUploadBytes ?? 50 * 1024 * 1024;
  const api = new Hono<Env>();
  // Security (see ../security/): login limits, password hashing, proxies.
  const proxies = trustedProxies(options.trustedProxies ?? []);
  const limiter =
    options.loginLimiter ?? createLoginLimiter(sqliteLimitStore(join(options.dataDir, 'limits.db')));
  const hasher = createPasswordHasher();
  const reader = openIsolatedReader();

  const present = (file: StoredFile) => ({
    id: file.id,
    name: file.name,
    owner: file.owner,
    size: file.size,
    contentType: file.contentType,
    uploaded: file.uploaded,
    sharedWith: file.sharedWith,
    status: file.status,
    ...(file.error ? { error: file.error } : {}),
    ...(file.generatedBy ? { generatedBy: file.generatedBy } : {}),
    downloadUrl: `/api/files/${file.id}/download`,
  });

  /** A hit's server path → the file it belongs to, if the user may read it. */
  const visible = (user: string, path: string) => {
    const file = db.getFileByPath(path);
    return file && db.canRead(user, file) ? file : undefined;
  };

  const reindex = async (file: StoredFile) => {
    db.setStatus(file.id, 'indexing');
    try {
      await removePaths(index, [file.path]);
      const summary = await indexPaths(index, [file.path], {
        owner: file.owner,
        readers: [file.owner, ...file.sharedWith],
        removeDeleted: false,
        now: clock.now(),
        reader,
      });
      const failed = summary.errors[0];
      db.setStatus(file.id, failed ? 'error' : 'ready', failed?.message);
    } catch (thrown) {
      db.setStatus(file.id, 'error', (thrown as Error).message);
    }
  };

  api.get('/openapi.json', (c) => c.json(OPENAPI_DOCUMENT));

  api.post('/session', async (c) => {
    if (!isJsonRequest(c.req.header('content-type')))
      return c.json(
        error('bad_usage', 'Send {"user", "password"} as JSON (Content-Type: application/json).'),
        415,
      );
    const parsed = LoginBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(error('bad_usage', 'Send {"user", "password"} as JSON.'), 400);
    const attempt = await limiter.attempt(parsed.data.user, clientAddress(c, proxies));
    if (!attempt.allowed) {
      c.header('retry-after', String(attempt.retryAfterSeconds));
      return c.json(error('rate_limited', 'Too many failed logins; wait a minute and try again.'), 429);
    }
    const user = db.getUser(parsed.data.user);
    if (!(await hasher.verify(parsed.data.password, user?.passwordHash)) || !user)
      return c.json(error('unauthorized', 'Wrong user name or password.'), 401);
    await attempt.succeeded();
    const session = db.createSession(user.name, SESSION_TTL_MS);
    setCookie(c, COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: options.secureCookies ?? viaHttps(c, proxies),
      maxAge: SESSION_TTL_MS / 1000,
    });
    return c.json({ token: session.token, csrf: session.csrf, user: user.name, admin: user.admin });
  });

  // Everything below needs a session: a Bearer token, or the cookie plus the CSRF header on writes.
  api.use('*', async (c, next) => {
    const header = c.req.header('authorization');
    const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const token = bearer ?? getCookie(c, COOKIE);
    const session = token ? db.getSession(token) : undefined;
    if (!session) return c.json(error('unauthorized', 'Log in first (POST /api/session).'), 401);
    const viaCookie = !bearer;
    if (
      viaCookie &&
      !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) &&
      c.req.header('x-csrf-token') !== session.csrf
    ) {
      return c.json(error('forbidden', 'Missing or wrong X-CSRF-Token header.'), 403);
    }
    c.set('session', session);
    c.set('viaCookie', viaCookie);
    await next();
  });

  api.delete('/session', (c) => {
    db.deleteSession(c.get('session').token);
    deleteCookie(c, COOKIE, { path: '/' });
    return c.json({ ok: true });
  });

  api.get('/me', (c) => {
    const session = c.get('session');
    const user = db.getUser(session.user);
    return c.json({ user: session.user, admin: user?.admin ?? false, csrf: session.csrf });
  });

  api.get('/users', (c) => {
    const user = db.getUser(c.get('session').user);
    if (!user?.admin) return c.json({ users: db.listUsers().map((item) => ({ name: item.name })) });
    return c.json({ users: db.listUsers() });
  });

  api.post('/users', async (c) => {
    const admin = db.getUser(c.get('session').user);
    if (!admin?.admin) return c.json(error('forbidden', 'Only administrators can add users.'), 403);
    const parsed = NewUserBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success)
      return c.json(
        error(
          'bad_usage',
          'Send {"name", "password" (8+ characters), "admin"?}; names use letters, digits, dot, dash, underscore.',
        ),
        400,
      );
    if (db.getUser(parsed.data.name))
      return c.json(error('bad_usage', `User ${parsed.data.name} already exists.`), 409);
    db.addUser(parsed.data.name, await hasher.hash(parsed.data.password), parsed.data.admin ?? false);
    return c.json({ name: parsed.data.name, admin: parsed.data.admin ?? false }, 201);
  });

  api.post('/files', async (c) => {
    const user = c.get('session').user;
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > maxUpload + 64 * 1024)
      return c.json(
        error('file_too_large', `Uploads are limited to ${Math.round(maxUpload / 1048576)} MiB.`),
        413,
      );
    const body = await c.req.parseBody({ all: true }).catch(() => undefined);
    const upload = body?.file;
    const files = (Array.isArray(upload) ? upload : [upload]).filter(
      (item): item is File => item instanceof File,
    );
    if (files.length === 0)
      return c.json(error('bad_usage', 'Send the file as multipart form field "file".'), 400);
    const stored: StoredFile[] = [];
    for (const file of files) {
      if (file.size > maxUpload)
        return c.json(
          error('file_too_large', `${file.name} is over the ${Math.round(maxUpload / 1048576)} MiB limit.`),
          413,
        );
      const bytes = Buffer.from(await file.arrayBuffer());
      const name = stripBidiControls(file.name.split(/[\\/]/).pop() ?? '') || 'file';
      const format = detectFormat(bytes, name);
      if (bytes.length === 0 || !isReadableFormat(format)) {
        return c.json(
          error(
            'format_unknown',
            `${name} is not a file Officemate can read.`,
            'Upload Office files, PDFs, text, mail, calendars, contacts, transcripts or chats.',
          ),
          415,
        );
      }
      const id = newId();
      const folder = join(options.dataDir, 'files', id);
      await mkdir(folder, { recursive: true });
      const path = resolve(folder, safeStorageName(name));
      await writeFile(path, bytes);
      const record = db.addFile({
        id,
        owner: user,
        name,
        path,
        size: bytes.length,
        contentType: file.type || 'application/octet-stream',
        uploaded: clock.now().toISOString(),
      });
      stored.push(record);
      // Indexing runs in the background; the file's status says when it is searchable.
      void reindex(record);
    }
    return c.json({ files: stored.map(present) }, 201);
  });

  api.get('/files', (c) => c.json({ files: db.filesFor(c.get('session').user).map(present) }));

  const readable = (c: { get(key: 'session'): Session }, id: string) => {
    const file = db.getFile(id);
    return file && db.canRead(c.get('session').user, file) ? file : undefined;
  };

  api.get('/files/:id', (c) => {
    const file = readable(c, c.req.param('id'));
    return file ? c.json(present(file)) : c.json(error('not_found', 'No such file.'), 404);
  });

  api.get('/files/:id/download', async (c) => {
    const file = readable(c, c.req.param('id'));
    if (!file) return c.json(error('not_found', 'No such file.'), 404);
    const bytes = await readBytes(file.path);
    return c.body(bytes, 200, {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'x-content-type-options': 'nosniff',
    });
  });

  api.get('/files/:id/preview', async (c) => {
    const file = readable(c, c.req.param('id'));
    if (!file) return c.json(error('not_found', 'No such file.'), 404);
    // Read in a worker under the file budget: a hostile file fails alone, the server goes on.
    const result = await reader.markdown(file.path, await readBytes(file.path), { now: clock.now() });
    if (!result.success)
      return c.json(error(result.error.code, result.error.message.split(file.path).join(file.name)), 422);
    return c.json({ id: file.id, name: file.name, type: result.data.type, markdown: result.data.markdown });
  });

  api.post('/files/:id/share', async (c) => {
    const file = db.getFile(c.req.param('id'));
    const user = c.get('session').user;
    if (!file || !db.canRead(user, file)) return c.json(error('not_found', 'No such file.'), 404);
    if (file.owner !== user) return c.json(error('forbidden', 'Only the owner can share a file.'), 403);
    const parsed = ShareBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(error('bad_usage', 'Send {"users": ["name", ...]}.'), 400);
    const unknown = parsed.data.users.filter((name) => !db.getUser(name));
    if (unknown.length) return c.json(error('not_found', `No such user: ${unknown.join(', ')}.`), 404);
    const updated = db.share(
      file.id,
      parsed.data.users.filter((name) => name !== user),
    );
    await reindex(updated);
    return c.json(present(db.getFile(file.id)!));
  });

  api.get('/search', async (c) => {
    const user = c.get('session').user;
    const query = c.req.query('q') ?? '';
    if (!query.trim()) return c.json(error('bad_usage', 'Give a query: /api/search?q=...'), 400);
    const k = Math.min(50, Math.max(1, Number(c.req.query('k') ?? 10) || 10));
    const response = await search(index, { query, k, now: clock.now(), filters: { asUser: user } });
    // Ranks, not scores: scores use statistics over every user's files (security.md).
    const results = response.results
      .map((hit) => ({ hit, file: visible(user, hit.path) }))
      .filter((item) => item.file)
      .map(({ hit, file }, position) => ({
        fileId: file!.id,
        name: file!.name,
        title: hit.title,
        type: hit.type,
        locator: hit.locator,
        rank: position + 1,
        snippet: hit.snippet,
        date: hit.date,
      }));
    return c.json({ results });
  });

  api.post('/ask', async (c) => {
    const user = c.get('session').user;
    const parsed = AskBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(error('bad_usage', 'Send {"question": "..."} as JSON.'), 400);
    const result = await askQuestion(index, parsed.data.question, {
      now: clock.now(),
      asUser: user,
      ...(options.model ? { model: options.model } : {}),
    });
    const citations = result.citations
      .map((citation) => ({ citation, file: visible(user, citation.path) }))
      .filter((item) => item.file)
      .map(({ citation, file }) => ({
        n: citation.n,
        fileId: file!.id,
        name: file!.name,
        locator: citation.locator,
        quote: citation.quote,
      }));
    const nearest = (result.nearest ?? [])
      .map((item) => ({ item, file: visible(user, item.path) }))
      .filter((entry) => entry.file)
      .map(({ item, file }) => ({
        fileId: file!.id,
        name: file!.name,
        title: item.title,
        snippet: item.snippet,
      }));
    // Sentences resting on a source the user may not read are dropped (security/answer-permissions.ts).
    const dropped = new Set(
      result.citations.filter((item) => !visible(user, item.path)).map((item) => item.n),
    );
    const checked = redactAnswer(result.answer, dropped);
    const body = {
      answer: checked.answer,
      engine: result.engine,
      kind: result.kind,
      found: result.found && checked.answer !== NOTHING_READABLE,
      citations,
      nearest,
    };
    if (!(c.req.header('accept') ?? '').includes('text/event-stream')) return c.json(body);
    return streamSSE(c, async (stream) => {
      // Sentence by sentence, each with its citations, then the whole result.
      const sentences = body.answer.match(/[^.!?。！？]+[.!?。！？]+(\s*\[\d+\])*\s*|[^.!?。！？]+$/g) ?? [
        body.answer,
      ];
      await stream.writeSSE({ event: 'text-start', data: JSON.stringify({ engine: body.engine }) });
      for (const sentence of sentences)
        await stream.writeSSE({ event: 'text-delta', data: JSON.stringify({ delta: sentence }) });
      for (const citation of citations)
        await stream.writeSSE({ event: 'citation', data: JSON.stringify(citation) });
      await stream.writeSSE({ event: 'finish', data: JSON.stringify(body) });
    });
  });

  api.post('/skills/:id', async (c) => {
    const user = c.get('session').user;
    const skill = c.req.param('id');
    const parsed = SkillBody.safeParse(await c.req.json().catch(() => ({})));
    if (!parsed.success) return c.json(error('bad_usage', 'Invalid skill input.'), 400);
    const input = parsed.data;
    const sources = [input.fileId, ...(input.fileIds ?? [])]
      .filter((id): id is string => Boolean(id))
      .map((id) => readable(c, id));
    if (sources.some((file) => !file)) return c.json(error('not_found', 'No such file.'), 404);
    const files = sources as StoredFile[];
    const id = newId();
    const folder = join(options.dataDir, 'files', id);
    await mkdir(folder, { recursive: true });
    const now = ['--now', clock.now().toISOString()];
    const first = files[0];
    const stem = first ? first.name.replace(/\.[^.]+$/, '') : 'draft';
    let args: string[];
    let outName: string | undefined;
    switch (skill) {
      case 'deck':
        if (!first) return c.json(error('bad_usage', 'Give fileId: the document to turn into a deck.'), 400);
        outName = `${stem} deck.pptx`;
        args = [
          'deck',
          first.path,
          '-o',
          join(folder, safeStorageName(outName)),
          ...(input.slides ? ['--slides', String(input.slides)] : []),
          ...(input.theme ? ['--theme', input.theme] : []),
        ];
        break;
      case 'analyze':
        if (!first) return c.json(error('bad_usage', 'Give fileId: the workbook to analyze.'), 400);
        outName = `${stem} insights.xlsx`;
        args = [
          'analyze',
          first.path,
          '-o',
          join(folder, safeStorageName(outName)),
          ...(input.question ? ['--ask', input.question] : []),
        ];
        break;
      case 'recap':
        if (!first) return c.json(error('bad_usage', 'Give fileId: the meeting transcript.'), 400);
        outName = `${stem} recap.docx`;
        args = [
          'recap',
          first.path,
          '-o',
          join(folder, safeStorageName(outName)),
          ...(input.query ? ['--query', input.query] : []),
        ];
        break;
      case 'summarize':
        if (!first) return c.json(error('bad_usage', 'Give fileId: the file to summarize.'), 400);
        args = ['summarize', first.path];
        break;
      case 'mail-summarize':
        if (!first) return c.json(error('bad_usage', 'Give fileId: the mail to summarize.'), 400);
        args = ['mail', 'summarize', first.path, ...(input.query ? ['--thread', input.query] : [])];
        break;
      case 'mail-reply':
        if (!first) return c.json(error('bad_usage', 'Give fileId: the mail to reply to.'), 400);
        outName = `${stem} reply.eml`;
        args = [
          'mail',
          'reply',
          first.path,
          '-o',
          join(folder, safeStorageName(outName)),
          ...(input.prompt ? ['--intent', input.prompt] : []),
        ];
        break;
      case 'draft':
        if (!input.prompt) return c.json(error('bad_usage', 'Give prompt: what to draft.'), 400);
        outName = `${
          input.prompt
            .slice(0, 40)
            .replace(/[^\p{L}\p{N} ]/gu, '')
            .trim() || 'Draft'
        }.docx`;
        args = [
          'draft',
          input.prompt,
          ...files.flatMap((file) => ['--ref', file.path]),
          '-o',
          join(folder, safeStorageName(outName)),
          ...(input.type ? ['--type', input.type] : []),
        ];
        break;
      default:
        return c.json(
          error(
            'not_found',
            `No skill ${skill}.`,
            'Skills: deck, analyze, recap, summarize, mail-summarize, mail-reply, draft.',
          ),
          404,
        );
    }
    const run = await runSkillCommand([...args, ...now]);
    const scrub = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value).split(options.dataDir).join('<workspace>'));
    if (!run.ok) {
      await rm(folder, { recursive: true, force: true });
      return c.json(scrub(error(run.error.code, run.error.message)) as object, 422);
    }
    let artifact: ReturnType<typeof present> | undefined;
    if (outName) {
      const path = join(folder, safeStorageName(outName));
      const bytes = await readBytes(path).catch(() => undefined);
      if (bytes) {
        const record = db.addFile({
          id,
          owner: user,
          name: outName,
          path,
          size: bytes.length,
          contentType: 'application/octet-stream',
          uploaded: clock.now().toISOString(),
          status: 'ready',
          generatedBy: skill,
        });
        artifact = present(record);
      }
    } else {
      await rm(folder, { recursive: true, force: true });
    }
    return c.json({
      skill,
      result: scrub(run.result),
      ...(artifact ? { artifact, downloadUrl: artifact.downloadUrl } : {}),
    });
  });

  return api;
}
