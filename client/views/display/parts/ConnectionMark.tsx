import { useEffect, useState } from 'react';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useLanguage } from '../../../i18n/language-context.tsx';
import type { LiveRoom } from '../../../store/live-room.ts';

/** How long without the hub before the wall says so: a blip is not worth alarming the room. */
export const RECONNECTING_MARK_AFTER_MS = 4000;

/** A discreet mark while the hub is away; the countdown keeps running meanwhile. */
export function ConnectionMark(props: { store: LiveRoom }) {
  const { messages } = useLanguage();
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
      <span aria-hidden="true">⟳</span> {messages.reconnecting}
    </p>
  );
}
