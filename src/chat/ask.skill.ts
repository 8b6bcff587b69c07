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
import { fail } from '../lib/errors.ts';
import type { Warning } from '../lib/result.ts';
import { CitationSchema, defineSkill, generativeModel } from '../skills/skill.ts';
import { askQuestion } from './ask-question.ts';
import { loadSession, saveSession, withContext } from './sessions.ts';

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
    if (input.session && !context.stateDir)
      fail('bad_usage', 'Conversations are not kept here.', { hint: 'Ask without a session.' });
    const session =
      input.session && context.stateDir ? await loadSession(context.stateDir, input.session) : undefined;
    const model = generativeModel(context);
    const warnings: Warning[] = [];
    const result = await askQuestion(index, question, {
      now: context.clock.now(),
      asUser: context.user,
      k: input.k,
      ...(model ? { model } : {}),
      ...(context.contextTokens ? { contextTokens: context.contextTokens } : {}),
      signal: context.signal,
      warn: (warning) => warnings.push(warning),
      retrievalQuery: session ? withContext(question, session) : question,
      ...(session?.turns.length ? { earlierQuestions: session.turns.map((turn) => turn.question) } : {}),
    });
    if (session && context.stateDir)
      await saveSession(context.stateDir, {
        id: session.id,
        turns: [
          ...session.turns,
          {
            question,
            answer: result.answer,
            at: context.clock.now().toISOString(),
            cited: result.citations.map((citation) => citation.title),
          },
        ],
      });
    return { data: { ...result, ...(warnings.length ? { warnings } : {}) }, warnings };
  },
});
