/**
 * @module draft
 * `officemate draft PROMPT [--ref FILE...] [--type memo|report|...] -o OUT.docx`
 */
import { fail } from '../../lib/errors.ts';
import { DocumentType, OUTLINES } from '../../skills/draft-document/document-types.ts';
import type { DraftResult } from '../../skills/draft-document/draft-document.ts';
import { listFlag, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

type DraftData = Pick<DraftResult, 'type' | 'engine' | 'sections' | 'citations'>;

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
    output: { type: 'string', short: 'o' },
  },
  help: [
    'Flags:',
    '  --ref FILE...       files to draw on and cite (repeat the flag)',
    '  --type T            memo, report, proposal, invitation, agenda, minutes, plan or speech (default: read from the prompt)',
    '  --author NAME       the name the draft is signed with',
    '  -o, --output FILE   the .docx to write (required)',
    '',
    "The builtin engine fills the outline of the document type with the prompt's details (dates, places, people, amounts)",
    'and the reference sentences that best match each section, cited as footnotes. Sections it cannot fill are marked',
    '[To complete: ...] for you, never invented. Plans and agendas use .ics references to propose free times.',
    '',
    'Examples:',
    '  officemate draft "memo to the team about the Q3 travel budget" --ref q3-review.docx --ref mail.mbox -o memo.docx',
    '  officemate draft "plan for the Berlin customer visit next week" --ref calendar.ics -o plan.docx',
  ].join('\n'),
  async run(context) {
    // Loaded here, not at the top, so `--help` starts without them.
    const { draftSkill } = await import('../../skills/draft-document/draft.skill.ts');
    const { runCliSkill, writeArtifact } = await import('../skill-context.ts');
    const prompt = context.positionals.join(' ').trim();
    if (!prompt)
      fail('bad_usage', 'Missing PROMPT: say what to draft.', { hint: `Usage: officemate ${USAGE}` });
    const out = stringFlag(context, 'output');
    if (!out) fail('bad_usage', 'Missing -o OUT.docx.', { hint: `Usage: officemate ${USAGE}` });
    const typeFlag = stringFlag(context, 'type');
    if (typeFlag && !(typeFlag in OUTLINES))
      fail(
        'bad_usage',
        `--type must be one of ${Object.values(DocumentType).join(', ')}, not "${typeFlag}".`,
      );
    const author = stringFlag(context, 'author');
    const draft = await runCliSkill<DraftData>(context, draftSkill, {
      prompt,
      references: listFlag(context, 'ref'),
      ...(typeFlag ? { type: typeFlag } : {}),
      ...(author ? { author } : {}),
    });
    await writeArtifact(draft, out);
    const data = draft.data;
    if (context.json) {
      context.outJson({ path: out, ...data });
    } else {
      const open = data.sections.filter((section) => !section.filled).map((section) => section.title);
      context.out(
        `Wrote ${out}: ${data.type === 'minutes' ? '' : /^[aeiou]/.test(data.type) ? 'an ' : 'a '}${data.type} with ${data.sections.length} sections and ${data.citations.length} cited passages (engine: ${data.engine}).`,
      );
      if (open.length) context.out(`Marked for you to complete: ${open.join(', ')}.`);
    }
    return 0;
  },
};
