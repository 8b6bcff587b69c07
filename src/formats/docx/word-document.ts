/**
 * @module word-document
 * The input of the Word writer: a document described as plain data. It is close to the
 * `Document` model that readers produce, plus what only a writer needs: footnotes anchored
 * inside paragraphs (a run can carry the footnote that follows it), table header rows,
 * image sizes and page breaks. Skills build a WordDocument; `writeDocx` turns it into bytes.
 *
 * @example
 * const draft: WordDocument = {
 *   title: 'Travel policy',
 *   author: 'Northwind Labs',
 *   blocks: [
 *     { kind: 'heading', level: 1, text: 'Travel policy' },
 *     { kind: 'paragraph', runs: [{ text: 'Finance cut the travel budget by 10%.', footnote: 'Mail from Priya Shah, 2 March 2026.' }] },
 *   ],
 * };
 */

/** A piece of text with one formatting. `footnote` adds a footnote reference right after the text. */
export type WordRun = {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strike?: boolean;
  /** An absolute URL (https:, mailto:); the run becomes a hyperlink. */
  readonly link?: string;
  /** The text of a footnote whose reference mark follows this run. */
  readonly footnote?: string;
};

/** Paragraph content: plain text, or runs when formatting, links or footnotes are needed. */
export type WordText =
  | { readonly text: string; readonly runs?: undefined }
  | { readonly runs: readonly WordRun[]; readonly text?: string };

export type WordTableCell = {
  readonly text: string;
  readonly runs?: readonly WordRun[];
  readonly colSpan?: number;
  readonly rowSpan?: number;
};

export type WordBlock =
  | ({ readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4 | 5 | 6 } & WordText)
  | ({
      readonly kind: 'paragraph';
      readonly align?: 'left' | 'center' | 'right' | 'justify';
      /** Right-to-left paragraphs (Arabic, Hebrew) are written with `w:bidi` and right-to-left runs. */
      readonly direction?: 'ltr' | 'rtl';
    } & WordText)
  | ({
      readonly kind: 'list-item';
      readonly ordered: boolean /** 0-based nesting level, up to 8. */;
      readonly level?: number;
    } & WordText)
  | {
      readonly kind: 'table';
      /** Rows of cells; a plain string is a cell's text. */
      readonly rows: readonly (readonly (WordTableCell | string)[])[];
      /** Style the first row as a header repeated on each page (default true). */
      readonly headerRow?: boolean;
      readonly caption?: string;
    }
  | {
      readonly kind: 'image';
      readonly data: Uint8Array;
      /** image/png, image/jpeg, image/gif or image/bmp. */
      readonly contentType: string;
      readonly widthPx: number;
      readonly heightPx: number;
      readonly altText: string;
      readonly caption?: string;
    }
  | { readonly kind: 'quote'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'page-break' };

export type WordBlockKind = WordBlock['kind'];

export type WordDocument = {
  readonly title?: string;
  readonly author?: string;
  readonly subject?: string;
  readonly description?: string;
  readonly keywords?: readonly string[];
  readonly blocks: readonly WordBlock[];
  /** Page numbers in the footer ("Page 2 of 5"); default true. */
  readonly pageNumbers?: boolean;
  /** Text shown in the header of each page. */
  readonly headerText?: string;
  /** Lines shown in the footer of each page, above the page numbers (a source document's own footer). */
  readonly footerLines?: readonly string[];
};

/** The plain text of a paragraph-like block. */
export function wordText(content: WordText): string {
  return content.runs ? content.runs.map((run) => run.text).join('') : content.text;
}
