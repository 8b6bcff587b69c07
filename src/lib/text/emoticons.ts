/**
 * @module emoticons
 * Faces typed in chat and mail (":D", ";)", ":-P", "xD", "<3", "^_^"): they say how a line is
 * meant, and name nothing; their capital letters are no names nor codes. Only a face standing
 * as a word of its own counts, so a list mark ("8)"), a path (":/home") or a version
 * ("x.x.202") is left as written.
 */

const FACE =
  /(?<=^|\s)(?:[:;=][-'^o]?[)(\][DPpOo3|/\\*$@]+|[xX][Dd]+|<3+|\^_*\^|[-oO]_[-oO])(?=$|\s|[.,!?])/gu;

/** The text with each emoticon written as a word of its own replaced by a space. */
export function withoutEmoticons(text: string): string {
  return text.replace(FACE, ' ');
}
