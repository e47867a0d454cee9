import { useRoomSlice } from '../../../app/use-room.ts';
import { sittingSpans } from '../../../../shared/domain/projection.ts';
import { localTimeAt } from '../../../../shared/zoned-time.ts';
import { capacityOf, capacityWarning, paceText, projectedEndText, timeRange } from '../capacity.ts';
import { useChair } from '../chair-context.tsx';
import { plural } from '../messages/chair-messages.ts';
import { useMeetingClosed } from '../use-closed.ts';
import { useProjection } from '../use-projection.tsx';
import { LimitField } from './LimitField.tsx';

/**
 * Can the list be finished? The projected end against the sittings, and a warning when it
 * cannot, beside what the chair can do about it: shorten the default limit (or close the list).
 */
export function CapacityPanel() {
  const { store, messages, language, run } = useChair();
  const meeting = useRoomSlice(store, (s) => s.room?.meeting);
  const adjourned = useMeetingClosed();
  const projection = useProjection();
  // An adjourned meeting projects nothing: nobody is to be reached any more.
  if (!meeting || !projection || adjourned) return null;
  const capacity = capacityOf(projection, meeting);
  const warning = capacityWarning(capacity, meeting, messages, language);
  const end = projectedEndText(capacity, meeting, messages);
  const spans = sittingSpans(meeting);
  return (
    <section className="chair-capacity" aria-label={messages.projectionHeading}>
      <h2>{messages.projectionHeading}</h2>
      {capacity.toCall === 0 ? (
        <p>{messages.nobodyToProject}</p>
      ) : (
        <>
          {end && <p className="chair-projected-end">{end}</p>}
          {warning ? (
            <p className="chair-capacity-warning" role="alert">
              <strong>{warning}</strong> {messages.shortenAdvice}
            </p>
          ) : (
            <p className="chair-capacity-ok">{messages.everyoneReached}</p>
          )}
          <ul className="chair-sittings">
            {spans.map((span, index) => (
              <li key={span.startAt}>
                {plural(messages.sittingLine, capacity.perSitting[index] ?? 0, language, {
                  range: timeRange(
                    localTimeAt(span.startAt, meeting.timeZone),
                    localTimeAt(span.endAt, meeting.timeZone),
                  ),
                })}
              </li>
            ))}
          </ul>
          <p className="chair-pace">{paceText(projection, messages, language)}</p>
        </>
      )}
      <LimitField
        label={messages.defaultLimit}
        current={meeting.defaultLimitMs}
        onSet={(defaultLimitMs) => void run({ type: 'updateMeeting', defaultLimitMs })}
      />
    </section>
  );
}
