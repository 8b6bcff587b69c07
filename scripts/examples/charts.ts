/**
 * @module charts
 * Chart images for the sample workspace: echarts renders SVG on the server (no browser), and
 * resvg turns it into PNG with fonts from this machine (DejaVu or Liberation when present, so
 * the pixels stay the same from run to run).
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';

export type ChartImage = { readonly png: Uint8Array; readonly widthPx: number; readonly heightPx: number };

const FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
].filter((path) => existsSync(path));

function money(value: number): string {
  return value >= 1_000_000 ? `$${(value / 1_000_000).toFixed(1)}M` : `$${Math.round(value / 1000)}k`;
}

function render(option: echarts.EChartsOption, width: number, height: number): ChartImage {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: 'DejaVu Sans' },
    ...option,
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      loadSystemFonts: FONT_FILES.length === 0,
      fontFiles: FONT_FILES,
      defaultFontFamily: 'DejaVu Sans',
    },
  })
    .render()
    .asPng();
  return { png: new Uint8Array(png), widthPx: width, heightPx: height };
}

/** Bars of a value per category, with an optional line (e.g. revenue per month and margin). */
export function barChart(input: {
  title: string;
  categories: readonly string[];
  series: readonly { name: string; values: readonly number[] }[];
  width?: number;
  height?: number;
}): ChartImage {
  return render(
    {
      title: { text: input.title, left: 'center', textStyle: { fontSize: 16 } },
      legend: { bottom: 0 },
      grid: { left: 70, right: 20, top: 50, bottom: 60 },
      xAxis: { type: 'category', data: [...input.categories] },
      yAxis: { type: 'value', axisLabel: { formatter: money } },
      color: ['#1f4e79', '#4f9bd9', '#f2a541', '#7bbf6a'],
      series: input.series.map((series) => ({ type: 'bar', name: series.name, data: [...series.values] })),
    },
    input.width ?? 720,
    input.height ?? 400,
  );
}

/** A line chart over time (e.g. monthly revenue over two years). */
export function lineChart(input: {
  title: string;
  categories: readonly string[];
  series: readonly { name: string; values: readonly number[] }[];
  width?: number;
  height?: number;
}): ChartImage {
  return render(
    {
      title: { text: input.title, left: 'center', textStyle: { fontSize: 16 } },
      legend: { bottom: 0 },
      grid: { left: 70, right: 20, top: 50, bottom: 60 },
      xAxis: { type: 'category', data: [...input.categories], axisLabel: { interval: 2 } },
      yAxis: { type: 'value', axisLabel: { formatter: money } },
      color: ['#1f4e79', '#f2a541'],
      series: input.series.map((series) => ({
        type: 'line',
        name: series.name,
        data: [...series.values],
        symbol: 'circle',
        smooth: false,
      })),
    },
    input.width ?? 720,
    input.height ?? 360,
  );
}
