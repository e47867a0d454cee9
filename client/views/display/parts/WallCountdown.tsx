import { useRoomSlice } from '../../../app/use-room.ts';
import { useLanguage } from '../../../i18n/language-context.tsx';
import { clockLabel } from '../../../shared-ui/clock-label.ts';
import { useClockFace } from '../../../shared-ui/use-timer-reading.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import type { TimerClock } from '../../../../shared/domain/types.ts';

function Clock(props: { timer: TimerClock; warningMs: number; offsetMs: number }) {
  const { messages } = useLanguage();
  const face = useClockFace(props.timer, props.warningMs, props.offsetMs);
  const label = clockLabel(face, messages);
  return (
    <section className="wall-countdown" data-band={face.band} data-phase={face.phase}>
      <p className="wall-digits" dir="ltr">
        {face.over ? '+' : ''}
        {face.digits}
      </p>
      <p className="wall-clock-state">
        <span aria-hidden="true">{label.symbol}</span> {label.word}
      </p>
    </section>
  );
}

/** The countdown: the largest thing on the wall. Only this re-renders as time passes. */
export function WallCountdown(props: { store: LiveRoom }) {
  const timer = useRoomSlice(props.store, (s) => s.room?.floor?.timer);
  const warningMs = useRoomSlice(props.store, (s) => s.room?.meeting?.warningMs ?? 0);
  const offsetMs = useRoomSlice(props.store, (s) => s.offsetMs);
  if (!timer) return null;
  return <Clock timer={timer} warningMs={warningMs} offsetMs={offsetMs} />;
}
