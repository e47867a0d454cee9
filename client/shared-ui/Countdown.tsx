// The speech clock, computed locally every frame from the last state and the clock offset.
import { readTimer } from '../../shared/domain/timer.ts';
import type { SpeechTimer } from '../../shared/domain/types.ts';
import { formatClock, type DurationMs } from '../../shared/time.ts';
import { useServerNow } from './use-server-now.ts';

const BAND_WORDS = {
  normal: '',
  warning: 'Last seconds',
  timeUp: 'Time is up',
  overtime: 'Over time',
};
const PHASE_WORDS = { ready: 'Ready', running: '', paused: 'Paused' };

export function Countdown(props: {
  timer: SpeechTimer;
  warningMs: DurationMs;
  offsetMs: DurationMs;
}) {
  const now = useServerNow(props.offsetMs);
  const reading = readTimer(props.timer, now, props.warningMs);
  const overtime = reading.remainingMs <= 0;
  const words = [PHASE_WORDS[reading.phase], BAND_WORDS[reading.band]].filter(Boolean).join(' · ');
  return (
    <div data-band={reading.band} data-phase={reading.phase}>
      <div style={{ fontSize: '12vw', fontVariantNumeric: 'tabular-nums', fontWeight: 700 }}>
        {overtime ? '+' : ''}
        {formatClock(overtime ? reading.overrunMs : reading.remainingMs)}
      </div>
      <div>{words}</div>
    </div>
  );
}
