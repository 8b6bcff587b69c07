/**
 * @module find-insights
 * Insights like Excel's Analyze Data, each backed by a significance test so that noise
 * reports nothing: trends (Mann-Kendall, with Sen's slope), change points (a mean shift in
 * the detrended series, Bonferroni over split points), seasonality (month effect on the
 * detrended series, ANOVA), outliers (robust z within comparable groups), correlations
 * between measures (Pearson, Bonferroni over pairs), concentration (few items make most of
 * the total) and top/bottom contributors (groups that really differ, ANOVA).
 */

import { MONTH_NAME_PATTERN, MONTH_NAMES as MONTHS } from '../../lib/text/calendar-names.ts';
import { joinNames } from '../../lib/text/join-names.ts';
import { type Column, citeCells, columnRange, type DataTable, isMeasure } from './data-table.ts';
import { formatP, formatPercent, formatValue } from './format-value.ts';
import { welchT } from './sided-tests.ts';
import {
  anova,
  mad,
  mannKendall,
  mean,
  median,
  pearson,
  quantile,
  regression,
  robustZ,
  sum,
} from './stats.ts';
import { subtotalRows, withoutRows } from './subtotal-rows.ts';

export type InsightKind =
  | 'trend'
  | 'change-point'
  | 'seasonality'
  | 'outlier'
  | 'correlation'
  | 'concentration'
  | 'top-contributors';

export type InsightChart = {
  readonly kind: 'column' | 'bar' | 'line' | 'pie' | 'scatter';
  readonly title: string;
  readonly categoryLabel: string;
  readonly categories: readonly (string | number)[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
};

export type Insight = {
  readonly kind: InsightKind;
  readonly title: string;
  readonly sentence: string;
  readonly numbers: Readonly<Record<string, number | string>>;
  readonly chart: InsightChart;
  /** 0..1, higher first. */
  readonly score: number;
  /** Source cells, sheet!range. */
  readonly cells: string;
  readonly table: string;
};

const ALPHA = 0.001;

type Series = {
  labels: string[];
  values: number[];
  period: 'date' | 'month' | 'year';
  months?: number[];
  /** 'mean': each value is the measure's average over its period's rows (see periodLevels). */
  level: 'sum' | 'mean';
};

/** Rows a period needs for its average to stand for the period's level. */
const MIN_ROWS_PER_PERIOD = 3;

/** Steps of the calendar between two period labels ("2015" to "2017": 2; "2015-11" to "2016-02": 3). */
function calendarSteps(from: string, to: string, period: Series['period']): number | undefined {
  if (period === 'year') return Number(to) - Number(from);
  if (period === 'month')
    return (
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
      Number(to.slice(5, 7)) -
      Number(from.slice(5, 7))
    );
  return undefined;
}

/**
 * A measure's level per period. Where every period holds about as many rows (within a quarter),
 * the total stands for the level of a measure that adds up, and the average for one that does
 * not (a month of daily prices is their average, not their sum). Where they differ (one match in an early year, a hundred in
 * another), a total per period only counts rows: the level is then the average, over periods
 * with MIN_ROWS_PER_PERIOD rows or more, and the series is kept only where those periods run
 * densely along the calendar (two in three steps between the first and the last, or more).
 */
export function periodLevels(
  labels: readonly string[],
  totals: ReadonlyMap<string, number>,
  counts: ReadonlyMap<string, number>,
  period: Series['period'],
  adds: boolean,
): { labels: string[]; values: number[]; level: Series['level'] } | undefined {
  const sizes = labels.map((label) => counts.get(label) ?? 0);
  if (Math.max(...sizes) <= 1.25 * Math.min(...sizes)) {
    // One row a period: its value is both.
    const level = adds || Math.max(...sizes) <= 1 ? 'sum' : 'mean';
    const values = labels.map((label) => totals.get(label)! / (level === 'sum' ? 1 : counts.get(label)!));
    return { labels: [...labels], values, level };
  }
  const kept = labels.filter((label) => (counts.get(label) ?? 0) >= MIN_ROWS_PER_PERIOD);
  if (kept.length < 2) return undefined;
  const steps = calendarSteps(kept[0]!, kept[kept.length - 1]!, period);
  if (steps !== undefined && kept.length - 1 < (2 / 3) * steps) return undefined;
  return {
    labels: kept,
    values: kept.map((label) => totals.get(label)! / counts.get(label)!),
    level: 'mean',
  };
}

/** A measure's level per period of a date column, in time order (see periodLevels). */
export function timeSeries(
  dates: readonly (string | null)[],
  values: readonly (number | null)[],
  adds = true,
): Series | undefined {
  const pairs: [string, number][] = [];
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i];
    const value = values[i];
    if (date && typeof value === 'number' && Number.isFinite(value)) pairs.push([date.slice(0, 10), value]);
  }
  if (pairs.length < 6) return undefined;
  const distinctDays = new Set(pairs.map(([date]) => date));
  const distinctMonths = new Set(pairs.map(([date]) => date.slice(0, 7)));
  let period: Series['period'] = 'date';
  let key = (date: string) => date;
  const distinctYears = new Set(pairs.map(([date]) => date.slice(0, 4)));
  // One date a year (a year column read as 1 January): the steps are years, not months.
  const oneDatePerYear = distinctYears.size === distinctDays.size && distinctYears.size >= 6;
  const oneRowPerMonth = distinctMonths.size === distinctDays.size && distinctMonths.size >= 12;
  // Up to 400 dates stay as they are (weekly data keeps its weeks: months of 4 and 5 weeks would add noise).
  if ((distinctDays.size > 400 && distinctMonths.size >= 6) || oneRowPerMonth) {
    period = 'month';
    key = (date) => date.slice(0, 7);
  }
  if ((period === 'month' && distinctMonths.size > 120) || oneDatePerYear) {
    period = 'year';
    key = (date) => date.slice(0, 4);
  }
  const totals = new Map<string, number>();
  for (const [date, value] of pairs) totals.set(key(date), (totals.get(key(date)) ?? 0) + value);
  const counts = new Map<string, number>();
  for (const [date] of pairs) counts.set(key(date), (counts.get(key(date)) ?? 0) + 1);
  const labels = [...totals.keys()].sort();
  // Months that are only partly covered at either end would look like a drop; leave them out.
  if (period === 'month' && labels.length > 8) {
    const typical = median([...counts.values()]);
    while (labels.length > 8 && (counts.get(labels[0]!) ?? 0) < typical * 0.6) labels.shift();
    while (labels.length > 8 && (counts.get(labels[labels.length - 1]!) ?? 0) < typical * 0.6) labels.pop();
  }
  const levels = periodLevels(labels, totals, counts, period, adds);
  if (!levels) return undefined;
  const series: Series = { ...levels, period };
  if (period === 'month' || period === 'date')
    series.months = series.labels.map((label) => Number(label.slice(5, 7)) - 1);
  return series;
}

