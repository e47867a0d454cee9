import { useEffect, useState } from 'react';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { WallTexts } from '../wall-texts.ts';
import type { LiveRoom } from '../../../store/live-room.ts';

/** How long without the hub before the wall says so: a blip is not worth alarming the room. */
export const RECONNECTING_MARK_AFTER_MS = 4000;

/** A discreet mark while the hub is away; the countdown keeps running meanwhile. */
export function ConnectionMark(props: { store: LiveRoom }) {
  const { texts } = useScreen<WallTexts>();
  const connection = useRoomSlice(props.store, (s) => s.connection);
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
    <p className="wall-connection" role="status">
      <span aria-hidden="true">⟳</span> {texts.reconnecting}
    </p>
  );
}
