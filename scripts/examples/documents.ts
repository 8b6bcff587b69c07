/**
 * @module documents
 * The two Word reports of the sample workspace, as WordDocuments: the Q3 FY2026 business
 * review (numbers from the sales table) and the 2026 product plan.
 */
import type { WordBlock, WordDocument } from '../../src/formats/docx/word-document.ts';
import type { ChartImage } from './charts.ts';
import { type Figures, growth, margin, millions, monthName, percent, usd } from './figures.ts';

const SALES_SOURCE =
  'Sales 2024-2026.xlsx, sheet Sales: weekly sales by region and product, grouped by fiscal quarter.';

export function businessReview(figures: Figures, charts: { byRegion: ChartImage }): WordDocument {
  const { quarter, previousQuarter, lastYearQuarter } = figures;
  const regions = [...figures.byRegion].sort((a, b) => b.current - a.current);
  const fastest = [...figures.byRegion].sort((a, b) => b.current / b.lastYear - a.current / a.lastYear)[0];
  const bestMonth = [...figures.byMonth].sort((a, b) => b.revenue - a.revenue)[0];
  const total = (pick: (row: Figures['byRegion'][number]) => number) =>
    figures.byRegion.reduce((sum, row) => sum + pick(row), 0);
  const blocks: WordBlock[] = [
    { kind: 'heading', level: 1, text: 'Q3 FY2026 Business Review' },
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'Northwind Labs. Prepared by Maya Chen, Head of Operations, on 11 March 2026. ',
          italic: true,
        },
        {
          text: 'Fiscal Q3 runs from 1 December 2025 to 28 February 2026 (our fiscal year starts on 1 June).',
          italic: true,
        },
      ],
    },
    { kind: 'heading', level: 2, text: 'Summary' },
    {
      kind: 'paragraph',
      runs: [
        { text: 'Q3 revenue was ' },
        { text: millions(quarter.revenue), bold: true, footnote: SALES_SOURCE },
        {
          text: `, ${growth(quarter.revenue, previousQuarter.revenue)} on Q2 and ${growth(quarter.revenue, lastYearQuarter.revenue)} on Q3 of last year. Gross margin slipped to ${percent(margin(quarter))}, from ${percent(margin(lastYearQuarter))} a year ago, because hosting costs grew faster than revenue.`,
        },
      ],
    },
    {
      kind: 'list-item',
      ordered: false,
      text: `${monthName(bestMonth?.month ?? '2025-12')} was the best month in our history, led by Flow Pro.`,
    },
    {
      kind: 'list-item',
      ordered: false,
      text: `${fastest?.region ?? 'Latin America'} grew fastest year on year (${growth(fastest?.current ?? 0, fastest?.lastYear ?? 1)}), from a small base.`,
    },
    {
      kind: 'list-item',
      ordered: false,
      text: 'Acme Retail had a two-day sync incident in March; it is fixed and the customer is satisfied.',
    },
    {
      kind: 'list-item',
      ordered: false,
      runs: [
        {
          text: 'Finance cut the Q4 travel budget by 10%; customer-facing trips are exempt with pre-approval.',
          footnote:
            'Mail from Tom Becker, "Q4 travel budget: 10% cut", 4 March 2026, and the ops sync of 10 March 2026.',
        },
      ],
    },
    { kind: 'heading', level: 2, text: 'Revenue' },
    { kind: 'heading', level: 3, text: 'By region' },
    {
      kind: 'paragraph',
      text: `North America remains our largest region with ${percent(figures.byRegion[0] ? figures.byRegion[0].current / quarter.revenue : 0)} of revenue. Every region grew year on year.`,
    },
    {
      kind: 'table',
      caption: 'Table 1. Revenue by region (US dollars)',
      rows: [
        ['Region', 'Q3 FY2025', 'Q2 FY2026', 'Q3 FY2026', 'Year on year'],
        ...regions.map((row) => [
          row.region,
          usd(row.lastYear),
          usd(row.previous),
          usd(row.current),
          growth(row.current, row.lastYear),
        ]),
        [
          { text: 'Total', runs: [{ text: 'Total', bold: true }] },
          usd(total((row) => row.lastYear)),
          usd(total((row) => row.previous)),
          usd(total((row) => row.current)),
          growth(
            total((row) => row.current),
            total((row) => row.lastYear),
          ),
        ],
      ],
    },
    {
      kind: 'image',
      data: charts.byRegion.png,
      contentType: 'image/png',
      widthPx: charts.byRegion.widthPx,
      heightPx: charts.byRegion.heightPx,
      altText: 'Bar chart: revenue by region in Q2 and Q3 FY2026',
      caption: 'Figure 1. Revenue by region, Q2 and Q3 FY2026',
    },
    { kind: 'heading', level: 3, text: 'By product' },
    {
      kind: 'table',
      caption: 'Table 2. Q3 FY2026 by product',
      rows: [
        ['Product', 'Units', 'Revenue', 'Share of revenue'],
        ...figures.byProduct.map((row) => [
          row.product,
          row.units.toLocaleString('en-US'),
          usd(row.revenue),
          percent(row.revenue / quarter.revenue),
        ]),
      ],
    },
    { kind: 'heading', level: 3, text: 'By month' },
    {
      kind: 'paragraph',
      text: `${figures.byMonth.map((row) => `${monthName(row.month)}: ${usd(row.revenue)}`).join('; ')}. December is our seasonal peak; January is soft every year, and February recovered.`,
    },
    { kind: 'heading', level: 2, text: 'Customers' },
    {
      kind: 'paragraph',
      text: 'Three key accounts renew in Q4. Account health is good overall, with one incident to follow up.',
    },
    {
      kind: 'table',
      caption: 'Table 3. Key accounts',
      rows: [
        ['Account', 'Region', 'Product', 'Health', 'Renewal'],
        ['Acme Retail', 'Asia Pacific', 'Flow Enterprise', 'Watch: sync incident in March', 'Q4 FY2026'],
        ['Harbor Foods', 'North America', 'Flow Pro', 'Good: renewed early', 'Q4 FY2026'],
        [
          'Kobe Precision',
          'Asia Pacific',
          'Flow Enterprise, Sensor Kit',
          'Good: expanding to two plants',
          'Q4 FY2026',
        ],
      ],
    },
    { kind: 'heading', level: 3, text: 'Acme Retail incident' },
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'From 4 to 6 March, store data reached the Acme dashboards up to 40 minutes late. The ingestion queue had stopped autoscaling after the January storage change. The fix was deployed on 6 March and a runbook check was added.',
          footnote: 'Incident report posted by Lars Nilsson in #flow-launch on 11 March 2026.',
        },
      ],
    },
    { kind: 'heading', level: 2, text: 'Risks' },
    {
      kind: 'list-item',
      ordered: true,
      text: `Hosting costs: cost of sales rose to ${percent(1 - margin(quarter))} of revenue. The Stratus Cloud contract ends on 31 March; the vendor review compares Stratus and Nimbus Hosting.`,
    },
    {
      kind: 'list-item',
      ordered: true,
      level: 1,
      text: 'A three-year term saves about $49,000 a year but has weak exit terms.',
    },
    { kind: 'list-item', ordered: true, level: 1, text: 'Priya Shah recommends an option by 20 March.' },
    {
      kind: 'list-item',
      ordered: true,
      text: 'Acme Retail renewal: the March incident must be closed out at the QBR on 18 March.',
    },
    {
      kind: 'list-item',
      ordered: true,
      text: 'Flow 3.2 moved from 24 March to 7 April; the launch webinar moves to 9 April.',
    },
    {
      kind: 'list-item',
      ordered: true,
      text: 'The travel cut may slow field sales; the customer-facing exemption mitigates this.',
    },
    { kind: 'heading', level: 2, text: 'Next Steps' },
    {
      kind: 'table',
      rows: [
        ['Owner', 'Action', 'Due'],
        ['Tom Becker', 'Send the revised Q4 forecast', '13 March 2026'],
        [
          'Priya Shah',
          'Vendor review of Stratus Cloud and Nimbus Hosting, with a recommendation',
          '20 March 2026',
        ],
        ['Lars Nilsson', 'Ship Flow 3.2', '7 April 2026'],
        ['Sofia Alvarez', 'Follow up with the three renewal accounts', 'Week of 16 March'],
        ['Maya Chen', 'Draft the offsite agenda', '27 March 2026'],
      ],
    },
    {
      kind: 'paragraph',
      runs: [
        { text: 'Questions about this review go to ' },
        { text: 'maya.chen@northwind.example', link: 'mailto:maya.chen@northwind.example' },
        { text: '.' },
      ],
    },
  ];
  return {
    title: 'Q3 FY2026 Business Review',
    author: 'Maya Chen',
    subject: 'Quarterly business review',
    keywords: ['Northwind Labs', 'Q3', 'revenue', 'review'],
    headerText: 'Northwind Labs · Confidential',
    blocks,
  };
}

