// The hub in-process for the connection-heap benchmark, run with --expose-gc: it answers
// `measure` with its heap after full collections. With RELEASE_REQUEST=1 it also drops each
// socket's handshake request once joined, the memory advice of Socket.IO's performance guide,
// so that the two can be compared.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemClock } from '../../server/clock.ts';
import { createHub } from '../../server/create-hub.ts';
import { demoRoom } from '../../server/demo/cr4.ts';
import { createLogger } from '../../server/logger.ts';
import { seedRooms } from '../../server/seed-rooms.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { parseRoomSeed } from '../../shared/domain/create-room.ts';

export type HubReport = { kind: 'ready' } | { kind: 'memory'; heapBytes: number; rssBytes: number };

const store = openSqliteStore(mkdtempSync(path.join(os.tmpdir(), 'rostrum-heap-')));
const seed = parseRoomSeed(demoRoom(systemClock()));
if (!seed.ok) throw new Error(seed.error.message);
seedRooms(store, [seed.value], systemClock());
const hub = createHub({ store, clock: systemClock, logger: createLogger() });
if (process.env.RELEASE_REQUEST === '1') {
  hub.io.on('connection', (socket) => {
    const conn: { request: unknown } = socket.conn;
    conn.request = null;
  });
}
await hub.listen(Number(process.env.PORT), '127.0.0.1');

const send = (report: HubReport) => process.send?.(report);
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('Run with --expose-gc');
process.on('message', (order: unknown) => {
  if (order !== 'measure') return;
  for (let i = 0; i < 3; i += 1) collect();
  const { heapUsed, rss } = process.memoryUsage();
  send({ kind: 'memory', heapBytes: heapUsed, rssBytes: rss });
});
send({ kind: 'ready' });
