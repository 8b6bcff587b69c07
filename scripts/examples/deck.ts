/**
 * @module deck
 * The sample deck: the Q3 review as slides (pptxgenjs), with speaker notes on every slide, a
 * table, a chart image and one hidden backup slide.
 */
import pptxgenModule from 'pptxgenjs';
import type { ChartImage } from './charts.ts';
import { type Figures, growth, margin, millions, percent, usd } from './figures.ts';

/** The ESM build's default export is the class; its CommonJS-style typings see a namespace. */
const PptxGenJS = pptxgenModule as unknown as typeof pptxgenModule.default;

const TITLE = { placeholder: 'title' } as const;
const TITLE_BOX = { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 28, bold: true, color: '1F4E79' } as const;
const MASTER = 'NORTHWIND_TITLE_AND_CONTENT';
const COVER = 'NORTHWIND_COVER';
const BODY = { x: 0.6, y: 1.3, w: 8.8, h: 3.8, fontSize: 18, color: '333333', valign: 'top' } as const;

export async function reviewDeck(figures: Figures, charts: { byRegion: ChartImage }): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.author = 'Maya Chen';
  pptx.company = 'Northwind Labs';
  pptx.title = 'Q3 FY2026 Review';
  pptx.subject = 'Quarterly business review';

  pptx.defineSlideMaster({
    title: COVER,
    background: { color: 'FFFFFF' },
    objects: [
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: 0.5,
            y: 1.6,
            w: 9,
            h: 1,
            fontSize: 40,
            bold: true,
            color: '1F4E79',
          },
          text: '',
        },
      },
    ],
  });
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 5.45, w: 10, h: 0.175, fill: { color: '1F4E79' } } },
      { placeholder: { options: { name: 'title', type: 'title', ...TITLE_BOX }, text: '' } },
    ],
    slideNumber: { x: 9.3, y: 5.1, fontSize: 10, color: '777777' },
  });

  const cover = pptx.addSlide({ masterName: COVER });
  cover.addText('Q3 FY2026 Review', { placeholder: 'title' });
  cover.addText('Northwind Labs leadership readout, 13 March 2026', {
    x: 0.5,
    y: 2.7,
    w: 9,
    h: 0.6,
    fontSize: 20,
    color: '555555',
  });
  cover.addNotes('Welcome. This readout follows the written business review circulated on 11 March.');

  const { quarter, previousQuarter, lastYearQuarter } = figures;
  const summary = pptx.addSlide({ masterName: MASTER });
  summary.addText('Summary', TITLE);
  summary.addText(
    [
      { text: `Revenue ${millions(quarter.revenue)}`, options: { bullet: true } },
      {
        text: `${growth(quarter.revenue, previousQuarter.revenue)} on Q2, ${growth(quarter.revenue, lastYearQuarter.revenue)} year on year`,
        options: { bullet: { indent: 20 }, indentLevel: 1 },
      },
      {
        text: `Gross margin ${percent(margin(quarter))} (was ${percent(margin(lastYearQuarter))})`,
        options: { bullet: true },
      },
      { text: 'December: best month ever', options: { bullet: true } },
      { text: 'Travel budget cut by 10% in Q4', options: { bullet: true } },
    ],
    BODY,
  );
  summary.addNotes('Lead with growth, then be honest about margin: hosting costs grew faster than revenue.');

  const chart = pptx.addSlide({ masterName: MASTER });
  chart.addText('Revenue by region', TITLE);
  chart.addImage({
    data: `data:image/png;base64,${Buffer.from(charts.byRegion.png).toString('base64')}`,
    x: 1.25,
    y: 1.2,
    w: 7.5,
    h: (7.5 * charts.byRegion.heightPx) / charts.byRegion.widthPx,
    altText: 'Bar chart: revenue by region in Q2 and Q3 FY2026',
  });
  chart.addNotes(
    'North America is still almost half of revenue. Latin America grew fastest, from a small base.',
  );

  const table = pptx.addSlide({ masterName: MASTER });
  table.addText('Regions in numbers', TITLE);
  const header = ['Region', 'Q3 FY2025', 'Q3 FY2026', 'Year on year'].map((text) => ({
    text,
    options: { bold: true, fill: { color: 'D9E2F3' } },
  }));
  table.addTable(
    [
      header,
      ...figures.byRegion.map((row) =>
        [row.region, usd(row.lastYear), usd(row.current), growth(row.current, row.lastYear)].map((text) => ({
          text,
        })),
      ),
    ],
    { x: 0.6, y: 1.3, w: 8.8, fontSize: 14, border: { type: 'solid', pt: 0.5, color: '999999' } },
  );
  table.addNotes('Every region grew year on year.');

  const risks = pptx.addSlide({ masterName: MASTER });
  risks.addText('Risks', TITLE);
  risks.addText(
    [
      {
        text: 'Hosting costs: Stratus Cloud contract ends 31 March',
        options: { bullet: { type: 'number' } },
      },
      {
        text: 'Vendor review with Nimbus Hosting; recommendation by 20 March',
        options: { bullet: { type: 'number' }, indentLevel: 1 },
      },
      { text: 'Acme Retail renewal after the March incident', options: { bullet: { type: 'number' } } },
      { text: 'Flow 3.2 moved to 7 April', options: { bullet: { type: 'number' } } },
    ],
    BODY,
  );
  risks.addNotes('Priya owns the vendor review. Lars owns the release. Sofia and Aiko own Acme.');

  const next = pptx.addSlide({ masterName: MASTER });
  next.addText('Next steps', TITLE);
  next.addText(
    [
      { text: 'Tom: revised Q4 forecast by 13 March', options: { bullet: true } },
      { text: 'Priya: vendor recommendation by 20 March', options: { bullet: true } },
      { text: 'Lars: ship Flow 3.2 on 7 April', options: { bullet: true } },
      { text: 'Maya: offsite agenda by 27 March', options: { bullet: true } },
    ],
    BODY,
  );
  next.addNotes('Ask Daniel to confirm the offsite sessions.');

  const backup = pptx.addSlide({ masterName: MASTER });
  backup.hidden = true;
  backup.addText('Backup: monthly revenue', TITLE);
  backup.addText(
    figures.byMonth.map((row) => ({ text: `${row.month}: ${usd(row.revenue)}`, options: { bullet: true } })),
    BODY,
  );
  backup.addNotes('Hidden backup slide, only if asked.');

  const output = await pptx.write({ outputType: 'nodebuffer' });
  return Buffer.from(output as Uint8Array);
}
