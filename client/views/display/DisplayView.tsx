// The wall display of a room: opened once, left running all day, no click needed.
import { useShallow } from 'zustand/react/shallow';
import { useRoomConnection, useRoomSlice } from '../../app/use-room.ts';
import { directionOf, languageFromSearch } from '../../i18n/language.ts';
import { useDelegationNames } from '../../i18n/delegation-names.ts';
import { LanguageProvider, useLanguage } from '../../i18n/language-context.tsx';
import { format } from '../../i18n/format.ts';
import { ScreenErrorBoundary } from '../../shared-ui/ScreenErrorBoundary.tsx';
import { usePhonesLink } from '../../shared-ui/phones-link.ts';
import { useWakeLock } from '../../shared-ui/use-wake-lock.ts';
import type { LiveRoom } from '../../store/live-room.ts';
import { meetingMessage } from '../../shared-ui/room-words.ts';
import type { RoomPhase } from '../../shared-ui/room-phase.ts';
import { useRoomPhase } from '../../shared-ui/use-room-phase.ts';
import './display.css';
import { ConnectionMark } from './parts/ConnectionMark.tsx';
import { FollowCode } from './parts/FollowCode.tsx';
import { Header } from './parts/Header.tsx';
import { IdlePanel } from './parts/IdlePanel.tsx';
import { InterpretationNotice } from './parts/InterpretationNotice.tsx';
import { NextList } from './parts/NextList.tsx';
import { SpeakerPanel } from './parts/SpeakerPanel.tsx';
import { WallCountdown } from './parts/WallCountdown.tsx';
import { WallMessagePanel } from './parts/WallMessagePanel.tsx';

/** The speaker and the clock, or the full-screen message that replaces them. */
function Floor(props: { store: LiveRoom; phase: RoomPhase | undefined }) {
  const { language, messages } = useLanguage();
  const { phase } = props;
  // Compared field by field: the message is rebuilt on every update, its content rarely changes.
  const message = useRoomSlice(
    props.store,
    useShallow((s) => (s.room ? meetingMessage(s.room, messages, { phase, language }) : undefined)),
  );
  if (message) return <WallMessagePanel message={message} />;
  return (
    <div className="wall-floor">
      <SpeakerPanel store={props.store} />
      <WallCountdown store={props.store} />
    </div>
  );
}

/** The phones' link for the QR code: null for none a phone could open, undefined until known. */
type FollowUrl = string | null | undefined;

/** The whole wall; a part that fails shows the error until the next update, not a blank wall. */
export function Wall(props: { store: LiveRoom; followUrl: FollowUrl }) {
  const { messages } = useLanguage();
  return (
    <ScreenErrorBoundary store={props.store} message={messages.screenError} className="wall-error">
      <WallRoom store={props.store} followUrl={props.followUrl} />
    </ScreenErrorBoundary>
  );
}

/** The wall once the room is known, or why it is not. */
function WallRoom(props: { store: LiveRoom; followUrl: FollowUrl }) {
  const { messages } = useLanguage();
  const hasRoom = useRoomSlice(props.store, (s) => s.room !== null);
  const refusal = useRoomSlice(props.store, (s) => s.refusal);
  if (refusal) {
    return <p className="wall-waiting">{format(messages.refused, { reason: refusal })}</p>;
  }
  if (!hasRoom) return <p className="wall-waiting">{messages.connecting}</p>;
  return <WallLayout store={props.store} followUrl={props.followUrl} />;
}

/**
 * The header, then the floor and the next speakers; while no meeting runs (none open, or the
 * current one adjourned), what comes next in the room instead, and no next speakers.
 */
function WallLayout(props: { store: LiveRoom; followUrl: FollowUrl }) {
  const phase = useRoomPhase(props.store);
  const idle = phase?.kind === 'noMeeting' || phase?.kind === 'adjourned' ? phase : undefined;
  return (
    <>
      <Header store={props.store} />
      {!idle && <InterpretationNotice store={props.store} />}
      <main className="wall-main" data-idle={idle ? '' : undefined}>
        {idle ? (
          <IdlePanel store={props.store} phase={idle} />
        ) : (
          <Floor store={props.store} phase={phase} />
        )}
        <aside className="wall-side">
          {!idle && <NextList store={props.store} />}
          <FollowCode url={props.followUrl} />
        </aside>
      </main>
      <ConnectionMark store={props.store} />
    </>
  );
}

export default function DisplayView(props: { roomId: string }) {
  const language = languageFromSearch(window.location.search);
  const { store } = useRoomConnection(props.roomId, 'display');
  useWakeLock();
  const namesReady = useDelegationNames(language);
  // From the hub: a wall opened on localhost must not draw a QR code to localhost.
  const followUrl = usePhonesLink(props.roomId)?.url;
  return (
    <LanguageProvider language={language}>
      <div className="wall" lang={language} dir={directionOf(language)}>
        {/* No name in the wrong language on the wall: the room waits the moment the names take. */}
        {namesReady && <Wall store={store} followUrl={followUrl} />}
      </div>
    </LanguageProvider>
  );
}
