// Connects a view to one room for as long as it is on screen.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { Role } from '../../shared/protocol.ts';
import { connectToRoom, type RoomConnection } from '../connection/room-connection.ts';
import { createLiveRoom, type LiveRoom, type LiveRoomState } from '../store/live-room.ts';

/** A store for the room, fed by a connection that lives as long as the component. */
export function useRoomConnection(
  roomId: string,
  role: Role,
  key?: string,
): { store: LiveRoom; connection: RoomConnection | null } {
  const [store] = useState(createLiveRoom);
  const [connection, setConnection] = useState<RoomConnection | null>(null);
  useEffect(() => {
    const opened = connectToRoom({ store, roomId, role, ...(key !== undefined && { key }) });
    setConnection(opened);
    return () => opened.close();
  }, [store, roomId, role, key]);
  return { store, connection };
}

/** Reads one slice of the room store; the component re-renders only when that slice changes. */
export function useRoomSlice<Slice>(store: LiveRoom, select: (s: LiveRoomState) => Slice): Slice {
  return useStore(store, select);
}
