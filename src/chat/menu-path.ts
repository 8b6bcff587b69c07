/**
 * @module menu-path
 * A place inside a program: the path of menus and panes one clicks through to a setting,
 * written with arrows or ">" between them ("System>Preferences>Sound", "Edit -> Settings ->
 * Privacy", "Tools → Options → Mail"). It answers "where do I change …" as a room answers
 * "where is the meeting". Three parts at least, each a name of one to three words: a single
 * "a > b" is a comparison, and a quoted mail line (">> text") has no name before its mark.
 */
const PART = String.raw`[\p{L}][\p{L}\p{N}_.-]*(?:[ \t][\p{L}\p{N}][\p{L}\p{N}_.-]*){0,2}`;
const STEP = String.raw`[ \t]*(?:->|=>|>|→|»)[ \t]*`;
const MENU_PATH = new RegExp(`(?<![\\p{L}\\p{N}>-])${PART}${STEP}${PART}${STEP}${PART}`, 'u');

/** Whether a text writes a menu path (see the module note). */
export function writesMenuPath(text: string): boolean {
  return MENU_PATH.test(text);
}
