/**
 * Run `task` on every item with at most `limit` running at once, in order of start. Used for
 * the result cache (thousands of small reads would exhaust file descriptors all at once) and for
 * fetching (a fixed number of tarballs in memory).
 */
export async function forEachLimit<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
