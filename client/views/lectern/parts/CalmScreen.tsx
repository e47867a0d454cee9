// The lectern while nobody speaks: a quiet screen that says why, in words (nobody has the floor,
// the meeting is suspended, between sittings, adjourned, or none is in progress), and the room's
// name, small, for whoever sets the tablet up.
import type { ReactNode } from 'react';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useScreen } from '../../../view-kit/screen.tsx';

export function CalmScreen(props: { kind: string; children: ReactNode }) {
  const { store } = useScreen();
  const roomName = useRoomSlice(store, (s) => s.room?.room.name ?? '');
  return (
    <main className="lectern-calm" data-kind={props.kind}>
      <div className="lectern-calm-words">{props.children}</div>
      {roomName && (
        <p className="lectern-room">
          <bdi>{roomName}</bdi>
        </p>
      )}
    </main>
  );
}

/** One line, said calmly: "Awaiting the next speaker", "No meeting in progress". */
export function CalmLine(props: { text: string }) {
  return (
    <p className="lectern-calm-line" role="status">
      {props.text}
    </p>
  );
}
