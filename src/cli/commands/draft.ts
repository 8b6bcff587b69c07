/**
 * @module draft
 * `officemate draft PROMPT [--ref FILE...] [--type memo|report|...] -o OUT.docx`
 */
import { writeFile } from 'node:fs/promises';
import { writeDocx } from '../../formats/docx/write-docx.ts';
import { readFile } from '../../formats/read-file.ts';
import { fail, OfficemateError } from '../../lib/errors.ts';
import { createLanguageModel, releaseLanguageModels } from '../../models/index.ts';
import { DocumentType, OUTLINES } from '../../skills/draft-document/document-types.ts';
import { draftDocument, type Reference } from '../../skills/draft-document/draft-document.ts';
import { listFlag, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const USAGE =
  'draft PROMPT [--ref FILE...] [--type memo|report|proposal|invitation|agenda|minutes|plan|speech] [--author NAME] -o OUT.docx [--json]';

export const draftCommand: Command = {
  name: 'draft',
  summary: 'Draft a Word document from a prompt and reference files, citing them as footnotes.',
  usage: USAGE,
  options: {
    ref: { type: 'string', multiple: true },
    type: { type: 'string' },
    author: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  help: [
    "The builtin engine fills the outline of the document type with the prompt's details (dates, places, people, amounts)",
    'and the reference sentences that best match each section, cited as footnotes. Sections it cannot fill are marked',
    '[To complete: ...] for you, never invented. Plans and agendas use .ics references to propose free times.',
    '',
    'Examples:',
    '  officemate draft "memo to the team about the Q3 travel budget" --ref q3-review.docx --ref mail.mbox -o memo.docx',
    '  officemate draft "plan for the Berlin customer visit next week" --ref calendar.ics -o plan.docx',
  ].join('\n'),
  async run(context) {
    const prompt = context.positionals.join(' ').trim();
    if (!prompt)
      fail('bad_usage', 'Missing PROMPT: say what to draft.', { hint: `Usage: officemate ${USAGE}` });
    const out = stringFlag(context, 'out');
    if (!out) fail('bad_usage', 'Missing -o OUT.docx.', { hint: `Usage: officemate ${USAGE}` });
    const typeFlag = stringFlag(context, 'type');
    if (typeFlag && !(typeFlag in OUTLINES))
      fail(
        'bad_usage',
        `--type must be one of ${Object.values(DocumentType).join(', ')}, not "${typeFlag}".`,
      );
    const references: Reference[] = [];
    for (const path of listFlag(context, 'ref')) {
      const result = await readFile(path, { now: context.clock.now() });
      if (!result.success) throw new OfficemateError(result.error);
      references.push({ path, parsed: result.data });
    }
    const model = createLanguageModel(context);
    try {
      const author = stringFlag(context, 'author');
      const draft = await draftDocument(
        {
          prompt,
          ...(typeFlag ? { type: typeFlag as DocumentType } : {}),
          references,
          now: context.clock.now(),
          ...(author ? { author } : {}),
        },
        model,
      );
      await writeFile(out, await writeDocx(draft.document, { clock: context.clock }));
      if (context.json) {
        context.outJson({
          path: out,
          type: draft.type,
          engine: draft.engine,
          sections: draft.sections,
          citations: draft.citations,
        });
      } else {
        const open = draft.sections.filter((section) => !section.filled).map((section) => section.title);
        context.out(
          `Wrote ${out}: a ${draft.type} with ${draft.sections.length} sections and ${draft.citations.length} cited passages (engine: ${draft.engine}).`,
        );
        if (open.length) context.out(`Marked for you to complete: ${open.join(', ')}.`);
      }
      return 0;
    } finally {
      await releaseLanguageModels();
    }
  },
};
