/**
 * @module rewrite
 * `officemate rewrite FILE --shorter|--simpler|--formal|--casual -o OUT.docx`
 */
import { writeFile } from 'node:fs/promises';
import { writeDocx } from '../../formats/docx/write-docx.ts';
import { readFile } from '../../formats/read-file.ts';
import { fail, OfficemateError } from '../../lib/errors.ts';
import { createLanguageModel, releaseLanguageModels } from '../../models/index.ts';
import { type RewriteStyle, rewriteDocument } from '../../skills/rewrite-document/rewrite-document.ts';
import { booleanFlag, requirePositional, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const USAGE = 'rewrite FILE --shorter|--simpler|--formal|--casual -o OUT.docx [--json]';
const STYLES: readonly RewriteStyle[] = ['shorter', 'simpler', 'formal', 'casual'];

export const rewriteCommand: Command = {
  name: 'rewrite',
  summary:
    'Rewrite a document shorter, simpler, or (with a model) more formal or casual, keeping its structure.',
  usage: USAGE,
  options: {
    shorter: { type: 'boolean', default: false },
    simpler: { type: 'boolean', default: false },
    formal: { type: 'boolean', default: false },
    casual: { type: 'boolean', default: false },
    out: { type: 'string', short: 'o' },
  },
  help: 'The builtin engine makes text shorter or simpler; tone changes (--formal, --casual) need a configured model.',
  async run(context) {
    const path = requirePositional(context, 0, 'FILE', USAGE);
    const chosen = STYLES.filter((style) => booleanFlag(context, style));
    if (chosen.length !== 1)
      fail('bad_usage', 'Choose exactly one of --shorter, --simpler, --formal, --casual.', {
        hint: `Usage: officemate ${USAGE}`,
      });
    const out = stringFlag(context, 'out');
    if (!out) fail('bad_usage', 'Missing -o OUT.docx.', { hint: `Usage: officemate ${USAGE}` });
    const result = await readFile(path, { now: context.clock.now() });
    if (!result.success) throw new OfficemateError(result.error);
    if (result.data.type !== 'document')
      fail(
        'format_unsupported',
        `${path} is a ${result.data.type}, not a document; rewrite works on Word, PDF, Markdown, HTML and text files.`,
        { path },
      );
    const model = createLanguageModel(context);
    try {
      const rewritten = await rewriteDocument(result.data, chosen[0]!, model);
      await writeFile(out, await writeDocx(rewritten.document, { clock: context.clock }));
      const report = {
        path: out,
        engine: rewritten.engine,
        paragraphsChanged: rewritten.paragraphsChanged,
        wordsBefore: rewritten.wordsBefore,
        wordsAfter: rewritten.wordsAfter,
        citations: [],
      };
      if (context.json) context.outJson(report);
      else
        context.out(
          `Wrote ${out}: ${rewritten.paragraphsChanged} paragraphs rewritten, ${rewritten.wordsBefore} → ${rewritten.wordsAfter} words (engine: ${rewritten.engine}).`,
        );
      return 0;
    } finally {
      await releaseLanguageModels();
    }
  },
};
