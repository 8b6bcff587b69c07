/**
 * @module demo
 * `officemate demo`: the main job over the bundled sample workspace on the builtin engine.
 * Each area contributes one section (src/cli/demo/*.ts); a failing section is reported and
 * the demo goes on, and the exit code says whether all sections worked.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixedClock } from '../../lib/clock.ts';
import { toAppError } from '../../lib/errors.ts';
import { stringFlag } from '../args.ts';
import type { Command } from '../command.ts';
import type { DemoContext, DemoSection } from '../demo/demo-context.ts';

/** The sample workspace's "today". */
export const DEMO_NOW = '2026-03-12T09:00:00Z';

const SECTIONS: readonly (() => Promise<DemoSection>)[] = [
  async () => (await import('../demo/formats.ts')).formatsDemo,
  async () => (await import('../demo/search.ts')).searchDemo,
  async () => (await import('../demo/ask.ts')).askDemo,
  async () => (await import('../demo/recap.ts')).recapDemo,
  async () => (await import('../demo/analyze.ts')).analyzeDemo,
  async () => (await import('../demo/deck.ts')).deckDemo,
  async () => (await import('../demo/mail-and-word.ts')).mailAndWordDemo,
];

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Run the main job over the bundled sample workspace (builtin engine).',
  usage: 'demo [--output DIR]',
  options: { output: { type: 'string', short: 'o' } },
  help: 'Flags:\n  -o, --output DIR  where the demo writes its index and generated files (default $OFFICEMATE_HOME/demo)',
  async run(context) {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
    const outDir = stringFlag(context, 'output') ?? join(context.home, 'demo');
    mkdirSync(outDir, { recursive: true });
    const demo: DemoContext = {
      workspace: join(root, 'examples', 'workspace'),
      outDir,
      db: join(outDir, 'index.db'),
      clock: context.values.now ? context.clock : fixedClock(DEMO_NOW),
      out: (text) => context.out(text),
      heading: (text) => context.out(`\n== ${text} ==`),
      log: (text) => context.log(text),
    };
    context.out(
      'Officemate demo: the sample workspace of Northwind Labs, on the builtin engine (no model needed).',
    );
    let failed = 0;
    for (const load of SECTIONS) {
      let title = 'a demo section';
      try {
        const section = await load();
        title = section.title;
        await section.run(demo);
      } catch (thrown) {
        failed++;
        const error = toAppError(thrown);
        context.out(`  ! ${title} failed: ${error.message}`);
      }
    }
    context.out(`\nGenerated files are in ${outDir}.`);
    return failed > 0 ? 1 : 0;
  },
};
