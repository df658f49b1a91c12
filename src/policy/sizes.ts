/**
 * Byte sizes as written in leakproof.json. SI prefixes are decimal and IEC prefixes binary,
 * as in the IEC 80000-13 standard and in npm's own output: `kB`/`KB` = 1000 bytes,
 * `KiB` = 1024 bytes, `MB` = 1000², `MiB` = 1024², `GB` = 1000³, `GiB` = 1024³.
 * Unit letters are case-insensitive (`mb` is a megabyte, never a millibit).
 */

import { formatSizeCeil } from '../format-size.js';

// The schema's `$defs.size` pattern accepts the same strings (test/policy-schema.test.ts).
const SIZE_REGEX = /^([0-9]+(?:\.[0-9]+)?)\s*(?:([kmg])(i)?)?b$/i;
const POWERS: Readonly<Record<string, number>> = { k: 1, m: 2, g: 3 };

/**
 * Parse a size (a number of bytes, or a string like `"500 B"`, `"12kB"`, `"1.5 MB"`,
 * `"2MiB"`) to whole bytes, rounding a fractional result up. Returns undefined when the
 * value is not a valid size.
 */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? Math.ceil(value) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const match = SIZE_REGEX.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const prefix = match[2]?.toLowerCase();
  const base = match[3] ? 1024 : 1000;
  const power = prefix ? (POWERS[prefix] ?? 0) : 0;
  return Math.ceil(amount * base ** power);
}

/** Add headroom (10% by default) to a size and format it with {@link formatSizeCeil}. */
export function budgetFor(bytes: number, headroom = 0.1): string {
  // At least 1 kB of room, so a tiny package does not fail on a one-line README edit.
  return formatSizeCeil(Math.max(bytes * (1 + headroom), bytes + 1000));
}
