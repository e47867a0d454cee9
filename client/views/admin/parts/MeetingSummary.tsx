import type { MeetingDetail } from '../../../../shared/protocol.ts';
import { format } from '../../../i18n/format.ts';
import { joinList, languageNames } from '../../../i18n/language.ts';
import { formatLimit } from '../../chair/typed-time.ts';
import { plural } from '../../chair/messages/chair-messages.ts';
import { useAdmin } from '../admin-context.tsx';
import { sittingLabel } from '../calendar-model.ts';

/** An adjourned meeting as it was held: read only, for good. */
export function MeetingSummary(props: { detail: MeetingDetail }) {
  const { messages, language } = useAdmin();
  const { detail } = props;
  const meeting = detail.state?.meeting;
  const setup = detail.setup;
  const interpretation = detail.state?.interpretation ?? setup.interpretation;
  const languages =
    interpretation.status === 'partial'
      ? `: ${joinList(languageNames(interpretation.languages, language), language)}`
      : '';
  const rows: [string, string][] = [
    [messages.fields.organ, meeting?.organ ?? setup.organ],
    [messages.fields.format, meeting?.format ?? setup.format],
    [messages.fields.theme, meeting?.theme ?? setup.theme],
    [messages.fields.note, meeting?.note ?? setup.note ?? ''],
    [messages.fields.warning, formatLimit(meeting?.warningMs ?? setup.warningMs)],
    [
      messages.sections.interpretation,
      `${messages.interpretation[interpretation.status]}${languages}`,
    ],
  ];
  const state = detail.state;
  return (
    <section className="admin-card admin-summary" aria-label={messages.summaryHeading}>
      <p className="admin-notice">{messages.adjournedNotice}</p>
      <dl>
        {rows
          .filter(([, value]) => value !== '')
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>
                <bdi>{value}</bdi>
              </dd>
            </div>
          ))}
        <div>
          <dt>{messages.sections.sittings}</dt>
          <dd>
            <ul>
              {detail.sittings.map((s) => (
                <li key={`${s.date} ${s.start}`}>{sittingLabel(s, language)}</li>
              ))}
            </ul>
          </dd>
        </div>
        {state && (
          <div>
            <dt>{messages.sections.segments}</dt>
            <dd>
              <ol>
                {state.segments.map((segment, index) => {
                  const list =
                    segment.id === state.segmentId
                      ? state.speakers
                      : (state.parked[segment.id]?.speakers ?? []);
                  return (
                    <li key={segment.id}>
                      <bdi>{segment.title || format(messages.segmentN, { n: index + 1 })}</bdi>
                      {' · '}
                      {plural(messages.speakerCount, list.length, language)}
                    </li>
                  );
                })}
              </ol>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
