// Placeholder for the chair's console: joins as chair with the key from #key= (then removes it
// from the address bar, keeping it for this tab only) and shows the live room.
import { useState } from 'react';
import { useRoomConnection } from '../../app/use-room.ts';
import { RoomSummary } from '../../shared-ui/RoomSummary.tsx';

const KEY_STORAGE = 'rostrum.chairKey';

function takeKeyFromAddress(roomId: string): string | undefined {
  const match = /[#&]key=([^&]+)/.exec(window.location.hash);
  const storageKey = `${KEY_STORAGE}.${roomId}`;
  if (match?.[1]) {
    sessionStorage.setItem(storageKey, decodeURIComponent(match[1]));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(storageKey) ?? undefined;
}

export default function ChairView(props: { roomId: string }) {
  const [key] = useState(() => takeKeyFromAddress(props.roomId));
  const { store } = useRoomConnection(props.roomId, 'chair', key);
  return <RoomSummary store={store} heading="Chair console" />;
}
