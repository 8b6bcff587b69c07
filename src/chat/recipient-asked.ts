/**
 * @module recipient-asked
 * "Who should the signed drawings be forwarded to?", "Who was the draft sent to once signed?":
 * a "who" question whose verb of sending ends on "to" asks for the one the mail goes to, not for
 * the one who sent it, so it is no sender question ("Who sent the draft to me?" still is: "to"
 * names someone there).
 */

/** A verb of sending, then "to" with no one named after it. */
const SENT_TO_WHOM =
  /\b(?:sent|send|forwarded|forward|e-?mailed|mailed|passed|handed)\s+(?:on\s+)?to\b(?!\s+(?:me|us|you|him|her|them|it|[\p{Lu}\d]))/u;

/** Whether a "who" question asks to whom something is sent, not who sent it. */
export function recipientAsked(question: string): boolean {
  return SENT_TO_WHOM.test(question.replace(/\bto\s+whom\b/i, 'to'));
}
