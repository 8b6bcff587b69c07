/**
 * @module sent-folder
 * The mail folders that hold what a mailbox's owner sent, known by their usual names in several
 * languages ("sent.mbox", "Sent Items", "Gesendete Objekte", "Éléments envoyés").
 */

/** Base names of mail folders that hold the mail a mailbox's owner sent. */
const SENT_FOLDER =
  /(?:^|[\\/])(?:sent|sent[ _-]?(?:items|mail|messages)|outbox|gesendet(?:e[ _-]?(?:objekte|elemente))?|envoy[ée]s|[ée]l[ée]ments[ _-]envoy[ée]s|enviados|inviata|отправленные)(?:\.[a-z]+)?$/iu;

/** True when `path` names a folder or file of sent mail. */
export function isSentFolder(path: string): boolean {
  return SENT_FOLDER.test(path);
}
