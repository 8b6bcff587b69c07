/**
 * "Where can I read the setup steps?", "Where should ana write in with bugs?", "Where can I
 * read the docs?", "Where does Ana keep her list of links?", "Where are the club's notes posted?": a
 * place on the web is asked, which a web address gives. Not "where is the
 * meeting / the office / the file", whose answer is a place in the world or on the disk.
 */
const WEB_PLACE_ASKED =
  /^\s*where\s+(?:(?:can|could|should|do|does|did|would|might|may|will)\b[^?]*?\b(?:see|read|find\s+out|look\s+up|write\s+in|write\s+to|report|download|get\s+help|sign\s+up|register|learn|watch|keeps?|post)|(?:is|are|was|were)\b[^?]*?\b(?:kept|posted))\b/i;

/** The question asks a place on the web (see WEB_PLACE_ASKED). */
export function asksWebPlace(question: string): boolean {
  return WEB_PLACE_ASKED.test(question);
}

/** The text gives a web address: "https://example.org/help", "www.example.org". */
export function givesWebAddress(text: string): boolean {
  return /\b(?:https?:\/\/|www\.)[\w-]+\.[\w.-]+/i.test(text);
}
