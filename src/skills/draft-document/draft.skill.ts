/**
 * @module draft-skill
 * `draft`: a Word document from a prompt and reference files, citing them as footnotes. With a
 * configured model each section is written by it where its answer holds up; `sections[].engine`
 * says which, `warnings` why a section kept the builtin text.
 */
import { z } from 'zod';
import { writeDocx } from '../../formats/docx/write-docx.ts';
import { DOCX_MEDIA_TYPE } from '../../formats/media-type.ts';
import type { Warning } from '../../lib/result.ts';
import { readSource, sourceWarnings } from '../read-source.ts';
import { CitationSchema, defineSkill, FileRef } from '../skill.ts';
import { DocumentType } from './document-types.ts';
import { draftDocument, type Reference } from './draft-document.ts';

/** The longest a draft's name gets from its prompt, in characters. */
const NAME_LENGTH = 40;

/** A file name from the whole words that open a prompt ("A one-page memo to …"), without punctuation. */
export function draftName(prompt: string): string {
  const words = prompt
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .split(/\s+/)
    .map((word) => word.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  let name = '';
  for (const word of words) {
    const longer = name ? `${name} ${word}` : word;
    if (longer.length > NAME_LENGTH) break;
    name = longer;
  }
  return `${name || words[0]?.slice(0, NAME_LENGTH) || 'Draft'}.docx`;
}

export const draftSkill = defineSkill({
  id: 'draft',
  description: 'Draft a Word document from a prompt and reference files, citing them as footnotes.',
  input: z.object({
    prompt: z.string().min(1).max(20_000),
    references: z.array(FileRef).max(50).default([]),
    type: z.enum(Object.values(DocumentType) as [string, ...string[]]).optional(),
    author: z.string().max(200).optional(),
  }),
  output: z.looseObject({
    type: z.string(),
    engine: z.string(),
    sections: z.array(z.unknown()),
    citations: z.array(CitationSchema),
    warnings: z.array(z.object({ type: z.string(), message: z.string() })),
  }),
  async execute(input, context) {
    const references: Reference[] = [];
    const readWarnings: Warning[] = [];
    for (const ref of input.references) {
      const read = await readSource(context, ref);
      references.push({ path: read.source.path, parsed: read.parsed });
      readWarnings.push(...sourceWarnings(read));
    }
    const draft = await draftDocument(
      {
        prompt: input.prompt,
        ...(input.type ? { type: input.type as DocumentType } : {}),
        references,
        now: context.clock.now(),
        ...(input.author ? { author: input.author } : {}),
        ...(context.contextTokens ? { contextTokens: context.contextTokens } : {}),
      },
      context.model,
      context.signal,
    );
    const bytes = await writeDocx(draft.document, { clock: context.clock });
    return {
      data: {
        type: draft.type,
        engine: draft.engine,
        sections: draft.sections,
        citations: draft.citations,
        warnings: draft.warnings,
      },
      artifacts: [{ name: draftName(input.prompt), bytes, contentType: DOCX_MEDIA_TYPE }],
      warnings: [...draft.warnings, ...readWarnings],
    };
  },
});
