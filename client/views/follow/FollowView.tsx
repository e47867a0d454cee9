// The delegates' phone view (/follow/:roomId, where the wall's QR code leads): who is speaking and
// for how long, the notices, the whole list with estimated times, and above all when the phone's
// own delegation will speak. Light on purpose: its own chunk, nothing of the console.
import { useEffect, useRef, useState } from 'react';
import type { Speaker, UnLanguage } from '../../../shared/domain/types.ts';
import { useRoomConnection, useRoomSlice } from '../../app/use-room.ts';
import type { LiveRoom } from '../../store/live-room.ts';
import './follow.css';
import { settingKeys, writeSetting } from './follow-settings.ts';
import { pageLanguage } from '../../view-kit/screen-language.ts';
import { ConnectionNotice } from './parts/ConnectionNotice.tsx';
import { FloorCard } from './parts/FloorCard.tsx';
import { FollowHeader } from './parts/FollowHeader.tsx';
import { MyDelegation } from './parts/MyDelegation.tsx';
import { NextMeeting } from './parts/NextMeeting.tsx';
import { InterpretationNotice } from '../../view-kit/InterpretationNotice.tsx';
import { MeetingMessage } from '../../view-kit/MeetingMessage.tsx';
import { ScreenProvider, useScreen } from '../../view-kit/screen.tsx';
import { SpeakerAnnouncer } from './parts/SpeakerAnnouncer.tsx';
import { SpeakerList } from './parts/SpeakerList.tsx';
import { format } from '../../i18n/format.ts';
import { directionOf } from '../../i18n/language.ts';
import { loadFollowMessages, type FollowMessages } from './messages/follow-messages.ts';
import { ScreenErrorBoundary } from '../../view-kit/ScreenErrorBoundary.tsx';
import { useRoomProjection } from '../../view-kit/use-room-projection.ts';
import { useRoomPhase } from '../../view-kit/use-room-phase.ts';
import type { RoomPhase } from '../../view-kit/room-phase.ts';
import { segmentTitle } from '../../view-kit/room-words.ts';
import { useSavedState } from './use-saved-state.ts';

const NO_SPEAKERS: readonly Speaker[] = [];

/** A language and its texts, at hand. */
export interface FollowText {
  language: UnLanguage;
  texts: FollowMessages;
}

/**
 * The page once the room is known. While no meeting runs (none open, or the current one
 * adjourned), what comes next in the room, and no list; else the meeting.
 */
function FollowRoom(props: { store: LiveRoom; roomId: string }) {
  const phase = useRoomPhase(props.store);
  const timeZone = useRoomSlice(props.store, (s) => s.room?.room.timeZone ?? 'UTC');
  if (phase?.kind === 'noMeeting' || phase?.kind === 'adjourned') {
    return (
      <main className="follow-main" data-idle="">
        <MeetingMessage prefix="follow" phase={phase} />
        <NextMeeting next={phase.next} timeZone={timeZone} />
      </main>
    );
  }
  return <FollowMeeting store={props.store} roomId={props.roomId} phase={phase} />;
}

/** The open meeting: everything reads the store through narrow slices. */
function FollowMeeting(props: { store: LiveRoom; roomId: string; phase: RoomPhase | undefined }) {
  const projection = useRoomProjection(props.store);
  const speakers = useRoomSlice(props.store, (s) => s.room?.speakers ?? NO_SPEAKERS);
  const timeZone = useRoomSlice(props.store, (s) => s.room?.room.timeZone ?? 'UTC');
  const segment = useRoomSlice(props.store, (s) => (s.room ? segmentTitle(s.room) : undefined));
  const [delegation, setDelegation] = useSavedState(settingKeys.delegation(props.roomId));
  const [alerts, setAlerts] = useSavedState(settingKeys.alerts(props.roomId));
  return (
    <main className="follow-main">
      <InterpretationNotice prefix="follow" />
      <MeetingMessage prefix="follow" phase={props.phase} />
      <MyDelegation
        speakers={speakers}
        projection={projection}
        timeZone={timeZone}
        segment={segment}
        delegation={delegation}
        onChoose={setDelegation}
        alertsOn={alerts === 'on'}
        onAlerts={(on) => setAlerts(on ? 'on' : null)}
      />
      <FloorCard />
      <SpeakerList store={props.store} projection={projection} delegation={delegation} />
      <SpeakerAnnouncer store={props.store} />
    </main>
  );
}

function FollowBody(props: { store: LiveRoom; roomId: string }) {
  const { texts } = useScreen<FollowMessages>();
  const hasRoom = useRoomSlice(props.store, (s) => s.room !== null);
  const refusal = useRoomSlice(props.store, (s) => s.refusal);
  if (refusal) {
    return (
      <main className="follow-main">
        <p className="follow-waiting" role="alert">
          {format(texts.refused, { reason: refusal })}
        </p>
      </main>
    );
  }
  if (!hasRoom) {
    return (
      <main className="follow-main">
        <p className="follow-waiting">{texts.connecting}</p>
      </main>
    );
  }
  return <FollowRoom store={props.store} roomId={props.roomId} />;
}

/** The whole page for a store, in a language whose texts are at hand; it switches languages. */
export function FollowScreen(props: { store: LiveRoom; roomId: string; initial: FollowText }) {
  const [shown, setShown] = useState(props.initial);
  // The language asked for last: a slower earlier answer must not win over it.
  const wanted = useRef(props.initial.language);
  const { language } = shown;
  const direction = directionOf(language);
  useEffect(() => {
    // The document speaks the page's language too: screen readers and the browser's own UI.
    document.documentElement.lang = language;
    document.documentElement.dir = direction;
  }, [language, direction]);
  const choose = (chosen: UnLanguage) => {
    writeSetting(settingKeys.language, chosen);
    wanted.current = chosen;
    loadFollowMessages(chosen).then(
      (texts) => {
        if (wanted.current === chosen) setShown({ language: chosen, texts });
      },
      () => undefined, // offline: the page stays in the language it has
    );
  };
  return (
    <ScreenProvider value={{ store: props.store, ...shown }}>
      <div className="follow" lang={language} dir={direction}>
        <ScreenErrorBoundary
          store={props.store}
          message={shown.texts.screenError}
          className="follow-waiting"
        >
          <FollowHeader store={props.store} onLanguage={choose} />
          <ConnectionNotice store={props.store} />
          <FollowBody store={props.store} roomId={props.roomId} />
        </ScreenErrorBoundary>
      </div>
    </ScreenProvider>
  );
}

/** How long to wait before fetching the texts again when the network failed. */
const TEXTS_RETRY_MS = 3000;

/** The texts of the first language, fetched while the socket connects (and again if that fails). */
function useFirstTexts(): FollowText | null {
  const [language] = useState(() => pageLanguage('follow'));
  const [first, setFirst] = useState<FollowText | null>(null);
  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const load = () =>
      loadFollowMessages(language).then(
        (texts) => {
          if (live) setFirst({ language, texts });
        },
        () => {
          if (live) retry = setTimeout(load, TEXTS_RETRY_MS);
        },
      );
    void load();
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [language]);
  return first;
}

export default function FollowView(props: { roomId: string }) {
  const { store } = useRoomConnection(props.roomId, 'follower');
  const first = useFirstTexts();
  return first && <FollowScreen store={store} roomId={props.roomId} initial={first} />;
}
