/**
 * Bounded concurrency: at most `limit` calls in flight, started in input order. Used where
 * thousands of file reads at once would exhaust file descriptors (packing a folder, the audit's
 * result cache) and where a fixed number of tarballs may be held in memory (the audit's fetches).
 */

/** Map `items` through `task` with at most `limit` calls in flight; results keep input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}

/** Run `task` on every item with at most `limit` running at once, in order of start. */
export async function forEachLimit<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  await mapLimit(items, limit, task);
}
