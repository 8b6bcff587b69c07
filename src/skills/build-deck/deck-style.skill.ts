/**
 * @module deck-style-skill
 * `deck-style`: adds slide transitions and bullet-by-bullet builds to an existing deck. Only
 * `p:transition` and `p:timing` in the slide parts change; every other part is copied as is.
 */
import { readFile as readBytes } from 'node:fs/promises';
import { z } from 'zod';
import { PPTX_MEDIA_TYPE } from '../../formats/media-type.ts';
import { addMotion } from '../../formats/pptx/motion.ts';
import {
  getTheme,
  isTransitionStyle,
  TRANSITION_STYLES,
  type TransitionStyle,
} from '../../formats/pptx/theme.ts';
import { fail } from '../../lib/errors.ts';
import { stemOf } from '../read-source.ts';
import { defineSkill, FileRef } from '../skill.ts';

export const deckStyleSkill = defineSkill({
  id: 'deck-style',
  description:
    'Add transitions and bullet-by-bullet builds to an existing .pptx deck, keeping everything else.',
  input: z.object({
    deck: FileRef,
    theme: z.string().max(40).optional().describe("Take this deck theme's transition style."),
    transitions: z
      .string()
      .max(40)
      .optional()
      .describe(`${TRANSITION_STYLES.join(', ')} or none`),
    animate: z.enum(['bullets', 'none']).optional(),
    replaceAnimations: z.boolean().default(false),
  }),
  output: z.looseObject({
    slides: z.number(),
    transition: z.string(),
    animate: z.enum(['bullets', 'none']),
    animatedSlides: z.number(),
    animatedShapes: z.number(),
    keptExistingAnimations: z.number(),
  }),
  async execute(input, context) {
    const source = await context.readSource(input.deck);
    if (!/\.pptx$/i.test(source.name))
      fail('bad_usage', `${source.name} is not a .pptx deck.`, {
        hint: 'deck style works on PowerPoint .pptx files.',
      });
    const theme = getTheme(input.theme);
    let transition: TransitionStyle | 'none';
    if (input.transitions === undefined)
      transition = input.animate !== undefined && !input.theme ? 'none' : theme.transition;
    else if (input.transitions === 'none' || isTransitionStyle(input.transitions))
      transition = input.transitions;
    else
      fail('bad_usage', `There is no transition style "${input.transitions}".`, {
        hint: `Choose one of: ${TRANSITION_STYLES.join(', ')}, none.`,
      });
    const animate = input.animate ?? (input.transitions === undefined && !input.theme ? 'bullets' : 'none');
    let bytes: Buffer;
    try {
      bytes = await readBytes(source.path);
    } catch (thrown) {
      const code = (thrown as NodeJS.ErrnoException).code;
      return fail(
        code === 'ENOENT' ? 'file_not_found' : 'file_unreadable',
        `${source.name} ${code === 'ENOENT' ? 'does not exist' : 'cannot be read'}.`,
        { hint: 'Check the path.', path: source.path },
      );
    }
    const result = await addMotion(bytes, {
      transition,
      animate,
      keepExistingAnimations: !input.replaceAnimations,
    });
    const slides = result.report.slides;
    const animated = slides.filter((slide) => slide.animatedShapeIds.length > 0);
    return {
      data: {
        slides: slides.length,
        transition,
        animate,
        animatedSlides: animated.length,
        animatedShapes: animated.reduce((sum, slide) => sum + slide.animatedShapeIds.length, 0),
        keptExistingAnimations: slides.filter((slide) => slide.keptExistingTiming).length,
      },
      artifacts: [
        { name: `${stemOf(source.name)}-styled.pptx`, bytes: result.bytes, contentType: PPTX_MEDIA_TYPE },
      ],
    };
  },
});