/** What one step of a dated series is: day, week, month or year (by the median gap). */
function spacingWord(labels: readonly string[]): string {
  const gaps: number[] = [];
  for (let i = 1; i < labels.length; i++)
    gaps.push((Date.parse(labels[i]!) - Date.parse(labels[i - 1]!)) / 86_400_000);
  const gap = median(gaps);
  if (!Number.isFinite(gap)) return 'period';
  if (gap <= 1.5) return 'day';
  if (gap >= 6 && gap <= 8) return 'week';
  if (gap >= 27 && gap <= 32) return 'month';
  if (gap >= 360 && gap <= 370) return 'year';
  return 'period';
}

/** The two columns' numbers over the rows where both hold one. */
function pairedNumbers(a: Column, b: Column): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  a.numbers.forEach((value, row) => {
    const other = b.numbers[row];
    if (typeof value === 'number' && typeof other === 'number') {
      x.push(value);
      y.push(other);
    }
  });
  return { x, y };
}

function presentPairs(column: Column): { rows: number[]; values: number[] } {
  const rows: number[] = [];
  const values: number[] = [];
  column.numbers.forEach((value, row) => {
    if (typeof value === 'number' && Number.isFinite(value)) {
      rows.push(row);
      values.push(value);
    }
  });
  return { rows, values };
}

/**
 * The two levels a trend sentence quotes. A straight line fitted to a fast-growing series
 * can start (or end) at a level the measure never takes, such as a price below zero; a
 * fitted end outside the observed range is not said, and the observed first and last
 * period levels are quoted instead, unless they move against the fitted line (a partial
 * last period, an odd first one): then no two levels are sound and none is returned. The
 * change is relative to a start of the same sign only; otherwise it is left out.
 */
