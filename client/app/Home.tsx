// The front page: the rooms this hub hosts, with links to each view.
import { useEffect, useState } from 'react';
import type { RoomSummary } from '../../shared/protocol.ts';

export function Home() {
  const [rooms, setRooms] = useState<RoomSummary[] | null>(null);
  useEffect(() => {
    fetch('/api/rooms')
      .then((res) => res.json() as Promise<RoomSummary[]>)
      .then(setRooms, () => setRooms([]));
  }, []);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
      <h1>Rostrum</h1>
      {rooms === null && <p>Loading rooms…</p>}
      <ul>
        {rooms?.map((r) => (
          <li key={r.roomId}>
            {r.title ? `${r.name} — ${r.title}` : r.name}:{' '}
            <a href={`/display/${r.roomId}`}>wall display</a> ·{' '}
            <a href={`/follow/${r.roomId}`}>phone view</a> ·{' '}
            <a href={`/lectern/${r.roomId}`}>lectern</a> · <a href={`/chair/${r.roomId}`}>chair</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
