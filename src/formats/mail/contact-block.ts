/**
 * @module contact-block
 * A signature without a sign-off: the block of short lines that closes a mail with the
 * sender's name, job title, company, street address, phone, fax and e-mail ("Ann Lee\nDirector,
 * Facilities\n12 Harbor Road, Suite 4\n555-010-2000 (Fax)"). Found from the end up; it must
 * start at a name line and hold a phone number or an e-mail address, so prose is never taken.
 */

const MAX_BLOCK_LINES = 12;
const MAX_LINE = 70;

const NAME_LINE = /^-?\s*\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}\.?[\p{L}'-]*){0,3}\s*$/u;
const PHONE =
  /^(?:(?:tel(?:ephone)?|phone|ph|fax|cell|mobile|direct|office|work|home|t|f|m|p|c)\.?\s*:?\s*)?\+?[\d\s()./-]{7,}(?:\s*\(?(?:fax|cell|mobile|office|direct|home|work)\)?)?$/i;
const EMAIL = /^(?:e-?mail\s*:?\s*)?\S+@\S+\.\w+$/i;
/** An e-mail line with its label written "Email." ("Email. ann@example.com"). */
const EMAIL_DOTTED = /^e-?mail\.\s*\S+@\S+\.\w+$/i;
const EXTENSION = /^(?:ext\.?|x)\s*\d{3,6}$/i;
const ADDRESS =
  /^\d+\s+\p{L}.*\b(?:st|street|ave|avenue|road|rd|blvd|boulevard|lane|ln|drive|dr|way|plaza|place|square|suite|floor|room)\b|\b(?:suite|room|floor|p\.?\s?o\.? box)\s*#?\s*\w+$|,\s*[\p{L} ]+\s+\d{5}(?:-\d{4})?$|^[A-Z]{1,3}\d{3,5}$/iu;
const TITLE =
  /\b(?:director|manager|supervisor|president|vp|assistant|secretary|administrator|analyst|associate|counsel|officer|coordinator|specialist|executive|engineer|partner|consultant|chair(?:man|person)?|head of|services)\b/i;
const COMPANY =
  /\b(?:corp(?:oration)?|inc|l\.?l\.?c|l\.?l\.?p|p\.?l\.?l\.?c|l\.?p|p\.?c|p\.?a|ltd|limited|company|co|gmbh|plc|s\.?a|ag|b\.?v|n\.?v)\.?$/i;
const WEB = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * How closely a block is read. The default is what a message's signature is split off by (the
 * index keeps it out of the searched text, so "Karen\nx39757" stays searchable). `lenient` also
 * takes an extension alone as the way to reach the sender ("Ann\nx57302"), an "Email." label and
 * a firm line under the name ("Ann Lee\nHarbor Partners\n12 Quay Rd…"): what a summary leaves out.
 */
export type ContactBlockOptions = { readonly lenient?: boolean };

function contactLine(line: string, lenient: boolean): 'reach' | 'other' | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_LINE) return undefined;
  const digits = text.replace(/\D/g, '').length;
  if ((PHONE.test(text) && digits >= 7) || EMAIL.test(text)) return 'reach';
  if (lenient && (EXTENSION.test(text) || EMAIL_DOTTED.test(text))) return 'reach';
  if (EXTENSION.test(text) || ADDRESS.test(text) || WEB.test(text)) return 'other';
  const words = text.split(/\s+/).length;
  if (
    words <= 8 &&
    !/[.!?]$/.test(text.replace(/\b(?:co|corp|inc|ltd|jr|sr)\.$|(?:\b\p{L}\.){2,}$/iu, '')) &&
    (TITLE.test(text) || COMPANY.test(text))
  )
    return 'other';
  return undefined;
}

/** The index of the first line of a closing contact block, or -1 when the text has none. */
export function contactBlockStart(lines: readonly string[], options: ContactBlockOptions = {}): number {
  const lenient = options.lenient ?? false;
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
  let reach = false;
  for (let index = end - 1; index >= Math.max(1, end - MAX_BLOCK_LINES); index--) {
    const line = lines[index] ?? '';
    const kind = contactLine(line, lenient);
    if (kind) {
      reach ||= kind === 'reach';
      continue;
    }
    // The block opens with the sender's name, and something above it must remain.
    if (reach && NAME_LINE.test(line.trim()) && index < end - 1) {
      const above = (lines[index - 1] ?? '').trim();
      const firmBelowName =
        lenient && index >= 2 && NAME_LINE.test(above) && (lines[index - 2] ?? '').trim() === '';
      return firmBelowName ? index - 1 : index;
    }
    return -1;
  }
  return -1;
}
