import type { MeetingDetail, RoomSummary } from '../../../../shared/protocol.ts';
import { format } from '../../../i18n/format.ts';
import { recordLines } from '../../chair/record-model.ts';
import { chairMessages } from '../../chair/messages/chair-messages.ts';
import { useAdmin } from '../admin-context.tsx';
import { recordUrl } from '../admin-api.ts';
import { useLoaded } from '../use-loaded.ts';
import { Loading } from './Loading.tsx';

/**
 * The meeting's record: every speech held, in order, with its segment, the room time it started,
 * how long it lasted and how far over; and the hub's CSV of it for the secretariat's files.
 */
export function MeetingRecord(props: { room: RoomSummary; detail: MeetingDetail }) {
  const { api, messages, language } = useAdmin();
  const { room, detail } = props;
  const columns = chairMessages(language).recordColumns;
  const { loaded } = useLoaded(`${room.roomId} ${detail.meetingId}`, () =>
    api.speeches(room.roomId, detail.meetingId),
  );
  const timeZone = detail.state?.meeting.timeZone ?? room.timeZone;
  const segmentTitle = (segmentId: string) => {
    const segments = detail.state?.segments ?? [];
    const index = segments.findIndex((s) => s.id === segmentId);
    const segment = segments[index];
    return segment ? segment.title || format(messages.segmentN, { n: index + 1 }) : segmentId;
  };
  return (
    <section className="admin-card admin-record" aria-label={messages.recordHeading}>
      <div className="chair-toolbar">
        <h4 className="admin-toolbar-title">{messages.recordHeading}</h4>
        <a
          className="chair-link-button"
          href={recordUrl(room.roomId, detail.meetingId, true)}
          download
        >
          {messages.recordCsv}
        </a>
      </div>
      <Loading loaded={loaded}>
        {(speeches) =>
          speeches.length === 0 ? (
            <p className="admin-empty">{messages.recordEmpty}</p>
          ) : (
            <table className="chair-record-table">
              <caption className="chair-visually-hidden">{messages.recordHeading}</caption>
              <thead>
                <tr>
                  <th scope="col">{columns.order}</th>
                  <th scope="col">{columns.delegation}</th>
                  <th scope="col">{messages.recordSegment}</th>
                  <th scope="col">{columns.started}</th>
                  <th scope="col">{columns.spoken}</th>
                  <th scope="col">{columns.overrun}</th>
                </tr>
              </thead>
              <tbody>
                {recordLines(speeches, timeZone, language).map((line, index) => (
                  <tr key={line.id} data-overrun={line.overrun !== '' || undefined}>
                    <td>{line.order}</td>
                    <td>
                      <bdi>{line.delegation}</bdi>
                    </td>
                    <td>
                      <bdi>{segmentTitle(speeches[index]?.segmentId ?? '')}</bdi>
                    </td>
                    <td>{line.started}</td>
                    <td>{line.spoken}</td>
                    <td>{line.overrun}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loading>
    </section>
  );
}
