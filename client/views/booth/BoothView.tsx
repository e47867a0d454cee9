// The interpreters' booth (/booth/:roomId): a laptop or tablet in each booth, on the room's booth
// key (from #key= in the link the secretariat gives, or typed). The booth says whether its
// language's interpretation is provided, which composes the notice on the wall and the phones,
// and asks the speaker to slow down. The booth's language is the screen's: one choice, kept.
import { useCallback, useEffect, useState } from 'react';
import type { UnLanguage } from '../../../shared/domain/types.ts';
import { useRoomConnection, useRoomSlice } from '../../app/use-room.ts';
import { useDelegationNames } from '../../i18n/delegation-names.ts';
import { format } from '../../i18n/format.ts';
import { directionOf } from '../../i18n/language.ts';
import type { LiveRoom } from '../../store/live-room.ts';
import { ScreenErrorBoundary } from '../../view-kit/ScreenErrorBoundary.tsx';
import { ScreenProvider } from '../../view-kit/screen.tsx';
import { screenKeys } from '../../view-kit/screen-key.ts';
import { languageSetting, pageLanguage, writeSetting } from '../../view-kit/screen-language.ts';
import './booth.css';
import type { BoothSend } from './booth-send.ts';
import { boothTexts } from './booth-texts.ts';
import { BoothKeyForm } from './parts/BoothKeyForm.tsx';
import { BoothScreen } from './parts/BoothScreen.tsx';

const boothKeys = screenKeys('rostrum.boothKey');

/** The booth in `language`, fed by `store` and sending with `send` (what the tests render). */
export function Booth(props: {
  store: LiveRoom;
  language: UnLanguage;
  send: BoothSend;
  onLanguage: (language: UnLanguage) => void;
}) {
  const { store, language } = props;
  const texts = boothTexts(language);
  const hasRoom = useRoomSlice(store, (s) => s.room !== null);
  return (
    <ScreenProvider value={{ store, language, texts }}>
      <ScreenErrorBoundary store={store} message={texts.screenError} className="booth-waiting">
        {hasRoom ? (
          <BoothScreen send={props.send} onLanguage={props.onLanguage} />
        ) : (
          <p className="booth-waiting">{texts.connecting}</p>
        )}
      </ScreenErrorBoundary>
    </ScreenProvider>
  );
}

function ConnectedBooth(props: {
  roomId: string;
  boothKey: string;
  language: UnLanguage;
  onLanguage: (language: UnLanguage) => void;
  onNewKey: (key: string) => void;
}) {
  const { roomId, language } = props;
  const { store, connection } = useRoomConnection(roomId, 'booth', props.boothKey);
  const refusal = useRoomSlice(store, (s) => s.refusal);
  const refusalCode = useRoomSlice(store, (s) => s.refusalCode);
  const texts = boothTexts(language);
  // No name in the wrong language: a booth that changes language waits the moment its names take,
  // on the same connection.
  const namesReady = useDelegationNames(language);
  useEffect(() => {
    // A refused key (or one the secretariat replaced) is not kept: the next visit asks again.
    if (refusal) boothKeys.forget(roomId, { storage: sessionStorage });
  }, [refusal, roomId]);
  const send = useCallback<BoothSend>(
    (command) =>
      connection
        ? connection.send(command)
        : Promise.resolve({ ok: false, error: { code: 'internal', message: texts.notConnected } }),
    [connection, texts],
  );
  if (refusal) {
    const notice =
      refusalCode === 'keyRevoked'
        ? texts.keyReplaced
        : format(texts.keyRefused, { reason: refusal });
    return <BoothKeyForm roomId={roomId} texts={texts} notice={notice} onKey={props.onNewKey} />;
  }
  if (!namesReady) return <p className="booth-waiting">{texts.connecting}</p>;
  return <Booth store={store} language={language} send={send} onLanguage={props.onLanguage} />;
}

export default function BoothView(props: { roomId: string }) {
  const { roomId } = props;
  const [boothKey, setBoothKey] = useState(() =>
    boothKeys.take(roomId, { storage: sessionStorage, location: window.location, history }),
  );
  const [attempt, setAttempt] = useState(0);
  const [language, setLanguage] = useState(() => pageLanguage('booth'));
  const onKey = (key: string) => {
    boothKeys.keep(roomId, key, { storage: sessionStorage });
    setBoothKey(key);
    setAttempt((n) => n + 1);
  };
  const onLanguage = (next: UnLanguage) => {
    writeSetting(languageSetting('booth'), next);
    setLanguage(next);
  };
  return (
    <div className="booth" lang={language} dir={directionOf(language)}>
      {boothKey === undefined ? (
        <BoothKeyForm roomId={roomId} texts={boothTexts(language)} onKey={onKey} />
      ) : (
        <ConnectedBooth
          key={attempt}
          roomId={roomId}
          boothKey={boothKey}
          language={language}
          onLanguage={onLanguage}
          onNewKey={onKey}
        />
      )}
    </div>
  );
}
