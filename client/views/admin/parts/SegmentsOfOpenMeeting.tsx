import type { MeetingCore } from '../../../../shared/domain/types.ts';
import { format } from '../../../i18n/format.ts';
import { plural } from '../../chair/messages/chair-messages.ts';
import { useAdmin } from '../admin-context.tsx';

/** An open meeting's segments and the size of each list, as the chair runs them. */
export function SegmentsOfOpenMeeting(props: { state: MeetingCore }) {
  const { messages, language } = useAdmin();
  const { state } = props;
  const countOf = (segmentId: string) =>
    segmentId === state.segmentId
      ? state.speakers.length
      : (state.parked[segmentId]?.speakers.length ?? 0);
  return (
    <section className="admin-card admin-section" aria-label={messages.sections.segments}>
      <h4 className="admin-legend">{messages.sections.segments}</h4>
      <p className="chair-field-hint">{messages.listsAreTheChairs}</p>
      <ol className="admin-open-segments">
        {state.segments.map((segment, index) => (
          <li key={segment.id} data-in-play={segment.id === state.segmentId || undefined}>
            <strong>
              {segment.title === '' ? (
                format(messages.segmentN, { n: index + 1 })
              ) : (
                <bdi>{segment.title}</bdi>
              )}
            </strong>
            {' · '}
            {plural(messages.speakerCount, countOf(segment.id), language)}
            {segment.id === state.segmentId && ` · ${messages.inPlay}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
