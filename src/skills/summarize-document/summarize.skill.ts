/**
 * @module summarize-skill
 * `summarize`: any readable file in a few sentences, each cited to its passage.
 */
import { z } from 'zod';
import { readSource } from '../read-source.ts';
import { CitationSchema, defineSkill, FileRef } from '../skill.ts';
import { summarizeParsed } from './summarize-file.ts';

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
  }),
  async execute(input, context) {
    const { source, parsed } = await readSource(context, input.source);
    return { data: summarizeParsed(parsed, source.path, input.length) };
  },
});
