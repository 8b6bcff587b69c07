/**
 * @module skill-routes
 * `POST /api/skills/:id`, generated from the skill registry: the body is validated by the
 * skill's own input schema, file references are file ids the user may read, and what the
 * skill makes is stored as the user's files.
 */
import { Hono } from 'hono';
import type { SkillResponse } from '../../../protocol/api.ts';
import { findSkill, SKILL_IDS } from '../../../skills/registry.ts';
import { presentError, statusFor } from '../../presenters/present-error.ts';
import { runWorkspaceSkill } from '../skill-runner.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

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
    const run = await runWorkspaceSkill(options, skill, input, c.get('session').user, c.req.raw.signal);
    if (!run.success) {
      const status = statusFor(run.error);
      return c.json(presentError(run.error), status === 500 ? 422 : status);
    }
    const [artifact] = run.data.artifacts;
    const body: SkillResponse = {
      skill: skill.id,
      result: run.data.result,
      artifacts: run.data.artifacts,
      ...(artifact ? { artifact, downloadUrl: artifact.downloadUrl } : {}),
    };
    return c.json(body);
  });
  return routes;
}
