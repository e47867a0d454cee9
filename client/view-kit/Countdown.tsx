// The countdown of the speech on the floor, the same on every screen: digits, and the clock's
// state as a word and a symbol (never colour alone). Each screen styles it through its prefix
// (`wall` gives .wall-countdown, .wall-digits, .wall-clock-state). Only this re-renders as time
// passes (use-timer-reading.ts).
import type { ReactNode } from 'react';
import type { TimerClock } from '../../shared/domain/types.ts';
import type { DurationMs } from '../../shared/time.ts';
import { useRoomSlice } from '../app/use-room.ts';
import { clockLabel } from './clock-label.ts';
import { useScreen, useTexts } from './screen.tsx';
import { useClockFace } from './use-timer-reading.ts';

function CountdownFace(props: {
  prefix: string;
  timer: TimerClock;
  warningMs: DurationMs;
  offsetMs: DurationMs;
  children?: ReactNode;
}) {
  const texts = useTexts();
  const face = useClockFace(props.timer, props.warningMs, props.offsetMs);
  const label = clockLabel(face, texts);
  const { prefix } = props;
  return (
    <div className={`${prefix}-countdown`} data-band={face.band} data-phase={face.phase}>
      <p className={`${prefix}-digits`} dir="ltr">
        {face.over ? '+' : ''}
        {face.digits}
      </p>
      <p className={`${prefix}-clock-state`}>
        <span aria-hidden="true">{label.symbol}</span> {label.word}
      </p>
      {props.children}
    </div>
  );
}

/** The floor's countdown, or nothing while nobody has the floor. `children` follow the state. */
export function Countdown(props: { prefix: string; children?: ReactNode }) {
  const { store } = useScreen();
  const timer = useRoomSlice(store, (s) => s.room?.floor?.timer);
  const warningMs = useRoomSlice(store, (s) => s.room?.meeting?.warningMs ?? 0);
  const offsetMs = useRoomSlice(store, (s) => s.offsetMs);
  if (!timer) return null;
  return (
    <CountdownFace prefix={props.prefix} timer={timer} warningMs={warningMs} offsetMs={offsetMs}>
      {props.children}
    </CountdownFace>
  );
}
