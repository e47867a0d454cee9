import { useRoomSlice } from '../../../app/use-room.ts';
import { useLanguage } from '../../../i18n/language-context.tsx';
import type { Messages } from '../../../i18n/messages.ts';
import { useClockFace, type ClockFace } from '../../../shared-ui/use-timer-reading.ts';
import type { RoomStore } from '../../../store/room-store.ts';
import type { TimerClock } from '../../../../shared/domain/types.ts';

/** The word and symbol that say the clock's state without relying on colour. */
function stateLabel(face: ClockFace, messages: Messages): { symbol: string; word: string } {
  // A pause is said first: over time, the red and the digits ('+0:20') already say how far.
  if (face.phase === 'paused') return { symbol: '❚❚', word: messages.paused };
  if (face.band === 'overtime') return { symbol: '+', word: messages.overtime };
  if (face.band === 'timeUp') return { symbol: '■', word: messages.timeUp };
  if (face.phase === 'ready') return { symbol: '●', word: messages.ready };
  if (face.band === 'warning') return { symbol: '▲', word: messages.warning };
  return { symbol: '▶', word: messages.running };
}

function Clock(props: { timer: TimerClock; warningMs: number; offsetMs: number }) {
  const { messages } = useLanguage();
  const face = useClockFace(props.timer, props.warningMs, props.offsetMs);
  const label = stateLabel(face, messages);
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
export function WallCountdown(props: { store: RoomStore }) {
  const timer = useRoomSlice(props.store, (s) => s.room?.floor?.timer);
  const warningMs = useRoomSlice(props.store, (s) => s.room?.meeting.warningMs ?? 0);
  const offsetMs = useRoomSlice(props.store, (s) => s.offsetMs);
  if (!timer) return null;
  return <Clock timer={timer} warningMs={warningMs} offsetMs={offsetMs} />;
}
