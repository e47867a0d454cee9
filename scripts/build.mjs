// `npm run build`: what `npm start` runs, built. The client (Vite, into dist/client) and the
// server with the shared/ code it imports (tsc, tsconfig.server.json, into dist/server: plain
// JavaScript that `node dist/server/server/main.js` runs, no TypeScript at run time).
// `--if-stale` builds only what is missing or older than its sources (what scripts/start.mjs
// does before every start).
//
// Plain JavaScript, like the launcher: it must run before anything is built.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root: where the data folder and a rooms file given relatively are found. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = ROOT;
const builtClient = path.join(root, 'dist/client');
const builtServer = path.join(root, 'dist/server');
/** The built server's entry point, which scripts/start.mjs runs with plain node. */
export const SERVER_ENTRY = path.join(builtServer, 'server/main.js');

/** The modification times (ms) of the files at `paths` and under the folders among them. */
function mtimes(paths) {
  const times = [];
  for (const p of paths) {
    if (!statSync(p).isDirectory()) {
      times.push(statSync(p).mtimeMs);
      continue;
    }
    for (const entry of readdirSync(p, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) times.push(statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return times;
}

/** True when `output` is missing, or some source is newer than what was built from it. */
function isStale(output, sources) {
  if (!existsSync(output)) return true;
  const built = mtimes([output]);
  if (built.length === 0) return true;
  return Math.max(...mtimes(sources.map((s) => path.join(root, s)))) > Math.min(...built);
}

export function clientIsStale() {
  return isStale(path.join(builtClient, 'index.html'), ['client', 'shared', 'vite.config.ts']);
}

export function serverIsStale() {
  // The build folder is replaced whole (buildServer), so all of it is from one build.
  if (!existsSync(SERVER_ENTRY)) return true;
  return isStale(builtServer, ['server', 'shared', 'tsconfig.json', 'tsconfig.server.json']);
}

/** Runs a package's command-line script with this node; returns its exit code. */
function runTool(what, script, args) {
  const file = path.join(root, 'node_modules', script);
  if (!existsSync(file)) {
    process.stderr.write(
      `Cannot build the ${what}: ${script.split('/')[0]} is not installed. Run npm install (or npm ci, with the dev dependencies), then npm run build.\n`,
    );
    return 1;
  }
  const run = spawnSync(process.execPath, [file, ...args], { cwd: root, stdio: 'inherit' });
  return run.status ?? 1;
}

export function buildClient() {
  process.stdout.write('Building the client…\n');
  return runTool('client', 'vite/bin/vite.js', ['build']);
}

/**
 * Emits into a folder of its own, then puts it in place of dist/server: a hub running from the
 * old build keeps its files until it has loaded them, and two builds at once (two starts, two
 * test files) do not write into each other's output.
 */
export function buildServer() {
  process.stdout.write('Building the server…\n');
  const staging = path.join(root, `dist/.server-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  // --noCheck: the types are checked by `npm run typecheck` (and CI), as Vite does not check
  // the client's either; emitting alone takes a third of the time.
  const status = runTool('server', 'typescript/bin/tsc', [
    '-p',
    'tsconfig.server.json',
    '--noCheck',
    '--outDir',
    staging,
  ]);
  if (status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    return status;
  }
  rmSync(builtServer, { recursive: true, force: true });
  try {
    renameSync(staging, builtServer);
  } catch (error) {
    // Another build put its output there between the two lines above: keep that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(SERVER_ENTRY)) throw error;
  }
  return 0;
}

/** Builds the client and the server (only those missing or stale if `ifStale`); 0 if all built. */
export function build({ ifStale = false, client = true } = {}) {
  if (client && (!ifStale || clientIsStale())) {
    const status = buildClient();
    if (status !== 0) return status;
  }
  if (!ifStale || serverIsStale()) return buildServer();
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(build({ ifStale: process.argv.includes('--if-stale') }));
}
