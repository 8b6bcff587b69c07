/**
 * @module write-layout
 * The slide specs a deck is written from, and their layout: a pure function from a spec and a
 * theme to positioned elements (text boxes with fitted font sizes, shapes, images, charts,
 * tables). Every text box is measured here (text-fit.ts) and shrunk within the theme's limits;
 * the layout says for each box whether its text fits, so writers and tests can check it
 * without rendering. Units are inches on a 13.333 × 7.5 in (16:9) slide.
 */
import type { ChartSeries } from '../model.ts';
import {
  type FitParagraph,
  fitParagraphs,
  hasCjk,
  LINE_HEIGHT,
  type MetricFamily,
  wrapText,
} from './text-fit.ts';
import type { Theme } from './theme.ts';

export const SLIDE_WIDTH = 13.333;
export const SLIDE_HEIGHT = 7.5;
const MARGIN_X = 0.7;
const CONTENT_W = SLIDE_WIDTH - 2 * MARGIN_X;
const TITLE_Y = 0.35;
const TITLE_H = 1.05;
const BODY_Y = 1.7;
const BODY_BOTTOM = 6.75;
const BODY_H = BODY_BOTTOM - BODY_Y;
/** Text box insets in points: left, right, bottom, top (pptxgenjs order). */
export const TEXT_INSET_PT: readonly [number, number, number, number] = [6, 6, 4, 4];
/** Bullet indent in points per level. */
const BULLET_INDENT_PT = 22;
/** Share of the box width we fill, a guard against small metric differences between renderers. */
const WIDTH_SAFETY = 0.94;

export type Bullet = { readonly text: string; readonly level?: 0 | 1 };

export type ImageRef = {
  readonly data: Uint8Array;
  readonly contentType: string;
  readonly widthPx?: number;
  readonly heightPx?: number;
  readonly altText?: string;
};

export type SlideSpec =
  | { readonly layout: 'title'; readonly title: string; readonly subtitle?: string; readonly notes?: string }
  | {
      readonly layout: 'section';
      readonly title: string;
      readonly subtitle?: string;
      readonly notes?: string;
    }
  | {
      readonly layout: 'bullets';
      readonly title: string;
      readonly bullets: readonly Bullet[];
      readonly notes?: string;
    }
  | {
      readonly layout: 'two-column';
      readonly title: string;
      readonly left: readonly Bullet[];
      readonly right: readonly Bullet[];
      readonly leftHeading?: string;
      readonly rightHeading?: string;
      readonly notes?: string;
    }
  | {
      readonly layout: 'image';
      readonly title: string;
      readonly image: ImageRef;
      readonly caption?: string;
      readonly bullets?: readonly Bullet[];
      readonly notes?: string;
    }
  | {
      readonly layout: 'chart';
      readonly title: string;
      readonly chartType: 'bar' | 'line' | 'pie';
      readonly series: readonly ChartSeries[];
      readonly caption?: string;
      readonly notes?: string;
    }
  | {
      readonly layout: 'table';
      readonly title: string;
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      readonly caption?: string;
      readonly notes?: string;
    }
  | {
      readonly layout: 'quote';
      readonly title: string;
      readonly quote: string;
      readonly attribution?: string;
      readonly notes?: string;
    }
  | {
      readonly layout: 'figure';
      readonly title: string;
      readonly figure: string;
      readonly label: string;
      readonly detail?: string;
      readonly notes?: string;
    };

export type SlideLayoutName = SlideSpec['layout'];

export type DeckSpec = {
  readonly title: string;
  readonly author?: string;
  readonly slides: readonly SlideSpec[];
};

export type TextRun = {
  readonly text: string;
  readonly bullet?: boolean;
  readonly level?: 0 | 1;
  readonly bold?: boolean;
  readonly italic?: boolean;
};

/** The measurement behind one text box: whether its text fits at the chosen size. */
export type FitReport = {
  readonly fontSizePt: number;
  readonly textHeightPt: number;
  readonly boxHeightPt: number;
  readonly fits: boolean;
};

