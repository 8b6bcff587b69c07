/**
 * @module demo-context
 * What each demo section gets: where the sample workspace is, a scratch folder for the
 * demo's index and artifacts, a fixed "now" matching the sample data, and output.
 */
import type { Clock } from '../../lib/clock.ts';

export type DemoContext = {
  /** examples/workspace: the bundled sample company workspace. */
  readonly workspace: string;
  /** A scratch folder for this demo run (index, generated files). */
  readonly outDir: string;
  /** The demo's index (SQLite file inside outDir). */
  readonly db: string;
  /** "Now" for the sample data (fixed, so the demo is reproducible). */
  readonly clock: Clock;
  /** Prints a line of the demo's report on stdout. */
  out(text: string): void;
  /** Prints a section heading. */
  heading(text: string): void;
  log(text: string): void;
};

export type DemoSection = {
  readonly title: string;
  run(context: DemoContext): Promise<void>;
};
