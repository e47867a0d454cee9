// A Vite plugin: engine.io-client built with its WebSocket transport alone. Every screen connects
// with `transports: ['websocket']` (client/connection/room-connection.ts), so HTTP long-polling
// and WebTransport are never used, yet engine.io-client's default transport table imports them,
// and its index re-exports them (socket.io-client passes them on): about 3 KB gzipped that every
// phone would download for nothing (tests/client/follow/bundle-budget.test.ts). The XHR
// transport's module cannot even be left out by tree-shaking: it probes XMLHttpRequest and
// registers an unload handler as it loads. This replaces the table by one naming the WebSocket
// transport only, and each unused transport's module by a class that says, if ever constructed,
// why it is not there; everything else in engine.io-client stays as published.
//
// Nor do the screens send or receive binary data: every message is JSON (shared/protocol.ts).
// socket.io-parser's binary packets (attachments taken out of a packet and put back) and
// engine.io-parser's base64 decoding (binary over long-polling) are left out the same way: what
// would take a binary packet apart says so, and nothing is ever found binary. About 0.6 KB
// gzipped on the phone.
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

/** Binary data's modules in the two parsers, and what stands in for each. */
const NO_BINARY: { file: RegExp; code: string }[] = [
  {
    file: /[\\/]socket\.io-parser[\\/]build[\\/]esm[\\/]is-binary\.js$/,
    code: 'export const isBinary = () => false;\nexport const hasBinary = () => false;\n',
  },
  {
    file: /[\\/]socket\.io-parser[\\/]build[\\/]esm[\\/]binary\.js$/,
    code: ['deconstructPacket', 'reconstructPacket'].map((name) => refusal(name)).join(''),
  },
  {
    file: /[\\/]engine\.io-parser[\\/]build[\\/]esm[\\/]contrib[\\/]base64-arraybuffer\.js$/,
    code: ['encode', 'decode'].map((name) => refusal(name)).join(''),
  },
];

function refusal(name: string): string {
  return (
    `export function ${name}() { throw new Error("binary data is not built into Rostrum's ` +
    `client: every message is JSON (client/websocket-only.ts)"); }\n`
  );
}

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
      if (unused) return unused.exports.map(absent).join('');
      return NO_BINARY.find((b) => b.file.test(id))?.code ?? null;
    },
  };
}
