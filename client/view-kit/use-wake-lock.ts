// Keeps the screen awake where the browser offers the Screen Wake Lock API. The lock is dropped
// by the browser whenever the page is hidden, so it is asked for again when the page shows.
import { useEffect } from 'react';

/** Holds a screen wake lock while `active`; does nothing where the API is missing. */
export function useWakeLock(active = true): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return undefined;
    let sentinel: WakeLockSentinel | undefined;
    let cancelled = false;
    const request = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (cancelled) void lock.release();
          else sentinel = lock;
        },
        () => undefined, // refused (battery saver, no permission): the screen may sleep
      );
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', request);
      void sentinel?.release();
    };
  }, [active]);
}
