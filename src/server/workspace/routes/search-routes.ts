/**
 * @module search-routes
 * `GET /api/search?q=&k=`: the search skill for the signed-in user, hits shown by file id.
 */
import { Hono } from 'hono';
import { SearchQuery, type SearchResult } from '../../../protocol/api.ts';
import { searchSkill } from '../../../skills/search/search.skill.ts';
import { runSkill } from '../../../skills/skill.ts';
import { presentError, statusFor } from '../../presenters/present-error.ts';
import { visibleFiles } from '../present-file.ts';
import { workspaceSkillContext } from '../skill-runner.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

type Hit = Omit<SearchResult, 'fileId' | 'name'> & { path: string };

export function createSearchRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>();
  routes.get('/search', async (c) => {
    const user = c.get('session').user;
    const query = SearchQuery.safeParse({ q: c.req.query('q')?.trim() || undefined, k: c.req.query('k') });
    if (!query.success) {
      // Name the parameter that is wrong: a bad k is not a missing query.
      const badQuery = query.error.issues.some((issue) => issue.path[0] === 'q');
      return c.json(
        !badQuery
          ? problem('bad_usage', `k must be a whole number from 1 to 50, not "${c.req.query('k')}".`)
          : problem('bad_usage', 'Give a query: /api/search?q=...'),
        400,
      );
    }
    const context = workspaceSkillContext(options, user, searchSkill.id, c.req.raw.signal);
    const run = await runSkill(searchSkill, { query: query.data.q, k: query.data.k ?? 10 }, context);
    if (!run.success) return c.json(presentError(run.error), statusFor(run.error));
    const hits = (run.data.data as { results: Hit[] }).results;
    const files = await visibleFiles(
      options.db,
      user,
      hits.map((hit) => hit.path),
    );
    // Ranks, not scores: scores use statistics over every user's files (docs/security.md).
    const results: SearchResult[] = hits
      .flatMap((hit) => {
        const file = files.get(hit.path);
        return file ? [{ hit, file }] : [];
      })
      .map(({ hit, file }, position) => ({
        fileId: file.id,
        name: file.name,
        title: hit.title,
        type: hit.type,
        locator: hit.locator,
        rank: position + 1,
        snippet: hit.snippet,
        ...(hit.date ? { date: hit.date } : {}),
      }));
    return c.json({ results });
  });
  return routes;
}
