/**
 * @module progress
 * A progress line on stderr for long work: count, total, rate (once a second has passed) and
 * the current item. Drawn
 * in place on a terminal, as occasional plain lines otherwise, never on stdout.
 */
export type Progress = {
  tick(label?: string, amount?: number): void;
  done(summary?: string): void;
};

export function createProgress(
  title: string,
  total: number | undefined,
  options: { quiet?: boolean; stream?: NodeJS.WriteStream } = {},
): Progress {
  const stream = options.stream ?? process.stderr;
  const started = Date.now();
  let count = 0;
  let lastDraw = 0;
  const interactive = Boolean(stream.isTTY);
  const draw = (label: string, final = false) => {
    if (options.quiet) return;
    const now = Date.now();
    if (!final && now - lastDraw < (interactive ? 100 : 2000)) return;
    lastDraw = now;
    const seconds = (now - started) / 1000;
    // A rate over less than a second is noise ("1/5 (1000/s)" after a first quick file).
    const rate = seconds >= 1 ? ` (${(count / seconds).toFixed(count / seconds < 10 ? 1 : 0)}/s)` : '';
    const ratio = total ? Math.min(count / total, 1) : undefined;
    const bar = ratio === undefined ? '' : `[${'#'.repeat(Math.round(ratio * 20)).padEnd(20, '.')}] `;
    const counts = total ? `${count}/${total}` : `${count}`;
    const line = `${title} ${bar}${counts}${rate} ${label}`.slice(
      0,
      interactive ? (stream.columns ?? 100) - 1 : 200,
    );
    stream.write(interactive ? `\r\x1b[K${line}` : `${line}\n`);
  };
  return {
    tick(label = '', amount = 1) {
      count += amount;
      draw(label);
    },
    done(summary = '') {
      draw(summary, true);
      if (interactive && !options.quiet) stream.write('\n');
    },
  };
}
