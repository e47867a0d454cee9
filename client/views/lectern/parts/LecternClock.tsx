// The lectern's whole screen while someone has the floor: the digits as large as the screen
// allows, the phase as colour (the screen's background), word and symbol, whose clock it is and
// the interpreters' signal. Only the face re-renders as time passes; the speaker's name and the
// signal are made by the floor, which changes with the room only.
import { useRef, type ReactNode } from 'react';
import type { TimerClock } from '../../../../shared/domain/types.ts';
import type { DurationMs } from '../../../../shared/time.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { clockLabel } from '../../../view-kit/clock-label.ts';
import { useScreen, useTexts } from '../../../view-kit/screen.tsx';
import { useClockFace, type ClockFace } from '../../../view-kit/use-timer-reading.ts';
import { lecternTone } from '../lectern-tone.ts';
import { useFitText } from '../use-fit-text.ts';
import { LecternSpeaker } from './LecternSpeaker.tsx';
import { SlowerSignal } from './SlowerSignal.tsx';

/** The digits' shape: what their width depends on (digits are tabular, all one width). */
const shapeOf = (face: ClockFace) => `${face.over ? '+' : ''}${face.digits.replace(/\d/g, '0')}`;

function LecternFace(props: {
  timer: TimerClock;
  warningMs: DurationMs;
  offsetMs: DurationMs;
  above: ReactNode;
}) {
  const texts = useTexts();
  const face = useClockFace(props.timer, props.warningMs, props.offsetMs);
  const label = clockLabel(face, texts);
  const box = useRef<HTMLDivElement>(null);
  const digits = useRef<HTMLParagraphElement>(null);
  useFitText(box, digits, shapeOf(face));
  return (
    <main
      className="lectern-floor"
      data-tone={lecternTone(face)}
      data-band={face.band}
      data-phase={face.phase}
    >
      {props.above}
      {/* The digits and the phase's word, together in the middle of what is left. */}
      <div className="lectern-face" ref={box}>
        <p className="lectern-digits" dir="ltr" ref={digits}>
          {face.over ? '+' : ''}
          {face.digits}
        </p>
        {/* Announced when it changes (not the digits): a screen reader says "Time is up". */}
        <p className="lectern-state" aria-live="polite">
          <span className="lectern-symbol" aria-hidden="true">
            {label.symbol}
          </span>{' '}
          {label.word}
        </p>
      </div>
    </main>
  );
}

/** The floor's clock on the lectern, or nothing while nobody has the floor. */
export function LecternClock() {
  const { store } = useScreen();
  const timer = useRoomSlice(store, (s) => s.room?.floor?.timer);
  const warningMs = useRoomSlice(store, (s) => s.room?.meeting?.warningMs ?? 0);
  const offsetMs = useRoomSlice(store, (s) => s.offsetMs);
  const slowerAt = useRoomSlice(store, (s) => s.room?.floor?.slowerAt);
  if (!timer) return null;
  const above = (
    <>
      <LecternSpeaker />
      <SlowerSignal slowerAt={slowerAt} />
    </>
  );
  return <LecternFace timer={timer} warningMs={warningMs} offsetMs={offsetMs} above={above} />;
}
