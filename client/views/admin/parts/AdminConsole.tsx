// The console once the key is accepted: the header, the hub's rooms on one side, the room chosen
// (or a new room's form) on the other. The room chosen is in the address (?room=cr4), so that a
// reload or a bookmark comes back to it.
import { useState } from 'react';
import type { UnLanguage } from '../../../../shared/domain/types.ts';
import { AdminProvider, useAdmin } from '../admin-context.tsx';
import type { AdminApi } from '../admin-api.ts';
import { useLoaded } from '../use-loaded.ts';
import { AdminHeader } from './AdminHeader.tsx';
import { Loading } from './Loading.tsx';
import { NewRoomForm } from './NewRoomForm.tsx';
import { RoomNav } from './RoomNav.tsx';
import { RoomPage } from './RoomPage.tsx';

/** The room named in the address, if any. */
function roomInAddress(): string | undefined {
  return new URLSearchParams(window.location.search).get('room') ?? undefined;
}

/** Puts the room chosen in the address, without a new history entry. */
function showInAddress(roomId: string | undefined): void {
  const params = new URLSearchParams(window.location.search);
  if (roomId === undefined) params.delete('room');
  else params.set('room', roomId);
  const search = params.toString();
  history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

type Chosen = { kind: 'room'; roomId: string } | { kind: 'newRoom' } | { kind: 'none' };

/** A chair key issued in this tab (the hub shows a key once: it keeps only its hash). */
export interface IssuedKey {
  key: string;
  /** Issued with the new room, or in place of the room's former key. */
  reason: 'created' | 'rotated';
}

function Rooms() {
  const { api, messages } = useAdmin();
  const { loaded, reload } = useLoaded('rooms', () => api.rooms());
  const [issued, setIssued] = useState<Record<string, IssuedKey>>({});
  const keyIssued = (roomId: string, key: IssuedKey) =>
    setIssued((all) => ({ ...all, [roomId]: key }));
  const [chosen, setChosen] = useState<Chosen>(() => {
    const roomId = roomInAddress();
    return roomId === undefined ? { kind: 'none' } : { kind: 'room', roomId };
  });
  const choose = (next: Chosen) => {
    showInAddress(next.kind === 'room' ? next.roomId : undefined);
    setChosen(next);
  };
  return (
    <Loading loaded={loaded}>
      {(rooms) => {
        // Without a choice, the first room; a room no longer there is not shown.
        const first = rooms[0];
        const current: Chosen =
          chosen.kind === 'none' && first
            ? { kind: 'room', roomId: first.roomId }
            : chosen.kind === 'room' && !rooms.some((r) => r.roomId === chosen.roomId)
              ? { kind: 'none' }
              : chosen;
        const room = current.kind === 'room' && rooms.find((r) => r.roomId === current.roomId);
        return (
          <div className="admin-body">
            <RoomNav
              rooms={rooms}
              current={current.kind === 'room' ? current.roomId : undefined}
              creating={current.kind === 'newRoom'}
              onRoom={(roomId) => choose({ kind: 'room', roomId })}
              onNewRoom={() => choose({ kind: 'newRoom' })}
            />
            <main className="admin-main" aria-label={messages.roomHeading}>
              {current.kind === 'newRoom' && (
                <NewRoomForm
                  onCreated={(roomId, chairKey) => {
                    keyIssued(roomId, { key: chairKey, reason: 'created' });
                    reload();
                    choose({ kind: 'room', roomId });
                  }}
                  onCancel={() => choose({ kind: 'none' })}
                />
              )}
              {room && (
                <RoomPage
                  key={room.roomId}
                  room={room}
                  issued={issued[room.roomId]}
                  onKeyIssued={(key) => keyIssued(room.roomId, { key, reason: 'rotated' })}
                  onRoomChanged={reload}
                />
              )}
              {current.kind === 'none' && <p className="admin-empty">{messages.noRooms}</p>}
            </main>
          </div>
        );
      }}
    </Loading>
  );
}

export function AdminConsole(props: {
  api: AdminApi;
  language: UnLanguage;
  onLanguage: (language: UnLanguage) => void;
  onSignOut: () => void;
}) {
  return (
    <AdminProvider api={props.api} language={props.language}>
      <div className="admin">
        <AdminHeader onLanguage={props.onLanguage} onSignOut={props.onSignOut} />
        <Rooms />
      </div>
    </AdminProvider>
  );
}
