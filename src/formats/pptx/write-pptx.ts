/**
 * @module write-pptx
 * Writes a deck (DeckSpec) to .pptx bytes with pptxgenjs: each slide is laid out and fitted
 * (write-layout.ts), drawn with the theme, given its speaker notes, and then transitions and
 * bullet builds are added to the package (motion.ts), since pptxgenjs writes neither.
 */
import pptxgenModule from 'pptxgenjs';
import { decimalPlaces } from '../xlsx/number-format.ts';
import { applyMotion, type MotionOptions, type MotionReport, openDeckZip, saveDeckZip } from './motion.ts';
import { hasCjk } from './text-fit.ts';
import type { Theme } from './theme.ts';
import {
  buildTargets,
  type DeckSpec,
  type Element,
  type LaidOutSlide,
  layoutSlide,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  TEXT_INSET_PT,
  type TextElement,
} from './write-layout.ts';
import { finishSlides, type PlaceholderType } from './write-placeholders.ts';

export type WritePptxOptions = {
  readonly theme: Theme;
  /** Transitions and builds; `false` writes a deck with neither. Defaults to the theme's transition with bullet builds. */
  readonly motion?: Omit<MotionOptions, 'targets'> | false;
  /** Fixed creation/modification dates, for byte-stable output. */
  readonly now?: Date;
};

export type WrittenDeck = {
  readonly bytes: Buffer;
  readonly slides: readonly LaidOutSlide[];
  readonly motion?: MotionReport;
};

/** The ESM build's default export is the class; its CommonJS-style typings see a namespace. */
const PptxGenJS = pptxgenModule as unknown as typeof pptxgenModule.default;
type PptxGenJS = InstanceType<typeof PptxGenJS>;
type PptxSlide = ReturnType<PptxGenJS['addSlide']>;

const BULLET_INDENT_PT = 22;

/** The running footer's box, in inches: the deck title, bottom left of every content slide. */
const FOOTER = { x: 0.7, y: SLIDE_HEIGHT - 0.55, w: 8, h: 0.35 } as const;
const EMU_PER_INCH = 914400;

function addTextElement(slide: PptxSlide, element: TextElement): void {
  const runs = element.paragraphs.map((paragraph, index) => ({
    text: paragraph.text,
    options: {
      ...(paragraph.bullet
        ? { bullet: { indent: BULLET_INDENT_PT }, indentLevel: paragraph.level ?? 0 }
        : {}),
      ...(paragraph.bold ? { bold: true } : {}),
      ...(paragraph.italic ? { italic: true } : {}),
      ...(index < element.paragraphs.length - 1 ? { breakLine: true } : {}),
      ...(element.spaceAfterPt > 0 && index < element.paragraphs.length - 1
        ? { paraSpaceAfter: element.spaceAfterPt }
        : {}),
    },
  }));
  slide.addText(runs, {
    objectName: element.name,
    x: element.x,
    y: element.y,
    w: element.w,
    h: element.h,
    fontFace: element.fontFace,
    fontSize: element.fontSizePt,
    color: element.color,
    align: element.align,
    valign: element.valign,
    margin: [...TEXT_INSET_PT],
    fit: 'none',
    ...(hasCjk(element.paragraphs.map((paragraph) => paragraph.text).join('')) ? { lang: 'zh-CN' } : {}),
  });
}

/** A number format that shows the data's decimals (pptxgenjs defaults to whole numbers). */
function numberFormat(values: readonly number[]): string {
  const decimals = Math.min(
    2,
    Math.max(0, ...values.map((value) => (String(value).split('.')[1] ?? '').length)),
  );
  return `#,##0${decimalPlaces(decimals)}`;
}

function base64(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
}

