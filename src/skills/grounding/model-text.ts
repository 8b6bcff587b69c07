/**
 * @module model-text
 * Text a model wrote, made ready to show: data blocks reach the model with markup characters
 * written as entities (`&lt;`, `&gt;`, `&amp;`, `&#x…;`), and models copy them into their
 * answers. Decoding them here keeps "R&D" from coming back as "R&amp;D" (and from failing the
 * kept-facts check for it).
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the entities a data block may contain, and trims the text. */
export function cleanModelText(text: string): string {
  return text
    .replace(/&(lt|gt|amp|quot|apos);/g, (_all, name: string) => NAMED[name] ?? _all)
    .replace(/&#x([0-9a-f]{1,6});/gi, (all, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : all;
    })
    .replace(/&#(\d{1,7});/g, (all, decimal: string) => {
      const code = Number(decimal);
      return code <= 0x10ffff ? String.fromCodePoint(code) : all;
    })
    .trim();
}
