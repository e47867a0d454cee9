// The server's clock, read every animation frame. Only the component that shows a ticking value
// uses this, so nothing else re-renders as time passes.
import { useEffect, useState } from 'react';
import type { DurationMs, EpochMs } from '../../shared/time.ts';

/** The estimated server time, updated every frame. */
export function useServerNow(offsetMs: DurationMs): EpochMs {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    let frame = requestAnimationFrame(function tick() {
      setNow(Date.now() + offsetMs);
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [offsetMs]);
  return now;
}
