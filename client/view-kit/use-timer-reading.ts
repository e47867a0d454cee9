// A countdown's face, recomputed every animation frame from the timer and the estimated server
// clock, but handed to React only when what is shown changes (about once a second), so a wall
// display running all day does not re-render sixty times a second for nothing.
import { useLayoutEffect, useState } from 'react';
import { readTimer, type TimerBand, type TimerPhase } from '../../shared/domain/timer.ts';
import type { TimerClock } from '../../shared/domain/types.ts';
import { formatClock, type DurationMs, type EpochMs } from '../../shared/time.ts';
import { useClientClock } from './client-clock.tsx';

export interface ClockFace {
  /** m:ss of time left, or of time over (then `over` is true). */
  digits: string;
  over: boolean;
  band: TimerBand;
  phase: TimerPhase;
}

/** What the countdown shows at `now`: whole seconds left (rounded up), or over (rounded down). */
export function clockFace(timer: TimerClock, now: EpochMs, warningMs: DurationMs): ClockFace {
  const reading = readTimer(timer, now, warningMs);
  const over = reading.remainingMs < 0 && reading.overrunMs >= 1000;
  const digits = over
    ? formatClock(Math.floor(reading.overrunMs / 1000) * 1000)
    : formatClock(Math.max(0, reading.remainingMs));
  return { digits, over, band: reading.band, phase: reading.phase };
}

function sameFace(a: ClockFace, b: ClockFace): boolean {
  return a.digits === b.digits && a.over === b.over && a.band === b.band && a.phase === b.phase;
}

/** The clock face of `timer`, kept current every frame. */
export function useClockFace(
  timer: TimerClock,
  warningMs: DurationMs,
  offsetMs: DurationMs,
): ClockFace {
  const clientNow = useClientClock();
  const [face, setFace] = useState(() => clockFace(timer, clientNow() + offsetMs, warningMs));
  // A layout effect: a new timer (the next speaker) is read before the browser paints, so the
  // wall never shows one frame of the previous speech's clock.
  useLayoutEffect(() => {
    let frame = 0;
    // What is on screen: the face of this render, then each face handed over. React is told
    // only of a change, since even an identical setState can cost a render after a commit.
    let shown = face;
    const tick = () => {
      const next = clockFace(timer, clientNow() + offsetMs, warningMs);
      if (!sameFace(shown, next)) {
        shown = next;
        setFace(next);
      }
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
    // `face` is read once, when the timer or the clock changes; the loop follows it from there.
  }, [timer, warningMs, offsetMs, clientNow]);
  return face;
}