export function trendSpan(
  values: readonly number[],
  fittedStart: number,
  fittedEnd: number,
): { start: number; end: number; change?: number; fitted: boolean } | undefined {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const inside = (value: number) => value >= low && value <= high;
  const fitted = inside(fittedStart) && inside(fittedEnd);
  const start = fitted ? fittedStart : values[0]!;
  const end = fitted ? fittedEnd : values[values.length - 1]!;
  if (!fitted && Math.sign(end - start) !== Math.sign(fittedEnd - fittedStart)) return undefined;
  const sameSign = start !== 0 && Math.sign(start) === Math.sign(end);
  return { start, end, change: sameSign ? (end - start) / Math.abs(start) : undefined, fitted };
}

function trendInsights(table: DataTable, date: Column, measure: Column, out: Insight[]): void {
  const series = timeSeries(date.dates ?? [], measure.numbers, additive(measure));
  if (!series || series.values.length < 8) return;
  const x = series.values.map((_, index) => index);
  const fit = regression(x, series.values);
  let test = mannKendall(series.values);
  const level = Math.abs(mean(series.values)) || 1;
  const first = fit.intercept;
  const last = fit.intercept + fit.slope * (series.values.length - 1);
  const change = first !== 0 ? (last - first) / Math.abs(first) : 0;
  const periodWord = series.period === 'date' ? spacingWord(series.labels) : series.period;
  const levelWords =
    series.level === 'sum' ? 'the fitted level' : `the fitted average of a ${periodWord}'s rows`;
  const levelAt = (value: number) =>
    series.level === 'sum'
      ? `${formatValue(value, measure)} per ${periodWord}`
      : `an average of ${formatValue(value, measure)} a row`;
  let residuals = series.values.map((value, index) => value - (fit.intercept + fit.slope * index));

  // Seasonality: a month-of-year effect on the detrended monthly series, two years or more.
  let seasonal = false;
  const spanMonths = new Set(series.labels.map((label) => label.slice(0, 7))).size;
  if (series.period !== 'year' && spanMonths >= 24 && series.months) {
    const groups: number[][] = Array.from({ length: 12 }, () => []);
    // Winsorized at 4 robust z, so one extreme month does not hide the calendar pattern.
    const center = median(residuals);
    const spread = (4 * mad(residuals)) / 0.6745;
    for (const [index, value] of residuals.entries())
      groups[series.months![index]!]!.push(
        spread > 0 ? Math.min(center + spread, Math.max(center - spread, value)) : value,
      );
    const test12 = anova(groups.filter((group) => group.length > 0));
    if (test12.p < ALPHA && test12.etaSquared >= 0.5) {
      seasonal = true;
      const effects = groups.map((group) => (group.length ? mean(group) : 0));
      const peak = effects.indexOf(Math.max(...effects));
      const trough = effects.indexOf(Math.min(...effects));
      const peakShare = effects[peak]! / level;
      const troughShare = effects[trough]! / level;
      out.push({
        kind: 'seasonality',
        title: `${measure.name} is seasonal`,
        sentence: `${measure.name} follows the calendar: ${MONTHS[peak]} runs ${formatPercent(peakShare)} above a typical month and ${MONTHS[trough]} ${formatPercent(Math.abs(troughShare))} below it (month effect, ${formatP(test12.p)}).`,
        numbers: {
          peakMonth: MONTHS[peak]!,
          troughMonth: MONTHS[trough]!,
          peakVsTypical: peakShare,
          troughVsTypical: troughShare,
          p: test12.p,
          etaSquared: test12.etaSquared,
        },
        chart: {
          kind: 'column',
          title: `${measure.name}: month effect (detrended)`,
          categoryLabel: 'Month',
          categories: MONTHS.map((month) => month.slice(0, 3)),
          series: [{ name: measure.name, values: effects.map((value) => Number(value.toFixed(2))) }],
        },
        score: 0.55 + 0.4 * test12.etaSquared,
        cells: `${columnRange(table, date)}, ${columnRange(table, measure)}`,
        table: table.name,
      });
      residuals = residuals.map((value, index) => value - effects[series.months![index]!]!);
      test = mannKendall(series.values.map((value, index) => value - effects[series.months![index]!]!));
    }
  }

  if (test.p < ALPHA && Math.abs(change) >= 0.05 && Math.abs(test.tau) >= 0.3) {
    const direction = fit.slope > 0 ? 'rises' : 'falls';
    const span = trendSpan(series.values, first, last);
    const perPeriod = series.level === 'sum' ? ` per ${periodWord}` : '';
    // Without two sound levels, the median change per period (Sen's slope) is said instead.
    const movement = !span
      ? `${levelWords.replace('the fitted ', 'the ')} moves by a median ${formatValue(test.senSlope, measure)}${series.level === 'sum' ? '' : ' a row'} per ${periodWord}`
      : `${span.fitted ? `${levelWords} goes` : `${levelWords.replace('the fitted ', 'the ')} went`} from ${formatValue(span.start, measure)} to ${formatValue(span.end, measure)}${perPeriod}${span.change === undefined ? '' : ` (${span.change > 0 ? '+' : ''}${formatPercent(span.change)})`}`;
    out.push({
      kind: 'trend',
      title: `${measure.name} ${direction} over time`,
      sentence: `${measure.name} ${direction} steadily: ${movement} over ${series.values.length} ${periodWord}s, from ${series.labels[0]} to ${series.labels[series.labels.length - 1]} (Mann-Kendall ${formatP(test.p)}).`,
      numbers: {
        ...(span ? { start: span.start, end: span.end } : {}),
        change: span?.change ?? change,
        periods: series.values.length,
        p: test.p,
        tau: test.tau,
        senSlope: test.senSlope,
      },
      chart: {
        kind: 'line',
        title: `${measure.name} per ${periodWord}`,
        categoryLabel: date.name,
        categories: series.labels,
        series: [{ name: measure.name, values: series.values }],
      },
      score: 0.5 + 0.45 * Math.min(1, Math.abs(test.tau)),
      cells: `${columnRange(table, date)}, ${columnRange(table, measure)}`,
      table: table.name,
    });
  }

  // Change point: one mean shift in the detrended (and deseasonalized) series.
  const n = residuals.length;
  if (n >= 12) {
    let best = { index: -1, t: 0, p: 1 };
    for (let split = 4; split <= n - 4; split++) {
      const { statistic: t, p } = welchT(residuals.slice(split), residuals.slice(0, split), 'two-sided');
      if (Math.abs(t) > Math.abs(best.t)) best = { index: split, t, p };
    }
    const before = series.values.slice(0, best.index);
    const after = series.values.slice(best.index);
    const shift = best.index > 0 ? (mean(after) - mean(before)) / (Math.abs(mean(before)) || 1) : 0;
    if (best.index > 0 && best.p * n < ALPHA && Math.abs(shift) >= 0.1 && !seasonal) {
      out.push({
        kind: 'change-point',
        title: `${measure.name} shifts at ${series.labels[best.index]}`,
        sentence: `${measure.name} changes level from ${series.labels[best.index]}: ${levelAt(mean(before))} before, ${formatValue(mean(after), measure)} after (${shift > 0 ? '+' : ''}${formatPercent(shift)}; ${formatP(Math.min(1, best.p * n))}, corrected for ${n} split points).`,
        numbers: {
          at: series.labels[best.index]!,
          before: mean(before),
          after: mean(after),
          shift,
          p: Math.min(1, best.p * n),
        },
        chart: {
          kind: 'line',
          title: `${measure.name} per ${periodWord}`,
          categoryLabel: date.name,
          categories: series.labels,
          series: [{ name: measure.name, values: series.values }],
        },
        score: 0.5 + 0.4 * Math.min(1, Math.abs(shift)),
        cells: `${columnRange(table, date)}, ${columnRange(table, measure)}`,
        table: table.name,
      });
    }
  }
}

