/**
 * @module page-routes
 * `/api/pages`: answers and results saved as pages (Markdown with citations): the user's own
 * and those shared with them; the owner edits, shares with named users and deletes; anyone
 * who may read a page downloads it as .docx. Others' pages answer 404, as missing ones do.
 */
import { Hono } from 'hono';
import { DOCX_MEDIA_TYPE } from '../../../formats/media-type.ts';
import { NewPageBody, type PageInfo, PagePatch, ShareBody } from '../../../protocol/api.ts';
import { pageDocx } from '../page-docx.ts';
import type { StoredPage } from '../page-records.ts';
import { newId } from '../workspace-db.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

function presentPage(page: StoredPage): PageInfo {
  return {
    id: page.id,
    owner: page.owner,
    title: page.title,
    markdown: page.markdown,
    citations: [...page.citations],
    sharedWith: [...page.sharedWith],
    created: page.created,
    updated: page.updated,
    docxUrl: `/api/pages/${page.id}/docx`,
  };
}

/** A file name for the page's title: letters, digits, spaces and a few marks. */
const fileNameOf = (title: string) =>
  `${
    title
      .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'page'
  }.docx`;

export function createPageRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const { db, clock } = options;
  const routes = new Hono<WorkspaceEnv>();
  const notFound = () => problem('not_found', 'No such page.', 'List yours with GET /api/pages.');
  const ownerOnly = () => problem('forbidden', 'Only the owner can change, share or delete a page.');

  routes.get('/pages', async (c) =>
    c.json({ pages: (await db.pages.list(c.get('session').user)).map(presentPage) }),
  );

  routes.post('/pages', async (c) => {
    const parsed = NewPageBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success)
      return c.json(problem('bad_usage', 'Send {"title", "markdown", "citations"?}.'), 400);
    const page = await db.pages.create({
      id: newId(),
      owner: c.get('session').user,
      title: parsed.data.title.trim(),
      markdown: parsed.data.markdown,
      citations: parsed.data.citations ?? [],
      created: clock.now().toISOString(),
    });
    return c.json(presentPage(page), 201);
  });

  routes.get('/pages/:id', async (c) => {
    const page = await db.pages.get(c.get('session').user, c.req.param('id'));
    return page ? c.json(presentPage(page)) : c.json(notFound(), 404);
  });

  routes.patch('/pages/:id', async (c) => {
    const user = c.get('session').user;
    const page = await db.pages.get(user, c.req.param('id'));
    if (!page) return c.json(notFound(), 404);
    if (page.owner !== user) return c.json(ownerOnly(), 403);
    const parsed = PagePatch.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success)
      return c.json(problem('bad_usage', 'Send {"title"} or {"markdown"} to change.'), 400);
    await db.pages.update(user, page.id, { ...parsed.data, updated: clock.now().toISOString() });
    return c.json(presentPage((await db.pages.get(user, page.id))!));
  });

  routes.post('/pages/:id/share', async (c) => {
    const user = c.get('session').user;
    const page = await db.pages.get(user, c.req.param('id'));
    if (!page) return c.json(notFound(), 404);
    if (page.owner !== user) return c.json(ownerOnly(), 403);
    const parsed = ShareBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(problem('bad_usage', 'Send {"users": ["name", ...]}.'), 400);
    const unknown: string[] = [];
    for (const name of parsed.data.users) if (!(await db.getUser(name))) unknown.push(name);
    if (unknown.length) return c.json(problem('not_found', `No such user: ${unknown.join(', ')}.`), 404);
    await db.pages.share(user, page.id, parsed.data.users);
    return c.json(presentPage((await db.pages.get(user, page.id))!));
  });

  routes.delete('/pages/:id', async (c) => {
    const user = c.get('session').user;
    const page = await db.pages.get(user, c.req.param('id'));
    if (!page) return c.json(notFound(), 404);
    if (page.owner !== user) return c.json(ownerOnly(), 403);
    await db.pages.remove(user, page.id);
    return c.json({ ok: true, id: page.id });
  });

  routes.get('/pages/:id/docx', async (c) => {
    const page = await db.pages.get(c.get('session').user, c.req.param('id'));
    if (!page) return c.json(notFound(), 404);
    return c.body(new Uint8Array(await pageDocx(page, clock)), 200, {
      'content-type': DOCX_MEDIA_TYPE,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileNameOf(page.title))}`,
      'x-content-type-options': 'nosniff',
    });
  });

  return routes;
}
