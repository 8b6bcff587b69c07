/**
 * @module theme
 * Deck design themes: fonts (with the metric family used to measure them and a CJK face),
 * a palette, type sizes and the transition style each theme uses. Colours are hex without '#',
 * as pptxgenjs wants them. Fonts are common Office faces; where a machine lacks one,
 * LibreOffice substitutes a metric-compatible or wider face, and the metric family below is the
 * wider of the two, so fitted text still fits.
 */
import { fail } from '../../lib/errors.ts';
import type { MetricFamily } from './text-fit.ts';

export type TransitionStyle = 'fade' | 'push' | 'wipe' | 'split' | 'cover';
export const TRANSITION_STYLES: readonly TransitionStyle[] = ['fade', 'push', 'wipe', 'split', 'cover'];

export type ThemeFont = { readonly face: string; readonly family: MetricFamily };

export type Theme = {
  readonly name: string;
  readonly description: string;
  readonly fonts: {
    readonly heading: ThemeFont;
    readonly body: ThemeFont;
    /** Used for any text that contains Chinese, Japanese or Korean characters. */
    readonly cjk: string;
  };
  readonly colors: {
    readonly background: string;
    readonly text: string;
    readonly muted: string;
    readonly heading: string;
    readonly accent: string;
    /** Title and section slides. */
    readonly coverBackground: string;
    readonly coverText: string;
    /** Table header fill, and its text. */
    readonly tableHeader: string;
    readonly tableHeaderText: string;
    readonly tableStripe: string;
    readonly chart: readonly string[];
  };
  /** Type sizes in points. Body text shrinks from `body` down to `minBody` before a slide is split. */
  readonly sizes: {
    readonly coverTitle: number;
    readonly title: number;
    readonly minTitle: number;
    readonly body: number;
    readonly minBody: number;
    readonly caption: number;
    readonly quote: number;
    readonly figure: number;
  };
  readonly transition: TransitionStyle;
};

const CLEAN: Theme = {
  name: 'clean',
  description: 'White background, navy type, a blue accent bar; Arial throughout.',
  fonts: {
    heading: { face: 'Arial', family: 'sans' },
    body: { face: 'Arial', family: 'sans' },
    cjk: 'Noto Sans CJK SC',
  },
  colors: {
    background: 'FFFFFF',
    text: '1F2937',
    muted: '6B7280',
    heading: '0F2A4A',
    accent: '2563EB',
    coverBackground: '0F2A4A',
    coverText: 'FFFFFF',
    tableHeader: '0F2A4A',
    tableHeaderText: 'FFFFFF',
    tableStripe: 'EEF2F7',
    chart: ['2563EB', '0EA5E9', 'F59E0B', '10B981', 'EF4444', '8B5CF6'],
  },
  sizes: {
    coverTitle: 40,
    title: 30,
    minTitle: 22,
    body: 22,
    minBody: 14,
    caption: 12,
    quote: 28,
    figure: 72,
  },
  transition: 'fade',
};

const MIDNIGHT: Theme = {
  name: 'midnight',
  description: 'Dark slate background, light type, amber accent; Verdana (DejaVu Sans where absent).',
  fonts: {
    heading: { face: 'Verdana', family: 'sans-wide' },
    body: { face: 'Verdana', family: 'sans-wide' },
    cjk: 'Noto Sans CJK SC',
  },
  colors: {
    background: '111827',
    text: 'E5E7EB',
    muted: '9CA3AF',
    heading: 'FFFFFF',
    accent: 'F59E0B',
    coverBackground: '030712',
    coverText: 'FFFFFF',
    tableHeader: 'F59E0B',
    tableHeaderText: '111827',
    tableStripe: '1F2937',
    chart: ['F59E0B', '38BDF8', 'A3E635', 'F472B6', 'C084FC', 'FB7185'],
  },
  sizes: {
    coverTitle: 38,
    title: 28,
    minTitle: 20,
    body: 20,
    minBody: 13,
    caption: 12,
    quote: 26,
    figure: 66,
  },
  transition: 'push',
};

const PAPER: Theme = {
  name: 'paper',
  description: 'Warm off-white background, Georgia headings over Arial body, terracotta accent.',
  fonts: {
    heading: { face: 'Georgia', family: 'serif-wide' },
    body: { face: 'Arial', family: 'sans' },
    cjk: 'Noto Serif CJK SC',
  },
  colors: {
    background: 'FBF7F0',
    text: '3F3A36',
    muted: '857A6F',
    heading: '7C2D12',
    accent: 'C2410C',
    coverBackground: 'F3E8D8',
    coverText: '7C2D12',
    tableHeader: '7C2D12',
    tableHeaderText: 'FFFFFF',
    tableStripe: 'F3E8D8',
    chart: ['C2410C', '0F766E', 'CA8A04', '1D4ED8', '9D174D', '4D7C0F'],
  },
  sizes: {
    coverTitle: 40,
    title: 30,
    minTitle: 22,
    body: 22,
    minBody: 14,
    caption: 12,
    quote: 30,
    figure: 72,
  },
  transition: 'wipe',
};

export const THEMES: Readonly<Record<string, Theme>> = { clean: CLEAN, midnight: MIDNIGHT, paper: PAPER };
export const DEFAULT_THEME = 'clean';

export function themeNames(): string[] {
  return Object.keys(THEMES);
}

/** Looks a theme up by name; a bad name is a usage error that lists the choices. */
export function getTheme(name: string = DEFAULT_THEME): Theme {
  const theme = THEMES[name.toLowerCase()];
  if (!theme)
    fail('bad_usage', `There is no deck theme named "${name}".`, {
      hint: `Choose one of: ${themeNames().join(', ')}.`,
    });
  return theme;
}

export function isTransitionStyle(value: string): value is TransitionStyle {
  return (TRANSITION_STYLES as readonly string[]).includes(value);
}
