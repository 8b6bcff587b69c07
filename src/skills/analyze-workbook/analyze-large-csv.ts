/**
 * @module analyze-large-csv
 * Large CSV files in one pass through DuckDB (read_csv_auto into a table, then aggregates):
 * column types, measure statistics, group totals with their sufficient statistics (for the
 * ANOVA behind "who leads"), monthly series (for the trend test) and correlations between
 * measures. Memory stays bounded by DuckDB's columnar table, not by JavaScript objects.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { additiveName, periodLevels } from './find-insights.ts';
import { formatP, formatPercent, formatValue } from './format-value.ts';
import { fTestP, mannKendall, regression, tTestP } from './stats.ts';

export type LargeCsvInsight = {
  readonly kind: 'trend' | 'top-contributors' | 'correlation';
  readonly sentence: string;
  readonly score: number;
  readonly numbers: Record<string, number | string>;
};

export type LargeCsvReport = {
  readonly path: string;
  readonly rows: number;
  readonly columns: readonly {
    readonly name: string;
    readonly type: string;
    readonly role: 'measure' | 'category' | 'date' | 'other';
  }[];
  readonly measures: readonly {
    readonly name: string;
    readonly sum: number;
    readonly mean: number;
    readonly min: number;
    readonly max: number;
    readonly std: number;
  }[];
  readonly groups: readonly {
    readonly by: string;
    readonly measure: string;
    readonly totals: readonly { readonly key: string; readonly count: number; readonly sum: number }[];
  }[];
  readonly insights: readonly LargeCsvInsight[];
  readonly engine: 'duckdb';
  readonly seconds: number;
};

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL.*)$/;

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

type Row = Record<string, unknown>;

function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Analyses a large CSV file. */
export async function analyzeLargeCsv(path: string): Promise<LargeCsvReport> {
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const query = async (sql: string): Promise<Row[]> =>
    (await connection.runAndReadAll(sql)).getRowObjectsJson() as Row[];
  try {
    await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv_auto(${literal(path)})`);
    const described = await query('DESCRIBE t');
    const columns = described.map((row) => ({
      name: String(row.column_name),
      type: String(row.column_type),
    }));
    const measures = columns
      .filter((column) => NUMERIC.test(column.type) && !/^(id|.*_id|row)$/i.test(column.name))
      .slice(0, 8);
    const dates = columns.filter((column) => /^(DATE|TIMESTAMP.*)$/.test(column.type));
    const texts = columns.filter((column) => column.type === 'VARCHAR');

    const statsSql = [
      'count(*) AS n',
      ...measures.flatMap((m, i) => [
        `sum(${ident(m.name)}) AS s${i}`,
        `avg(${ident(m.name)}) AS a${i}`,
        `min(${ident(m.name)}) AS lo${i}`,
        `max(${ident(m.name)}) AS hi${i}`,
        `stddev_samp(${ident(m.name)}) AS sd${i}`,
      ]),
      ...texts.map((c, i) => `approx_count_distinct(${ident(c.name)}) AS d${i}`),
    ];
    const pairs: [number, number][] = [];
    for (let i = 0; i < measures.length; i++)
      for (let j = i + 1; j < measures.length; j++) pairs.push([i, j]);
    statsSql.push(
      ...pairs.map(
        ([i, j]) => `corr(${ident(measures[i]!.name)}, ${ident(measures[j]!.name)}) AS r${i}_${j}`,
      ),
    );
    const [stats] = await query(`SELECT ${statsSql.join(', ')} FROM t`);
    const n = num(stats!.n);
    const categories = texts
      .filter((_, i) => num(stats![`d${i}`]) >= 2 && num(stats![`d${i}`]) <= 50)
      .slice(0, 4);
    const role = (name: string) =>
      measures.some((m) => m.name === name)
        ? 'measure'
        : categories.some((c) => c.name === name)
          ? 'category'
          : dates.some((d) => d.name === name)
            ? 'date'
            : 'other';

    const insights: LargeCsvInsight[] = [];
    const groups: LargeCsvReport['groups'][number][] = [];
    for (const category of categories) {
      const sql = `SELECT ${ident(category.name)} AS k, count(*) AS c, ${measures.map((m, i) => `sum(${ident(m.name)}) AS s${i}, sum(${ident(m.name)}::DOUBLE * ${ident(m.name)}) AS q${i}`).join(', ')} FROM t GROUP BY 1 ORDER BY 1`;
      const rows = await query(sql);
      measures.forEach((measure, i) => {
        const totals = rows
          .map((row) => ({
            key: String(row.k),
            count: num(row.c),
            sum: num(row[`s${i}`]),
            squares: num(row[`q${i}`]),
          }))
          .sort((a, b) => b.sum - a.sum);
        groups.push({
          by: category.name,
          measure: measure.name,
          totals: totals.map(({ key, count, sum }) => ({ key, count, sum })),
        });
        // One-way ANOVA from per-group count, sum and sum of squares.
        const total = totals.reduce((acc, group) => acc + group.sum, 0);
        const count = totals.reduce((acc, group) => acc + group.count, 0);
        const grand = total / count;
        const between = totals.reduce(
          (acc, group) => acc + group.count * (group.sum / group.count - grand) ** 2,
          0,
        );
        const within = totals.reduce((acc, group) => acc + group.squares - group.sum ** 2 / group.count, 0);
        const k = totals.length;
        const f = within > 0 ? between / (k - 1) / (within / (count - k)) : 0;
        const p = fTestP(f, k - 1, count - k);
        const eta = between / (between + within);
        if (p < 0.001 && eta >= 0.01 && total > 0) {
          const top = totals[0]!;
          insights.push({
            kind: 'top-contributors',
            sentence: `${top.key} leads ${measure.name} by ${category.name}: ${formatValue(top.sum)} (${formatPercent(top.sum / total)} of the total; ANOVA ${formatP(p)}).`,
            score: 0.45 + 0.4 * Math.min(1, eta * 2),
            numbers: { top: top.key, share: top.sum / total, p },
          });
        }
      });
    }
    const date = dates[0];
    if (date && measures.length) {
      const rows = await query(
        `SELECT strftime(date_trunc('month', ${ident(date.name)}), '%Y-%m') AS m, ${measures.map((m, i) => `sum(${ident(m.name)}) AS s${i}, count(${ident(m.name)}) AS c${i}`).join(', ')} FROM t GROUP BY 1 ORDER BY 1`,
      );
      measures.forEach((measure, i) => {
        // The level per month, as the in-memory insights judge it: a total only where months
        // hold about as many rows and the measure adds up, else an average (see periodLevels).
        const present = rows.filter((row) => row.m !== null && num(row[`c${i}`]) > 0);
        const labels = present.map((row) => String(row.m));
        const totals = new Map(present.map((row) => [String(row.m), num(row[`s${i}`])]));
        const counts = new Map(present.map((row) => [String(row.m), num(row[`c${i}`])]));
        const values = labels.length
          ? (periodLevels(labels, totals, counts, 'month', additiveName(measure.name))?.values ?? [])
          : [];
        if (values.length < 8) return;
        const test = mannKendall(values);
        const fit = regression(
          values.map((_, x) => x),
          values,
        );
        const first = fit.intercept;
        const last = fit.intercept + fit.slope * (values.length - 1);
        const change = first !== 0 ? (last - first) / Math.abs(first) : 0;
        if (test.p < 0.001 && Math.abs(change) >= 0.05 && Math.abs(test.tau) >= 0.3) {
          insights.push({
            kind: 'trend',
            sentence: `${measure.name} ${change > 0 ? 'rises' : 'falls'} over ${values.length} months (${change > 0 ? '+' : ''}${formatPercent(change)}; Mann-Kendall ${formatP(test.p)}).`,
            score: 0.5 + 0.45 * Math.min(1, Math.abs(test.tau)),
            numbers: { change, p: test.p },
          });
        }
      });
    }
    for (const [i, j] of pairs) {
      const r = num(stats![`r${i}_${j}`]);
      if (!Number.isFinite(r)) continue;
      const clipped = Math.min(Math.abs(r), 0.999999999);
      const p = Math.min(
        1,
        tTestP((clipped * Math.sqrt(n - 2)) / Math.sqrt(1 - clipped * clipped), n - 2) * pairs.length,
      );
      if (p < 0.001 && Math.abs(r) >= 0.5) {
        insights.push({
          kind: 'correlation',
          sentence: `${measures[i]!.name} and ${measures[j]!.name} are ${r > 0 ? 'positively' : 'negatively'} correlated (r = ${r.toFixed(2)} over ${n.toLocaleString('en-US')} rows, ${formatP(p)}).`,
          score: 0.4 + 0.5 * Math.abs(r),
          numbers: { r, p },
        });
      }
    }
    return {
      path,
      rows: n,
      columns: columns.map((column) => ({ name: column.name, type: column.type, role: role(column.name) })),
      measures: measures.map((measure, i) => ({
        name: measure.name,
        sum: num(stats![`s${i}`]),
        mean: num(stats![`a${i}`]),
        min: num(stats![`lo${i}`]),
        max: num(stats![`hi${i}`]),
        std: num(stats![`sd${i}`]),
      })),
      groups,
      insights: insights.sort((a, b) => b.score - a.score).slice(0, 8),
      engine: 'duckdb',
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
