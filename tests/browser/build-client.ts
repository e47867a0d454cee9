// Builds the client once before the browser tests, with the project's own Vite, so the hub
// serves what the sources say now (a stale dist/client would test yesterday's wall).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const CLIENT_DIR = path.resolve('dist/client');

export default function buildClient(): void {
  const build = spawnSync(
    process.execPath,
    [path.resolve('node_modules/vite/bin/vite.js'), 'build'],
    // vitest sets NODE_ENV=test, which would build React's development code into the bundle.
    { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (build.status !== 0 || !existsSync(path.join(CLIENT_DIR, 'index.html'))) {
    throw new Error(`The client build failed:\n${build.stdout}\n${build.stderr}`);
  }
}