function groupKeyColumns(table: DataTable): Column[] {
  return table.columns
    .filter(
      (column) =>
        column.type === 'category' && new Set(column.values).size <= 20 && new Set(column.values).size >= 2,
    )
    .slice(0, 3);
}

function outlierInsights(table: DataTable, measures: readonly Column[], out: Insight[]): void {
  const groups = groupKeyColumns(table);
  const things = listOfDistinctThings(table);
  const found = new Map<
    number,
    { column: Column; value: number; z: number; typical: number; group: string }[]
  >();
  for (const measure of measures) {
    const { rows, values } = presentPairs(measure);
    if (values.length < 12) continue;
    if (things && !oneCommonLevel(values)) continue;
    const byGroup = new Map<string, number[]>();
    for (const row of rows) {
      const key = groups.map((column) => String(column.values[row] ?? '')).join(' / ');
      const list = byGroup.get(key);
      if (list) list.push(row);
      else byGroup.set(key, [row]);
    }
    const grouped = groups.length > 0 && [...byGroup.values()].every((list) => list.length >= 20);
    const partitions = grouped ? [...byGroup.entries()] : [['', rows] as [string, number[]]];
    const flagged: { row: number; value: number; z: number; typical: number; group: string }[] = [];
    for (const [group, members] of partitions) {
      const memberValues = members.map((row) => measure.numbers[row] as number);
      const z = robustZ(memberValues);
      const typical = median(memberValues);
      // Both tests must agree: robust z of 6 or more and beyond Tukey's far fences (3 IQR).
      const q1 = quantile(memberValues, 0.25);
      const q3 = quantile(memberValues, 0.75);
      const fence = 3 * (q3 - q1);
      for (const [index, score] of z.entries()) {
        const value = memberValues[index]!;
        if (Math.abs(score) >= 6 && (value > q3 + fence || value < q1 - fence))
          flagged.push({ row: members[index]!, value, z: score, typical, group });
      }
    }
    // Many extreme values mean a heavy tail, not outliers.
    if (flagged.length === 0 || flagged.length > Math.max(2, values.length * 0.01)) continue;
    for (const item of flagged.filter((candidate) => !explainedExtreme(measure, candidate.row, measures))) {
      const list = found.get(item.row) ?? [];
      list.push({ column: measure, value: item.value, z: item.z, typical: item.typical, group: item.group });
      found.set(item.row, list);
    }
  }
  const label = rowLabel(table);
  const ranked = [...found.entries()].sort(
    (a, b) =>
      Math.max(...b[1].map((item) => Math.abs(item.z))) - Math.max(...a[1].map((item) => Math.abs(item.z))),
  );
  const strongest = ranked.length ? Math.max(...ranked[0]![1].map((item) => Math.abs(item.z))) : 0;
  const kept = ranked.filter(
    ([, items], index) =>
      index === 0 || (index < 2 && Math.max(...items.map((item) => Math.abs(item.z))) >= strongest * 0.66),
  );
  for (const [row, items] of kept) {
    const main = items.sort((a, b) => Math.abs(b.z) - Math.abs(a.z))[0]!;
    const where = [label?.values[row] ?? '', main.group]
      .map((part) => String(part).trim())
      .filter(Boolean)
      .join(', ');
    const ratio = main.typical !== 0 ? main.value / main.typical : 0;
    const measureValues = presentPairs(main.column);
    const others = items.slice(1).map((item) => item.column.name);
    out.push({
      kind: 'outlier',
      title: `Unusual ${main.column.name} in row ${table.rowNumbers[row]}`,
      sentence: `${main.column.name} of ${formatValue(main.value, main.column)} in row ${table.rowNumbers[row]}${where ? ` (${where})` : ''} is far from the typical ${formatValue(main.typical, main.column)}${ratio > 1.5 ? ` (${ratio.toFixed(1)}×)` : ''}; robust z = ${main.z.toFixed(1)}${
        others.length > 0
          ? `; ${joinNames(others)} ${others.length === 1 ? 'also stands' : 'also stand'} out in the same row`
          : ''
      }.`,
      numbers: { row: table.rowNumbers[row]!, value: main.value, typical: main.typical, robustZ: main.z },
      chart: {
        kind: 'scatter',
        title: `${main.column.name} by row`,
        categoryLabel: 'Row',
        categories: measureValues.rows.map((index) => table.rowNumbers[index]!),
        series: [{ name: main.column.name, values: measureValues.values }],
      },
      score: Math.min(0.98, 0.7 + Math.abs(main.z) / 100),
      cells: citeCells(table, main.column, [row]),
      table: table.name,
    });
  }
}

