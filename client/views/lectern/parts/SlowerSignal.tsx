// "Slower, please", from the interpreters, for SLOWER_SIGNAL_MS after their request: large words
// in the screen's language, the tortoise, and a striped frame round the whole screen that no
// phase of the clock has. It takes its own row above the digits (they shrink a little if they
// must, never hidden) and the frame lies in the screen's margin, over nothing.
import { useEffect, useState } from 'react';
import type { EpochMs } from '../../../../shared/time.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useClientClock } from '../../../view-kit/client-clock.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { LecternTexts } from '../lectern-texts.ts';
import { SLOWER_SIGNAL_MS } from '../slower-source.ts';
import { Tortoise } from './Tortoise.tsx';

/** How often a shown signal checks whether its time is over. */
const CHECK_MS = 250;

/** True while the server clock (as this screen estimates it) is before `until`. */
function useBefore(until: EpochMs | undefined): boolean {
  const { store } = useScreen();
  const offsetMs = useRoomSlice(store, (s) => s.offsetMs);
  const clientNow = useClientClock();
  const [, recheck] = useState(0);
  const before = until !== undefined && clientNow() + offsetMs < until;
  useEffect(() => {
    if (!before || until === undefined) return undefined;
    const timer = setInterval(() => {
      if (clientNow() + offsetMs >= until) recheck((n) => n + 1);
    }, CHECK_MS);
    return () => clearInterval(timer);
  }, [before, until, offsetMs, clientNow]);
  return before;
}

/** The signal while the last request (`slowerAt`, the hub's clock) is under 15 s old. */
export function SlowerSignal(props: { slowerAt: EpochMs | undefined }) {
  const { texts } = useScreen<LecternTexts>();
  const { slowerAt } = props;
  const shown = useBefore(slowerAt === undefined ? undefined : slowerAt + SLOWER_SIGNAL_MS);
  if (!shown) return null;
  return (
    <>
      <section className="lectern-slower" role="alert">
        <Tortoise className="lectern-slower-symbol" />
        <div className="lectern-slower-text">
          <p className="lectern-slower-words">{texts.slowerPlease}</p>
          <p className="lectern-slower-who">{texts.slowerFromInterpreters}</p>
        </div>
      </section>
      <div className="lectern-slower-frame" aria-hidden="true" />
    </>
  );
}
