// A discreet mark while the hub is away: the countdown keeps running from what the lectern last
// heard, but a pause or more time given meanwhile would not show, so the speaker and the chair
// should know. A blip shorter than a few seconds is not worth the worry.
import { useEffect, useState } from 'react';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { LecternTexts } from '../lectern-texts.ts';

/** How long without the hub before the lectern says so. */
export const RECONNECTING_MARK_AFTER_MS = 4000;

export function ConnectionMark() {
  const { store, texts } = useScreen<LecternTexts>();
  const connection = useRoomSlice(store, (s) => s.connection);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (connection === 'connected') {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), RECONNECTING_MARK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [connection]);
  if (!shown) return null;
  return (
    <p className="lectern-connection" role="status">
      <span aria-hidden="true">⟳</span> {texts.reconnecting}
    </p>
  );
}
