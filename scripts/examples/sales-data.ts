/**
 * @module sales-data
 * The sample workspace's sales table: one row per week, region and product from March 2024
 * to February 2026. It is made from a seeded generator, so it is the same on every run, and it
 * carries what spreadsheet insights should find: growth of about 30% a year (Europe faster),
 * a December peak with soft January and August, cost creeping up over time, and one outlier
 * (a bulk Flow Enterprise order in Europe in the week of 16 June 2025).
 */
import { seededRandom as random } from '../../src/lib/random.ts';

export const REGIONS = ['North America', 'Europe', 'Asia Pacific', 'Latin America'] as const;
export const PRODUCTS = ['Flow Starter', 'Flow Pro', 'Flow Enterprise', 'Sensor Kit'] as const;
export type Region = (typeof REGIONS)[number];
export type Product = (typeof PRODUCTS)[number];

export type SalesRow = {
  /** Monday of the week, YYYY-MM-DD. */
  readonly date: string;
  readonly region: Region;
  readonly product: Product;
  readonly units: number;
  readonly revenue: number;
  readonly cost: number;
};

/** List price per unit in US dollars (annual subscription, or one sensor kit). */
export const PRICES: Record<Product, number> = {
  'Flow Starter': 1200,
  'Flow Pro': 4800,
  'Flow Enterprise': 24000,
  'Sensor Kit': 650,
};

/** Weekly revenue at the start (March 2024), before season and growth. */
const BASE_WEEKLY_REVENUE = 215_000;
const REGION_SHARE: Record<Region, number> = {
  'North America': 0.47,
  Europe: 0.26,
  'Asia Pacific': 0.17,
  'Latin America': 0.1,
};
const REGION_GROWTH: Record<Region, number> = {
  'North America': 0.27,
  Europe: 0.4,
  'Asia Pacific': 0.3,
  'Latin America': 0.22,
};
const PRODUCT_SHARE: Record<Product, number> = {
  'Flow Starter': 0.2,
  'Flow Pro': 0.4,
  'Flow Enterprise': 0.3,
  'Sensor Kit': 0.1,
};
const COST_RATIO: Record<Product, number> = {
  'Flow Starter': 0.22,
  'Flow Pro': 0.24,
  'Flow Enterprise': 0.29,
  'Sensor Kit': 0.6,
};
/** January .. December. */
const SEASON = [0.84, 0.95, 1.0, 1.0, 1.02, 0.97, 0.9, 0.84, 1.0, 1.05, 1.16, 1.32];

export const FIRST_WEEK = '2024-03-04';
export const WEEKS = 104;
export const OUTLIER = {
  date: '2025-06-16',
  region: 'Europe',
  product: 'Flow Enterprise',
  units: 19,
} as const;

export function salesRows(): SalesRow[] {
  const next = random(20260312);
  const rows: SalesRow[] = [];
  const start = Date.parse(`${FIRST_WEEK}T00:00:00Z`);
  for (let week = 0; week < WEEKS; week++) {
    const time = start + week * 7 * 86_400_000;
    const date = new Date(time).toISOString().slice(0, 10);
    const month = new Date(time + 3 * 86_400_000).getUTCMonth();
    const years = week / 52;
    for (const region of REGIONS) {
      const growth = (1 + REGION_GROWTH[region]) ** years;
      for (const product of PRODUCTS) {
        const expected =
          (BASE_WEEKLY_REVENUE *
            REGION_SHARE[region] *
            PRODUCT_SHARE[product] *
            growth *
            (SEASON[month] ?? 1)) /
          PRICES[product];
        const noisy = expected * (0.85 + 0.3 * next());
        let units = Math.max(0, Math.round(noisy));
        if (date === OUTLIER.date && region === OUTLIER.region && product === OUTLIER.product)
          units = OUTLIER.units;
        const discount = 0.9 + 0.1 * next();
        const revenue = Math.round(units * PRICES[product] * discount);
        const costRatio = COST_RATIO[product] * (1 + 0.12 * years) * (0.95 + 0.1 * next());
        const cost = Math.round(revenue * costRatio);
        rows.push({ date, region, product, units, revenue, cost });
      }
    }
  }
  return rows;
}

/** Northwind's fiscal year starts on 1 June: FY2026 Q3 is December 2025 to February 2026. */
export function fiscalQuarter(date: string): { year: number; quarter: number; label: string } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const fiscalYear = month >= 6 ? year + 1 : year;
  const quarter = Math.floor(((month + 12 - 6) % 12) / 3) + 1;
  return { year: fiscalYear, quarter, label: `FY${fiscalYear} Q${quarter}` };
}

export type Totals = { revenue: number; cost: number; units: number };

export function totalsBy<K extends string>(
  rows: readonly SalesRow[],
  key: (row: SalesRow) => K | undefined,
): Map<K, Totals> {
  const out = new Map<K, Totals>();
  for (const row of rows) {
    const group = key(row);
    if (group === undefined) continue;
    const totals = out.get(group) ?? { revenue: 0, cost: 0, units: 0 };
    totals.revenue += row.revenue;
    totals.cost += row.cost;
    totals.units += row.units;
    out.set(group, totals);
  }
  return out;
}
