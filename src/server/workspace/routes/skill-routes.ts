/**
 * @module skill-routes
 * `POST /api/skills/:id`, generated from the skill registry: the body is validated by the
 * skill's own input schema, file references are file ids the user may read, and what the
 * skill makes is stored as the user's files. With `Accept: text/event-stream` the run reports
 * progress as it goes and stops being kept when the client closes the stream. With
 * `Prefer: respond-async` the run is queued as a durable job instead (202 and its id);
 * `GET /api/skill-runs/:id` says how it stands and holds the same body when it is done.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Result } from '../../../lib/result.ts';
import type { SkillProgressEvent, SkillResponse } from '../../../protocol/api.ts';
import { findSkill, SKILL_IDS } from '../../../skills/registry.ts';
import { statusFor } from '../../presenters/present-error.ts';
import { runWorkspaceSkill, skillResponse, type WorkspaceSkillRun } from '../skill-runner.ts';
import { problem, problemOf, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';
import { newId } from '../workspace-records.ts';

/** How often a running skill says it is still working. */
const HEARTBEAT_MS = 1000;

export function createSkillRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>();
  routes.post('/skills/:id', async (c) => {
    const skill = findSkill(c.req.param('id'));
    if (!skill)
      return c.json(
        problem('not_found', `No skill ${c.req.param('id')}.`, `Skills: ${SKILL_IDS.join(', ')}.`),
        404,
      );
    const input = await c.req.json().catch(() => ({}));
    const user = c.get('session').user;
    if (/\brespond-async\b/i.test(c.req.header('prefer') ?? '')) {
      const parsed = skill.input.safeParse(input);
      if (!parsed.success) {
        const fields = parsed.error.issues.map(
          (issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`,
        );
        return c.json(
          problem(
            'bad_usage',
            `Skill ${skill.id} cannot take this input (${fields.join('; ')}).`,
            'See /api/openapi.json.',
          ),
          400,
        );
      }
      const id = newId();
      await options.db.addSkillRun({
        id,
        user,
        skill: skill.id,
        input,
        created: options.clock.now().toISOString(),
      });
      await options.db.enqueueJob(id, Date.now(), 'skill');
      options.jobs?.kick();
      return c.json({ id, skill: skill.id, status: 'queued', statusUrl: `/api/skill-runs/${id}` }, 202);
    }
    const respond = (run: Result<WorkspaceSkillRun>) => {
      if (!run.success) {
        const status = statusFor(run.error);
        return { status: status === 500 ? 422 : status, body: problemOf(run.error) } as const;
      }
      const body: SkillResponse = skillResponse(skill.id, run.data);
      return { status: 200, body } as const;
    };
    if (!(c.req.header('accept') ?? '').includes('text/event-stream')) {
      const answer = respond(await runWorkspaceSkill(options, skill, input, user, c.req.raw.signal));
      return c.json(answer.body, answer.status);
    }
    return streamSSE(c, async (stream) => {
      // Cancelled when the client goes away or closes the stream.
      const cancel = new AbortController();
      c.req.raw.signal.addEventListener('abort', () => cancel.abort());
      stream.onAbort(() => cancel.abort());
      const started = Date.now();
      const send = (stage: SkillProgressEvent['stage'], detail?: string) => {
        const event: SkillProgressEvent = {
          stage,
          elapsedMs: Date.now() - started,
          ...(detail ? { detail } : {}),
        };
        if (!cancel.signal.aborted)
          void stream
            .writeSSE({ event: 'progress', data: JSON.stringify(event) })
            .catch(() => cancel.abort());
      };
      send('started', skill.id);
      const beat = setInterval(() => send('working'), HEARTBEAT_MS);
      try {
        const answer = respond(
          await runWorkspaceSkill(options, skill, input, user, cancel.signal, {
            reading: (name) => send('reading', name),
            note: (text) => send('note', text),
          }),
        );
        if (!cancel.signal.aborted)
          await stream.writeSSE({
            event: answer.status === 200 ? 'result' : 'error',
            data: JSON.stringify(answer.body),
          });
      } finally {
        clearInterval(beat);
      }
    });
  });
  routes.get('/skill-runs/:id', async (c) => {
    const run = await options.db.getSkillRun(c.req.param('id'));
    if (!run || run.user !== c.get('session').user)
      return c.json(problem('not_found', 'No such skill run.'), 404);
    return c.json({
      id: run.id,
      skill: run.skill,
      status: run.status,
      created: run.created,
      ...(run.status === 'done' ? { response: run.output } : {}),
      ...(run.status === 'failed' ? (run.output as object) : {}),
    });
  });
  return routes;
}
