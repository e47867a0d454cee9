// The lectern (/lectern/:roomId): a tablet on the rostrum, facing the speaker, and one on the
// chair's desk. From a metre away, while reading a statement, the speaker sees how long they have:
// the countdown as large as the screen allows, its phase as colour, word and symbol, whose clock
// it is, and the interpreters' "slower, please". Nothing else: no list, no QR code, no notice.
// It reads the room as a wall does (role `display`, no key) and keeps the screen awake.
import { useState } from 'react';
import type { UnLanguage } from '../../../shared/domain/types.ts';
import { useRoomConnection, useRoomSlice } from '../../app/use-room.ts';
import { useDelegationNames } from '../../i18n/delegation-names.ts';
import { format } from '../../i18n/format.ts';
import { directionOf } from '../../i18n/language.ts';
import type { LiveRoom } from '../../store/live-room.ts';
import { MessagePanel, useMeetingMessage } from '../../view-kit/MeetingMessage.tsx';
import { ScreenErrorBoundary } from '../../view-kit/ScreenErrorBoundary.tsx';
import { ScreenProvider, useScreen } from '../../view-kit/screen.tsx';
import { pageLanguage } from '../../view-kit/screen-language.ts';
import { useRoomPhase } from '../../view-kit/use-room-phase.ts';
import { useWakeLock } from '../../view-kit/use-wake-lock.ts';
import './lectern.css';
import { lecternTexts, type LecternTexts } from './lectern-texts.ts';
import { CalmLine, CalmScreen } from './parts/CalmScreen.tsx';
import { ConnectionMark } from './parts/ConnectionMark.tsx';
import { LecternClock } from './parts/LecternClock.tsx';

/**
 * What the lectern shows: a suspension, an adjournment or a break between sittings in words
 * (before a speaker kept on the floor by a suspension: the clock is stopped, the room is not
 * listening); else the clock of whoever has the floor; else that nobody has it, or that no
 * meeting is in progress. The chair's announcements are for the room, on the wall: not here.
 */
function LecternRoom() {
  const { store, texts } = useScreen<LecternTexts>();
  const phase = useRoomPhase(store);
  const message = useMeetingMessage(phase);
  const onFloor = useRoomSlice(store, (s) => !!s.room?.floor);
  if (message && message.kind !== 'announcement') {
    return (
      <CalmScreen kind={message.kind}>
        <MessagePanel prefix="lectern" message={message} />
      </CalmScreen>
    );
  }
  if (phase?.kind === 'noMeeting') {
    return (
      <CalmScreen kind="noMeeting">
        <CalmLine text={texts.noMeeting} />
      </CalmScreen>
    );
  }
  if (!onFloor) {
    return (
      <CalmScreen kind="floorOpen">
        <CalmLine text={texts.floorOpen} />
      </CalmScreen>
    );
  }
  return <LecternClock />;
}

/** The lectern once the room is known, or why it is not. */
function LecternScreen() {
  const { store, texts } = useScreen<LecternTexts>();
  const hasRoom = useRoomSlice(store, (s) => s.room !== null);
  const refusal = useRoomSlice(store, (s) => s.refusal);
  if (refusal) {
    return <p className="lectern-waiting">{format(texts.refused, { reason: refusal })}</p>;
  }
  if (!hasRoom) return <p className="lectern-waiting">{texts.connecting}</p>;
  return <LecternRoom />;
}

/** The whole lectern in `language`, fed by `store` (what the tests render). */
export function Lectern(props: { store: LiveRoom; language: UnLanguage }) {
  const { store, language } = props;
  const texts = lecternTexts(language);
  return (
    <ScreenProvider value={{ store, language, texts }}>
      <div className="lectern" lang={language} dir={directionOf(language)}>
        <ScreenErrorBoundary store={store} message={texts.screenError} className="lectern-waiting">
          <LecternScreen />
        </ScreenErrorBoundary>
        <ConnectionMark />
      </div>
    </ScreenProvider>
  );
}

export default function LecternView(props: { roomId: string }) {
  const [language] = useState(() => pageLanguage('lectern'));
  const { store } = useRoomConnection(props.roomId, 'display');
  useWakeLock();
  const namesReady = useDelegationNames(language);
  // No name in the wrong language: the lectern waits the moment the names take.
  if (!namesReady) return <div className="lectern" lang={language} dir={directionOf(language)} />;
  return <Lectern store={store} language={language} />;
}
