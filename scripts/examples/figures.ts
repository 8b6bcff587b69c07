/**
 * @module figures
 * The numbers the sample documents quote, computed from the sales table so the review, the
 * deck and the spreadsheet always agree.
 */

import { MONTH_NAMES } from '../../src/lib/text/calendar-names.ts';
import {
  fiscalQuarter,
  PRODUCTS,
  type Product,
  REGIONS,
  type Region,
  type SalesRow,
  type Totals,
  totalsBy,
} from './sales-data.ts';

export type Figures = {
  readonly quarter: Totals;
  readonly previousQuarter: Totals;
  readonly lastYearQuarter: Totals;
  readonly byRegion: readonly { region: Region; lastYear: number; previous: number; current: number }[];
  readonly byProduct: readonly { product: Product; units: number; revenue: number }[];
  readonly byMonth: readonly { month: string; revenue: number }[];
  /** Every month of the table, for trend charts. */
  readonly monthly: readonly { month: string; revenue: number; cost: number }[];
};

const EMPTY: Totals = { revenue: 0, cost: 0, units: 0 };

export function computeFigures(rows: readonly SalesRow[]): Figures {
  const quarters = totalsBy(rows, (row) => fiscalQuarter(row.date).label);
  const inQuarter = (label: string) => rows.filter((row) => fiscalQuarter(row.date).label === label);
  const regionTotals = (label: string) => totalsBy(inQuarter(label), (row) => row.region);
  const current = regionTotals('FY2026 Q3');
  const previous = regionTotals('FY2026 Q2');
  const lastYear = regionTotals('FY2025 Q3');
  const products = totalsBy(inQuarter('FY2026 Q3'), (row) => row.product);
  const months = totalsBy(inQuarter('FY2026 Q3'), (row) => row.date.slice(0, 7));
  const monthly = totalsBy(rows, (row) => row.date.slice(0, 7));
  return {
    quarter: quarters.get('FY2026 Q3') ?? EMPTY,
    previousQuarter: quarters.get('FY2026 Q2') ?? EMPTY,
    lastYearQuarter: quarters.get('FY2025 Q3') ?? EMPTY,
    byRegion: REGIONS.map((region) => ({
      region,
      lastYear: lastYear.get(region)?.revenue ?? 0,
      previous: previous.get(region)?.revenue ?? 0,
      current: current.get(region)?.revenue ?? 0,
    })),
    byProduct: PRODUCTS.map((product) => ({
      product,
      units: products.get(product)?.units ?? 0,
      revenue: products.get(product)?.revenue ?? 0,
    })),
    byMonth: [...months].map(([month, totals]) => ({ month, revenue: totals.revenue })),
    monthly: [...monthly].map(([month, totals]) => ({ month, revenue: totals.revenue, cost: totals.cost })),
  };
}

export function usd(value: number): string {
  return `$${Math.round(value).toLocaleString('en-US')}`;
}

export function millions(value: number): string {
  return `$${(value / 1_000_000).toFixed(2)} million`;
}

export function percent(value: number, digits = 0): string {
  return `${(value * 100).toFixed(digits)}%`;
}

export function growth(current: number, before: number): string {
  const change = before === 0 ? 0 : current / before - 1;
  return `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%`;
}

export function margin(totals: Totals): number {
  return totals.revenue === 0 ? 0 : 1 - totals.cost / totals.revenue;
}

export function monthName(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}
