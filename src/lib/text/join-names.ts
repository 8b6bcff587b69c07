/**
 * @module join-names
 * A list of names as a sentence writes it: "a", "a and b", "a, b and c".
 */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
