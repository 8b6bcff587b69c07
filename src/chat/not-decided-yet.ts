/**
 * @module not-decided-yet
 * The words that say a place or time is not decided yet ("TBD", "to be announced"), as a pattern
 * source: shared by the answer types (a mail saying the room is "TBD" names no room) and by an
 * event's place (a LOCATION of "TBC" is no place).
 */
export const NOT_DECIDED_YET =
  'tbd|tba|tbc|to be (?:decided|determined|announced|confirmed|arranged|advised)';
