/**
 * @module deck
 * `officemate deck INPUT [--slides N] [--theme NAME] [--no-animations] -o OUT.pptx`: a finished
 * deck from a Word document, Markdown, PDF or a prompt. Prints the path, slide count, engine
 * and per-slide titles (with --json, plus the quality checks).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isTransitionStyle, TRANSITION_STYLES, themeNames } from '../../formats/pptx/theme.ts';
import { fail } from '../../lib/errors.ts';
import { createLanguageModelFromConfig, releaseLanguageModels } from '../../models/create-language-model.ts';
import type { LanguageModel } from '../../models/index.ts';
import { openConfiguredUsageMeter, withMetering } from '../../models/metering/index.ts';
import { resolveModelConfig } from '../../models/model-config.ts';
import { buildDeck, writeDeck } from '../../skills/build-deck/build-deck.ts';
import { isPptxPath, resolveDeckInput } from '../../skills/build-deck/deck-input.ts';
import { booleanFlag, integerFlag, requirePositional, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

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
    '  --slides N         size the deck to N slides (3 to 60; default: sized to the content)',
    `  --theme NAME       ${themeNames().join(', ')} (default clean)`,
    `  --transition STYLE ${TRANSITION_STYLES.join(', ')} (default: the theme's)`,
    '  --no-animations    no transitions and no bullet builds',
    '  -o, --output FILE  the .pptx to write (required)',
    '',
    'INPUT is a .docx, .md, .pdf, .odt, .html or .txt file, or a prompt in quotes.',
    '',
    'Examples:',
    '  officemate deck report.docx --slides 10 -o report.pptx',
    '  officemate deck notes.md --theme midnight -o talk.pptx --json',
  ].join('\n'),
  async run(context) {
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
    const config = resolveModelConfig(context);
    const meter = config.engine === 'builtin' ? undefined : openConfiguredUsageMeter(config);
    try {
      const model: LanguageModel | undefined = meter
        ? withMetering(createLanguageModelFromConfig(config), {
            meter,
            user: process.env.OFFICEMATE_USER ?? 'local',
            skill: 'build-deck',
          })
        : undefined;
      const source = await resolveDeckInput(input, model ? { model } : {});
      const deck = await buildDeck({
        document: source.document,
        sourceName: source.sourceName,
        ...(slides !== undefined ? { slides } : {}),
        ...(stringFlag(context, 'theme') ? { theme: stringFlag(context, 'theme') } : {}),
        animations: !booleanFlag(context, 'no-animations'),
        ...(transition && isTransitionStyle(transition) ? { transition } : {}),
        ...(model ? { model } : {}),
      });
      const path = resolve(output);
      await writeFile(path, await writeDeck(deck));
      for (const warning of [...source.warnings, ...deck.warnings])
        context.log(`warning: ${warning.message}`);
      if (context.json) {
        context.outJson({
          path,
          slides: deck.slides.length,
          engine: deck.engine,
          theme: deck.theme.name,
          language: deck.language,
          titleSource: deck.titleSource,
          titles: deck.slides.map((slide) => slide.title),
          slideDetails: deck.slides.map((slide) => ({
            index: slide.index,
            title: slide.title,
            layout: slide.layout,
            role: slide.role,
            builds: slide.builds,
          })),
          checks: deck.checks,
        });
      } else {
        context.out(
          `Wrote ${path}: ${deck.slides.length} slides, theme ${deck.theme.name}, engine ${deck.engine}.`,
        );
        for (const slide of deck.slides) context.out(`  ${String(slide.index).padStart(2)}. ${slide.title}`);
        const { checks } = deck;
        context.log(
          `checks: ${checks.coveredSections}/${checks.sections} sections covered, labels in ${checks.language.labels} (${checks.language.mismatches.length} mismatches), title from ${checks.titleSource}, ${checks.truncatedCells.length} cut cells, ${checks.artefacts.length} field artefacts, ${checks.overBudget.length} slides over budget, ${checks.overflowing.length} overflowing boxes`,
        );
      }
      return 0;
    } finally {
      meter?.close();
      await releaseLanguageModels();
    }
  },
};
