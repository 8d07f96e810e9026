/**
 * Works through `items` as a Distributed Map runs its children: at most `maxConcurrency` at once,
 * each lane taking the next item as soon as its last one ends. After a failure no lane takes a
 * new item; the items under way end, then the first failure is thrown.
 */
export async function inMapLanes<T>(
  items: readonly T[], maxConcurrency: number, work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (next < items.length && failure === undefined) {
      const index = next++;
      try {
        await work(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: maxConcurrency }, lane));
  if (failure) {
    throw failure.error;
  }
}
