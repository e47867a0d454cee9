// A plain speech clock for the placeholder pages; the wall display has its own, larger one.
import type { TimerClock } from '../../shared/domain/types.ts';
import type { DurationMs } from '../../shared/time.ts';
import { useClockFace } from './use-timer-reading.ts';

export function Countdown(props: {
  timer: TimerClock;
  warningMs: DurationMs;
  offsetMs: DurationMs;
}) {
  const face = useClockFace(props.timer, props.warningMs, props.offsetMs);
  return (
    <div data-band={face.band} data-phase={face.phase}>
      <div style={{ fontSize: '12vw', fontVariantNumeric: 'tabular-nums', fontWeight: 700 }}>
        {face.over ? '+' : ''}
        {face.digits}
      </div>
      <div>
        {face.phase} · {face.band}
      </div>
    </div>
  );
}
