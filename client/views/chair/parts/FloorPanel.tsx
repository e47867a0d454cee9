import { useShallow } from 'zustand/react/shallow';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import type { Speaker, TimerClock } from '../../../../shared/domain/types.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { Countdown } from '../../../view-kit/Countdown.tsx';
import { FloorSpeaker } from '../../../view-kit/FloorSpeaker.tsx';
import { useChair } from '../chair-context.tsx';
import { floorView } from '../floor-model.ts';
import { useMeetingClosed } from '../use-closed.ts';
import { formatLimit } from '../typed-time.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import { SlowerNotice } from './SlowerNotice.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/** The limit of the speech on the floor, and what the chair added or took away. */
function LimitLine(props: { timer: TimerClock }) {
  const { texts } = useScreen<ChairMessages>();
  const { limitMs, adjustmentMs } = props.timer;
  const adjustment =
    adjustmentMs === 0
      ? ''
      : ` · ${format(texts.adjusted, {
          delta: `${adjustmentMs > 0 ? '+' : '−'}${formatLimit(Math.abs(adjustmentMs))}`,
        })}`;
  return (
    <p className="chair-limit">
      {format(texts.limitIs, { limit: formatLimit(limitMs) })}
      {adjustment}
    </p>
  );
}

/** Who is called next; when the list in play is done, the segment that follows. */
function NextLine(props: { next: Speaker | undefined; nextSegment: string | undefined }) {
  const { texts, language } = useScreen<ChairMessages>();
  const { next, nextSegment } = props;
  return (
    <p className="chair-next">
      {next
        ? format(texts.nextUp, { name: delegationName(next.delegation, language) })
        : nextSegment
          ? // Isolated (FSI…PDI): the chair's own words, whatever the console's direction.
            format(texts.nobodyNextSegment, { segment: `\u2068${nextSegment}\u2069` })
          : texts.nobodyNext}
    </p>
  );
}

/** Who has the floor and their clock, always in sight; and who comes next. */
export function FloorPanel() {
  const { store } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const view = useRoomSlice(
    store,
    useShallow((s) => (s.room ? floorView(s.room) : undefined)),
  );
  const timer = useRoomSlice(store, (s) => s.room?.floor?.timer);
  const closed = useMeetingClosed();
  // When the list in play is done, the segment after it is what comes next.
  const nextSegment = useRoomSlice(store, (s) => {
    const segments = s.room?.segments ?? [];
    const index = segments.findIndex((x) => x.id === s.room?.segmentId);
    return index >= 0 ? segments[index + 1]?.title : undefined;
  });
  if (!view) return null;
  const { speaker, next } = view;
  return (
    <section className="chair-floor" aria-label={texts.floorHeading}>
      <div className="chair-floor-who">
        {speaker ? (
          <FloorSpeaker
            prefix="chair"
            afterPosition={(speaker.passedOver ?? 0) > 0 && ` · ${texts.secondCall}`}
          />
        ) : (
          <h2 className="chair-delegation chair-nobody">{texts.nobodyOnFloor}</h2>
        )}
        {/* Nobody comes next once the meeting is adjourned. */}
        {!closed && <NextLine next={next} nextSegment={nextSegment} />}
        <SlowerNotice />
      </div>
      <Countdown prefix="chair">{timer && <LimitLine timer={timer} />}</Countdown>
    </section>
  );
}
