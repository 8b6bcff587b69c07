/**
 * @module recap-skill
 * `recap`: a meeting transcript (.vtt, Teams .docx, QMSum JSON) or a chat log as summary, topics,
 * decisions, action items and open questions, each citing transcript turns; optionally a
 * focused answer to a query and the recap as a Word document. With a configured model the
 * summary, decisions and action items come from it, checked against the turns they cite
 * (`recap-with-model.ts`); `engine` says which, `warnings` why the model's answer was not used.
 */
import { z } from 'zod';
import { DOCX_MEDIA_TYPE } from '../../formats/media-type.ts';
import { readTranscriptSource, stemOf } from '../read-source.ts';
import { CitationSchema, defineSkill, FileRef } from '../skill.ts';
import { recapToWordDocument } from './recap-document.ts';
import type { Recap } from './recap-meeting.ts';
import { recapWithModel } from './recap-with-model.ts';

/**
 * The JSON form of a recap (the CLI contract: summary, decisions, actionItems, topics, engine,
 * citations); each citation also names the transcript, like every skill's citations.
 */
export function recapJson(
  recap: Recap & { readonly warnings?: readonly unknown[] },
  path: string,
): Record<string, unknown> {
  return {
    ...(recap.title ? { title: recap.title } : {}),
    ...(recap.date ? { date: recap.date } : {}),
    summary: recap.summary,
    ...(recap.answer !== undefined ? { answer: recap.answer } : {}),
    topics: recap.topics,
    decisions: recap.decisions,
    actionItems: recap.actionItems,
    openQuestions: recap.openQuestions,
    engine: recap.engine,
    citations: recap.citations.map((citation) => ({ ...citation, path })),
    warnings: recap.warnings ?? [],
  };
}

/** The files recap reads, for the hint of a refusal. */
export const RECAP_READS =
  'recap reads WebVTT (.vtt), Teams transcripts saved as .docx, QMSum JSON, and chat logs (chat JSON, IRC).';

export const recapSkill = defineSkill({
  id: 'recap',
  description:
    'Recap a meeting transcript: summary, topics, decisions, action items and open questions, each citing turns.',
  input: z.object({
    transcript: FileRef,
    query: z.string().max(2000).optional().describe('Also answer this question from the meeting.'),
    document: z.boolean().default(true).describe('Also make the recap as a Word document.'),
  }),
  output: z.looseObject({
    summary: z.unknown(),
    decisions: z.array(z.unknown()),
    actionItems: z.array(z.unknown()),
    topics: z.array(z.unknown()),
    engine: z.string(),
    citations: z.array(CitationSchema),
    warnings: z.array(z.object({ type: z.string(), message: z.string() })),
  }),
  async execute(input, context) {
    const { source, parsed } = await readTranscriptSource(context, input.transcript, RECAP_READS);
    const recap = await recapWithModel(parsed, {
      ...(input.query !== undefined ? { query: input.query } : {}),
      now: context.clock.now(),
      model: context.model,
      signal: context.signal,
      ...(context.contextTokens ? { contextTokens: context.contextTokens } : {}),
    });
    if (!input.document) return { data: recapJson(recap, source.path) as never, warnings: recap.warnings };
    const { writeDocx } = await import('../../formats/docx/write-docx.ts');
    const bytes = await writeDocx(recapToWordDocument(recap), { clock: context.clock });
    return {
      data: recapJson(recap, source.path) as never,
      artifacts: [{ name: `${stemOf(source.name)} recap.docx`, bytes, contentType: DOCX_MEDIA_TYPE }],
      warnings: recap.warnings,
    };
  },
});
