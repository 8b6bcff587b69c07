/**
 * Insight detection on generated tables: recall of planted effects (trend, outlier,
 * correlation, concentration, seasonality) and false insights on pure-noise tables.
 * Run alone: node bin/run-ts.js bench/insights.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvToWorkbook } from '../src/formats/csv/read-csv.ts';
import { seededRandom as seeded } from '../src/lib/random.ts';
import { detectTables } from '../src/skills/analyze-workbook/detect-tables.ts';
import { findInsights, type InsightKind } from '../src/skills/analyze-workbook/find-insights.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = 20;

function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next());
}

const REGIONS = ['North', 'South', 'East', 'West', 'Central'];
const month = (index: number) =>
  `${2020 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;

type Generated = { csv: string; planted?: InsightKind; column?: string };

function monthly(next: () => number, sales: (index: number) => number): string {
  const lines = ['Date,Region,Sales,Visits,Returns'];
  for (let i = 0; i < 48; i++) {
    lines.push(
      `${month(i)},${REGIONS[i % 5]},${sales(i).toFixed(2)},${(500 + normal(next) * 40).toFixed(1)},${(20 + normal(next) * 3).toFixed(1)}`,
    );
  }
  return lines.join('\n');
}

function rowsTable(
  next: () => number,
  edit: (row: { customer: string; region: string; a: number; b: number; c: number }, index: number) => void,
): string {
  const lines = ['Customer,Region,Revenue,Orders,Discount'];
  for (let i = 0; i < 200; i++) {
    const row = {
      customer: `C${String(i % 40).padStart(3, '0')}`,
      region: REGIONS[i % 5]!,
      a: 1000 + normal(next) * 100,
      b: 50 + normal(next) * 5,
      c: 10 + normal(next) * 2,
    };
    edit(row, i);
    lines.push(`${row.customer},${row.region},${row.a.toFixed(2)},${row.b.toFixed(2)},${row.c.toFixed(2)}`);
  }
  return lines.join('\n');
}

function generate(kind: InsightKind | 'noise-monthly' | 'noise-rows', seed: number): Generated {
  const next = seeded(seed * 7919 + kind.length);
  switch (kind) {
    case 'trend':
      return {
        csv: monthly(next, (i) => 1000 + 8 * i + normal(next) * 60),
        planted: 'trend',
        column: 'Sales',
      };
    case 'seasonality':
      return {
        csv: monthly(
          next,
          (i) => 1000 * (1 + 0.25 * Math.sin((2 * Math.PI * (i % 12)) / 12)) + normal(next) * 50,
        ),
        planted: 'seasonality',
        column: 'Sales',
      };
    case 'outlier': {
      const at = Math.floor(next() * 200);
      return {
        csv: rowsTable(next, (row, i) => {
          if (i === at) row.a = 1000 + 900;
        }),
        planted: 'outlier',
        column: 'Revenue',
      };
    }
    case 'correlation':
      return {
        csv: rowsTable(next, (row) => {
          row.b = 50 + ((row.a - 1000) / 100) * 4 + normal(next) * 3.5;
        }),
        planted: 'correlation',
        column: 'Orders',
      };
    case 'concentration': {
      const lines = ['Customer,Region,Revenue,Orders'];
      for (let i = 0; i < 40; i++) {
        const big = i % 13 === 0;
        lines.push(
          `Customer ${i + 1},${REGIONS[i % 5]},${((big ? 20000 : 800) * (0.8 + 0.4 * next())).toFixed(2)},${Math.round(20 + normal(next) * 3)}`,
        );
      }
      return { csv: lines.join('\n'), planted: 'concentration', column: 'Revenue' };
    }
    case 'noise-monthly':
      return { csv: monthly(next, () => 1000 + normal(next) * 60) };
    case 'noise-rows':
      return { csv: rowsTable(next, () => {}) };
    default:
      throw new Error(kind);
  }
}

const PLANTED: InsightKind[] = ['trend', 'outlier', 'correlation', 'concentration', 'seasonality'];
const started = performance.now();
const rows: { kind: string; tables: number; found: number; other: number }[] = [];
for (const kind of PLANTED) {
  let found = 0;
  let other = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const generated = generate(kind, seed);
    const table = detectTables(csvToWorkbook(generated.csv, 'Data').sheets[0]!)[0]!;
    const insights = findInsights(table);
    if (
      insights.some(
        (insight) => insight.kind === generated.planted && insight.sentence.includes(generated.column!),
      )
    )
      found++;
    other += insights.filter(
      (insight) =>
        insight.kind !== generated.planted && !(kind === 'trend' && insight.kind === 'change-point'),
    ).length;
  }
  rows.push({ kind, tables: SEEDS, found, other });
}
const noise: number[] = [];
const noiseKinds: string[] = [];
for (const kind of ['noise-monthly', 'noise-rows'] as const) {
  for (let seed = 1; seed <= SEEDS; seed++) {
    const table = detectTables(csvToWorkbook(generate(kind, seed + 1000).csv, 'Data').sheets[0]!)[0]!;
    const insights = findInsights(table);
    noise.push(insights.length);
    noiseKinds.push(...insights.map((insight) => insight.kind));
  }
}
const planted = rows.reduce((sum, row) => sum + row.tables, 0);
const found = rows.reduce((sum, row) => sum + row.found, 0);
console.log('| planted effect | tables | found | recall |');
console.log('|---|---|---|---|');
for (const row of rows)
  console.log(
    `| ${row.kind} | ${row.tables} | ${row.found} | ${((row.found / row.tables) * 100).toFixed(0)}% |`,
  );
console.log(
  `| **all** | ${planted} | ${found} | **${((found / planted) * 100).toFixed(1)}%** (target ≥ 90%) |`,
);
console.log('');
console.log('| noise tables | false insights (total) | max per table | mean per table | target |');
console.log('|---|---|---|---|---|');
console.log(
  `| ${noise.length} | ${noise.reduce((a, b) => a + b, 0)} | ${Math.max(...noise)} | ${(noise.reduce((a, b) => a + b, 0) / noise.length).toFixed(2)} | ≤ 1 per table |`,
);
if (noiseKinds.length) console.error(`false insight kinds: ${noiseKinds.join(', ')}`);
console.error(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
mkdirSync(join(here, 'out'), { recursive: true });
writeFileSync(
  join(here, 'out', 'insights.json'),
  JSON.stringify(
    {
      planted: rows,
      recall: found / planted,
      noise: {
        tables: noise.length,
        falseInsights: noise.reduce((a, b) => a + b, 0),
        max: Math.max(...noise),
      },
    },
    null,
    2,
  ),
);
