// The wall display of a room: opened once, left running all day, no click needed.
import { useState } from 'react';
import { useRoomConnection, useRoomSlice } from '../../app/use-room.ts';
import { directionOf } from '../../i18n/language.ts';
import { useDelegationNames } from '../../i18n/delegation-names.ts';
import { format } from '../../i18n/format.ts';
import type { UnLanguage } from '../../../shared/domain/types.ts';
import { Countdown } from '../../view-kit/Countdown.tsx';
import { FloorSpeaker } from '../../view-kit/FloorSpeaker.tsx';
import { InterpretationNotice } from '../../view-kit/InterpretationNotice.tsx';
import { MessagePanel, useMeetingMessage } from '../../view-kit/MeetingMessage.tsx';
import type { MeetingMessage as Message } from '../../view-kit/room-words.ts';
import { ScreenErrorBoundary } from '../../view-kit/ScreenErrorBoundary.tsx';
import { ScreenProvider, useScreen } from '../../view-kit/screen.tsx';
import { pageLanguage } from '../../view-kit/screen-language.ts';
import { usePhonesLink } from '../../view-kit/phones-link.ts';
import { useWakeLock } from '../../view-kit/use-wake-lock.ts';
import type { LiveRoom } from '../../store/live-room.ts';
import { floorSpeaker } from '../../view-kit/room-words.ts';
import { useRoomPhase } from '../../view-kit/use-room-phase.ts';
import './display.css';
import { ConnectionMark } from './parts/ConnectionMark.tsx';
import { FollowCode } from './parts/FollowCode.tsx';
import { Header } from './parts/Header.tsx';
import { IdlePanel } from './parts/IdlePanel.tsx';
import { NextList } from './parts/NextList.tsx';
import { wallTexts, type WallTexts } from './wall-texts.ts';

/** Who has the floor, or that it is open; a live region, so the change is announced. */
function SpeakerPanel() {
  const { store, texts } = useScreen<WallTexts>();
  const hasSpeaker = useRoomSlice(store, (s) => (s.room ? !!floorSpeaker(s.room) : false));
  return (
    <section className="wall-speaker-panel" aria-live="polite">
      {hasSpeaker ? (
        <FloorSpeaker prefix="wall" />
      ) : (
        <p className="wall-delegation wall-floor-open">{texts.floorOpen}</p>
      )}
    </section>
  );
}

/**
 * The speaker and the clock. A suspension, an adjournment or a break between sittings takes the
 * floor's place; the chair's announcement never does (it is beside the floor, AnnouncementBanner),
 * so that the room still sees whose time is running out.
 */
function Floor(props: { message: Message | undefined }) {
  const { message } = props;
  if (message && message.kind !== 'announcement') {
    return <MessagePanel prefix="wall" message={message} />;
  }
  return (
    <div className="wall-floor">
      <SpeakerPanel />
      <Countdown prefix="wall" />
    </div>
  );
}

/** The chair's announcement, beside the floor, above the next speakers. */
function AnnouncementBanner(props: { message: Message | undefined }) {
  if (props.message?.kind !== 'announcement') return null;
  return (
    <div className="wall-banner">
      <MessagePanel prefix="wall" message={props.message} />
    </div>
  );
}

/** The phones' link for the QR code: null for none a phone could open, undefined until known. */
type FollowUrl = string | null | undefined;

/**
 * The whole wall in `language`, fed by `store`; a part that fails shows the error until the next
 * update, not a blank wall. The console's preview draws the same.
 */
export function Wall(props: { store: LiveRoom; language: UnLanguage; followUrl: FollowUrl }) {
  const { store, language } = props;
  const texts = wallTexts(language);
  return (
    <ScreenProvider value={{ store, language, texts }}>
      <div className="wall" lang={language} dir={directionOf(language)}>
        <ScreenErrorBoundary store={store} message={texts.screenError} className="wall-error">
          <WallRoom followUrl={props.followUrl} />
        </ScreenErrorBoundary>
      </div>
    </ScreenProvider>
  );
}

/** The wall once the room is known, or why it is not. */
function WallRoom(props: { followUrl: FollowUrl }) {
  const { store, texts } = useScreen<WallTexts>();
  const hasRoom = useRoomSlice(store, (s) => s.room !== null);
  const refusal = useRoomSlice(store, (s) => s.refusal);
  if (refusal) {
    return <p className="wall-waiting">{format(texts.refused, { reason: refusal })}</p>;
  }
  if (!hasRoom) return <p className="wall-waiting">{texts.connecting}</p>;
  return <WallLayout followUrl={props.followUrl} />;
}

/**
 * The header, then the floor and the next speakers; while no meeting runs (none open, or the
 * current one adjourned), what comes next in the room instead, and no next speakers.
 */
function WallLayout(props: { followUrl: FollowUrl }) {
  const { store } = useScreen();
  const phase = useRoomPhase(store);
  const idle = phase?.kind === 'noMeeting' || phase?.kind === 'adjourned' ? phase : undefined;
  const message = useMeetingMessage(phase);
  // An announcement takes the next speakers' place beside the floor: it needs the room (up to
  // 500 characters), and the list is on the phones and comes back when it is cleared.
  const announced = message?.kind === 'announcement';
  return (
    <>
      <Header store={store} />
      {!idle && <InterpretationNotice prefix="wall" />}
      <main className="wall-main" data-idle={idle ? '' : undefined}>
        {idle ? <IdlePanel store={store} phase={idle} /> : <Floor message={message} />}
        <aside className="wall-side">
          {!idle && <AnnouncementBanner message={message} />}
          {!idle && !announced && <NextList store={store} />}
          <FollowCode url={props.followUrl} />
        </aside>
      </main>
      <ConnectionMark store={store} />
    </>
  );
}

export default function DisplayView(props: { roomId: string }) {
  const [language] = useState(() => pageLanguage('display'));
  const { store } = useRoomConnection(props.roomId, 'display');
  useWakeLock();
  const namesReady = useDelegationNames(language);
  // From the hub: a wall opened on localhost must not draw a QR code to localhost.
  const followUrl = usePhonesLink(props.roomId)?.url;
  // No name in the wrong language on the wall: the room waits the moment the names take.
  if (!namesReady) return <div className="wall" lang={language} dir={directionOf(language)} />;
  return <Wall store={store} language={language} followUrl={followUrl} />;
}
