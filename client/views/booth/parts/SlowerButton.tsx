// "Slower, please": one large button any booth presses when the speaker reads too fast. The
// lectern and the chair's console show it for 15 seconds, without saying which booth asked; the
// booth sees until when it is shown, so it neither presses again for nothing nor wonders.
import { useState } from 'react';
import { localTimeWithSecondsAt } from '../../../../shared/zoned-time.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import { useSlowerShown } from '../../../view-kit/use-slower-shown.ts';
import type { BoothSend } from '../booth-send.ts';
import type { BoothTexts } from '../booth-texts.ts';

export function SlowerButton(props: { send: BoothSend }) {
  const { store, texts } = useScreen<BoothTexts>();
  const onFloor = useRoomSlice(store, (s) => !!s.room?.floor);
  const slowerAt = useRoomSlice(store, (s) => s.room?.floor?.slowerAt);
  const timeZone = useRoomSlice(store, (s) => s.room?.room.timeZone ?? 'UTC');
  const until = useSlowerShown(slowerAt);
  const [refusal, setRefusal] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const ask = () => {
    setPending(true);
    setRefusal(undefined);
    void props.send({ type: 'askSlower' }).then((ack) => {
      setPending(false);
      if (ack.ok) return;
      // A second press while the first is still fresh is not a failure: it is already shown.
      if (ack.error.code === 'slowerTooSoon') setRefusal(texts.slowerAlready);
      else setRefusal(format(texts.commandRefused, { reason: ack.error.message }));
    });
  };
  const line = !onFloor
    ? texts.slowerNobody
    : (refusal ??
      (until !== undefined
        ? format(texts.slowerShownUntil, { time: localTimeWithSecondsAt(until, timeZone) })
        : ''));
  return (
    <section className="booth-slower">
      <button
        type="button"
        className="booth-slower-button"
        data-shown={until !== undefined}
        disabled={!onFloor || pending}
        onClick={ask}
        aria-describedby="booth-slower-hint"
      >
        {texts.slowerPlease}
      </button>
      <p className="booth-slower-line" role="status">
        {line}
      </p>
      <p className="booth-hint" id="booth-slower-hint">
        {texts.slowerHint}
      </p>
    </section>
  );
}
