/**
 * @module attachment-line
 * A mail's attachment notice ("<< File: Budget Form_2031.doc >>", "[attachment: rota.xls]") names
 * a file sent along; it states nothing of what the file says. A question that does not ask what
 * was attached is not answered by a line that holds only such notices.
 */
import { partsBetweenMarks } from './citations.ts';
import { MAIL_LEAD, QUOTE_LEAD, WRITER_LEAD } from './quoted-source.ts';

/** One attachment notice: "<< File: rota.xls >>", "<<rota.xls>>", "[attachment: rota.xls]", "Attachment: rota.xls". */
const ATTACHMENT_NOTICE =
  /<<\s*(?:file:\s*)?[^<>\n]+?>>|\[\s*(?:attachment|attached file|file)\s*:[^\]\n]*\]|^\s*(?:attachments?|attached file)\s*:\s*\S+\.\w{2,4}\s*$/gi;

/** A question about what was attached or sent along: "What file did she attach?", "Which form was enclosed?". */
const ATTACHMENT_ASKED =
  /\b(?:attach\w*|enclos\w*|file|files|document|documents|form|forms|spreadsheet|sent along)\b/i;

/**
 * An answer whose every sentence is only attachment notices ("Ana Ruiz wrote: << File: Request
 * Form.doc >>.") for a question that asks no file, form or attachment.
 */
export function attachmentOnly(question: string, answer: string): boolean {
  if (ATTACHMENT_ASKED.test(question)) return false;
  const parts = partsBetweenMarks(answer)
    .map((part) => part.replace(QUOTE_LEAD, '').replace(MAIL_LEAD, '').replace(WRITER_LEAD, '').trim())
    .filter(Boolean);
  return (
    parts.length > 0 &&
    parts.every((part) => {
      const rest = part.replace(ATTACHMENT_NOTICE, ' ');
      return rest !== part && !/[\p{L}\d]/u.test(rest);
    })
  );
}

/**
 * "What's the name of the spreadsheet Ana sent me?", "Which file did Ben attach?": the name of a
 * file sent along, asked by its kind and a verb of sending; or "the file name of the price list
 * Ana sent", asked as a file name whatever the thing is called.
 */
const SENT_FILE_NAME_ASKED =
  /(?:\b(?:name of the|which|what)\s+(?:[\w-]+\s+){0,2}(?:file|spreadsheet|attachment|workbook|document|deck|presentation|brochure)s?|\bfile\s?names?(?:\s+of)?)\b[^?]*\b(?:sent|send|sends|attach(?:ed|es)?|enclos(?:ed|es)?|forward(?:ed|s)?|e-?mail(?:ed|s)?)\b/i;

/** True when the question asks the name of a file sent along ("Which file did Ana attach …?"). */
export function sentFileNameAsked(question: string): boolean {
  return SENT_FILE_NAME_ASKED.test(question);
}

/** A file's name as a mail writes it ("rota_march.xls", "Budget Form 2031.doc": its extension), or its path. */
const NAMES_FILE =
  /[\p{L}\p{N}_)-]\.(?:xlsx?|xlsm|docx?|pdf|pptx?|csv|txt|zip|rtf|wpd|vsd|mpp|html?|jpe?g|gif|png|tiff?)\b|(?:^|[\s"'(])[~.]{0,2}\/[\w.-]+\/[\w./-]+/iu;

/**
 * True when the name of a file sent along is asked and the answer writes none: no name with a
 * file's extension and no attachment notice. A sentence that only names the sender or the topic
 * ("Ana is working with Ben on the Velmar forecast") does not give the file.
 */
export function fileNameMissing(question: string, answer: string): boolean {
  if (!sentFileNameAsked(question)) return false;
  ATTACHMENT_NOTICE.lastIndex = 0;
  const noticed = ATTACHMENT_NOTICE.test(answer);
  ATTACHMENT_NOTICE.lastIndex = 0;
  return !noticed && !NAMES_FILE.test(answer);
}
