/**
 * @module summarize-skill
 * `summarize`: any readable file in a few sentences, each cited to its passage. With a model,
 * a grounded summary checked against the passages, else (or on any failure) the builtin one;
 * `engine` says which, and `warnings` why the model's answer was not used or was cut.
 */
import { z } from 'zod';
import { readSource, sourceWarnings } from '../read-source.ts';
import { CitationSchema, defineSkill, FileRef } from '../skill.ts';
import { summarizeFile } from './summarize-with-model.ts';

export const summarizeSkill = defineSkill({
  id: 'summarize',
  description: 'Summarize any readable file; every sentence is cited to its passage.',
  input: z.object({
    source: FileRef,
    length: z.enum(['short', 'medium', 'long']).default('medium'),
  }),
  output: z.looseObject({
    title: z.string(),
    summary: z.string(),
    engine: z.string(),
    citations: z.array(CitationSchema),
    warnings: z.array(z.object({ type: z.string(), message: z.string() })),
  }),
  async execute(input, context) {
    const read = await readSource(context, input.source);
    const { source, parsed } = read;
    const summary = await summarizeFile(parsed, source.path, {
      length: input.length,
      model: context.model,
      signal: context.signal,
      now: context.clock.now(),
      ...(context.contextTokens ? { contextTokens: context.contextTokens } : {}),
    });
    return { data: summary, warnings: [...summary.warnings, ...sourceWarnings(read)] };
  },
});
