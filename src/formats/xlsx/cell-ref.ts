/**
 * @module cell-ref
 * A1 references: column letters to indexes and back, and shifting the relative references of
 * a shared formula from its anchor cell to another cell.
 */

/** "A" → 0, "Z" → 25, "AA" → 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** 0 → "A", 26 → "AA". */
export function columnName(index: number): string {
  let name = '';
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

const REF = /(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/**
 * Moves relative references by (rows, cols), leaving $-anchored parts and string literals
 * alone: the text of a shared formula as it reads in a cell other than its anchor.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((segment, i) => {
      if (i % 2 === 1) return segment;
      return segment.replace(
        REF,
        (whole, colAbs: string, letters: string, rowAbs: string, digits: string) => {
          const col = columnIndex(letters);
          if (col > 16383) return whole;
          const newCol = colAbs ? col : col + cols;
          const newRow = rowAbs ? Number(digits) : Number(digits) + rows;
          if (newCol < 0 || newRow < 1) return '#REF!';
          return `${colAbs}${columnName(newCol)}${rowAbs}${newRow}`;
        },
      );
    })
    .join('');
}
