/**
 * The counter that numbers slides sharing one title ("Results (2/3)"): table pages, agenda pages
 * and the slides of one section.
 */

/** A title ending in a page counter: its base, the page and the count. */
export const PAGE_COUNTER = /^(.*) \((\d+)\/(\d+)\)$/;

/** The title of the index-th (from 0) of count slides sharing `title`. */
export function withPageCounter(title: string, index: number, count: number): string {
  return `${title} (${index + 1}/${count})`;
}

/** The title without its page counter, if it has one. */
export function withoutPageCounter(title: string): string {
  return PAGE_COUNTER.exec(title)?.[1] ?? title;
}