function addElement(pptx: PptxGenJS, slide: PptxSlide, element: Element, theme: Theme): void {
  switch (element.kind) {
    case 'text':
      addTextElement(slide, element);
      return;
    case 'rect':
      slide.addShape(pptx.ShapeType.rect, {
        objectName: element.name,
        x: element.x,
        y: element.y,
        w: element.w,
        h: element.h,
        fill: { color: element.color },
        line: { color: element.color, width: 0 },
      });
      return;
    case 'image':
      slide.addImage({
        objectName: element.name,
        data: `${element.image.contentType};base64,${base64(element.image.data)}`,
        x: element.x,
        y: element.y,
        w: element.w,
        h: element.h,
        altText: element.image.altText ?? '',
      });
      return;
    case 'chart': {
      const type =
        element.chartType === 'pie'
          ? pptx.ChartType.pie
          : element.chartType === 'line'
            ? pptx.ChartType.line
            : pptx.ChartType.bar;
      const series = (element.chartType === 'pie' ? element.series.slice(0, 1) : element.series).map(
        (item) => ({
          name: item.name,
          labels: [...item.categories],
          values: item.values.map((value) => value ?? 0),
        }),
      );
      const c = theme.colors;
      slide.addChart(type, series, {
        objectName: element.name,
        x: element.x,
        y: element.y,
        w: element.w,
        h: element.h,
        chartColors: [...c.chart],
        barDir: 'col',
        showLegend: element.chartType === 'pie' || series.length > 1,
        legendPos: 'b',
        legendColor: c.text,
        legendFontFace: element.fontFace,
        legendFontSize: 12,
        catAxisLabelColor: c.text,
        valAxisLabelColor: c.muted,
        catAxisLabelFontFace: element.fontFace,
        valAxisLabelFontFace: element.fontFace,
        catAxisLabelFontSize: 12,
        valAxisLabelFontSize: 11,
        valGridLine: { color: c.tableStripe, style: 'solid', size: 0.75 },
        catGridLine: { style: 'none' },
        dataLabelFormatCode: numberFormat(series.flatMap((item) => item.values)),
        valAxisLabelFormatCode: numberFormat(series.flatMap((item) => item.values)),
        showValue:
          element.chartType === 'bar' && series.length === 1 && (series[0]?.values.length ?? 0) <= 12,
        dataLabelColor: c.text,
        dataLabelFontSize: 11,
        dataLabelFontFace: element.fontFace,
        showPercent: element.chartType === 'pie',
        lineSize: 2,
        lineDataSymbolSize: 7,
      });
      return;
    }
    case 'table': {
      const c = theme.colors;
      const header = element.header.map((text) => ({
        text,
        options: { bold: true, color: c.tableHeaderText, fill: { color: c.tableHeader } },
      }));
      const body = element.rows.map((row, index) =>
        element.header.map((_, column) => ({
          text: row[column] ?? '',
          options: { color: c.text, fill: { color: index % 2 === 1 ? c.tableStripe : c.background } },
        })),
      );
      slide.addTable([header, ...body], {
        objectName: element.name,
        x: element.x,
        y: element.y,
        w: element.w,
        colW: [...element.colW],
        rowH: [...element.rowH],
        fontFace: element.fontFace,
        fontSize: element.fontSizePt,
        margin: [5, 5, 5, 5],
        border: { type: 'solid', pt: 0.5, color: c.muted },
        valign: 'middle',
      });
      return;
    }
  }
}

/** Lays out every slide of a deck (pure): what writePptx draws. */
export function layoutDeck(spec: DeckSpec, theme: Theme): LaidOutSlide[] {
  return spec.slides.map((slide) => layoutSlide(slide, theme));
}

/** Writes a deck to .pptx bytes. */
export async function writePptx(spec: DeckSpec, options: WritePptxOptions): Promise<WrittenDeck> {
  const { theme } = options;
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'OFFICEMATE_16x9', width: SLIDE_WIDTH, height: SLIDE_HEIGHT });
  pptx.layout = 'OFFICEMATE_16x9';
  pptx.title = spec.title;
  if (spec.author) pptx.author = spec.author;
  pptx.company = '';
  pptx.theme = { headFontFace: theme.fonts.heading.face, bodyFontFace: theme.fonts.body.face };
  const slides = layoutDeck(spec, theme);
  for (const laidOut of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: laidOut.background };
    for (const element of laidOut.elements) addElement(pptx, slide, element, theme);
    if (laidOut.footer) {
      slide.addText(spec.title, {
        objectName: 'Footer',
        ...FOOTER,
        fontFace: hasCjk(spec.title) ? theme.fonts.cjk : theme.fonts.body.face,
        fontSize: 10,
        color: theme.colors.muted,
        margin: [...TEXT_INSET_PT],
        fit: 'none',
      });
      slide.slideNumber = {
        x: SLIDE_WIDTH - 1.5,
        y: SLIDE_HEIGHT - 0.55,
        w: 0.8,
        h: 0.35,
        fontFace: theme.fonts.body.face,
        fontSize: 10,
        color: theme.colors.muted,
        align: 'right',
      };
    }
    if (laidOut.notes) slide.addNotes(laidOut.notes);
  }
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Buffer;
  const zip = await openDeckZip(written);
  await finishSlides(
    zip,
    slides.map((slide) => ({
      placeholders: {
        ...(slide.spec.layout === 'title' ? { Title: 'ctrTitle', Subtitle: 'subTitle' } : { Title: 'title' }),
        ...(slide.footer ? { Footer: 'ftr' } : {}),
      } as Record<string, PlaceholderType>,
      ...(slide.notes ? { notes: slide.notes } : {}),
    })),
    {
      x: Math.round(FOOTER.x * EMU_PER_INCH),
      y: Math.round(FOOTER.y * EMU_PER_INCH),
      w: Math.round(FOOTER.w * EMU_PER_INCH),
      h: Math.round(FOOTER.h * EMU_PER_INCH),
    },
  );
  let motion: MotionReport | undefined;
  if (options.motion !== false) {
    const chosen = options.motion ?? { transition: theme.transition, animate: 'bullets' as const };
    motion = await applyMotion(zip, { ...chosen, targets: slides.map((slide) => buildTargets(slide)) });
  }
  return { bytes: await saveDeckZip(zip), slides, ...(motion ? { motion } : {}) };
}
