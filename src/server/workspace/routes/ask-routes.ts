/**
 * @module ask-routes
 * `POST /api/ask`: the ask skill for the signed-in user, citations shown by file id; as JSON,
 * or as server-sent events (text-start, text-delta per sentence, citation, finish) when the
 * client accepts `text/event-stream`. In a stored conversation each turn is kept with the answer
 * as the user saw it.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AskResult } from '../../../chat/ask-question.ts';
import { type Answer, AskBody, type Citation } from '../../../protocol/api.ts';
import { presentError, statusFor } from '../../presenters/present-error.ts';
import { NOTHING_READABLE, redactAnswer } from '../../security/answer-permissions.ts';
import { answerQuestion, titleFrom } from '../conversation-ask.ts';
import type { StoredConversation } from '../conversation-records.ts';
import { visibleFiles } from '../present-file.ts';
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
    const run = await answerQuestion(options, user, parsed.data, c.req.raw.signal);
    if (!run.success) return c.json(presentError(run.error), statusFor(run.error));
    const body = await presentAnswer(run.data.result, options.db, user);
    if (run.data.conversation)
      await keepTurn(options, run.data.conversation, parsed.data.question, run.data.result, body);
    if (!(c.req.header('accept') ?? '').includes('text/event-stream')) return c.json(body);
    return streamSSE(c, async (stream) => {
      await stream.writeSSE({ event: 'text-start', data: JSON.stringify({ engine: body.engine }) });
      for (const sentence of sentencesOf(body.answer))
        await stream.writeSSE({ event: 'text-delta', data: JSON.stringify({ delta: sentence }) });
      for (const citation of body.citations)
        await stream.writeSSE({ event: 'citation', data: JSON.stringify(citation) });
      await stream.writeSSE({ event: 'finish', data: JSON.stringify(body) });
    });
  });
  return routes;
}
