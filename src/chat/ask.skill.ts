/**
 * @module ask-skill
 * `ask`: a grounded answer over the index, every sentence citing passages `[n]`, answered
 * only from what the user may read. A `session` keeps a conversation, so follow-ups use the
 * earlier questions. With a configured model the answer is the model's, checked against the
 * passages it cites; when the model fails or too little of its answer is grounded, the
 * builtin answer comes back with `warnings` saying why. Lives in chat/ because chat sits
 * above skills/.
 */
import { z } from 'zod';
import type { SearchIndex } from '../index/open-index.ts';
import { fail } from '../lib/errors.ts';
import type { Warning } from '../lib/result.ts';
import { isValidTimeZone, zoneOfOffset } from '../lib/time-zones.ts';
import { CitationSchema, defineSkill, generativeModel, type SkillContext } from '../skills/skill.ts';
import { type AskResult, askQuestion } from './ask-question.ts';
import { fileSessions, type Session, withContext } from './sessions.ts';

/**
 * One question asked as `context`'s user with its model, clock and budget, over `index` (the
 * whole index, or a scoped view of it); a `session`'s earlier turns shape retrieval and the
 * model's request. The warnings are those of the model path, if any.
 */
export async function askInContext(
  index: SearchIndex,
  question: string,
  context: SkillContext,
  options: { readonly k?: number; readonly session?: Session; readonly timeZone?: string } = {},
): Promise<{ result: AskResult; warnings: Warning[] }> {
  const model = generativeModel(context);
  const warnings: Warning[] = [];
  const session = options.session;
  const result = await askQuestion(index, question, {
    now: context.clock.now(),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    asUser: context.user,
    ...(options.k !== undefined ? { k: options.k } : {}),
    ...(model ? { model } : {}),
    ...(context.contextTokens ? { contextTokens: context.contextTokens } : {}),
    signal: context.signal,
    warn: (warning) => warnings.push(warning),
    retrievalQuery: session ? withContext(question, session) : question,
    ...(session?.turns.length ? { earlierQuestions: session.turns.map((turn) => turn.question) } : {}),
  });
  return { result, warnings };
}

/** The asker's zone as Intl reads it: an IANA name as given, a UTC offset as its fixed zone. */
function askerZone(text: string): string {
  const zone = zoneOfOffset(text) ?? (isValidTimeZone(text) ? text : undefined);
  if (!zone)
    fail('bad_usage', `"${text}" is not a time zone.`, {
      hint: 'Give an IANA name such as Europe/Berlin, or a UTC offset such as -08:00.',
    });
  return zone;
}

export const askSkill = defineSkill({
  id: 'ask',
  description: 'Ask a question across your indexed work; every sentence of the answer cites its source.',
  input: z.object({
    question: z.string().max(2000),
    k: z.number().int().min(1).max(50).default(8),
    session: z
      .string()
      .max(80)
      .optional()
      .describe('Keep a conversation: follow-ups use the earlier questions.'),
    timeZone: z
      .string()
      .max(64)
      .optional()
      .describe(
        "The asker's time zone, an IANA name or a UTC offset (-08:00): days asked about are the asker's days.",
      ),
  }),
  output: z.looseObject({
    answer: z.string(),
    found: z.boolean(),
    kind: z.string(),
    engine: z.string(),
    citations: z.array(CitationSchema),
    warnings: z.array(z.object({ type: z.string(), message: z.string() })).optional(),
  }),
  async execute(input, context) {
    const question = input.question;
    if (question.trim() === '') fail('bad_usage', 'The question is empty.');
    // An empty index is answered by askQuestion: it says so, and how to index, in the question's language.
    const index = await context.index();
    const sessions = context.sessions ?? (context.stateDir ? fileSessions(context.stateDir) : undefined);
    if (input.session && !sessions)
      fail('bad_usage', 'Conversations are not kept here.', { hint: 'Ask without a session.' });
    const session = input.session && sessions ? await sessions.load(input.session) : undefined;
    const timeZone = input.timeZone === undefined ? undefined : askerZone(input.timeZone);
    const { result, warnings } = await askInContext(index, question, context, {
      k: input.k,
      ...(session ? { session } : {}),
      ...(timeZone ? { timeZone } : {}),
    });
    if (session && sessions)
      await sessions.append(session.id, {
        question,
        answer: result.answer,
        at: context.clock.now().toISOString(),
        cited: result.citations.map((citation) => citation.title),
        engine: result.engine,
        kind: result.kind,
        found: result.found,
      });
    return { data: { ...result, ...(warnings.length ? { warnings } : {}) }, warnings };
  },
});
