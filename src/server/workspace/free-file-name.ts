/**
 * @module free-file-name
 * A name for a made file that none of the user's files has yet: "Report.xlsx" becomes
 * "Report (2).xlsx", then "Report (3).xlsx", so two runs over one source give two files the
 * user can tell apart. Names are compared without regard to case.
 */

/** `name` itself when no taken name matches it, else the first "stem (n).ext" that is free. */
export function freeFileName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((each) => each.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  const base = stem.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})${ext}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
