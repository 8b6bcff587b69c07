/**
 * @module person-name
 * A display name as a person is named in a sentence. Directories write "Last, First"
 * ("Lee, Ann B." → "Ann B. Lee"), while a person who adds a credential or a generational suffix
 * writes "Ann B. Lee, CPA" or "Lee, Ann, Jr.": the part after that comma is no first name, and
 * flipping it would greet "Hi CPA".
 */

/** Suffixes written after a comma: generations, degrees and professional titles. */
const SUFFIX =
  /^(?:jr|sr|ii|iii|iv|phd|ph\.\s?d|md|m\.\s?d|esq|cpa|cfp|cfa|mba|jd|j\.\s?d|llm|pe|p\.\s?e|dds|rn|qc|kc|obe|mbe|cbe)\.?$/i;
/** A credential in capitals ("CFP", "FCIM"); only a suffix after a whole name, since "LEE, ANN" is a name in capitals. */
const CAPITALS = /^[A-Z]{2,5}$/;

/** The name without the suffixes written after its commas ("Ann B. Lee, CPA" → "Ann B. Lee"). */
function withoutSuffixes(name: string): string {
  let parts = name.split(',').map((part) => part.trim());
  while (parts.length > 1) {
    const tail = parts.at(-1) ?? '';
    const rest = parts.slice(0, -1).join(', ');
    const wholeName = rest.split(/\s+/).length >= 2 && !rest.includes(',');
    if (!SUFFIX.test(tail) && !(wholeName && CAPITALS.test(tail))) break;
    parts = parts.slice(0, -1);
  }
  return parts.join(', ');
}

/**
 * The name as written in a sentence: "Lee, Ann" → "Ann Lee", "Ann B. Lee, CFP" → "Ann B. Lee";
 * surrounding quotes and spaces dropped. A name with more than one comma left is returned as written.
 */
export function personName(display: string): string {
  const name = withoutSuffixes(
    display
      .replace(/^["']+|["']+$/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const parts = name.split(',').map((part) => part.trim());
  if (parts.length === 2 && parts[0] && parts[1]) return `${parts[1]} ${parts[0]}`;
  return name;
}

/** The first name a person is greeted by ("Lee, Ann B." → "Ann", "Ann Lee, CPA" → "Ann"), or undefined. */
export function greetingName(display: string): string | undefined {
  return personName(display).split(/\s+/)[0] || undefined;
}