/** Rows fewer than this, each named once, read as a list of different things, not as a sample. */
const SHORT_LIST = 30;

/** A label that names a time: a date, a month or a year ("2012", "November 19", "3/14"). */
const TIME_LABEL = new RegExp(`\\b(?:${MONTH_NAME_PATTERN})\\b|\\b(?:1[5-9]|20)\\d\\d\\b|\\d[/.-]\\d`, 'i');

/**
 * A short list whose rows each name a different thing (the lines of a budget, the categories of
 * an expense sheet, the items of a bill): the rows are not draws from one population, and its
 * largest line is not unusual. Rows named by dates, months or years are one series over time.
 */
function listOfDistinctThings(table: DataTable): boolean {
  if (table.rowNumbers.length >= SHORT_LIST) return false;
  const label = rowLabel(table);
  if (!label || label.type === 'date') return false;
  const present = label.values
    .filter((value) => value !== null && String(value).trim() !== '')
    .map((value) => String(value).trim());
  return (
    present.length >= table.rowNumbers.length * 0.9 &&
    new Set(present.map((value) => value.toLowerCase())).size === present.length &&
    !present.some((value) => TIME_LABEL.test(value))
  );
}

/**
 * Values that sit tightly around one level (median absolute deviation at most a tenth of the
 * median): the rows are alike, as the laps of a race that most drivers ran in full, and a row far
 * from the rest stands out even in a short list.
 */
