/** Sizes in human units, with SI prefixes as npm prints them: `1.5 MB`, `640 B`. */

const UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/** `bytes` in the largest unit that keeps the value at or above 1 (up to GB). */
function scale(bytes: number): { value: number; unit: number } {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return { value, unit };
}

/** Bytes in human units, rounded to one decimal below 100 units (`1.5 MB`, `640 B`). */
export function formatSize(bytes: number): string {
  const { value, unit } = scale(bytes);
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

/**
 * Bytes in human units rounded *up*, to one decimal below 10 units (`1.4 MB`) and to whole units
 * above (`51 kB`), so the result is never smaller than the input: budgets written by `init` and
 * `--update`, and the sizes `size/budget` compares them with.
 */
export function formatSizeCeil(bytes: number): string {
  const { value, unit } = scale(Math.ceil(bytes));
  if (unit === 0) return `${value} B`;
  const rounded = value < 10 ? Math.ceil(value * 10 - 1e-9) / 10 : Math.ceil(value - 1e-9);
  // Rounding 999.5 kB up gives 1000 kB; say 1 MB instead.
  if (rounded >= 1000 && unit < UNITS.length - 1) return `1 ${UNITS[unit + 1]}`;
  return `${rounded} ${UNITS[unit]}`;
}

/** `1 file`, `3 files`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
