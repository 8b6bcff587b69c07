/**
 * @module skill-routes
 * `POST /api/skills/:id`, generated from the skill registry: the body is validated by the
 * skill's own input schema, file references are file ids the user may read, and what the
 * skill makes is stored as the user's files. With `Accept: text/event-stream` the run reports
 * progress as it goes and stops being kept when the client closes the stream.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Result } from '../../../lib/result.ts';
import type { SkillProgressEvent, SkillResponse } from '../../../protocol/api.ts';
import { findSkill, SKILL_IDS } from '../../../skills/registry.ts';
import { presentError, statusFor } from '../../presenters/present-error.ts';
import { runWorkspaceSkill, type WorkspaceSkillRun } from '../skill-runner.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

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
    const respond = (run: Result<WorkspaceSkillRun>) => {
      if (!run.success) {
        const status = statusFor(run.error);
        return { status: status === 500 ? 422 : status, body: presentError(run.error) } as const;
      }
      const [artifact] = run.data.artifacts;
      const body: SkillResponse = {
        skill: skill.id,
        result: run.data.result,
        artifacts: run.data.artifacts,
        ...(artifact ? { artifact, downloadUrl: artifact.downloadUrl } : {}),
      };
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
  return routes;
}