function oneCommonLevel(values: readonly number[]): boolean {
  const level = Math.abs(median(values));
  return level > 0 && mad(values) <= 0.1 * level;
}

/** A year written alone ("2012"): it names a row of a yearly table. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/**
 * The column that names a row for a reader ("in row 19 (Oslo)", "(2012)"): a date, else the
 * first column of names or years, mostly one per row. Other numbers, codes and flags ("0", "1")
 * name nothing: then no name is shown.
 */
function rowLabel(table: DataTable): Column | undefined {
  const date = table.columns.find((column) => column.type === 'date');
  if (date) return date;
  return table.columns.find((column) => {
    if (column.type !== 'identifier' && column.type !== 'category') return false;
    const present = column.values
      .filter((value) => value !== null && String(value).trim() !== '')
      .map((value) => String(value).trim());
    const names =
      present.every((value) => /\p{L}/u.test(value)) || present.every((value) => YEAR.test(value));
    return present.length > 0 && names && new Set(present).size >= present.length * 0.5;
  });
}

/**
 * An extreme value that another column accounts for: the row is as extreme in that column too
 * (robust z ≥ 6 there), and the two columns move together almost exactly (|r| ≥ 0.95). The tax
 * of the top income band of a tax table is far above the rest because the income is, and a
 * total row is large in every column: a large row, not an outlier.
 */
function explainedExtreme(measure: Column, row: number, measures: readonly Column[]): boolean {
  return measures.some((other) => {
    if (other === measure) return false;
    const value = other.numbers[row];
    if (typeof value !== 'number') return false;
    const { x, y } = pairedNumbers(measure, other);
    if (x.length < 10) return false;
    const r = pearson(x, y).r;
    if (!(Math.abs(r) >= 0.95)) return false;
    const { rows, values } = presentPairs(other);
    const z = robustZ(values)[rows.indexOf(row)] ?? 0;
    return Math.abs(z) >= 6;
  });
}

/** |r| at which two columns lie on one line: it is shown as 1.00. */
const EXACT_LINE = 0.995;

function correlationInsights(table: DataTable, measures: readonly Column[], out: Insight[]): void {
  const pairs: [Column, Column][] = [];
  for (let i = 0; i < measures.length; i++)
    for (let j = i + 1; j < measures.length; j++) pairs.push([measures[i]!, measures[j]!]);
  const found: Insight[] = [];
  for (const [a, b] of pairs) {
    const { x, y } = pairedNumbers(a, b);
    if (x.length < 10) continue;
    const result = pearson(x, y);
    const p = Math.min(1, result.p * pairs.length);
    // An exact line (|r| = 1) is one quantity written twice (a unit converted, a sign
    // flipped, a format sample repeated), not two that tend to move together.
    if (Math.abs(result.r) >= EXACT_LINE) continue;
    if (p < ALPHA && Math.abs(result.r) >= 0.5) {
      found.push({
        kind: 'correlation',
        title: `${a.name} and ${b.name} move together`,
        sentence: `${a.name} and ${b.name} are ${result.r > 0 ? 'positively' : 'negatively'} correlated (r = ${result.r.toFixed(2)} over ${result.n} rows, ${formatP(p)}): when ${a.name} is higher, ${b.name} tends to be ${result.r > 0 ? 'higher' : 'lower'}.`,
        numbers: { r: result.r, p, n: result.n },
        chart: {
          kind: 'scatter',
          title: `${b.name} against ${a.name}`,
          categoryLabel: a.name,
          categories: x.slice(0, 500),
          series: [{ name: b.name, values: y.slice(0, 500) }],
        },
        score: 0.4 + 0.5 * Math.abs(result.r),
        cells: `${columnRange(table, a)}, ${columnRange(table, b)}`,
        table: table.name,
      });
    }
  }
  out.push(...found.sort((p, q) => q.score - p.score).slice(0, 3));
}

