import { useShallow } from 'zustand/react/shallow';
import { UN_LANGUAGES, type UnLanguage } from '../../../../shared/domain/types.ts';
import { isoInstant } from '../../../../shared/time.ts';
import { localTimeAt } from '../../../../shared/zoned-time.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { isUnLanguage } from '../../../i18n/language.ts';
import { statusText } from '../../../view-kit/room-words.ts';
import { useServerNowEverySecond } from '../../../view-kit/use-server-now.ts';
import { useChair } from '../chair-context.tsx';
import { chairMessages } from '../messages/chair-messages.ts';
import { UndoButton } from './UndoButton.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/** The room's local time (the room's time zone) on the server's clock, to the minute. */
function RoomTime(props: { timeZone: string }) {
  const { store } = useChair();
  const now = useServerNowEverySecond(store);
  return (
    <time className="chair-room-time" dateTime={isoInstant(now)}>
      {localTimeAt(now, props.timeZone)}
    </time>
  );
}

/**
 * Title and room (the room alone while no meeting is open), the room's time, the status, the
 * connection, the language.
 */
export function ConsoleHeader(props: { onLanguage?: (language: UnLanguage) => void }) {
  const { store } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
  const head = useRoomSlice(
    store,
    useShallow((s) =>
      s.room ? { room: s.room.room, meeting: s.room.meeting, status: s.room.status } : undefined,
    ),
  );
  const connection = useRoomSlice(store, (s) => s.connection);
  if (!head) return null;
  const { room, meeting, status } = head;
  const onLanguage = props.onLanguage;
  return (
    <header className="chair-header">
      <div className="chair-title">
        <h1>
          <bdi>{meeting ? meeting.title : room.name}</bdi>
        </h1>
        <p>
          {texts.consoleTitle}
          {meeting && (
            <>
              {' · '}
              <bdi>{[meeting.organ, room.name].filter(Boolean).join(' · ')}</bdi>
            </>
          )}
        </p>
      </div>
      <div className="chair-meta">
        <UndoButton />
        <span className="chair-meeting-status" data-status={status.kind}>
          {statusText(status, room.timeZone, texts)}
        </span>
        <RoomTime timeZone={room.timeZone} />
        <span className="chair-connection" data-connection={connection}>
          {connection === 'connected'
            ? texts.connected
            : connection === 'reconnecting'
              ? texts.reconnecting
              : texts.connecting}
        </span>
        {onLanguage && (
          <label className="chair-language">
            <span className="chair-visually-hidden">{texts.language}</span>
            <select
              value={language}
              onChange={(e) => {
                if (isUnLanguage(e.target.value)) onLanguage(e.target.value);
              }}
            >
              {UN_LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {chairMessages(code).languageName}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </header>
  );
}
