/**
 * @module deck-style
 * `officemate deck style DECK.pptx [--theme NAME] [--transitions STYLE] [--animate bullets] [-o OUT]`:
 * adds slide transitions and bullet-by-bullet builds to an existing deck. Only the slide parts
 * change, and in them only `p:transition` and `p:timing`; every other part is copied as is.
 */
import { basename, dirname, extname, join, resolve } from 'node:path';
import { TRANSITION_STYLES } from '../../formats/pptx/theme.ts';
import { fail } from '../../lib/errors.ts';
import { counted } from '../../lib/text/counted.ts';
import { booleanFlag, requirePositional, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

type StyleData = {
  slides: number;
  transition: string;
  animate: string;
  animatedSlides: number;
  animatedShapes: number;
  keptExistingAnimations: number;
};

/** The line said when a styled deck is written, each count with its noun in the right number. */
export function styledLine(output: string, data: StyleData): string {
  const kept = data.keptExistingAnimations
    ? `, ${data.keptExistingAnimations === 1 ? '1 slide kept its' : `${data.keptExistingAnimations} slides kept their`} own animations`
    : '';
  return `Wrote ${output}: ${counted(data.slides, 'slide')}, transition ${data.transition}, ${counted(data.animatedSlides, 'slide')} with bullet builds${kept}.`;
}

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
    // Loaded here, not at the top, so `--help` starts without them.
    const { deckStyleSkill } = await import('../../skills/build-deck/deck-style.skill.ts');
    const { runCliSkill, writeArtifact } = await import('../skill-context.ts');
    const input = requirePositional(context, 0, 'DECK.pptx', USAGE);
    if (extname(input).toLowerCase() !== '.pptx')
      fail('bad_usage', `${basename(input)} is not a .pptx deck.`, {
        hint: 'deck style works on PowerPoint .pptx files.',
      });
    const transitions = stringFlag(context, 'transitions');
    const animate = stringFlag(context, 'animate');
    const theme = stringFlag(context, 'theme');
    if (animate !== undefined && animate !== 'bullets' && animate !== 'none')
      fail('bad_usage', `--animate must be bullets or none, not "${animate}".`);
    const styled = await runCliSkill<StyleData>(context, deckStyleSkill, {
      deck: input,
      ...(theme !== undefined ? { theme } : {}),
      ...(transitions !== undefined ? { transitions } : {}),
      ...(animate !== undefined ? { animate } : {}),
      replaceAnimations: booleanFlag(context, 'replace-animations'),
    });
    const output = resolve(
      stringFlag(context, 'output') ?? join(dirname(input), `${basename(input, extname(input))}-styled.pptx`),
    );
    await writeArtifact(styled, output);
    const data = styled.data;
    if (context.json) {
      context.outJson({ path: output, ...data });
    } else {
      context.out(styledLine(output, data));
    }
    return 0;
  },
};
