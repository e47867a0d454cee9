import { useShallow } from 'zustand/react/shallow';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import type { TimerClock } from '../../../../shared/domain/types.ts';
import type { DurationMs } from '../../../../shared/time.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { clockLabel } from '../../../shared-ui/clock-label.ts';
import { useClockFace } from '../../../shared-ui/use-timer-reading.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import { floorSpeaker } from '../../../shared-ui/room-words.ts';
import { format } from '../../../i18n/format.ts';
import { useFollowText } from '../follow-text.tsx';

/** Who has the floor, and the time left: the countdown alone re-renders as time passes. */
export function FloorCard(props: { store: LiveRoom }) {
  const { text } = useFollowText();
  const hasSpeaker = useRoomSlice(props.store, (s) => (s.room ? !!floorSpeaker(s.room) : false));
  return (
    <section className="follow-floor" aria-labelledby="follow-floor-heading">
      <h2 id="follow-floor-heading" className="follow-label">
        {text.onTheFloor}
      </h2>
      {hasSpeaker ? (
        <div className="follow-floor-body">
          <FloorSpeaker store={props.store} />
          <FloorCountdown store={props.store} />
        </div>
      ) : (
        <p className="follow-floor-empty">{text.floorOpen}</p>
      )}
    </section>
  );
}

/** The speaker's delegation, title and name, group and place in the list. */
export function FloorSpeaker(props: { store: LiveRoom }) {
  const { language, text } = useFollowText();
  const current = useRoomSlice(
    props.store,
    useShallow((s) => {
      const found = s.room ? floorSpeaker(s.room) : undefined;
      return { speaker: found?.speaker, position: found?.position, total: found?.total };
    }),
  );
  const { speaker } = current;
  if (!speaker) return null;
  const person = [speaker.title, speaker.speakerName].filter(Boolean).join(' ');
  const [beforeGroup = '', afterGroup = ''] = text.onBehalfOf.split('{group}');
  return (
    <div className="follow-floor-who">
      <p className="follow-floor-name">
        <bdi>{delegationName(speaker.delegation, language)}</bdi>
      </p>
      {person && (
        <p className="follow-floor-person">
          <bdi>{person}</bdi>
        </p>
      )}
      {speaker.onBehalfOf && (
        <p className="follow-floor-behalf">
          {beforeGroup}
          <bdi>{delegationName(speaker.onBehalfOf, language)}</bdi>
          {afterGroup}
        </p>
      )}
      <p className="follow-floor-position">
        {format(text.speakerOf, { n: current.position ?? 0, total: current.total ?? 0 })}
      </p>
    </div>
  );
}

/** The live countdown of the speech on the floor. */
export function FloorCountdown(props: { store: LiveRoom }) {
  const timer = useRoomSlice(props.store, (s) => s.room?.floor?.timer);
  const warningMs = useRoomSlice(props.store, (s) => s.room?.meeting?.warningMs ?? 0);
  const offsetMs = useRoomSlice(props.store, (s) => s.offsetMs);
  if (!timer) return null;
  return <Countdown timer={timer} warningMs={warningMs} offsetMs={offsetMs} />;
}

/** Digits and a word for the clock's state (never colour alone); not a live region. */
function Countdown(props: { timer: TimerClock; warningMs: DurationMs; offsetMs: DurationMs }) {
  const { text } = useFollowText();
  const face = useClockFace(props.timer, props.warningMs, props.offsetMs);
  const state = clockLabel(face, text);
  return (
    <div className="follow-countdown" data-band={face.band} data-phase={face.phase}>
      <p className="follow-digits" dir="ltr">
        {face.over ? '+' : ''}
        {face.digits}
      </p>
      <p className="follow-clock-state">
        <span aria-hidden="true">{state.symbol}</span> {state.word}
      </p>
    </div>
  );
}
