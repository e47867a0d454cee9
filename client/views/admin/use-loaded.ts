// Something read from the hub while it is on screen (the rooms, a calendar, a meeting, a record),
// read again on `reload` (after the secretariat changed it). An answer that comes after the
// component moved on to something else is dropped.
import { useCallback, useEffect, useState } from 'react';
import type { RostrumError } from '../../../shared/domain/errors.ts';
import type { ApiResult } from './admin-api.ts';

export type Loaded<Value> =
  { kind: 'loading' } | { kind: 'loaded'; value: Value } | { kind: 'failed'; error: RostrumError };

/**
 * What `load` answers, loaded again whenever `what` (a string naming it, e.g. the room id)
 * changes or `reload` is called. The previous value stays on screen while it reloads.
 */
export function useLoaded<Value>(
  what: string,
  load: () => Promise<ApiResult<Value>>,
): { loaded: Loaded<Value>; reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<Value>>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  const [shown, setShown] = useState(what);
  if (shown !== what) {
    // Another thing to show: its own value, not the previous one's, is awaited.
    setShown(what);
    setLoaded({ kind: 'loading' });
  }
  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      setLoaded(
        result.ok
          ? { kind: 'loaded', value: result.value }
          : { kind: 'failed', error: result.error },
      );
    });
    return () => {
      current = false;
    };
    // `load` is new on every render; what it loads is named by `what` and `round`.
  }, [what, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { loaded, reload };
}
