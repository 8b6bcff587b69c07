/**
 * @module ask-demo
 * The demo's grounded-answer section: three questions over the index the search section
 * built (a calendar question, a contact question and a fact from mail and meetings), each
 * answer with its citations.
 */
import { askQuestion } from '../../chat/ask-question.ts';
import { withIndex } from '../../index/open-index.ts';
import type { DemoContext, DemoSection } from './demo-context.ts';

const QUESTIONS = [
  'When do I next meet Daniel?',
  "What is Priya's phone number?",
  'What did finance decide about the travel budget?',
];

export const askDemo: DemoSection = {
  title: 'Questions with cited answers (ask)',
  async run(context: DemoContext) {
    context.heading(this.title);
    const now = context.clock.now();
    await withIndex(context.db, async (index) => {
      for (const question of QUESTIONS) {
        const result = await askQuestion(index, question, { now, asUser: 'maya' });
        context.out(`\n  Q: ${question}`);
        context.out(`  A: ${result.answer}`);
        for (const citation of result.citations.slice(0, 4)) {
          const where = Object.entries(citation.locator)
            .map(([key, value]) => `${key} ${value}`)
            .join(', ');
          context.out(
            `     [${citation.n}] ${citation.path.split('/').pop()} (${where}): "${citation.quote.slice(0, 110)}"`,
          );
        }
      }
    });
  },
};
