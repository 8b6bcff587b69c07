/**
 * @module symbol-font
 * The characters of the Symbol font by their code in it. Word writes a symbol inserted from that
 * font as `<w:sym w:font="Symbol" w:char="F0DA"/>`: the code (less the private-use offset F000) is
 * a place in the font's own encoding, where 0xDA is "∨" and 0x61 "α", not the Latin "Ú" or "a"
 * of the same number.
 */

/** Codes 0x20–0x7E of the Symbol font, in order. */
const LOW = ' !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼';
/** Codes 0xA0–0xFE of the Symbol font, in order (0xF0, the maker's logo, has no character). */
const HIGH =
  '€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪\u0000〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭';

/** Whether a run's or symbol's font is the Symbol font. */
export function isSymbolFont(font: string | undefined): boolean {
  return font?.trim().toLowerCase() === 'symbol';
}

/**
 * The character a code of the Symbol font shows (0x00DA or 0xF0DA → "∨"); undefined for a code
 * the font leaves empty, which is better dropped than read as a letter it does not show.
 */
export function symbolFontChar(code: number): string | undefined {
  const place = code >= 0xf000 ? code - 0xf000 : code;
  const table = place >= 0xa0 ? HIGH : place >= 0x20 ? LOW : '';
  const char = Array.from(table)[place - (place >= 0xa0 ? 0xa0 : 0x20)];
  return char && char !== '\u0000' ? char : undefined;
}
