import { useEffect, useRef } from 'react';
import type { Strings } from '../i18n.ts';

/** A chart as the analyze skill describes it (find-insights.ts `InsightChart`). */
export type ChartData = {
  kind: 'column' | 'bar' | 'line' | 'pie' | 'scatter';
  title?: string;
  categoryLabel?: string;
  categories: (string | number)[];
  series: { name: string; values: (number | null)[] }[];
};

type Insight = { kind?: string; title?: string; sentence?: string; cells?: string; chart?: ChartData };
type Group = { key: unknown; value: unknown };
type AnswerData = {
  question?: string;
  text?: string;
  planText?: string;
  cells?: string;
  groups?: Group[];
};

const compactFormat = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const compact = (value: number) => compactFormat.format(value);

const COLORS = ['#4f6bed', '#e07a2f', '#2e9d6a', '#b14fc5', '#c9a227', '#d0454c'];

/** The ECharts option for a chart: bars, lines, a pie or points, with axis names and a description for screen readers. */
export function chartOption(chart: ChartData) {
  const base = {
    color: COLORS,
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: chart.kind === 'scatter' || chart.kind === 'pie' ? 'item' : 'axis' },
    legend: chart.series.length > 1 ? { bottom: 0 } : undefined,
  };
  if (chart.kind === 'pie')
    return {
      ...base,
      series: [
        {
          type: 'pie',
          radius: '65%',
          data: chart.categories.map((name, i) => ({
            name: String(name),
            value: chart.series[0]?.values[i] ?? 0,
          })),
        },
      ],
    };
  if (chart.kind === 'scatter')
    return {
      ...base,
      grid: { left: 56, right: 16, top: 16, bottom: 40 },
      xAxis: {
        type: 'value',
        name: chart.categoryLabel,
        nameLocation: 'middle',
        nameGap: 26,
        scale: true,
        axisLabel: { formatter: compact },
      },
      yAxis: { type: 'value', name: chart.series[0]?.name, scale: true, axisLabel: { formatter: compact } },
      series: chart.series.map((series) => ({
        type: 'scatter',
        name: series.name,
        symbolSize: 5,
        data: chart.categories.map((x, i) => [Number(x), series.values[i]]),
      })),
    };
  const horizontal = chart.kind === 'bar';
  // Every label while there are few categories; long ones wrap.
  const category = {
    type: 'category',
    data: chart.categories.map(String),
    axisLabel: {
      interval: chart.categories.length <= 8 ? 0 : 'auto',
      fontSize: 10,
      width: 70,
      overflow: 'break',
    },
  };
  const value = { type: 'value', axisLabel: { formatter: compact } };
  return {
    ...base,
    grid: {
      left: horizontal ? 110 : 56,
      right: 16,
      top: 16,
      bottom: chart.series.length > 1 ? 56 : 32,
      containLabel: false,
    },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: chart.series.map((series) => ({
      type: chart.kind === 'line' ? 'line' : 'bar',
      name: series.name,
      data: series.values,
      showSymbol: false,
    })),
  };
}

/** One chart, drawn by ECharts (SVG) into a labelled figure. */
export function Chart({ chart, label }: { chart: ChartData; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    import('./echarts-setup.ts').then(({ init }) => {
      if (disposed || !element.current) return;
      const instance = init(element.current, undefined, { renderer: 'svg' });
      instance.setOption(chartOption(chart) as never);
      dispose = () => instance.dispose();
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [chart]);
  return (
    <figure className="chart-figure">
      <div ref={element} className="chart" role="img" aria-label={label} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

const formatNumber = (value: unknown) =>
  typeof value === 'number'
    ? value.toLocaleString(undefined, { maximumFractionDigits: 2 })
    : String(value ?? '');

/**
 * What an analysis with neither an answer nor an insight says, so that it does not show as
 * nothing at all (the CLI's "Nothing stands out"); undefined when it has either.
 */
export function emptyAnalysisNote(result: Record<string, unknown>, t: Pick<Strings, 'nothingStandsOut'>) {
  const insights = Array.isArray(result.insights) ? result.insights : [];
  return result.answer || insights.length > 0 ? undefined : t.nothingStandsOut;
}

/** The analyze skill's result: the answer with its plan in words, the cells used, a table and a chart; then the insights. */
export function AnalysisView({ t, result }: { t: Strings; result: Record<string, unknown> }) {
  const answer = result.answer as AnswerData | undefined;
  const insights = (Array.isArray(result.insights) ? result.insights : []) as Insight[];
  const groups = answer?.groups ?? [];
  const empty = emptyAnalysisNote(result, t);
  return (
    <div className="analysis" data-testid="analysis">
      {empty && <p className="nothing">{empty}</p>}
      {answer && (
        <section className="analysis-answer" aria-label={t.answerLabel}>
          {answer.text && <p className="answer-text">{answer.text}</p>}
          {answer.planText && (
            <p className="plan">
              <strong>{t.plan}:</strong> {answer.planText}
            </p>
          )}
          {answer.cells && (
            <p className="cells">
              <strong>{t.cellsUsed}:</strong> <code>{answer.cells}</code>
            </p>
          )}
          {groups.length > 0 && (
            <>
              <table className="result-table">
                <thead>
                  <tr>
                    <th scope="col">{t.group}</th>
                    <th scope="col">{t.value}</th>
                  </tr>
                </thead>
                <tbody>
                  {groups.map((group) => (
                    <tr key={String(group.key)}>
                      <td>{String(group.key)}</td>
                      <td className="number">{formatNumber(group.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Chart
                label={answer.planText ?? answer.question ?? ''}
                chart={{
                  kind: 'column',
                  categories: groups.map((group) => String(group.key)),
                  series: [
                    { name: answer.planText ?? '', values: groups.map((group) => Number(group.value)) },
                  ],
                }}
              />
            </>
          )}
        </section>
      )}
      {insights.length > 0 && <h4>{t.insights}</h4>}
      {insights.map((insight, i) => (
        <section key={`${insight.kind}-${i}`} className="insight" aria-label={insight.title ?? t.insights}>
          <h5>{insight.title}</h5>
          {insight.sentence && <p>{insight.sentence}</p>}
          {insight.chart && (
            <Chart chart={insight.chart} label={insight.chart.title ?? insight.title ?? ''} />
          )}
          {insight.cells && (
            <p className="cells">
              {t.cellsUsed}: <code>{insight.cells}</code>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
