import { createHash } from 'node:crypto';

/** How a credential is shown and stored: never whole. */
export interface MaskedSecret {
  /** A few leading characters and `…`; at most a quarter of the value, never more than 4. */
  readonly preview: string;
  readonly length: number;
  /** First 12 hex digits of the value's SHA-256, so duplicates can be recognised. */
  readonly hash: string;
}

/**
 * Mask a credential for reports. The preview shows at most 4 characters and at most a quarter
 * of the value, so a short password never shows more than a sliver of itself.
 */
export function maskSecret(value: string): MaskedSecret {
  const shown = Math.min(4, Math.floor(value.length / 4));
  return {
    preview: `${value.slice(0, shown)}…`,
    length: value.length,
    hash: createHash('sha256').update(value).digest('hex').slice(0, 12),
  };
}
