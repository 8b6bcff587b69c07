/**
 * @module ask-routes
 * `POST /api/ask`: the ask skill for the signed-in user, citations shown by file id; as JSON,
 * or as server-sent events when the client accepts `text/event-stream`: `text-start`, then
 * `text-delta` with a model's words as it writes them (the builtin answer comes sentence by
 * sentence), `text-end`, one `citation` each, and `finish` with the checked answer, which
 * replaces the streamed words; `error` instead when the run fails. In a stored conversation
 * (`conversationId`) follow-ups use its history, each turn is kept with the answer as the user
 * saw it, and a scope keeps answers to one file, mail or meetings (conversation-ask.ts).
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { draftListener } from '../../../chat/answer-draft.ts';
import { askSkill } from '../../../chat/ask.skill.ts';
import type { AskResult } from '../../../chat/ask-question.ts';
import { observeStreams } from '../../../models/observe-streams.ts';
import { type Answer, AskBody, type Citation } from '../../../protocol/api.ts';
import { presentError, statusFor } from '../../presenters/present-error.ts';
import { NOTHING_READABLE, redactAnswer } from '../../security/answer-permissions.ts';
import { answerQuestion, titleFrom } from '../conversation-ask.ts';
import type { StoredConversation } from '../conversation-records.ts';
import { visibleFiles } from '../present-file.ts';
import { refusalBeforeRun, workspaceSkillContext } from '../skill-runner.ts';
import type { WorkspaceDb } from '../workspace-db.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

/** The answer as the user may see it: citations and nearest results only from files they may read. */
export async function presentAnswer(result: AskResult, db: WorkspaceDb, user: string): Promise<Answer> {
  const files = await visibleFiles(db, user, [
    ...result.citations.map((citation) => citation.path),
    ...(result.nearest ?? []).map((item) => item.path),
  ]);
  const citations: Citation[] = result.citations.flatMap((citation) => {
    const file = files.get(citation.path);
    return file
      ? [
          {
            n: citation.n,
            fileId: file.id,
            name: file.name,
            locator: citation.locator,
            quote: citation.quote,
          },
        ]
      : [];
  });
  const nearest = (result.nearest ?? []).flatMap((item) => {
    const file = files.get(item.path);
    return file ? [{ fileId: file.id, name: file.name, title: item.title, snippet: item.snippet }] : [];
  });
  // Sentences resting on a source the user may not read are dropped (security/answer-permissions.ts).
  const dropped = new Set(result.citations.filter((item) => !files.has(item.path)).map((item) => item.n));
  const checked = redactAnswer(result.answer, dropped);
  return {
    answer: checked.answer,
    engine: result.engine,
    kind: result.kind,
    found: result.found && checked.answer !== NOTHING_READABLE,
    citations,
    nearest,
    ...(result.warnings?.length
      ? { warnings: result.warnings.map(({ type, message }) => ({ type, message })) }
      : {}),
  };
}

/** Keeps the turn in its conversation; an untitled conversation is named after its first question. */
async function keepTurn(
  options: WorkspaceOptions,
  conversation: StoredConversation,
  question: string,
  result: AskResult,
  answer: Answer,
): Promise<void> {
  const { conversations } = options.db;
  await conversations.addTurn(conversation.owner, conversation.id, {
    question,
    answer,
    cited: result.citations.map((citation) => citation.title),
    at: options.clock.now().toISOString(),
  });
  if (conversation.title === '')
    await conversations.update(conversation.owner, conversation.id, { title: titleFrom(question) });
}

/** Sentences of an answer, each with the citation markers that follow it. */
function sentencesOf(answer: string): string[] {
  return answer.match(/[^.!?。！？]+[.!?。！？]+(\s*\[\d+\])*\s*|[^.!?。！？]+$/g) ?? [answer];
}

export function createAskRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>();
  routes.post('/ask', async (c) => {
    const user = c.get('session').user;
    const parsed = AskBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(problem('bad_usage', 'Send {"question": "..."} as JSON.'), 400);
    const context = workspaceSkillContext(options, user, askSkill.id, c.req.raw.signal);
    const refused = await refusalBeforeRun(options, context);
    if (refused) return c.json(presentError(refused), statusFor(refused));
    if (!(c.req.header('accept') ?? '').includes('text/event-stream')) {
      const run = await answerQuestion(options, parsed.data, context);
      if (!run.success) return c.json(presentError(run.error), statusFor(run.error));
      const body = await presentAnswer(run.data.result, options.db, user);
      if (run.data.conversation)
        await keepTurn(options, run.data.conversation, parsed.data.question, run.data.result, body);
      return c.json(body);
    }
    return streamSSE(c, async function streamAnswer(stream) {
      // Events go out in order: a model's words are queued as they come, while the skill runs.
      let queue = Promise.resolve();
      const send = (event: string, data: unknown) => {
        queue = queue.then(() => stream.writeSSE({ event, data: JSON.stringify(data) }));
      };
      let streamed = false;
      const model = observeStreams(context.model, () =>
        draftListener((delta) => {
          if (!streamed) send('text-start', { engine: context.model.engine });
          streamed = true;
          send('text-delta', { delta });
        }),
      );
      const run = await answerQuestion(options, parsed.data, { ...context, model });
      if (!run.success) {
        send('error', presentError(run.error));
        await queue;
        return;
      }
      const body = await presentAnswer(run.data.result, options.db, user);
      if (run.data.conversation)
        await keepTurn(options, run.data.conversation, parsed.data.question, run.data.result, body);
      // The builtin answer (or a model that did not stream) is sent sentence by sentence; a
      // streamed draft is replaced by the checked answer in `finish`.
      if (!streamed) {
        send('text-start', { engine: body.engine });
        for (const sentence of sentencesOf(body.answer)) send('text-delta', { delta: sentence });
      }
      send('text-end', {});
      for (const citation of body.citations) send('citation', citation);
      send('finish', body);
      await queue;
    });
  });
  return routes;
}
