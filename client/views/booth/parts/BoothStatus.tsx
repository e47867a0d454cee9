// The booth's own language: is interpretation into it provided? Two buttons, the pressed one
// marked, and what the room is shown as a result (the notice as the wall words it), so a booth
// sees at once what its press did, or that the chair's own notice stands in the booths' place.
import { useState } from 'react';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { languageNames } from '../../../i18n/language.ts';
import { InterpretationNotice } from '../../../view-kit/InterpretationNotice.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { BoothSend } from '../booth-send.ts';
import type { BoothTexts } from '../booth-texts.ts';

export function BoothStatus(props: { send: BoothSend }) {
  const { store, language, texts } = useScreen<BoothTexts>();
  const status = useRoomSlice(store, (s) => s.room?.booths?.statuses[language]);
  const byChair = useRoomSlice(store, (s) => s.room?.booths?.source === 'chair');
  const allProvided = useRoomSlice(store, (s) => s.room?.interpretation.status === 'available');
  const [refusal, setRefusal] = useState<string | undefined>();
  const set = (available: boolean) => {
    setRefusal(undefined);
    void props.send({ type: 'setBoothStatus', language, available }).then((ack) => {
      if (!ack.ok) setRefusal(format(texts.commandRefused, { reason: ack.error.message }));
    });
  };
  const [languageName = language] = languageNames([language], language);
  return (
    <section className="booth-status" aria-labelledby="booth-status-heading">
      <h2 id="booth-status-heading">{format(texts.statusHeading, { language: languageName })}</h2>
      <div className="booth-status-choice" role="group" aria-labelledby="booth-status-heading">
        <button type="button" aria-pressed={status === true} onClick={() => set(true)}>
          <span aria-hidden="true">✓ </span>
          {texts.provided}
        </button>
        <button type="button" aria-pressed={status === false} onClick={() => set(false)}>
          <span aria-hidden="true">✕ </span>
          {texts.notProvided}
        </button>
      </div>
      {status === undefined && <p className="booth-hint">{texts.statusNotSet}</p>}
      {refusal && (
        <p className="booth-refused" role="alert">
          {refusal}
        </p>
      )}
      <div className="booth-room-sees">
        <p>{texts.roomSees}</p>
        {allProvided ? <p>{texts.roomSeesAllProvided}</p> : <InterpretationNotice prefix="booth" />}
        {byChair && <p className="booth-hint">{texts.chairNotice}</p>}
      </div>
    </section>
  );
}
