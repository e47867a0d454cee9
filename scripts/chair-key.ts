// npm run chair-key -- ROOM [--data DIR] [--url BASE]: issues a new chair key for a room (its
// hash replaces the old one, which stops working at once, even on a running hub) and prints it
// with the chair's link. The only way to get a key shown again: the store keeps hashes.
import { parseArgs } from 'node:util';
import { generateChairKey } from '../server/auth/chair-keys.ts';
import { folderLocked } from '../server/store/data-lock.ts';
import { openSqliteStore } from '../server/store/sqlite-store.ts';
import { dataDirOf, runTool } from './data-tool.ts';

runTool(() => {
  const { values, positionals } = parseArgs({
    options: { data: { type: 'string' }, url: { type: 'string' } },
    allowPositionals: true,
  });
  const [roomId] = positionals;
  if (roomId === undefined || positionals.length > 1) {
    throw new Error('Usage: npm run chair-key -- ROOM [--data DIR] [--url http://host:port]');
  }
  const dataDir = dataDirOf(values.data);
  // No lock: the hub may be running; it reads the key's hash from the store at every check.
  const store = openSqliteStore(dataDir, { mustExist: true });
  try {
    const key = generateChairKey();
    if (!store.setChairKey(roomId, key)) {
      const rooms = store.loadRooms().map((r) => r.state.roomId);
      throw new Error(`No room ${roomId} in ${dataDir} (rooms: ${rooms.join(', ') || 'none'})`);
    }
    // The running hub, if any, says where it listens and whether it checks ROSTRUM_CHAIR_KEY.
    const hub = folderLocked(dataDir);
    const fallback = `http://localhost:${process.env.PORT || 8080}`;
    const base = (values.url ?? hub?.url ?? fallback).replace(/\/+$/, '');
    if (hub?.chairKeyOverride) {
      process.stdout.write(
        [
          `Note: the hub running on this folder (pid ${hub.pid}) checks ROSTRUM_CHAIR_KEY instead`,
          `of the rooms' own keys. Until it is restarted without it, the key below is kept but not`,
          `accepted, and ROSTRUM_CHAIR_KEY still is.`,
          '',
        ].join('\n'),
      );
    }
    process.stdout.write(
      [
        `New chair key for room ${roomId} (the old one no longer works${hub?.chairKeyOverride ? ' once the hub runs without ROSTRUM_CHAIR_KEY' : ''}):`,
        `  chair console:  ${base}/chair/${roomId}#key=${encodeURIComponent(key)}`,
        `  chair key:      ${key}`,
        '',
      ].join('\n'),
    );
  } finally {
    store.close();
  }
});
