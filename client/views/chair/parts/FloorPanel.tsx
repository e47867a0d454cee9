import { useShallow } from 'zustand/react/shallow';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import type { Speaker, TimerClock } from '../../../../shared/domain/types.ts';
import type { DurationMs } from '../../../../shared/time.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { clockLabel } from '../../../shared-ui/clock-label.ts';
import { useClockFace } from '../../../shared-ui/use-timer-reading.ts';
import { useChair } from '../chair-context.tsx';
import { floorView } from '../floor-model.ts';
import { useMeetingClosed } from '../use-closed.ts';
import { formatLimit } from '../typed-time.ts';

/** The countdown, as the wall shows it: re-rendered only when its face changes. */
function ChairClock(props: { timer: TimerClock; warningMs: DurationMs }) {
  const { store, messages } = useChair();
  const offsetMs = useRoomSlice(store, (s) => s.offsetMs);
  const face = useClockFace(props.timer, props.warningMs, offsetMs);
  const { limitMs, adjustmentMs } = props.timer;
  const adjustment =
    adjustmentMs === 0
      ? ''
      : ` · ${format(messages.adjusted, {
          delta: `${adjustmentMs > 0 ? '+' : '−'}${formatLimit(Math.abs(adjustmentMs))}`,
        })}`;
  return (
    <div className="chair-clock" data-band={face.band} data-phase={face.phase}>
      <p className="chair-digits" dir="ltr">
        {face.over ? '+' : ''}
        {face.digits}
      </p>
      <p className="chair-clock-state">
        <strong>{clockLabel(face, messages).word}</strong>
        <span>
          {format(messages.limitIs, { limit: formatLimit(limitMs) })}
          {adjustment}
        </span>
      </p>
    </div>
  );
}

/** Who is called next; when the list in play is done, the segment that follows. */
function NextLine(props: { next: Speaker | undefined; nextSegment: string | undefined }) {
  const { messages, language } = useChair();
  const { next, nextSegment } = props;
  return (
    <p className="chair-next">
      {next
        ? format(messages.nextUp, { name: delegationName(next.delegation, language) })
        : nextSegment
          ? // Isolated (FSI…PDI): the chair's own words, whatever the console's direction.
            format(messages.nobodyNextSegment, { segment: `\u2068${nextSegment}\u2069` })
          : messages.nobodyNext}
    </p>
  );
}

/** Who has the floor and their clock, always in sight; and who comes next. */
export function FloorPanel() {
  const { store, messages, language } = useChair();
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
  const warningMs = useRoomSlice(store, (s) => s.room?.meeting?.warningMs ?? 0);
  if (!view) return null;
  const { speaker, next } = view;
  return (
    <section className="chair-floor" aria-label={messages.floorHeading}>
      <div className="chair-speaker">
        {speaker ? (
          <>
            <p className="chair-position">
              {format(messages.speakerOf, { n: view.position, total: view.total })}
              {(speaker.passedOver ?? 0) > 0 && ` · ${messages.secondCall}`}
            </p>
            <h2 className="chair-delegation">
              <bdi>{delegationName(speaker.delegation, language)}</bdi>
            </h2>
            {(speaker.speakerName ?? speaker.title) && (
              <p className="chair-person">
                <bdi>{[speaker.speakerName, speaker.title].filter(Boolean).join(', ')}</bdi>
              </p>
            )}
            {speaker.onBehalfOf && (
              <p className="chair-behalf">
                <bdi>
                  {format(messages.onBehalfOf, {
                    group: delegationName(speaker.onBehalfOf, language),
                  })}
                </bdi>
              </p>
            )}
          </>
        ) : (
          <h2 className="chair-delegation chair-nobody">{messages.nobodyOnFloor}</h2>
        )}
        {/* Nobody comes next once the meeting is adjourned. */}
        {!closed && <NextLine next={next} nextSegment={nextSegment} />}
      </div>
      {timer && <ChairClock timer={timer} warningMs={warningMs} />}
    </section>
  );
}
