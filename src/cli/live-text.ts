/**
 * @module live-text
 * Text shown as it comes (a model writing its answer), then replaced by the final version.
 * On a terminal the live text is erased in place once the final version is ready, so only
 * the checked answer stays on screen; when stdout is a pipe or a file, nothing can be taken
 * back, so the final version is printed below the live text after a blank line.
 */
import type { CommandContext } from './command.ts';

export type LiveText = {
  /** Shows more text. */
  write(delta: string): void;
  /** Makes room for the final version: erases the live text (terminal) or ends it (pipe). */
  finish(): void;
};

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a line takes on a terminal: East Asian wide characters take two. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const character of line) width += WIDE.test(character) ? 2 : 1;
  return width;
}

/** Terminal rows a text takes at a width, counting wrapped lines. */
export function rowsOf(text: string, columns: number): number {
  return text
    .split('\n')
    .reduce((rows, line) => rows + Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, columns))), 0);
}

export function liveText(context: Pick<CommandContext, 'write' | 'terminal'>): LiveText {
  let shown = '';
  return {
    write(delta) {
      if (!context.write || delta === '') return;
      context.write(delta);
      shown += delta;
    },
    finish() {
      if (!context.write || shown === '') return;
      if (context.terminal) {
        const up = rowsOf(shown, context.terminal.columns) - 1;
        // Back to the first row of the live text, then clear to the end of the screen.
        context.write(`\r${up > 0 ? `\x1b[${up}A` : ''}\x1b[J`);
      } else context.write('\n\n');
      shown = '';
    },
  };
}
