/**
 * @module deck-demo
 * The demo's deck section: the sample Q3 business review (Word) becomes a 10-slide deck with
 * speaker notes, a chart from its revenue table, transitions and bullet builds; then the
 * workspace's own review deck gets transitions and builds added by `deck style`.
 */
import { mkdir, readFile as readBytes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addMotion } from '../../formats/pptx/motion.ts';
import { readFile } from '../../formats/read-file.ts';
import { fail, OfficemateError } from '../../lib/errors.ts';
import { buildDeck, writeDeck } from '../../skills/build-deck/build-deck.ts';
import type { DemoContext, DemoSection } from './demo-context.ts';

const REPORT = 'Q3 Business Review.docx';
const DECK = 'Q3 Review.pptx';

export const deckDemo: DemoSection = {
  title: 'Word report to PowerPoint deck',
  async run(context: DemoContext) {
    context.heading(this.title);
    const result = await readFile(join(context.workspace, REPORT));
    if (!result.success) throw new OfficemateError(result.error);
    if (result.data.type !== 'document') fail('format_unsupported', `${REPORT} did not read as a document.`);
    const outDir = join(context.outDir, 'decks');
    await mkdir(outDir, { recursive: true });
    const deck = await buildDeck({ document: result.data, sourceName: REPORT, slides: 10, theme: 'clean' });
    const path = join(outDir, 'Q3 Business Review.pptx');
    await writeFile(path, await writeDeck(deck));
    context.out(
      `  officemate deck "${REPORT}" --slides 10 -o decks/Q3 Business Review.pptx  (engine ${deck.engine})`,
    );
    for (const slide of deck.slides) {
      const builds = slide.builds.length ? ', builds bullet by bullet' : '';
      context.out(`  ${String(slide.index).padStart(2)}. ${slide.title}  [${slide.layout}${builds}]`);
    }
    const { checks } = deck;
    context.out(
      `  checks: ${checks.coveredSections}/${checks.sections} sections covered, ${checks.overBudget.length} slides over the word budget, ${checks.overflowing.length} overflowing text boxes; transition "${deck.theme.transition}" on every slide; notes cite the source paragraphs.`,
    );
    const styled = await addMotion(await readBytes(join(context.workspace, DECK)), {
      transition: 'push',
      animate: 'bullets',
    });
    await writeFile(join(outDir, 'Q3 Review-styled.pptx'), styled.bytes);
    const animated = styled.report.slides.filter((slide) => slide.animatedShapeIds.length > 0).length;
    context.out(
      `  officemate deck style "${DECK}" --transitions push: ${styled.report.slides.length} slides with transitions, ${animated} with bullet builds, nothing else changed.`,
    );
  },
};
