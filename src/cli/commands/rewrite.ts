/**
 * @module rewrite
 * `officemate rewrite FILE --shorter|--simpler|--formal|--casual -o OUT.docx`
 */
import { fail } from '../../lib/errors.ts';
import type { RewriteStyle } from '../../skills/rewrite-document/rewrite-document.ts';
import { booleanFlag, requirePositional, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

type RewriteData = {
  engine: string;
  paragraphsChanged: number;
  wordsBefore: number;
  wordsAfter: number;
  citations: [];
};

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
    output: { type: 'string', short: 'o' },
  },
  help: [
    'Flags:',
    '  --shorter | --simpler | --formal | --casual   the rewrite to make (one)',
    '  -o, --output FILE   the .docx to write (required)',
    '',
    'The builtin engine makes text shorter or simpler; tone changes (--formal, --casual) need a configured model.',
  ].join('\n'),
  async run(context) {
    // Loaded here, not at the top, so `--help` starts without them.
    const { rewriteSkill } = await import('../../skills/rewrite-document/rewrite.skill.ts');
    const { runCliSkill, writeArtifact } = await import('../skill-context.ts');
    const path = requirePositional(context, 0, 'FILE', USAGE);
    const chosen = STYLES.filter((style) => booleanFlag(context, style));
    if (chosen.length !== 1)
      fail('bad_usage', 'Choose exactly one of --shorter, --simpler, --formal, --casual.', {
        hint: `Usage: officemate ${USAGE}`,
      });
    const out = stringFlag(context, 'output');
    if (!out) fail('bad_usage', 'Missing -o OUT.docx.', { hint: `Usage: officemate ${USAGE}` });
    const rewritten = await runCliSkill<RewriteData>(context, rewriteSkill, {
      source: path,
      style: chosen[0],
    });
    await writeArtifact(rewritten, out);
    const data = rewritten.data;
    if (context.json) context.outJson({ path: out, ...data });
    else
      context.out(
        `Wrote ${out}: ${data.paragraphsChanged} paragraph${data.paragraphsChanged === 1 ? '' : 's'} rewritten, ${data.wordsBefore} → ${data.wordsAfter} words (engine: ${data.engine}).`,
      );
    return 0;
  },
};
