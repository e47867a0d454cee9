import { useState } from 'react';
import { useWakeLock } from '../../../view-kit/use-wake-lock.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { FollowMessages } from '../messages/follow-messages.ts';

/** A switch that keeps the screen awake, shown only where the browser can (Screen Wake Lock). */
export function KeepScreenOn() {
  const { texts } = useScreen<FollowMessages>();
  const [on, setOn] = useState(false);
  useWakeLock(on);
  if (!('wakeLock' in navigator)) return null;
  return (
    <label className="follow-switch">
      <input
        type="checkbox"
        role="switch"
        checked={on}
        onChange={(event) => setOn(event.target.checked)}
      />
      <span>{texts.keepScreenOn}</span>
    </label>
  );
}
