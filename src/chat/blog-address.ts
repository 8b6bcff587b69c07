/**
 * @module blog-address
 * A card's blog when no field of it is labelled so: one of its web addresses whose host or path
 * names a blog ("https://blog.example.org", "https://example.org/blog/", "https://ana.blogspot.com").
 * A card that gives only other web pages ("https://example.org") has no blog.
 */

const BLOG_ADDRESS =
  /^(?:[a-z][\w+.-]*:\/\/)?(?:[^/\s]*[./])?blog(?:s|spot)?(?:[./:-]|$)|\/blogs?(?:[/?#]|$)/i;

/** The first of these web addresses that names a blog by its host or its path. */
export function blogAddress(urls: readonly string[]): string | undefined {
  return urls.find((url) => BLOG_ADDRESS.test(url.trim()));
}
