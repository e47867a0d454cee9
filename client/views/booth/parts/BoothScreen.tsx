// The booth's screen once connected: which booth this is (its language, the screen's too), who
// has the floor and their clock (the interpreters follow the time as the speaker does), the
// "slower, please" button, and the booth's status with what the room is shown.
import { useId } from 'react';
import { UN_LANGUAGES, type UnLanguage } from '../../../../shared/domain/types.ts';
import { format } from '../../../i18n/format.ts';
import { languageNames } from '../../../i18n/language.ts';
import { Countdown } from '../../../view-kit/Countdown.tsx';
import { FloorSpeaker } from '../../../view-kit/FloorSpeaker.tsx';
import { MeetingMessage } from '../../../view-kit/MeetingMessage.tsx';
import { statusText } from '../../../view-kit/room-words.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import { useRoomHead } from '../../../view-kit/use-room-head.ts';
import { useRoomPhase } from '../../../view-kit/use-room-phase.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import type { BoothSend } from '../booth-send.ts';
import type { BoothTexts } from '../booth-texts.ts';
import { BoothStatus } from './BoothStatus.tsx';
import { SlowerButton } from './SlowerButton.tsx';

function BoothHeader(props: { onLanguage: (language: UnLanguage) => void }) {
  const { store, language, texts } = useScreen<BoothTexts>();
  const head = useRoomHead(store);
  const id = useId();
  if (!head) return null;
  return (
    <header className="booth-header">
      <div>
        <h1>{format(texts.heading, { room: head.room.name })}</h1>
        <p className="booth-meeting">
          {head.meeting && <bdi>{head.meeting.title}</bdi>}
          {head.meeting && ' · '}
          {statusText(head.status, head.room.timeZone, texts)}
        </p>
      </div>
      <div className="booth-language">
        <label htmlFor={id}>{texts.boothLanguage}</label>
        <select
          id={id}
          value={language}
          onChange={(e) => props.onLanguage(e.target.value as UnLanguage)}
        >
          {UN_LANGUAGES.map((code) => (
            // Each language in its own name: the interpreter finds theirs whatever is shown now.
            <option key={code} value={code} lang={code}>
              {languageNames([code], code)[0]}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
}

function BoothFloor() {
  const { store, texts } = useScreen<BoothTexts>();
  const phase = useRoomPhase(store);
  const onFloor = useRoomSlice(store, (s) => !!s.room?.floor);
  return (
    <section className="booth-floor" aria-live="off">
      <MeetingMessage prefix="booth" phase={phase} />
      {onFloor ? (
        <>
          <FloorSpeaker prefix="booth" />
          <Countdown prefix="booth" />
        </>
      ) : (
        <p className="booth-floor-open">{texts.floorOpen}</p>
      )}
    </section>
  );
}

export function BoothScreen(props: {
  send: BoothSend;
  onLanguage: (language: UnLanguage) => void;
}) {
  return (
    <>
      <BoothHeader onLanguage={props.onLanguage} />
      <main className="booth-main">
        <div className="booth-column">
          <BoothFloor />
          <SlowerButton send={props.send} />
        </div>
        <BoothStatus send={props.send} />
      </main>
    </>
  );
}
