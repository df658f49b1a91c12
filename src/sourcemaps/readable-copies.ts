/**
 * Identical copies share a verdict: esm, cjs and umd builds embed the same sources, and one copy
 * found readable makes every copy readable (exposure.ts).
 */
import type { Exposure } from './exposure.js';
import { contentHash } from './shipped-index.js';
import { SINGLE_FILE_COMPONENT } from './source-kinds.js';
import type { RecoveredSource } from './types.js';

/**
 * One readable copy makes every identical copy readable: the code is out there anyway. Copies
 * are bucketed by size and told apart by content hash within a bucket, so an exposed source is
 * decoded only when a readable one has its size, and many same-sized sources stay linear.
 */
export function shareReadableCopies(verdicts: Map<RecoveredSource, Exposure>): Map<RecoveredSource, Exposure> {
  const readable = new ReadableCopies();
  for (const [source, verdict] of verdicts) if (verdict.readable) readable.add(source, verdict);
  for (const [source, verdict] of verdicts) {
    if (verdict.readable) continue;
    const found = readable.find(source);
    if (found) verdicts.set(source, found);
  }
  return verdicts;
}

/** Readable verdicts by content: size first, then a content hash computed only on a size match. */
export class ReadableCopies {
  private readonly bySize = new Map<number, { pending: { source: RecoveredSource; verdict: Exposure }[]; byHash: Map<string, Exposure> }>();

  add(source: RecoveredSource, verdict: Exposure): void {
    // What a verdict rests on must hold for the copy too: code shown somewhere does, and "no code"
    // in a source read whole does. A stylesheet or template verdict rests on the name, and a
    // component's "no code" on its script blocks: a copy named `a.js` is code all the same.
    if (verdict.shownIn === undefined && (verdict.reason !== 'no-code' || SINGLE_FILE_COMPONENT.test(source.resolved))) return;
    const bucket = this.bySize.get(source.size);
    if (bucket) bucket.pending.push({ source, verdict });
    else this.bySize.set(source.size, { pending: [{ source, verdict }], byHash: new Map() });
  }

  /** The verdict a copy of `source` takes: the same for no code, else "shown where its twin is". */
  find(source: RecoveredSource): Exposure | undefined {
    const bucket = this.bySize.get(source.size);
    if (!bucket) return undefined;
    for (const { source: known, verdict } of bucket.pending.splice(0)) {
      const hash = contentHash(known.content);
      if (!bucket.byHash.has(hash)) bucket.byHash.set(hash, verdict);
    }
    const found = bucket.byHash.get(contentHash(source.content));
    if (!found) return undefined;
    return found.shownIn === undefined ? found : { readable: true, reason: 'same-as-readable', shownIn: found.shownIn };
  }
}
