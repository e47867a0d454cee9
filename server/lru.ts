// A small cache that forgets what was used least recently once it holds `max` entries: for what
// never changes once made (a closed meeting, read back from the database; its answer, serialized)
// and is costly to make again on every request.
export interface Lru<Value> {
  /** The value for `key`, made by `make` (and kept) when it is not there. */
  get(key: string, make: () => Value): Value;
}

export function createLru<Value>(max: number): Lru<Value> {
  const entries = new Map<string, Value>();
  return {
    get(key, make) {
      const kept = entries.get(key);
      if (kept !== undefined) {
        // Most recently used last: Map keeps insertion order.
        entries.delete(key);
        entries.set(key, kept);
        return kept;
      }
      const value = make();
      entries.set(key, value);
      if (entries.size > max) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      return value;
    },
  };
}
