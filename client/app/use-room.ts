// Connects a view to one room for as long as it is on screen.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { Role } from '../../shared/protocol.ts';
import { connectToRoom, type RoomConnection } from '../connection/room-connection.ts';
import { createRoomStore, type RoomStore, type RoomStoreState } from '../store/room-store.ts';

/** A store for the room, fed by a connection that lives as long as the component. */
export function useRoomConnection(
  roomId: string,
  role: Role,
  key?: string,
): { store: RoomStore; connection: RoomConnection | null } {
  const [store] = useState(createRoomStore);
  const [connection, setConnection] = useState<RoomConnection | null>(null);
  useEffect(() => {
    const opened = connectToRoom({ store, roomId, role, ...(key !== undefined && { key }) });
    setConnection(opened);
    return () => opened.close();
  }, [store, roomId, role, key]);
  return { store, connection };
}

/** Reads one slice of the room store; the component re-renders only when that slice changes. */
export function useRoomSlice<Slice>(store: RoomStore, select: (s: RoomStoreState) => Slice): Slice {
  return useStore(store, select);
}
