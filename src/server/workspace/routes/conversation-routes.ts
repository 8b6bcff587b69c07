/**
 * @module conversation-routes
 * `/api/conversations`: the signed-in user's stored conversations: list, start, open with
 * their turns, rename or rescope, delete. Another user's conversation answers 404, as a
 * missing one does. Questions go to `POST /api/ask` with `conversationId`.
 */
import { Hono } from 'hono';
import {
  type ConversationDetail,
  type ConversationInfo,
  ConversationPatch,
  NewConversationBody,
} from '../../../protocol/api.ts';
import { indexScopeFor } from '../conversation-ask.ts';
import type { StoredConversation } from '../conversation-records.ts';
import { newId } from '../workspace-db.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

function presentConversation(conversation: StoredConversation): ConversationInfo {
  const { id, title, scope, created, updated, turns } = conversation;
  return { id, title, scope, created, updated, turns };
}

export function createConversationRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const { db, clock } = options;
  const routes = new Hono<WorkspaceEnv>();
  const notFound = () =>
    problem('not_found', 'No such conversation.', 'List yours with GET /api/conversations.');
  const badScope = () =>
    problem('not_found', 'No such file to keep the conversation to.', 'Give the id of a file you may read.');

  routes.get('/conversations', async (c) =>
    c.json({ conversations: (await db.conversations.list(c.get('session').user)).map(presentConversation) }),
  );

  routes.post('/conversations', async (c) => {
    const user = c.get('session').user;
    const parsed = NewConversationBody.safeParse(await c.req.json().catch(() => ({})));
    if (!parsed.success)
      return c.json(
        problem('bad_usage', 'Send {"title"?, "scope"?: {"kind": "all" | "file" | "mail" | "meetings"}}.'),
        400,
      );
    const scope = parsed.data.scope ?? { kind: 'all' as const };
    if (!(await indexScopeFor(scope, db, user))) return c.json(badScope(), 404);
    const conversation = await db.conversations.create({
      id: newId(),
      owner: user,
      title: parsed.data.title?.trim() ?? '',
      scope,
      created: clock.now().toISOString(),
    });
    return c.json(presentConversation(conversation), 201);
  });

  routes.get('/conversations/:id', async (c) => {
    const user = c.get('session').user;
    const conversation = await db.conversations.get(user, c.req.param('id'));
    if (!conversation) return c.json(notFound(), 404);
    const turns = await db.conversations.turns(user, conversation.id);
    const body: ConversationDetail = {
      ...presentConversation(conversation),
      history: turns.map(({ n, question, answer, at }) => ({ n, question, answer, at })),
    };
    return c.json(body);
  });

  routes.patch('/conversations/:id', async (c) => {
    const user = c.get('session').user;
    const parsed = ConversationPatch.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(problem('bad_usage', 'Send {"title"} or {"scope"} to change.'), 400);
    if (parsed.data.scope && !(await indexScopeFor(parsed.data.scope, db, user)))
      return c.json(badScope(), 404);
    const change = {
      ...(parsed.data.title ? { title: parsed.data.title.trim() } : {}),
      ...(parsed.data.scope ? { scope: parsed.data.scope } : {}),
    };
    if (!(await db.conversations.update(user, c.req.param('id'), change))) return c.json(notFound(), 404);
    return c.json(presentConversation((await db.conversations.get(user, c.req.param('id')))!));
  });

  routes.delete('/conversations/:id', async (c) => {
    const id = c.req.param('id');
    if (!(await db.conversations.remove(c.get('session').user, id))) return c.json(notFound(), 404);
    return c.json({ ok: true, id });
  });

  return routes;
}
