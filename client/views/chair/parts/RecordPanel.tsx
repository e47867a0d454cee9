import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { useChair } from '../chair-context.tsx';
import { recordLines } from '../record-model.ts';
import { recordUrl, useSpeechRecord, type FetchRecord } from '../use-speech-record.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/** The speeches held (who, when, how long, how far over), with the hub's CSV of them. */
export function RecordPanel(props: { fetchRecord?: FetchRecord }) {
  const { store, roomId } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
  const timeZone = useRoomSlice(store, (s) => s.room?.room.timeZone ?? 'UTC');
  const record = useSpeechRecord(store, roomId, props.fetchRecord);
  const { recordColumns: columns } = texts;
  return (
    <section className="chair-record" aria-label={texts.recordHeading}>
      <div className="chair-toolbar">
        <h3>{texts.recordHeading}</h3>
        <a className="chair-link-button" href={recordUrl(roomId, true)} download>
          {texts.recordCsv}
        </a>
      </div>
      {record.kind === 'loading' && <p>{texts.recordLoading}</p>}
      {record.kind === 'failed' && (
        <p role="alert">{format(texts.recordFailed, { reason: record.reason })}</p>
      )}
      {record.kind === 'loaded' &&
        (record.speeches.length === 0 ? (
          <p>{texts.recordEmpty}</p>
        ) : (
          <table className="chair-record-table">
            <thead>
              <tr>
                <th>{columns.order}</th>
                <th>{columns.delegation}</th>
                <th>{columns.started}</th>
                <th>{columns.spoken}</th>
                <th>{columns.overrun}</th>
              </tr>
            </thead>
            <tbody>
              {recordLines(record.speeches, timeZone, language).map((line) => (
                <tr key={line.id} data-overrun={line.overrun !== '' || undefined}>
                  <td>{line.order}</td>
                  <td>
                    <bdi>{line.delegation}</bdi>
                  </td>
                  <td>{line.started}</td>
                  <td>{line.spoken}</td>
                  <td>{line.overrun}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
