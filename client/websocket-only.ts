// A Vite plugin: engine.io-client built with its WebSocket transport alone. Every screen connects
// with `transports: ['websocket']` (client/connection/room-connection.ts), so HTTP long-polling
// and WebTransport are never used, yet engine.io-client's default transport table imports them,
// and its index re-exports them (socket.io-client passes them on): about 3 KB gzipped that every
// phone would download for nothing (tests/client/follow/bundle-budget.test.ts). The XHR
// transport's module cannot even be left out by tree-shaking: it probes XMLHttpRequest and
// registers an unload handler as it loads. This replaces the table by one naming the WebSocket
// transport only, and each unused transport's module by a class that says, if ever constructed,
// why it is not there; everything else in engine.io-client stays as published.
import type { Plugin } from 'vite';

const ESM = String.raw`[\\/]engine\.io-client[\\/]build[\\/]esm[\\/]transports[\\/]`;
/** engine.io-client's default transport table, in its browser ESM build. */
const TABLE = new RegExp(`${ESM}index\\.js$`);
/** The transports the screens never use, and the classes their modules export. */
const UNUSED: { file: RegExp; exports: string[] }[] = [
  { file: new RegExp(`${ESM}polling-xhr\\.js$`), exports: ['BaseXHR', 'Request', 'XHR'] },
  { file: new RegExp(`${ESM}polling-fetch\\.js$`), exports: ['Fetch'] },
  { file: new RegExp(`${ESM}webtransport\\.js$`), exports: ['WT'] },
];

const absent = (name: string) =>
  `export class ${name} { constructor() { throw new Error("engine.io-client's ${name} is not ` +
  `built into Rostrum's client: its screens connect by WebSocket only (client/websocket-only.ts)"); } }\n`;

export function websocketOnly(): Plugin {
  return {
    name: 'rostrum:engine.io-websocket-only',
    apply: 'build',
    load(id) {
      if (TABLE.test(id)) {
        return 'import { WS } from "./websocket.js";\nexport const transports = { websocket: WS };\n';
      }
      const unused = UNUSED.find((u) => u.file.test(id));
      return unused ? unused.exports.map(absent).join('') : null;
    },
  };
}