function isKey(column: Column): boolean {
  const present = column.values.filter((value) => value !== null);
  return present.length === column.values.length && new Set(present.map(String)).size === present.length;
}

/**
 * The table's own key: its first column of names, complete and unique, where "4 of 40
 * customers make 70% of revenue" reads right. Numbered rows (ids, serials) name nothing.
 */
function tableKey(table: DataTable): Column | undefined {
  return table.columns.find(
    (column) =>
      (column.type === 'identifier' || column.type === 'category') &&
      isKey(column) &&
      column.values.some((value) => typeof value === 'string' && /[a-z]/i.test(value)) &&
      // Timestamps are when, not who.
      column.values.filter((value) => typeof value === 'string' && /\d:\d\d/.test(value)).length <
        column.values.length / 2,
  );
}

/**
 * Measures whose values add up to a total a share can be taken of. Rates, ratios, densities,
 * percentages, averages, scores, ratings, indexes, ages and prices (a quote's Open, High, Low and
 * Close among them) do not: "Brazil makes 62% of
 * the density" or "class 3 has the most Age" reads as a sum that means nothing.
 */
const NOT_ADDITIVE =
  /%|percent|pct|\b(rate|rates|ratio|density|per|average|avg|mean|median|score|scores|rating|ratings|index|margin|share|age|price|prices|temperature|temp|literacy|urban|proportion|fraction)\b|_(rate|ratio|score|rating|index|avg|mean|age|price|pct)$|^(rate|ratio|score|rating|age|price|avg|mean)_|^(open|high|low|close|adj\.? close)$/i;

/** Whether a measure of this name adds up (see NOT_ADDITIVE). */
export function additiveName(name: string): boolean {
  return !NOT_ADDITIVE.test(name);
}

function additive(measure: Column): boolean {
  return measure.type !== 'percent' && additiveName(measure.name);
}

