// The client app: one Vite build, served by the hub from dist/client.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { phoneChunk } from './client/phone-chunk.ts';
import { websocketOnly } from './client/websocket-only.ts';

export default defineConfig({
  root: 'client',
  plugins: [react(), websocketOnly()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Every browser a phone in the room runs has module preloading (Safari since 17); the polyfill
    // would cost each phone about 600 bytes of its 100 KB (tests/client/follow/bundle-budget.test.ts).
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // The phone's shared code in one chunk, whatever the other screens import (phone-chunk.ts).
        codeSplitting: { groups: [phoneChunk] },
        // Each language's table of delegation names is a chunk a screen fetches for its language
        // (client/i18n/delegation-names.ts): named for what it is, not just "fr", so that the
        // budget test and anyone reading dist/ can tell it from the language's texts.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => /[\\/]shared[\\/]delegations[\\/]names[\\/]/.test(id))
            ? 'assets/names-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: {
    // During `npm run dev`, the API and Socket.IO are the hub's (npm run hub, port 8080).
    proxy: {
      '/api': 'http://localhost:8080',
      '/socket.io': { target: 'ws://localhost:8080', ws: true },
    },
  },
});
