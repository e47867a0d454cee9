// A plain, live summary of a room: what each route shows until its own view is built
// (the wall display, the console and the phone view each have their issue).
import { delegationName } from '../../shared/delegations/display-name.ts';
import type { RoomStore } from '../store/room-store.ts';
import { useRoomSlice } from '../app/use-room.ts';
import { Countdown } from './Countdown.tsx';

export function RoomSummary(props: { store: RoomStore; heading: string }) {
  const room = useRoomSlice(props.store, (s) => s.room);
  const connection = useRoomSlice(props.store, (s) => s.connection);
  const refusal = useRoomSlice(props.store, (s) => s.refusal);
  const offsetMs = useRoomSlice(props.store, (s) => s.offsetMs);
  if (refusal) return <p role="alert">The hub refused this page: {refusal}</p>;
  if (!room) return <p>Connecting to the hub…</p>;
  const speaker = room.floor && room.speakers.find((s) => s.id === room.floor?.speakerId);
  const waiting = room.speakers.filter((s) => s.status === 'waiting').slice(0, 3);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '2vw' }}>
      <p>
        {props.heading} · {room.meeting.room} · {room.status.kind}
        {connection !== 'connected' && ` · ${connection}`}
      </p>
      <h1>{room.meeting.title}</h1>
      {room.interpretation.status !== 'available' && (
        <p>Interpretation: {room.interpretation.note ?? room.interpretation.status}</p>
      )}
      {room.announcement && <p>{room.announcement.text}</p>}
      {speaker && room.floor ? (
        <section>
          <h2>{delegationName(speaker.delegation)}</h2>
          <Countdown
            timer={room.floor.timer}
            warningMs={room.meeting.warningMs}
            offsetMs={offsetMs}
          />
        </section>
      ) : (
        <p>Nobody has the floor.</p>
      )}
      <h3>Next</h3>
      <ol>
        {waiting.map((s) => (
          <li key={s.id}>{delegationName(s.delegation)}</li>
        ))}
      </ol>
    </main>
  );
}
