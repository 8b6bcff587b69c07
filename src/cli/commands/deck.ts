/**
 * @module deck
 * `officemate deck INPUT [--slides N] [--theme NAME] [--no-animations] -o OUT.pptx`: a finished
 * deck from a Word document, Markdown, PDF or a prompt. Prints the path, slide count, engine
 * and per-slide titles (with --json, plus the quality checks).
 */
import { resolve } from 'node:path';
import { isTransitionStyle, TRANSITION_STYLES, themeNames } from '../../formats/pptx/theme.ts';
import { fail } from '../../lib/errors.ts';
import { counted } from '../../lib/text/counted.ts';
import type { DeckModel, DeckSlideSummary } from '../../skills/build-deck/build-deck.ts';
import { booleanFlag, integerFlag, requirePositional, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

type DeckData = {
  slides: number;
  engine: string;
  theme: string;
  language: DeckModel['language'];
  titleSource: DeckModel['titleSource'];
  titles: string[];
  slideDetails: Pick<DeckSlideSummary, 'index' | 'title' | 'layout' | 'role' | 'builds'>[];
  checks: DeckModel['checks'];
};

const USAGE =
  'deck INPUT [--slides N] [--theme NAME] [--transition STYLE] [--no-animations] -o OUT.pptx [--json]';

export const deckCommand: Command = {
  name: 'deck',
  summary:
    'Turn a Word document, Markdown, PDF or a prompt into a PowerPoint deck with notes, transitions and builds.',
  usage: USAGE,
  options: {
    slides: { type: 'string' },
    theme: { type: 'string' },
    transition: { type: 'string' },
    'no-animations': { type: 'boolean', default: false },
    output: { type: 'string', short: 'o' },
  },
  help: [
    'Flags:',
    '  --slides N         aim for N slides (3 to 60; a short document gets fewer, with a notice; default: sized to the content)',
    `  --theme NAME       ${themeNames().join(', ')} (default clean)`,
    `  --transition STYLE ${TRANSITION_STYLES.join(', ')} (default: the theme's)`,
    '  --no-animations    no transitions and no bullet builds',
    '  -o, --output FILE  the .pptx to write (required)',
    '',
    'INPUT is a .docx, .doc, .odt, .md, .pdf, .html or .txt file, or a prompt in quotes.',
    '',
    'Examples:',
    '  officemate deck report.docx --slides 10 -o report.pptx',
    '  officemate deck notes.md --theme midnight -o talk.pptx --json',
  ].join('\n'),
  async run(context) {
    // Loaded here, not at the top, so `--help` starts without them.
    const { deckSkill } = await import('../../skills/build-deck/deck.skill.ts');
    const { isPptxPath, looksLikeFile } = await import('../../skills/build-deck/deck-input.ts');
    const { runCliSkill, writeArtifact } = await import('../skill-context.ts');
    const input = requirePositional(context, 0, 'INPUT (a document or a prompt)', USAGE);
    const output = stringFlag(context, 'output');
    if (!output)
      fail('bad_usage', 'Missing -o OUT.pptx: where to write the deck.', {
        hint: `Usage: officemate ${USAGE}`,
      });
    if (!isPptxPath(output))
      fail('bad_usage', `The output must be a .pptx file, not "${output}".`, {
        hint: 'Example: -o report.pptx',
      });
    const slides = integerFlag(context, 'slides', { min: 3, max: 60 });
    const transition = stringFlag(context, 'transition');
    if (transition !== undefined && !isTransitionStyle(transition)) {
      fail('bad_usage', `There is no transition style "${transition}".`, {
        hint: `Choose one of: ${TRANSITION_STYLES.join(', ')}.`,
      });
    }
    const output_ = resolve(output);
    const theme = stringFlag(context, 'theme');
    const deck = await runCliSkill<DeckData>(context, deckSkill, {
      ...(looksLikeFile(input) ? { source: input } : { prompt: input }),
      ...(slides !== undefined ? { slides } : {}),
      ...(theme ? { theme } : {}),
      ...(transition ? { transition } : {}),
      animations: !booleanFlag(context, 'no-animations'),
    });
    await writeArtifact(deck, output_);
    const data = deck.data;
    if (context.json) {
      context.outJson({ path: output_, ...data });
      return 0;
    }
    context.out(
      `Wrote ${output_}: ${counted(data.slides, 'slide')}, theme ${data.theme}, engine ${data.engine}.`,
    );
    for (const slide of data.slideDetails)
      context.out(`  ${String(slide.index).padStart(2)}. ${slide.title}`);
    const { checks } = data;
    context.log(
      `checks: ${checks.coveredSections}/${checks.sections} sections covered, labels in ${checks.language.labels} (${checks.language.mismatches.length} mismatches), title from ${checks.titleSource}, ${checks.truncatedCells.length} cut cells, ${checks.artefacts.length} field artefacts, ${checks.overBudget.length} slides over budget, ${checks.overflowing.length} overflowing boxes`,
    );
    return 0;
  },
};
