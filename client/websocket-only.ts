// A Vite plugin: engine.io-client built with its WebSocket transport alone. Every screen connects
// with `transports: ['websocket']` (client/connection/room-connection.ts), so HTTP long-polling
// and WebTransport are never used, yet engine.io-client's default transport table imports them:
// about 2 KB gzipped that every phone would download for nothing
// (tests/client/follow/bundle-budget.test.ts). This replaces that one table (its
// build/esm/transports/index.js) by one naming the WebSocket transport only; everything else in
// engine.io-client stays as published.
import type { Plugin } from 'vite';

/** engine.io-client's default transport table, in its browser ESM build. */
const TABLE = /[\\/]engine\.io-client[\\/]build[\\/]esm[\\/]transports[\\/]index\.js$/;

export function websocketOnly(): Plugin {
  return {
    name: 'rostrum:engine.io-websocket-only',
    apply: 'build',
    load(id) {
      if (!TABLE.test(id)) return null;
      return 'import { WS } from "./websocket.js";\nexport const transports = { websocket: WS };\n';
    },
  };
}