export function productPlan(charts: { trend: ChartImage }): WordDocument {
  const blocks: WordBlock[] = [
    { kind: 'heading', level: 1, text: 'Product Plan 2026: Northwind Flow' },
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'Draft 3, 10 March 2026. Owner: Maya Chen, with Lars Nilsson (engineering) and Sofia Alvarez (sales). ',
          italic: true,
        },
        { text: 'Comments were due on 11 March.', italic: true },
      ],
    },
    { kind: 'heading', level: 2, text: 'Goals for FY2027' },
    { kind: 'list-item', ordered: true, text: 'Grow annual recurring revenue by 30%.' },
    {
      kind: 'list-item',
      ordered: true,
      text: 'Bring gross margin back to 68% by cutting hosting cost per customer.',
    },
    { kind: 'list-item', ordered: true, text: 'Reach a net promoter score of 45 (today: 38).' },
    { kind: 'heading', level: 2, text: 'Themes' },
    { kind: 'heading', level: 3, text: 'Reporting and insights' },
    {
      kind: 'paragraph',
      text: 'Customers want answers, not dashboards. Flow 3.2 adds the reporting module and scheduled reports.',
    },
    { kind: 'list-item', ordered: false, text: 'Scheduled reports by email (Flow 3.2)' },
    { kind: 'list-item', ordered: false, text: 'Anomaly alerts on sensor data (Flow 3.3)' },
    { kind: 'list-item', ordered: false, level: 1, text: 'Start with temperature and vibration sensors' },
    { kind: 'heading', level: 3, text: 'Enterprise readiness' },
    {
      kind: 'paragraph',
      runs: [
        { text: 'Two Enterprise renewals depend on ' },
        { text: 'single sign-on', bold: true },
        {
          text: '; it ships in Flow 3.4 together with the audit log.',
          footnote: 'Comment from Sofia Alvarez on draft 2, 9 March 2026.',
        },
      ],
    },
    { kind: 'list-item', ordered: false, text: 'SAML and OIDC single sign-on' },
    { kind: 'list-item', ordered: false, text: 'Audit log export' },
    { kind: 'list-item', ordered: false, text: 'Data residency in Europe' },
    { kind: 'heading', level: 3, text: 'Sensor platform' },
    {
      kind: 'paragraph',
      text: 'Sensor Kit v2 lowers the unit cost by a fifth and pairs with Flow in under a minute.',
    },
    { kind: 'heading', level: 2, text: 'Milestones' },
    {
      kind: 'table',
      caption: 'Table 1. Release milestones',
      rows: [
        ['Release', 'Date', 'Scope', 'Owner'],
        [
          'Flow 3.2',
          '7 April 2026 (was 24 March)',
          'Reporting module, scheduled reports, sensor pairing',
          'Lars Nilsson',
        ],
        ['Flow 3.3', 'June 2026', 'Anomaly alerts, CSV export v2', 'Lars Nilsson'],
        ['Flow 3.4', 'September 2026', 'Single sign-on, audit log', 'Lars Nilsson'],
        ['Sensor Kit v2', 'November 2026', 'New hardware, faster pairing', 'Erik Holm'],
        ['Partner program (Europe)', 'Q2 FY2027', 'Resellers in Germany and the Nordics', 'Sofia Alvarez'],
      ],
    },
    {
      kind: 'image',
      data: charts.trend.png,
      contentType: 'image/png',
      widthPx: charts.trend.widthPx,
      heightPx: charts.trend.heightPx,
      altText: 'Line chart: monthly revenue and cost from March 2024 to February 2026',
      caption: 'Figure 1. Monthly revenue and cost, March 2024 to February 2026',
    },
    { kind: 'heading', level: 2, text: 'Team and hiring' },
    {
      kind: 'paragraph',
      text: 'One senior data engineer position opened on 2 March 2026. The second data engineer position waits for Q1 FY2027, depending on the Q4 numbers (decision by Daniel Okafor, 27 February 2026).',
    },
    { kind: 'heading', level: 2, text: 'Dependencies and risks' },
    {
      kind: 'list-item',
      ordered: false,
      text: 'Hosting: the Stratus Cloud renewal (contract ends 31 March) decides the cost base for the year.',
    },
    { kind: 'list-item', ordered: false, text: 'Release dates assume the Acme incident work is finished.' },
    {
      kind: 'list-item',
      ordered: false,
      text: 'Europe is the focus of the partner program; it needs a local support partner.',
    },
    { kind: 'heading', level: 2, text: 'Open questions' },
    {
      kind: 'list-item',
      ordered: true,
      text: 'Do we price single sign-on as an add-on or include it in Enterprise?',
    },
    { kind: 'list-item', ordered: true, text: 'Should Sensor Kit v2 be sold through partners only?' },
    { kind: 'quote', text: 'Ship less, finish more. — from the FY2026 offsite' },
  ];
  return {
    title: 'Product Plan 2026',
    author: 'Maya Chen',
    subject: 'Northwind Flow roadmap',
    keywords: ['roadmap', 'Flow'],
    blocks,
  };
}
