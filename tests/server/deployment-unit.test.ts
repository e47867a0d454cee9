// The systemd unit in docs/deployment.md: it runs the file `npm run build` makes, as a user that
// is not root, restarts on failure, and waits for the hub's own stop bound before it kills;
// systemd's own checker accepts it (where systemd-analyze is installed); and its environment
// file has no comment after a value (systemd would make it part of the value).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { STOP_BOUND_MS } from '../../server/stop-on-signals.ts';
import { REPO_ROOT } from './hub-process.ts';
import { BUILT_HUB } from './npm-start-process.ts';

const doc = readFileSync(path.join(REPO_ROOT, 'docs/deployment.md'), 'utf8');

/** The first fenced block of `language` in the doc that contains `marker`. */
function block(language: string, marker: string): string {
  const fences = doc.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'));
  const found = [...fences].map((m) => m[1] ?? '').find((text) => text.includes(marker));
  if (found === undefined) throw new Error(`No ${language} block with ${marker} in the doc`);
  return found;
}

const unit = block('ini', '[Service]');

/** Every value of `key` in the unit, in order (a unit may repeat a key). */
function values(key: string): string[] {
  return unit
    .split('\n')
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1));
}

/** The one value of `key`. */
function value(key: string): string {
  const found = values(key);
  expect(found, key).toHaveLength(1);
  return found[0] ?? '';
}

/** A systemd time span in ms (only the forms the unit uses: `20s`, `20`, `2min`). */
function spanMs(span: string): number {
  const match = /^(\d+)(s|min)?$/.exec(span);
  if (!match) throw new Error(`Not a time span this test reads: ${span}`);
  return Number(match[1]) * (match[2] === 'min' ? 60_000 : 1000);
}

it('runs the built hub with node from the working directory, as a user that is not root', () => {
  const entry = path.relative(REPO_ROOT, BUILT_HUB);
  const [node, file, ...args] = value('ExecStart').split(' ');
  expect(node).toBe('/usr/bin/node');
  expect(file).toBe(path.posix.join(value('WorkingDirectory'), entry));
  expect(args.slice(0, 1)).toEqual(['--rooms']);
  expect(value('User')).not.toMatch(/^(root|0|)$/);
  expect(value('EnvironmentFile')).toMatch(/^\//);
  // The data folder is the one systemd makes for the service's user.
  expect(values('Environment')).toContain(`DATA_DIR=/var/lib/${value('StateDirectory')}`);
  expect(value('StateDirectoryMode')).toBe('0700');
});

it('restarts on failure and waits longer than the hub bounds its own stop', () => {
  expect(value('Restart')).toBe('on-failure');
  expect(value('KillSignal')).toBe('SIGTERM');
  // SIGTERM to the hub alone: as tested ("the hub alone", tests/server/npm-start.test.ts).
  expect(value('KillMode')).toBe('mixed');
  expect(spanMs(value('TimeoutStopSec'))).toBeGreaterThan(STOP_BOUND_MS);
});

it('writes no comment after a value in the environment file', () => {
  const env = block('sh', 'ROSTRUM_TLS_CERT=');
  for (const line of env.split('\n').filter((l) => l.trim() !== '')) {
    expect(line).toMatch(/^(#.*|[A-Z_][A-Z0-9_]*=[^#\s]*)$/);
  }
  for (const name of ['ROSTRUM_TLS_CERT', 'ROSTRUM_TLS_KEY', 'ROSTRUM_PUBLIC_URL']) {
    expect(env).toMatch(new RegExp(`^${name}=`, 'm'));
  }
});

const analyze = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });

it.skipIf(analyze.status !== 0)('passes systemd-analyze verify', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-unit-'));
  try {
    // The checker wants ExecStart's program to exist: this machine's node, wherever it is.
    const file = path.join(dir, 'rostrum.service');
    writeFileSync(file, unit.replace('ExecStart=/usr/bin/node ', `ExecStart=${process.execPath} `));
    const verify = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
    expect({ status: verify.status, output: `${verify.stdout}${verify.stderr}` }).toEqual({
      status: 0,
      output: '',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