export type TextElement = {
  readonly kind: 'text';
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly paragraphs: readonly TextRun[];
  readonly fontFace: string;
  readonly fontSizePt: number;
  readonly color: string;
  readonly align: 'left' | 'center' | 'right';
  readonly valign: 'top' | 'middle' | 'bottom';
  /** Space after each paragraph, in points. */
  readonly spaceAfterPt: number;
  readonly fit: FitReport;
  /** True when this box's paragraphs build one by one. */
  readonly build?: boolean;
};

export type RectElement = {
  readonly kind: 'rect';
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly color: string;
};
export type ImageElement = {
  readonly kind: 'image';
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly image: ImageRef;
};
export type ChartElement = {
  readonly kind: 'chart';
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly chartType: 'bar' | 'line' | 'pie';
  readonly series: readonly ChartSeries[];
  readonly fontFace: string;
};
export type TableElement = {
  readonly kind: 'table';
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly colW: readonly number[];
  readonly rowH: readonly number[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly fontFace: string;
  readonly fontSizePt: number;
  readonly fit: FitReport;
};

export type Element = TextElement | RectElement | ImageElement | ChartElement | TableElement;

export type LaidOutSlide = {
  readonly spec: SlideSpec;
  readonly background: string;
  readonly elements: readonly Element[];
  readonly notes?: string;
  /** Whether the slide shows the footer (deck title and slide number). */
  readonly footer: boolean;
};

type FontChoice = { face: string; family: MetricFamily };

/** Picks the font for a piece of text: the theme's CJK face for CJK text, else the given face. */
export function fontFor(
  text: string,
  font: { face: string; family: MetricFamily },
  theme: Theme,
): FontChoice {
  return hasCjk(text) ? { face: theme.fonts.cjk, family: 'sans' } : font;
}

/** Line height multiple for a font: CJK faces (Noto CJK) set taller lines. */
function lineHeightFor(face: string): number {
  return /CJK/i.test(face) ? 1.45 : LINE_HEIGHT;
}

type TextBoxInput = {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  paragraphs: readonly TextRun[];
  font: { face: string; family: MetricFamily };
  maxPt: number;
  minPt: number;
  color: string;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  spaceAfterRatio?: number;
  build?: boolean;
};

/** Measures paragraphs in a box and returns a text element at the largest size that fits. */
export function fitTextBox(input: TextBoxInput, theme: Theme): TextElement {
  const allText = input.paragraphs.map((paragraph) => paragraph.text).join(' ');
  const font = fontFor(allText, input.font, theme);
  const innerW = (input.w * 72 - TEXT_INSET_PT[0] - TEXT_INSET_PT[1]) * WIDTH_SAFETY;
  const innerH = input.h * 72 - TEXT_INSET_PT[2] - TEXT_INSET_PT[3];
  const lineHeight = lineHeightFor(font.face);
  const paragraphs: FitParagraph[] = input.paragraphs.map((paragraph) => ({
    text: paragraph.text,
    indentPt: paragraph.bullet ? BULLET_INDENT_PT * ((paragraph.level ?? 0) + 1) : 0,
    ...(paragraph.bold ? { bold: true } : {}),
  }));
  // fitParagraphs assumes LINE_HEIGHT; scale the box for taller CJK lines.
  const scaledH = (innerH * LINE_HEIGHT) / lineHeight;
  const fit = fitParagraphs(
    paragraphs,
    { widthPt: innerW, heightPt: scaledH },
    {
      maxPt: input.maxPt,
      minPt: input.minPt,
      family: font.family,
      spaceAfterRatio: input.spaceAfterRatio ?? 0,
    },
  );
  const textHeightPt = (fit.heightPt * lineHeight) / LINE_HEIGHT;
  return {
    kind: 'text',
    name: input.name,
    x: input.x,
    y: input.y,
    w: input.w,
    h: input.h,
    paragraphs: input.paragraphs,
    fontFace: font.face,
    fontSizePt: fit.fontSizePt,
    color: input.color,
    align: input.align ?? 'left',
    valign: input.valign ?? 'top',
    spaceAfterPt: Math.round(fit.fontSizePt * (input.spaceAfterRatio ?? 0)),
    fit: {
      fontSizePt: fit.fontSizePt,
      textHeightPt,
      boxHeightPt: innerH,
      fits: textHeightPt <= innerH + 0.01,
    },
    ...(input.build ? { build: true } : {}),
  };
}

/** Whether bullets fit a body box of the given size at the theme's smallest body size. */
export function bulletsFit(bullets: readonly Bullet[], theme: Theme, w = CONTENT_W, h = BODY_H): boolean {
  return bulletBox('Body', bullets, MARGIN_X, BODY_Y, w, h, theme).fit.fits;
}

function bulletBox(
  name: string,
  bullets: readonly Bullet[],
  x: number,
  y: number,
  w: number,
  h: number,
  theme: Theme,
): TextElement {
  return fitTextBox(
    {
      name,
      x,
      y,
      w,
      h,
      paragraphs: bullets.map((bullet) => ({ text: bullet.text, bullet: true, level: bullet.level ?? 0 })),
      font: theme.fonts.body,
      maxPt: bullets.some((bullet) => bullet.text.length > 0) ? theme.sizes.body : theme.sizes.body,
      minPt: theme.sizes.minBody,
      color: theme.colors.text,
      spaceAfterRatio: 0.45,
      build: bullets.length > 1,
    },
    theme,
  );
}

function titleBox(title: string, theme: Theme): TextElement {
  return fitTextBox(
    {
      name: 'Title',
      x: MARGIN_X,
      y: TITLE_Y,
      w: CONTENT_W,
      h: TITLE_H,
      paragraphs: [{ text: title, bold: true }],
      font: theme.fonts.heading,
      maxPt: theme.sizes.title,
      minPt: theme.sizes.minTitle,
      color: theme.colors.heading,
      valign: 'bottom',
    },
    theme,
  );
}

function accentBar(theme: Theme): RectElement {
  return {
    kind: 'rect',
    name: 'Accent',
    x: MARGIN_X + 0.08,
    y: TITLE_Y + TITLE_H + 0.06,
    w: 1.1,
    h: 0.06,
    color: theme.colors.accent,
  };
}

function captionBox(text: string, x: number, y: number, w: number, theme: Theme): TextElement {
  return fitTextBox(
    {
      name: 'Caption',
      x,
      y,
      w,
      h: 0.45,
      paragraphs: [{ text, italic: true }],
      font: theme.fonts.body,
      maxPt: theme.sizes.caption,
      minPt: 9,
      color: theme.colors.muted,
      align: 'center',
    },
    theme,
  );
}

/** Scales an image into a box, keeping its aspect ratio, centred. */
function containImage(
  image: ImageRef,
  x: number,
  y: number,
  w: number,
  h: number,
): { x: number; y: number; w: number; h: number } {
  const ratio = image.widthPx && image.heightPx ? image.widthPx / image.heightPx : 4 / 3;
  let iw = w;
  let ih = w / ratio;
  if (ih > h) {
    ih = h;
    iw = h * ratio;
  }
  return { x: x + (w - iw) / 2, y: y + (h - ih) / 2, w: iw, h: ih };
}

/** Column widths proportional to the longest text in each column, within bounds. */
function columnWidths(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  total: number,
): number[] {
  const count = header.length;
  const weights = header.map((cell, column) => {
    const cells = [cell, ...rows.map((row) => row[column] ?? '')];
    const longest = Math.max(...cells.map((text) => text.length));
    // A column must hold its longest word on one line.
    const longestWord = Math.max(...cells.flatMap((text) => text.split(/\s+/).map((word) => word.length)));
    return Math.min(Math.max(longest, longestWord * 1.6 + 2, 4), 40);
  });
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  return weights.map((weight) => Math.max((weight / sum) * total, total / (count * 3)));
}

function tableElement(
  spec: Extract<SlideSpec, { layout: 'table' }>,
  theme: Theme,
  y: number,
  maxH: number,
): TableElement {
  const font = fontFor([...spec.header, ...spec.rows.flat()].join(' '), theme.fonts.body, theme);
  const raw = columnWidths(spec.header, spec.rows, CONTENT_W);
  const scale = CONTENT_W / raw.reduce((a, b) => a + b, 0);
  const colW = raw.map((width) => width * scale);
  const cellPadPt = 5;
  const lineHeight = lineHeightFor(font.face);
  const measure = (size: number) => {
    const heights = [spec.header, ...spec.rows].map((row, index) => {
      const lines = Math.max(
        1,
        ...row.map(
          (cell, column) =>
            wrapText(
              cell,
              ((colW[column] ?? 1) * 72 - 2 * cellPadPt) * WIDTH_SAFETY,
              size,
              font.family,
              index === 0,
            ).length,
        ),
      );
      return (lines * size * lineHeight + 2 * cellPadPt) / 72;
    });
    return heights;
  };
  let size = 16;
  let rowH = measure(size);
  while (size > 10 && rowH.reduce((a, b) => a + b, 0) > maxH) {
    size -= 1;
    rowH = measure(size);
  }
  const total = rowH.reduce((a, b) => a + b, 0);
  return {
    kind: 'table',
    name: 'Table',
    x: MARGIN_X,
    y,
    w: CONTENT_W,
    colW,
    rowH,
    header: spec.header,
    rows: spec.rows,
    fontFace: font.face,
    fontSizePt: size,
    fit: { fontSizePt: size, textHeightPt: total * 72, boxHeightPt: maxH * 72, fits: total <= maxH + 0.001 },
  };
}

/** Lays out one slide. Pure: the same spec and theme give the same elements. */
export function layoutSlide(spec: SlideSpec, theme: Theme): LaidOutSlide {
  const c = theme.colors;
  const notes = spec.notes ? { notes: spec.notes } : {};
  switch (spec.layout) {
    case 'title': {
      const elements: Element[] = [
        {
          kind: 'rect',
          name: 'Band',
          x: 0,
          y: SLIDE_HEIGHT - 0.35,
          w: SLIDE_WIDTH,
          h: 0.35,
          color: c.accent,
        },
        fitTextBox(
          {
            name: 'Title',
            x: 0.9,
            y: 1.6,
            w: SLIDE_WIDTH - 1.8,
            h: 2.4,
            paragraphs: [{ text: spec.title, bold: true }],
            font: theme.fonts.heading,
            maxPt: theme.sizes.coverTitle,
            minPt: theme.sizes.minTitle,
            color: c.coverText,
            valign: 'bottom',
          },
          theme,
        ),
        { kind: 'rect', name: 'Accent', x: 0.98, y: 4.15, w: 1.6, h: 0.08, color: c.accent },
      ];
      if (spec.subtitle) {
        elements.push(
          fitTextBox(
            {
              name: 'Subtitle',
              x: 0.9,
              y: 4.4,
              w: SLIDE_WIDTH - 1.8,
              h: 1.3,
              paragraphs: [{ text: spec.subtitle }],
              font: theme.fonts.body,
              maxPt: 20,
              minPt: 12,
              color: c.coverText,
            },
            theme,
          ),
        );
      }
      return { spec, background: c.coverBackground, elements, footer: false, ...notes };
    }
    case 'section': {
      const elements: Element[] = [
        { kind: 'rect', name: 'Accent', x: 0.98, y: 2.35, w: 0.12, h: 2.2, color: c.accent },
        fitTextBox(
          {
            name: 'Title',
            x: 1.3,
            y: 2.25,
            w: SLIDE_WIDTH - 2.4,
            h: 1.6,
            paragraphs: [{ text: spec.title, bold: true }],
            font: theme.fonts.heading,
            maxPt: theme.sizes.coverTitle - 4,
            minPt: theme.sizes.minTitle,
            color: c.coverText,
            valign: 'bottom',
          },
          theme,
        ),
      ];
      if (spec.subtitle) {
        elements.push(
          fitTextBox(
            {
              name: 'Subtitle',
              x: 1.3,
              y: 3.9,
              w: SLIDE_WIDTH - 2.4,
              h: 0.8,
              paragraphs: [{ text: spec.subtitle }],
              font: theme.fonts.body,
              maxPt: 18,
              minPt: 12,
              color: c.coverText,
            },
            theme,
          ),
        );
      }
      return { spec, background: c.coverBackground, elements, footer: false, ...notes };
    }
    case 'bullets':
      return {
        spec,
        background: c.background,
        elements: [
          titleBox(spec.title, theme),
          accentBar(theme),
          bulletBox('Body', spec.bullets, MARGIN_X, BODY_Y, CONTENT_W, BODY_H, theme),
        ],
        footer: true,
        ...notes,
      };
    case 'two-column': {
      const gap = 0.4;
      const colW = (CONTENT_W - gap) / 2;
      const elements: Element[] = [titleBox(spec.title, theme), accentBar(theme)];
      const headingH = spec.leftHeading || spec.rightHeading ? 0.6 : 0;
      const columns: [string, readonly Bullet[], string | undefined, number][] = [
        ['Left', spec.left, spec.leftHeading, MARGIN_X],
        ['Right', spec.right, spec.rightHeading, MARGIN_X + colW + gap],
      ];
      for (const [side, bullets, heading, x] of columns) {
        if (heading) {
          elements.push(
            fitTextBox(
              {
                name: `${side} Heading`,
                x,
                y: BODY_Y,
                w: colW,
                h: headingH,
                paragraphs: [{ text: heading, bold: true }],
                font: theme.fonts.heading,
                maxPt: theme.sizes.body,
                minPt: theme.sizes.minBody,
                color: c.accent,
              },
              theme,
            ),
          );
        }
        elements.push(
          bulletBox(`${side} Body`, bullets, x, BODY_Y + headingH, colW, BODY_H - headingH, theme),
        );
      }
      return { spec, background: c.background, elements, footer: true, ...notes };
    }
    case 'image': {
      const elements: Element[] = [titleBox(spec.title, theme), accentBar(theme)];
      const hasText = (spec.bullets?.length ?? 0) > 0;
      const areaW = hasText ? CONTENT_W * 0.58 : CONTENT_W;
      const captionH = spec.caption ? 0.5 : 0;
      const box = containImage(spec.image, MARGIN_X, BODY_Y, areaW, BODY_H - captionH);
      elements.push({ kind: 'image', name: 'Picture', ...box, image: spec.image });
      if (spec.caption) elements.push(captionBox(spec.caption, MARGIN_X, box.y + box.h + 0.05, areaW, theme));
      if (hasText && spec.bullets) {
        const x = MARGIN_X + areaW + 0.4;
        elements.push(bulletBox('Body', spec.bullets, x, BODY_Y, CONTENT_W - areaW - 0.4, BODY_H, theme));
      }
      return { spec, background: c.background, elements, footer: true, ...notes };
    }
    case 'chart': {
      const captionH = spec.caption ? 0.5 : 0;
      const elements: Element[] = [
        titleBox(spec.title, theme),
        accentBar(theme),
        {
          kind: 'chart',
          name: 'Chart',
          x: MARGIN_X,
          y: BODY_Y,
          w: CONTENT_W,
          h: BODY_H - captionH,
          chartType: spec.chartType,
          series: spec.series,
          fontFace: theme.fonts.body.face,
        },
      ];
      if (spec.caption)
        elements.push(captionBox(spec.caption, MARGIN_X, BODY_BOTTOM - captionH + 0.05, CONTENT_W, theme));
      return { spec, background: c.background, elements, footer: true, ...notes };
    }
    case 'table': {
      const captionH = spec.caption ? 0.5 : 0;
      const table = tableElement(spec, theme, BODY_Y, BODY_H - captionH);
      const elements: Element[] = [titleBox(spec.title, theme), accentBar(theme), table];
      if (spec.caption)
        elements.push(captionBox(spec.caption, MARGIN_X, BODY_BOTTOM - captionH + 0.05, CONTENT_W, theme));
      return { spec, background: c.background, elements, footer: true, ...notes };
    }
    case 'quote': {
      const elements: Element[] = [
        fitTextBox(
          {
            name: 'Title',
            x: MARGIN_X,
            y: 0.5,
            w: CONTENT_W,
            h: 0.7,
            paragraphs: [{ text: spec.title, bold: true }],
            font: theme.fonts.heading,
            maxPt: 20,
            minPt: 14,
            color: c.muted,
          },
          theme,
        ),
        { kind: 'rect', name: 'Accent', x: 1.4, y: 1.9, w: 0.1, h: 3.4, color: c.accent },
        fitTextBox(
          {
            name: 'Quote',
            x: 1.8,
            y: 1.8,
            w: SLIDE_WIDTH - 3.4,
            h: 3.6,
            paragraphs: [{ text: `“${spec.quote}”`, italic: true }],
            font: theme.fonts.heading,
            maxPt: theme.sizes.quote,
            minPt: 16,
            color: c.heading,
            valign: 'middle',
          },
          theme,
        ),
      ];
      if (spec.attribution) {
        elements.push(
          fitTextBox(
            {
              name: 'Attribution',
              x: 1.8,
              y: 5.5,
              w: SLIDE_WIDTH - 3.4,
              h: 0.6,
              paragraphs: [{ text: `— ${spec.attribution}` }],
              font: theme.fonts.body,
              maxPt: 16,
              minPt: 11,
              color: c.muted,
            },
            theme,
          ),
        );
      }
      return { spec, background: c.background, elements, footer: true, ...notes };
    }
    case 'figure': {
      const elements: Element[] = [
        titleBox(spec.title, theme),
        accentBar(theme),
        fitTextBox(
          {
            name: 'Figure',
            x: MARGIN_X,
            y: 2.0,
            w: CONTENT_W,
            h: 1.9,
            paragraphs: [{ text: spec.figure, bold: true }],
            font: theme.fonts.heading,
            maxPt: theme.sizes.figure,
            minPt: 36,
            color: c.accent,
            align: 'center',
            valign: 'bottom',
          },
          theme,
        ),
        fitTextBox(
          {
            name: 'Label',
            x: 1.5,
            y: 4.0,
            w: SLIDE_WIDTH - 3.0,
            h: 1.0,
            paragraphs: [{ text: spec.label }],
            font: theme.fonts.body,
            maxPt: 24,
            minPt: 14,
            color: c.text,
            align: 'center',
          },
          theme,
        ),
      ];
      if (spec.detail) {
        elements.push(
          fitTextBox(
            {
              name: 'Detail',
              x: 1.5,
              y: 5.1,
              w: SLIDE_WIDTH - 3.0,
              h: 1.3,
              paragraphs: [{ text: spec.detail }],
              font: theme.fonts.body,
              maxPt: 16,
              minPt: 11,
              color: c.muted,
              align: 'center',
            },
            theme,
          ),
        );
      }
      return { spec, background: c.background, elements, footer: true, ...notes };
    }
  }
}

/** Every text box and table on a slide whose measured text exceeds its bounds. */
export function overflowingBoxes(slide: LaidOutSlide): string[] {
  return slide.elements
    .filter((element) => (element.kind === 'text' || element.kind === 'table') && !element.fit.fits)
    .map((element) => element.name);
}

/** Names of the shapes whose paragraphs build one by one, in build order. */
export function buildTargets(slide: LaidOutSlide): string[] {
  return slide.elements
    .filter((element): element is TextElement => element.kind === 'text' && element.build === true)
    .map((element) => element.name);
}
