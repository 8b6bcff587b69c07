/**
 * @module rewrite-skill
 * `rewrite`: a document shorter, simpler, or (with a model) more formal or casual, keeping
 * its structure, written as .docx. With a model, each paragraph that loses a fact or fails
 * falls back on its own; `paragraphs` gives the engine of each, `warnings` the reasons.
 */
import { z } from 'zod';
import { writeDocx } from '../../formats/docx/write-docx.ts';
import { DOCX_MEDIA_TYPE } from '../../formats/media-type.ts';
import { readSourceOf, stemOf } from '../read-source.ts';
import { defineSkill, FileRef } from '../skill.ts';
import { rewriteDocument } from './rewrite-document.ts';

export const rewriteSkill = defineSkill({
  id: 'rewrite',
  description:
    'Rewrite a document shorter, simpler, or (with a model) more formal or casual, keeping its structure.',
  input: z.object({ source: FileRef, style: z.enum(['shorter', 'simpler', 'formal', 'casual']) }),
  output: z.looseObject({
    engine: z.string(),
    paragraphsChanged: z.number(),
    wordsBefore: z.number(),
    wordsAfter: z.number(),
    paragraphs: z.array(z.object({ block: z.number(), engine: z.string(), changed: z.boolean() })),
    warnings: z.array(z.object({ type: z.string(), message: z.string() })),
    citations: z.array(z.unknown()),
  }),
  async execute(input, context) {
    const { source, parsed } = await readSourceOf(
      context,
      input.source,
      'document',
      'rewrite works on Word, PDF, Markdown, HTML and text files.',
    );
    const rewritten = await rewriteDocument(parsed, input.style, context.model, {
      signal: context.signal,
      now: context.clock.now(),
      ...(context.contextTokens ? { contextTokens: context.contextTokens } : {}),
    });
    const bytes = await writeDocx(rewritten.document, { clock: context.clock });
    return {
      data: {
        engine: rewritten.engine,
        paragraphsChanged: rewritten.paragraphsChanged,
        wordsBefore: rewritten.wordsBefore,
        wordsAfter: rewritten.wordsAfter,
        paragraphs: rewritten.paragraphs,
        warnings: rewritten.warnings,
        citations: [],
      },
      warnings: rewritten.warnings,
      artifacts: [
        { name: `${stemOf(source.name)} ${input.style}.docx`, bytes, contentType: DOCX_MEDIA_TYPE },
      ],
    };
  },
});
