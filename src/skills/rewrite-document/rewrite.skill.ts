/**
 * @module rewrite-skill
 * `rewrite`: a document shorter, simpler, or (with a model) more formal or casual, keeping
 * its structure, written as .docx.
 */
import { z } from 'zod';
import { writeDocx } from '../../formats/docx/write-docx.ts';
import { DOCX } from '../draft-document/draft.skill.ts';
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
    citations: z.array(z.unknown()),
  }),
  async execute(input, context) {
    const { source, parsed } = await readSourceOf(
      context,
      input.source,
      'document',
      'rewrite works on Word, PDF, Markdown, HTML and text files.',
    );
    const rewritten = await rewriteDocument(parsed, input.style, context.model, context.signal);
    const bytes = await writeDocx(rewritten.document, { clock: context.clock });
    return {
      data: {
        engine: rewritten.engine,
        paragraphsChanged: rewritten.paragraphsChanged,
        wordsBefore: rewritten.wordsBefore,
        wordsAfter: rewritten.wordsAfter,
        citations: [],
      },
      artifacts: [{ name: `${stemOf(source.name)} ${input.style}.docx`, bytes, contentType: DOCX }],
    };
  },
});
