/**
 * @module signed-short-name
 * A first name asked alone may be the short form its owner signs with: "What did Mara say …?"
 * asks of a mail from "Tamsin, Marabel" signed "Mara", though no part of her name is "Mara". The
 * short form must open the writer's own first name (three letters or more) and stand alone on
 * one of the mail's last lines, as a signature, so another Mara's mail is not read as hers only
 * because her name begins the same way.
 */

/** How many of the passage's last non-blank lines a signature may stand on. */
const SIGNATURE_LINES = 3;

/** A signature line of one name: "Mara", "- Mara", "Thanks, Mara", "Mara." */
const SIGNATURE = /^(?:[-–—~]\s*|(?:thanks|thank you|regards|best|cheers)[,!]?\s+)?(\p{L}+)[.!]?$/iu;

/**
 * True when the name asked is one capitalised first name, a writer of the passage has a longer
 * first name that begins with it, and the passage is signed with it on one of its last lines.
 */
export function signedWithShortName(
  writers: readonly { readonly name?: string }[],
  text: string,
  name: string,
): boolean {
  const asked = name.trim();
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(asked)) return false;
  const short = asked.toLowerCase();
  const longer = writers.some((writer) =>
    (writer.name ?? '')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((word) => word.length > short.length && word.startsWith(short)),
  );
  if (!longer) return false;
  const last = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-SIGNATURE_LINES);
  return last.some((line) => SIGNATURE.exec(line)?.[1]?.toLowerCase() === short);
}
