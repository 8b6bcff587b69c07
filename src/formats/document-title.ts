/**
 * @module document-title
 * The title stored in a file's properties, as a reader would use it: the file name of a template
 * ("Normal.dot") or an application's default ("Slide 1", "PowerPoint Presentation") is no title,
 * and a converter's "Microsoft Word - Budget.doc" names the document "Budget".
 */

/** "Microsoft Word - Budget.doc": the title a converter wrote, whose own title follows the dash. */
const CONVERTER_PREFIX = /^microsoft (?:office )?(?:word|powerpoint|excel)\s+-\s+/i;
const FILE_NAME = /\.(?:dotx?|dotm|docx?|docm|xlsx?|xlsm|xltx?|pptx?|pptm|potx?|pdf|rtf|odt|ods|odp|txt)$/i;
/** The defaults an office application fills in, in several languages ("Slide 1", "Folie 1", "PowerPoint Presentation"). */
const DEFAULT_TITLE =
  /^(?:(?:microsoft )?(?:office )?(?:powerpoint|word|excel)(?:[\s-]*(?:presentation|presentatie|präsentation|présentation|presentación|presentazione|document|dokument|workbook))?|presentation|document\s*\d*|untitled(?:\s+document)?|title|normal|(?:slide|folie|diapositive|diapositiva|dia|dias)\s*\d+|book\s*\d*|workbook\s*\d*)$/i;

/** The title as a reader would use it: a template's file name or an application's default is no title. */
export function meaningfulTitle(raw: string | undefined): string | undefined {
  const converted = raw !== undefined && CONVERTER_PREFIX.test(raw);
  const title = raw?.replace(CONVERTER_PREFIX, '').trim();
  if (!title) return undefined;
  // A file name is the template's ("Normal.dot"), unless a converter named the document after its file.
  const named = FILE_NAME.test(title);
  if (named && !converted) return undefined;
  const stem = named ? title.replace(FILE_NAME, '').trim() : title;
  return stem && !DEFAULT_TITLE.test(stem) ? stem : undefined;
}

/** The heading of a table of contents, in the languages the deck labels: it names no document. */
export const CONTENTS_HEADING =
  /^(?:contents|table of contents|inhalt|inhaltsverzeichnis|sommaire|table des matières|índice|contenido|indice|sumário|inhoud|spis treści|содержание|المحتويات|目录|目錄|目次|차례|목차)$/iu;
