/**
 * @module strip-bidi
 * File names are shown to other users, so they must look like what they are: direction
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C)
 * can make "invoice‮fdp.exe" read as "invoiceexe.pdf". They are removed from names.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(name: string): string {
  return name.replace(BIDI_CONTROLS, '');
}
