/**
 * @module deck-style
 * `officemate deck style DECK.pptx [--theme NAME] [--transitions STYLE] [--animate bullets] [-o OUT]`:
 * adds slide transitions and bullet-by-bullet builds to an existing deck. Only the slide parts
 * change, and in them only `p:transition` and `p:timing`; every other part is copied as is.
 */
import { readFile as readBytes, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { addMotion } from '../../formats/pptx/motion.ts';
import {
  getTheme,
  isTransitionStyle,
  TRANSITION_STYLES,
  type TransitionStyle,
} from '../../formats/pptx/theme.ts';
import { fail } from '../../lib/errors.ts';
import { booleanFlag, requirePositional, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const USAGE =
  'deck style DECK.pptx [--theme NAME] [--transitions STYLE|none] [--animate bullets|none] [--replace-animations] [-o OUT.pptx] [--json]';

export const deckStyleCommand: Command = {
  name: 'deck style',
  summary: 'Add transitions and bullet-by-bullet builds to an existing deck, keeping everything else.',
  usage: USAGE,
  options: {
    theme: { type: 'string' },
    transitions: { type: 'string' },
    animate: { type: 'string' },
    'replace-animations': { type: 'boolean', default: false },
    output: { type: 'string', short: 'o' },
  },
  help: [
    'Flags:',
    `  --transitions STYLE   ${TRANSITION_STYLES.join(', ')} or none (default: the theme's, fade for clean)`,
    '  --theme NAME          take the transition style of a deck theme',
    '  --animate bullets     build each text box with several paragraphs one paragraph per click',
    '  --replace-animations  replace animations a slide already has (kept by default)',
    '  -o, --output FILE     where to write (default DECK-styled.pptx beside the input)',
    'With neither --transitions nor --animate, both are added.',
    '',
    'Examples:',
    '  officemate deck style talk.pptx',
    '  officemate deck style talk.pptx --transitions push --animate none -o talk-push.pptx',
  ].join('\n'),
  async run(context) {
    const input = requirePositional(context, 0, 'DECK.pptx', USAGE);
    if (extname(input).toLowerCase() !== '.pptx')
      fail('bad_usage', `${basename(input)} is not a .pptx deck.`, {
        hint: 'deck style works on PowerPoint .pptx files.',
      });
    const transitionsFlag = stringFlag(context, 'transitions');
    const animateFlag = stringFlag(context, 'animate');
    const themeFlag = stringFlag(context, 'theme');
    const theme = getTheme(themeFlag);
    let transition: TransitionStyle | 'none';
    if (transitionsFlag === undefined)
      transition = animateFlag !== undefined && !themeFlag ? 'none' : theme.transition;
    else if (transitionsFlag === 'none' || isTransitionStyle(transitionsFlag)) transition = transitionsFlag;
    else
      fail('bad_usage', `There is no transition style "${transitionsFlag}".`, {
        hint: `Choose one of: ${TRANSITION_STYLES.join(', ')}, none.`,
      });
    let animate: 'bullets' | 'none';
    if (animateFlag === undefined) animate = transitionsFlag === undefined && !themeFlag ? 'bullets' : 'none';
    else if (animateFlag === 'bullets' || animateFlag === 'none') animate = animateFlag;
    else fail('bad_usage', `--animate must be bullets or none, not "${animateFlag}".`);

    let bytes: Buffer;
    try {
      bytes = await readBytes(input);
    } catch (thrown) {
      const code = (thrown as NodeJS.ErrnoException).code;
      return fail(
        code === 'ENOENT' ? 'file_not_found' : 'file_unreadable',
        `${input} ${code === 'ENOENT' ? 'does not exist' : 'cannot be read'}.`,
        { hint: 'Check the path.', path: input },
      );
    }
    const result = await addMotion(bytes, {
      transition,
      animate,
      keepExistingAnimations: !booleanFlag(context, 'replace-animations'),
    });
    const output = resolve(
      stringFlag(context, 'output') ?? join(dirname(input), `${basename(input, extname(input))}-styled.pptx`),
    );
    await writeFile(output, result.bytes);
    const slides = result.report.slides;
    const animated = slides.filter((slide) => slide.animatedShapeIds.length > 0);
    const kept = slides.filter((slide) => slide.keptExistingTiming).length;
    if (context.json) {
      context.outJson({
        path: output,
        slides: slides.length,
        transition,
        animate,
        animatedSlides: animated.length,
        animatedShapes: animated.reduce((sum, slide) => sum + slide.animatedShapeIds.length, 0),
        keptExistingAnimations: kept,
      });
    } else {
      context.out(
        `Wrote ${output}: ${slides.length} slides, transition ${transition}, ${animated.length} slides with bullet builds${kept ? `, ${kept} slides kept their own animations` : ''}.`,
      );
    }
    return 0;
  },
};
