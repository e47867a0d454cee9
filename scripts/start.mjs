// `npm start`: builds the client and the server when missing or older than their sources
// (scripts/build.mjs), then starts the built hub with plain node, no TypeScript at run time, with
// the arguments given (e.g. `npm start -- --rooms rooms.json`), and stops it cleanly however
// `npm start` is asked to stop.
//
// The ways a stop arrives, and what makes each clean (tests/server/npm-start.test.ts):
// - A signal to the whole process group (Ctrl-C in a terminal, systemd's default KillMode): npm,
//   this launcher and the hub each get it, and npm forwards it to this launcher once more. The
//   launcher forwards one signal to the hub, never the duplicates; the hub takes its own copy and
//   the forwarded one as one request (server/stop-on-signals.ts).
// - A signal to npm alone (a container's first process, many supervisors): npm forwards it to
//   its child. package.json runs this script with `exec`, so that child is this launcher and not
//   a `sh -c` that would die of the signal and leave the hub running with the port. Then npm's
//   exit code is the hub's (0).
// - Our parent gone anyway (npm killed with SIGKILL, a shell that does not exec): this launcher
//   is orphaned, its parent pid changes; it notices within ORPHAN_POLL_MS and stops the hub.
// - A signal to the hub alone: it stops and exits 0, and so does this launcher.
// The hub stays in this process group (not `detached`): a group-wide SIGKILL or SIGHUP must
// still reach it, which it would not in a group of its own if this launcher died first.
import { spawn } from 'node:child_process';
import { build, ROOT, SERVER_ENTRY } from './build.mjs';

/** How often to check whether our parent is still there (ms). */
const ORPHAN_POLL_MS = 250;
/**
 * How long the hub may take to stop before it is killed (ms): it gives up by itself after 15 s
 * (STOP_BOUND_MS in server/stop-on-signals.ts); this is the backstop should it not.
 */
const HUB_STOP_BOUND_MS = 20_000;

// `--help` needs only the server.
const status = build({ ifStale: true, client: !process.argv.includes('--help') });
if (status !== 0) process.exit(status);

const hub = spawn(process.execPath, [SERVER_ENTRY, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});

let stopping = false;
/** Asks the hub to stop, once: later requests are the same one (the hub bounds its own stop). */
function stopHub(signal) {
  if (stopping) return;
  stopping = true;
  hub.kill(signal);
  setTimeout(() => hub.kill('SIGKILL'), HUB_STOP_BOUND_MS).unref();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopHub(signal));

// Only under npm (or a script shell it started): run by hand in the background (`nohup node
// scripts/start.mjs &`), outliving the shell is what is wanted.
if (process.env.npm_lifecycle_event !== undefined) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stopHub('SIGTERM');
  }, ORPHAN_POLL_MS).unref();
}

hub.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