function groupInsights(table: DataTable, measures: readonly Column[], out: Insight[]): void {
  const key = tableKey(table);
  const categories = table.columns.filter((column) => {
    // Identifiers (names, tickets, cabins) and near one-row groups name nothing to group by,
    // except the table's own key.
    if (column === key) return true;
    if (column.type !== 'category') return false;
    const present = column.values.filter((value) => value !== null);
    const distinct = new Set(present.map(String)).size;
    // Groups of about one row each ("1:64,189" ratios) are no grouping.
    return distinct >= 2 && distinct <= 500 && distinct <= present.length * 0.7;
  });
  for (const category of categories.slice(0, 6)) {
    for (const measure of measures.filter(additive).slice(0, 6)) {
      const groups = new Map<string, number[]>();
      category.values.forEach((key, row) => {
        const value = measure.numbers[row];
        if (key === null || typeof value !== 'number') return;
        const list = groups.get(String(key));
        if (list) list.push(value);
        else groups.set(String(key), [value]);
      });
      if (groups.size < 2) continue;
      const totals = [...groups.entries()]
        .map(([name, values]) => ({ name, total: sum(values), count: values.length }))
        .sort((a, b) => b.total - a.total);
      const grand = sum(totals.map((item) => item.total));
      if (!(grand > 0) || totals.some((item) => item.total < 0)) continue;
      const singleRows = totals.every((item) => item.count === 1);
      const chart: InsightChart = {
        kind: 'column',
        title: `${measure.name} by ${category.name}`,
        categoryLabel: category.name,
        categories: totals.slice(0, 15).map((item) => item.name),
        series: [{ name: measure.name, values: totals.slice(0, 15).map((item) => item.total) }],
      };
      // Concentration: a few items make most of the total.
      if (totals.length >= 5) {
        let cumulative = 0;
        let k = 0;
        while (k < totals.length && cumulative < grand * 0.5) cumulative += totals[k++]!.total;
        const shares = totals.map((item) => item.total / grand);
        const gini = giniOf(shares);
        if (k / totals.length <= 0.2 && gini >= 0.6) {
          out.push({
            kind: 'concentration',
            title: `${measure.name} is concentrated in a few ${category.name} values`,
            sentence: `${k} of ${totals.length} ${groupsOf(category.name)} make ${formatPercent(cumulative / grand)} of ${measure.name} (${totals
              .slice(0, Math.min(k, 3))
              .map((item) => item.name)
              .join(', ')}${k > 3 ? ', …' : ''}); Gini ${gini.toFixed(2)}.`,
            numbers: { top: k, of: totals.length, share: cumulative / grand, gini },
            chart: { ...chart, kind: 'bar' },
            score: 0.5 + 0.45 * gini,
            cells: `${columnRange(table, category)}, ${columnRange(table, measure)}`,
            table: table.name,
          });
          continue;
        }
      }
      if (singleRows || totals.length > 30) continue;
      const test = anova([...groups.values()]);
      if (test.p < ALPHA && test.etaSquared >= 0.05) {
        const top = totals[0]!;
        const bottom = totals[totals.length - 1]!;
        out.push({
          kind: 'top-contributors',
          title: `${top.name} leads ${measure.name}`,
          sentence: `${groupName(category, top.name)} has the most ${measure.name}: ${formatValue(top.total, measure)}, ${formatPercent(top.total / grand)} of the total; ${groupName(category, bottom.name)} has the least, ${formatValue(bottom.total, measure)} (${formatPercent(bottom.total / grand)}). The ${groupsOf(category.name)} differ beyond chance (ANOVA ${formatP(test.p)}).`,
          numbers: {
            top: top.name,
            topTotal: top.total,
            topShare: top.total / grand,
            bottom: bottom.name,
            bottomTotal: bottom.total,
            bottomShare: bottom.total / grand,
            p: test.p,
          },
          chart,
          score: 0.45 + 0.4 * Math.min(1, test.etaSquared * 2),
          cells: `${columnRange(table, category)}, ${columnRange(table, measure)}`,
          table: table.name,
        });
      }
    }
  }
}

/** A group as a reader names it: a code or flag ("1") with its column ("indicator 1"), a name as it is. */
function groupName(category: Column, name: string): string {
  return /^[-+]?\d+(?:\.\d+)?$/.test(name.trim()) ? `${category.name} ${name}` : name;
}

/** The groups of a column: "regions" for one word, "indicator_of_x groups" for a longer name. */
function groupsOf(name: string): string {
  return /^\p{L}+(?: \p{L}+)*$/u.test(name) ? plural(name) : `${name} groups`;
}

function plural(word: string): string {
  const lower = word.toLowerCase();
  if (/s$/.test(lower)) return lower;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

function giniOf(shares: readonly number[]): number {
  const sorted = [...shares].sort((a, b) => a - b);
  const n = sorted.length;
  let weighted = 0;
  sorted.forEach((share, index) => {
    weighted += (2 * (index + 1) - n - 1) * share;
  });
  const total = sum(sorted);
  return total > 0 ? weighted / (n * total) : 0;
}

/** Finds the insights of one table, best first. */
export function findInsights(source: DataTable, options: { limit?: number } = {}): Insight[] {
  // Subtotal rows would be ranked with the rows they add up.
  const table = withoutRows(source, subtotalRows(source));
  const measures = table.columns.filter(isMeasure).slice(0, 8);
  const out: Insight[] = [];
  if (table.rowNumbers.length < 6 || measures.length === 0) return out;
  const date = table.columns.find((column) => column.type === 'date' && column.dates);
  if (date) for (const measure of measures) trendInsights(table, date, measure, out);
  outlierInsights(table, measures, out);
  correlationInsights(table, measures, out);
  groupInsights(table, measures, out);
  // The money measures people ask about first (revenue, sales, profit) lead among equals.
  const preferred = (insight: Insight) =>
    /revenue|sales|profit|amount|income/i.test(insight.title) ? 0.15 : 0;
  return out.sort((a, b) => b.score + preferred(b) - (a.score + preferred(a))).slice(0, options.limit ?? 12);
}
