/**
 * @module chart
 * DrawingML chart parts (c:chartSpace) into chart blocks: the chart type, its title and each
 * series' name, categories and values from the caches the producer stored with the chart.
 * Shared by the Word, PowerPoint and Excel readers.
 */
import type { Block, ChartSeries, Locator } from '../model.ts';
import { attr, child, descendants, elements, path, textOf, textOfAll, type XmlNode } from './xml.ts';

export type ChartBlock = Extract<Block, { kind: 'chart' }>;

/** Values of a cache (strCache/numCache/strLit/numLit) placed by their idx. */
function cachePoints(ref: XmlNode | undefined): string[] {
  if (!ref) return [];
  const cache =
    child(ref, 'strCache') ??
    child(ref, 'numCache') ??
    child(ref, 'multiLvlStrCache') ??
    (ref.name === 'strLit' || ref.name === 'numLit' ? ref : undefined);
  if (!cache) return [];
  const points =
    cache.name === 'multiLvlStrCache' ? elements(child(cache, 'lvl'), 'pt') : elements(cache, 'pt');
  const count = Number(attr(child(cache, 'ptCount'), 'val') ?? points.length);
  const bounded = Math.min(Number.isFinite(count) ? count : points.length, 100_000);
  const out: string[] = new Array(Math.max(bounded, points.length)).fill('');
  points.forEach((point, order) => {
    const idx = Number(attr(point, 'idx') ?? order);
    const value = textOf(child(point, 'v'));
    if (Number.isInteger(idx) && idx >= 0 && idx < out.length) out[idx] = value;
  });
  return out;
}

function dataSource(node: XmlNode | undefined): string[] {
  if (!node) return [];
  const ref =
    child(node, 'strRef') ??
    child(node, 'numRef') ??
    child(node, 'multiLvlStrRef') ??
    child(node, 'strLit') ??
    child(node, 'numLit');
  return cachePoints(ref);
}

function seriesName(ser: XmlNode): string {
  const tx = child(ser, 'tx');
  if (!tx) return '';
  const ref = child(tx, 'strRef');
  if (ref) return cachePoints(ref).join(' ');
  return textOf(child(tx, 'v'));
}

function toNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function chartTitle(chart: XmlNode | undefined): string | undefined {
  const title = child(chart, 'title');
  if (!title) return undefined;
  const rich = path(title, 'tx', 'rich');
  if (rich) {
    const text = elements(rich, 'p')
      .map((p) => textOfAll(p, 't'))
      .join(' ')
      .trim();
    return text || undefined;
  }
  const ref = path(title, 'tx', 'strRef');
  const text = ref ? cachePoints(ref).join(' ').trim() : '';
  return text || undefined;
}

/** Reads a c:chartSpace root into a chart block; undefined when it holds no plot. */
export function readChart(root: XmlNode | undefined, locator: Locator): ChartBlock | undefined {
  if (!root) return undefined;
  const chart = child(root, 'chart');
  const plotArea = child(chart, 'plotArea');
  if (!plotArea) return undefined;
  const plots = elements(plotArea).filter((node) => node.name.endsWith('Chart'));
  if (plots.length === 0) return undefined;
  const series: ChartSeries[] = [];
  for (const plot of plots) {
    for (const ser of elements(plot, 'ser')) {
      const categories = dataSource(child(ser, 'cat') ?? child(ser, 'xVal'));
      const values = dataSource(child(ser, 'val') ?? child(ser, 'yVal')).map(toNumber);
      series.push({ name: seriesName(ser), categories, values });
    }
  }
  const first = plots[0]!;
  const title = chartTitle(chart);
  return {
    kind: 'chart',
    chartType: first.name.replace(/Chart$/, ''),
    ...(title ? { title } : {}),
    series,
    locator,
  };
}

/** The relationship ids of charts referenced from a drawing or slide tree (c:chart r:id). */
export function chartRefs(node: XmlNode): string[] {
  const out: string[] = [];
  for (const item of descendants(node, 'chart')) {
    for (const [key, value] of Object.entries(item.attrs)) if (/^[^:]+:id$/.test(key)) out.push(value);
  }
  return out;
}
