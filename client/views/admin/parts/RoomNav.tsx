import type { RoomSummary } from '../../../../shared/protocol.ts';
import { useAdmin } from '../admin-context.tsx';

/** The hub's rooms, each with what it holds now; the one on screen is marked. */
export function RoomNav(props: {
  rooms: readonly RoomSummary[];
  current: string | undefined;
  creating: boolean;
  onRoom: (roomId: string) => void;
  onNewRoom: () => void;
}) {
  const { messages } = useAdmin();
  return (
    <nav className="admin-nav" aria-label={messages.roomsHeading}>
      <h2>{messages.roomsHeading}</h2>
      <ul>
        {props.rooms.map((room) => (
          <li key={room.roomId}>
            <button
              type="button"
              className="admin-nav-room"
              aria-current={room.roomId === props.current ? 'page' : undefined}
              onClick={() => props.onRoom(room.roomId)}
            >
              <span className="admin-nav-name">
                <bdi>{room.name}</bdi>
              </span>
              <span className="admin-nav-id" dir="ltr">
                {room.roomId}
              </span>
              <span className="admin-nav-status" data-status={room.status}>
                {messages.roomStatus[room.status]}
              </span>
              {room.title !== null && room.status !== 'noMeeting' && (
                <span className="admin-nav-title">
                  <bdi>{room.title}</bdi>
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="admin-nav-new"
        aria-pressed={props.creating}
        onClick={props.onNewRoom}
      >
        {messages.newRoom}
      </button>
    </nav>
  );
}
