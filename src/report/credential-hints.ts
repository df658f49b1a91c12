import type { Finding } from '../types.js';

/** How many other places of a credential the human report names before counting the rest. */
const SHOWN_PLACES = 3;

/**
 * Lines the human report adds under a `secret` finding: the credential's other places, and for
 * an error the `ignore` entry ready to paste into leakproof.json (docs/manifest.md#ignore), with
 * its hash so it silences this value only. The reason is left for a person to write: an ignore
 * without one is refused. Returned unescaped: the renderer passes them through `printable`.
 */
export function credentialHints(finding: Finding): string[] {
  if (finding.rule !== 'secret') return [];
  const lines: string[] = [];
  const places = Array.isArray(finding.alsoIn) ? (finding.alsoIn as Array<{ path: string; source?: string; line?: number }>) : [];
  if (places.length > 0) {
    const total = typeof finding.occurrences === 'number' ? finding.occurrences - 1 : places.length;
    const named = places
      .slice(0, SHOWN_PLACES)
      .map((place) => `${place.path}${place.source ? ` → ${place.source}` : ''}${place.line ? `:${place.line}` : ''}`);
    lines.push(`also in ${named.join(', ')}${total > named.length ? ` and ${total - named.length} more` : ''}`);
  }
  if (finding.severity === 'error' && !finding.suppressed && finding.hash) {
    const entry = [
      `"rule": "secret"`,
      `"path": ${JSON.stringify(finding.path)}`,
      `"hash": ${JSON.stringify(finding.hash)}`,
      `"reason": "<why this credential may ship>"`,
    ];
    lines.push(`to accept it, add to "ignore" in leakproof.json: { ${entry.join(', ')} }`);
  }
  return lines;
}
