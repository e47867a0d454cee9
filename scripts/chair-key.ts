// npm run chair-key -- ROOM [--data DIR] [--url BASE]: issues a new chair key for a room (its
// hash replaces the old one, which stops working at once, even on a running hub) and prints it
// with the chair's link. The only way to get a key shown again: the store keeps hashes.
import { parseArgs } from 'node:util';
import { generateChairKey } from '../server/auth/chair-keys.ts';
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
      const rooms = store.loadRooms().map((r) => r.roomId);
      throw new Error(`No room ${roomId} in ${dataDir} (rooms: ${rooms.join(', ') || 'none'})`);
    }
    const base = (values.url ?? `http://localhost:${process.env.PORT || 8080}`).replace(/\/+$/, '');
    process.stdout.write(
      [
        `New chair key for room ${roomId} (the old one no longer works):`,
        `  chair console:  ${base}/chair/${roomId}#key=${encodeURIComponent(key)}`,
        `  chair key:      ${key}`,
        '',
      ].join('\n'),
    );
  } finally {
    store.close();
  }
});
