// "Slower, please", from the interpreters, for SLOWER_SIGNAL_MS after their request: large words
// in the screen's language, the tortoise, and a striped frame round the whole screen that no
// phase of the clock has. It takes its own row above the digits (they shrink a little if they
// must, never hidden) and the frame lies in the screen's margin, over nothing.
import type { EpochMs } from '../../../../shared/time.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import { useSlowerShown } from '../../../view-kit/use-slower-shown.ts';
import type { LecternTexts } from '../lectern-texts.ts';
import { Tortoise } from '../../../view-kit/Tortoise.tsx';

/** The signal while the last request (`slowerAt`, the hub's clock) is under 15 s old. */
export function SlowerSignal(props: { slowerAt: EpochMs | undefined }) {
  const { texts } = useScreen<LecternTexts>();
  const { slowerAt } = props;
  if (useSlowerShown(slowerAt) === undefined) return null;
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
