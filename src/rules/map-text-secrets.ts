import { type SecretMatch, scanText } from '../secrets/scan-text.js';
import { splitSourcesContent } from '../sourcemaps/lazy-content.js';

/** Gaps between excluded ranges shorter than this cannot hold a credential (`,` and spacing). */
const MIN_PIECE = 8;

/**
 * Credentials in a map's own text: `sources`, `names`, `sourceRoot`, `x_*` fields. The
 * `sourcesContent` elements are left out (each recovered source is scanned on its own, with
 * positions in the original file) and so is `mappings` (Base64 VLQ holds no credential, but ten
 * megabytes of it can look like one). Positions are line and byte column in the map file, offsets
 * are byte offsets in it. Returns null when the map cannot be split (index maps, duplicate or
 * escaped keys): the caller then scans it whole.
 */
export function scanMapOutsideSources(data: Buffer): SecretMatch[] | null {
  const split = splitSourcesContent(data);
  if (!split) return null;
  const excluded = split.contents.flatMap((ref) => (ref ? [[ref.start, ref.end] as const] : []));
  if (split.mappings) excluded.push([split.mappings.start, split.mappings.end]);
  excluded.sort((a, b) => a[0] - b[0]);
  excluded.push([data.length, data.length]);
  const positionAt = createPositionTracker(data);
  const matches: SecretMatch[] = [];
  let cursor = 0;
  for (const [start, end] of excluded) {
    if (start - cursor >= MIN_PIECE) {
      const base = positionAt(cursor);
      for (const match of scanText(data.toString('latin1', cursor, start))) matches.push(shift(match, base, cursor));
    }
    cursor = Math.max(cursor, end);
  }
  return matches;
}

/** Line and column (1-based) of increasing offsets, counting newlines once. */
function createPositionTracker(data: Buffer): (offset: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return (offset) => {
    for (let newline = data.indexOf(0x0a, scanned); newline >= 0 && newline < offset; newline = data.indexOf(0x0a, newline + 1)) {
      line += 1;
      lineStart = newline + 1;
    }
    scanned = offset;
    return { line, column: offset - lineStart + 1 };
  };
}

function shift(match: SecretMatch, base: { line: number; column: number }, offset: number): SecretMatch {
  return match.line === 1
    ? { ...match, line: base.line, column: base.column + match.column - 1, offset: offset + match.offset }
    : { ...match, line: base.line + match.line - 1, offset: offset + match.offset };
}
