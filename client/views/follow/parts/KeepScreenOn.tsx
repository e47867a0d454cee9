import { useState } from 'react';
import { useWakeLock } from '../../../shared-ui/use-wake-lock.ts';
import { useFollowText } from '../follow-text.tsx';

/** A switch that keeps the screen awake, shown only where the browser can (Screen Wake Lock). */
export function KeepScreenOn() {
  const { text } = useFollowText();
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
      <span>{text.keepScreenOn}</span>
    </label>
  );
}
