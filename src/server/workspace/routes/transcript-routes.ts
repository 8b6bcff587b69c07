/**
 * @module transcript-routes
 * `/api/transcripts/:fileId`: a meeting transcript (or a chat log, a turn per message) the user may read, as its turns (speaker,
 * times from the start, text), for the web app's transcript view. Its recap goes through
 * `POST /api/skills/recap`, whose citations point at these turns.
 */
import { Hono } from 'hono';
import { attempt } from '../../../lib/result.ts';
import type { TranscriptView } from '../../../protocol/api.ts';
import { readTranscriptSource } from '../../../skills/read-source.ts';
import { presentError, statusFor } from '../../presenters/present-error.ts';
import { readableFile } from '../present-file.ts';
import { workspaceSkillContext } from '../skill-runner.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

export function createTranscriptRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>();
  routes.get('/transcripts/:fileId', async (c) => {
    const user = c.get('session').user;
    const file = await readableFile(options.db, user, c.req.param('fileId'));
    if (!file) return c.json(problem('not_found', 'No such file.'), 404);
    const context = workspaceSkillContext(options, user, 'transcript-view', c.req.raw.signal);
    const read = await attempt(() =>
      readTranscriptSource(
        context,
        file.id,
        'Open a meeting transcript (.vtt, Teams .docx, QMSum JSON, text) or a chat log (chat JSON, IRC).',
      ),
    );
    if (!read.success) {
      // A reader's message may name the copy's path on the server: the file's name stands in.
      const error = {
        ...read.error,
        message: read.error.message.split(read.error.path ?? '\u0000').join(file.name),
      };
      return c.json(presentError(error), statusFor(read.error));
    }
    const transcript = read.data.parsed;
    const view: TranscriptView = {
      id: file.id,
      name: file.name,
      ...(transcript.title ? { title: transcript.title } : {}),
      ...(transcript.date ? { date: transcript.date } : {}),
      turns: transcript.turns.map((turn) => ({
        index: turn.index,
        speaker: turn.speaker,
        ...(turn.start !== undefined ? { start: turn.start } : {}),
        ...(turn.end !== undefined ? { end: turn.end } : {}),
        text: turn.text,
      })),
    };
    return c.json(view);
  });
  return routes;
}
