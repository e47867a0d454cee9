// The chair's console for /chair/:roomId: the chair key (from #key= in the link printed at start,
// or typed), the connection as chair, the console's language, then the console itself.
import { useCallback, useEffect, useState } from 'react';
import type { UnLanguage } from '../../../shared/domain/types.ts';
import { useRoomConnection, useRoomSlice } from '../../app/use-room.ts';
import { format } from '../../i18n/format.ts';
import { directionOf } from '../../i18n/language.ts';
import { languageSetting, pageLanguage, writeSetting } from '../../view-kit/screen-language.ts';
import './chair.css';
import { forgetChairKey, keepChairKey, takeChairKey } from './chair-key.ts';
import type { SendCommand } from './chair-context.tsx';
import { Console } from './Console.tsx';
import { chairMessages } from './messages/chair-messages.ts';
import { KeyForm } from './parts/KeyForm.tsx';

function ConnectedConsole(props: {
  roomId: string;
  chairKey: string;
  language: UnLanguage;
  onLanguage: (language: UnLanguage) => void;
  onNewKey: (key: string) => void;
}) {
  const { roomId, language } = props;
  const { store, connection } = useRoomConnection(roomId, 'chair', props.chairKey);
  const refusal = useRoomSlice(store, (s) => s.refusal);
  const refusalCode = useRoomSlice(store, (s) => s.refusalCode);
  const hasRoom = useRoomSlice(store, (s) => s.room !== null);
  const texts = chairMessages(language);
  useEffect(() => {
    // A refused key (or one the secretariat replaced) is not kept: the next visit asks again.
    if (refusal) forgetChairKey(roomId, { storage: sessionStorage });
  }, [refusal, roomId]);
  const send = useCallback<SendCommand>(
    (command) =>
      connection
        ? connection.send(command)
        : Promise.resolve({
            ok: false,
            error: { code: 'internal', message: texts.notConnected },
          }),
    [connection, texts],
  );
  if (refusal) {
    // A replaced key is said in the console's words; a refused one in the hub's.
    const notice =
      refusalCode === 'keyRevoked'
        ? texts.keyReplaced
        : format(texts.keyRefused, { reason: refusal });
    return <KeyForm roomId={roomId} texts={texts} notice={notice} onKey={props.onNewKey} />;
  }
  if (!hasRoom) return <p className="chair-waiting">{texts.connecting}</p>;
  return (
    <Console
      store={store}
      send={send}
      roomId={roomId}
      language={language}
      onLanguage={props.onLanguage}
    />
  );
}

export default function ChairView(props: { roomId: string }) {
  const { roomId } = props;
  const [chairKey, setChairKey] = useState(() =>
    takeChairKey(roomId, { storage: sessionStorage, location: window.location, history }),
  );
  // Each key entered is a new attempt (a new connection), even the same key typed again.
  const [attempt, setAttempt] = useState(0);
  const [language, setLanguage] = useState(() => pageLanguage('chair'));
  const onKey = (key: string) => {
    keepChairKey(roomId, key, { storage: sessionStorage });
    setChairKey(key);
    setAttempt((n) => n + 1);
  };
  const onLanguage = (next: UnLanguage) => {
    writeSetting(languageSetting('chair'), next);
    setLanguage(next);
  };
  return (
    <div className="chair-page" lang={language} dir={directionOf(language)}>
      {chairKey === undefined ? (
        <KeyForm roomId={roomId} texts={chairMessages(language)} onKey={onKey} />
      ) : (
        <ConnectedConsole
          key={attempt}
          roomId={roomId}
          chairKey={chairKey}
          language={language}
          onLanguage={onLanguage}
          onNewKey={onKey}
        />
      )}
    </div>
  );
}
