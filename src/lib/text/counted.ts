/**
 * @module counted
 * A count with its noun in the right number, for sentences the product writes ("1 row",
 * "8 rows", "1 defined table").
 */

/** "1 row", "0 rows", "8 rows"; `many` for a noun whose plural is not the noun with an s. */
export function counted(count: number, noun: string, many = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : many}`;
}
