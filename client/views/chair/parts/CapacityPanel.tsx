import { useRoomSlice } from '../../../app/use-room.ts';
import { sittingSpans } from '../../../../shared/domain/projection.ts';
import { localTimeAt } from '../../../../shared/zoned-time.ts';
import { capacityOf, capacityWarning, paceText, projectedEndText, timeRange } from '../capacity.ts';
import { useChair } from '../chair-context.tsx';
import { plural } from '../messages/chair-messages.ts';
import { useMeetingClosed } from '../use-closed.ts';
import { useProjection } from '../use-projection.tsx';
import { LimitField } from './LimitField.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/**
 * Can the list be finished? The projected end against the sittings, and a warning when it
 * cannot, beside what the chair can do about it: shorten the default limit (or close the list).
 */
export function CapacityPanel() {
  const { store, run } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
  const meeting = useRoomSlice(store, (s) => s.room?.meeting);
  const adjourned = useMeetingClosed();
  const projection = useProjection();
  // An adjourned meeting projects nothing: nobody is to be reached any more.
  if (!meeting || !projection || adjourned) return null;
  const capacity = capacityOf(projection, meeting);
  const warning = capacityWarning(capacity, meeting, texts, language);
  const end = projectedEndText(capacity, meeting, texts);
  const spans = sittingSpans(meeting);
  return (
    <section className="chair-capacity" aria-label={texts.projectionHeading}>
      <h2>{texts.projectionHeading}</h2>
      {capacity.toCall === 0 ? (
        <p>{texts.nobodyToProject}</p>
      ) : (
        <>
          {end && <p className="chair-projected-end">{end}</p>}
          {warning ? (
            <p className="chair-capacity-warning" role="alert">
              <strong>{warning}</strong> {texts.shortenAdvice}
            </p>
          ) : (
            <p className="chair-capacity-ok">{texts.everyoneReached}</p>
          )}
          <ul className="chair-sittings">
            {spans.map((span, index) => (
              <li key={span.startAt}>
                {plural(texts.sittingLine, capacity.perSitting[index] ?? 0, language, {
                  range: timeRange(
                    localTimeAt(span.startAt, meeting.timeZone),
                    localTimeAt(span.endAt, meeting.timeZone),
                  ),
                })}
              </li>
            ))}
          </ul>
          <p className="chair-pace">{paceText(projection, texts, language)}</p>
        </>
      )}
      <LimitField
        label={texts.defaultLimit}
        current={meeting.defaultLimitMs}
        onSet={(defaultLimitMs) => void run({ type: 'updateMeeting', defaultLimitMs })}
      />
    </section>
  );
}
