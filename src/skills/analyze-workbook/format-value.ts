/**
 * @module format-value
 * Numbers in sentences: compact (1.2M), with the column's currency or percent, and
 * p-values written the way a reader expects (p < 0.001).
 */
import type { Column } from './data-table.ts';

export function compactNumber(value: number): string {
  const abs = Math.abs(value);
  const trim = (text: string) => text.replace(/\.0+$|(\.\d*?)0+$/, '$1');
  if (abs >= 1e9) return `${trim((value / 1e9).toFixed(2))}B`;
  if (abs >= 1e6) return `${trim((value / 1e6).toFixed(2))}M`;
  if (abs >= 1e4) return `${trim((value / 1e3).toFixed(1))}k`;
  if (Number.isInteger(value) || abs >= 1000) return Math.round(value).toLocaleString('en-US');
  return trim(value.toFixed(abs >= 100 ? 1 : abs >= 1 ? 2 : 3));
}

/** Seconds written on a clock, as duration cells are: 8.54 → "00:00:08.54", 3725 → "01:02:05". */
export function clockText(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const rounded = Math.round(Math.abs(seconds) * 100) / 100;
  const whole = Math.floor(rounded);
  const fraction = rounded - whole;
  const pad = (part: number) => String(part).padStart(2, '0');
  const clock = `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
  return `${sign}${clock}${fraction > 0 ? fraction.toFixed(2).slice(1) : ''}`;
}

/** A value of a column, with its unit: $1.2M, 12.5%, 340, 8.54 s (00:00:08.54). */
export function formatValue(value: number, column?: Column): string {
  if (column?.type === 'percent') return `${trimNumber(value * 100)}%`;
  if (column?.type === 'duration') return `${compactNumber(value)} s (${clockText(value)})`;
  if (column?.type === 'currency' && column.unit)
    return `${value < 0 ? '-' : ''}${column.unit}${compactNumber(Math.abs(value))}`;
  return compactNumber(value);
}

function trimNumber(value: number): string {
  return String(Number(value.toFixed(1)));
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p.toFixed(3)}`;
}
