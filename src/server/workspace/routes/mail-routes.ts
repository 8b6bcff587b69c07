/**
 * @module mail-routes
 * `/api/mail/:fileId/…`: a mail file the user may read as threads: a page of the thread list
 * with triage labels, one thread's messages, and a reply to it, drafted, then stored as an
 * .eml of the user's once edited. Summaries go through `POST /api/skills/mail-summarize`.
 */
import { Hono } from 'hono';
import { writeEml } from '../../../formats/mail/write-eml.ts';
import { attempt } from '../../../lib/result.ts';
import { MailPageQuery, MailReplyBody, type MailReplyDraft } from '../../../protocol/api.ts';
import { presentError, statusFor } from '../../presenters/present-error.ts';
import { storeFile } from '../file-store.ts';
import { findMailThread, openMailbox, replyTo, threadPage, threadView } from '../mail-view.ts';
import { presentFile } from '../present-file.ts';
import { workspaceSkillContext } from '../skill-runner.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

const PAGE = 25;

export function createMailRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>();
  const mailbox = (user: string, fileId: string, signal: AbortSignal) =>
    attempt(() => openMailbox(workspaceSkillContext(options, user, 'mail-threads', signal), fileId));
  const noThread = () =>
    problem('not_found', 'No such thread in this mail.', 'List the threads with GET /api/mail/FILE/threads.');

  routes.get('/mail/:fileId/threads', async (c) => {
    const query = MailPageQuery.safeParse(c.req.query());
    if (!query.success) return c.json(problem('bad_usage', 'offset is 0 or more; limit is 1 to 100.'), 400);
    const opened = await mailbox(c.get('session').user, c.req.param('fileId'), c.req.raw.signal);
    if (!opened.success) return c.json(presentError(opened.error), statusFor(opened.error));
    return c.json(threadPage(opened.data, query.data.offset ?? 0, query.data.limit ?? PAGE));
  });

  routes.get('/mail/:fileId/threads/:threadId', async (c) => {
    const opened = await mailbox(c.get('session').user, c.req.param('fileId'), c.req.raw.signal);
    if (!opened.success) return c.json(presentError(opened.error), statusFor(opened.error));
    const thread = findMailThread(opened.data, c.req.param('threadId'));
    return thread ? c.json(threadView(opened.data, thread)) : c.json(noThread(), 404);
  });

  routes.post('/mail/:fileId/threads/:threadId/reply', async (c) => {
    const user = c.get('session').user;
    const body = MailReplyBody.safeParse(await c.req.json().catch(() => ({})));
    if (!body.success) return c.json(problem('bad_usage', 'Send {"text"?, "all"?}.'), 400);
    const opened = await mailbox(user, c.req.param('fileId'), c.req.raw.signal);
    if (!opened.success) return c.json(presentError(opened.error), statusFor(opened.error));
    const thread = findMailThread(opened.data, c.req.param('threadId'));
    if (!thread) return c.json(noThread(), 404);
    const draft = replyTo(opened.data, thread, options.clock.now(), body.data.all ?? false);
    const message = body.data.text === undefined ? draft.message : { ...draft.message, text: body.data.text };
    const reply: MailReplyDraft = {
      subject: message.subject,
      to: message.to.map((address) => address.address),
      cc: (message.cc ?? []).map((address) => address.address),
      text: message.text,
      // An edited reply: the bracketed placeholders ("[your answer]") still left in it.
      placeholders:
        body.data.text === undefined
          ? draft.placeholders
          : (message.text.match(/\[your [^\]\n]+\]/g) ?? []).length,
    };
    if (body.data.text === undefined) return c.json(reply);
    const stored = await storeFile(options, {
      owner: user,
      name: 'reply.eml',
      bytes: writeEml(message),
      contentType: 'message/rfc822',
      generatedBy: 'mail-reply',
    });
    return c.json({ ...reply, file: presentFile(stored) }, 201);
  });

  return routes;
}
