import { useStore } from 'zustand';
import { useChair } from '../chair-context.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/**
 * The answer to the chair's last action, next to the floor buttons where the eye already is:
 * done, refused with the hub's reason, or the room changed under the console.
 */
export function StatusLine(props: { idleHint?: string }) {
  const { status } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const current = useStore(status);
  return (
    <p className="chair-status" data-kind={current.kind} role="status" aria-live="polite">
      {/* A new key on each status replays its highlight, even for the same text said twice. */}
      <span key={current.seq}>
        {current.kind === 'idle' ? (props.idleHint ?? texts.shortcutsHint) : current.text}
      </span>
    </p>
  );
}
