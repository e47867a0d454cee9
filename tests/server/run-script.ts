// Runs one of the data tools (`scripts/<name>.ts`) as `npm run <name>` would, in a child process.
import { spawn } from 'node:child_process';
import { REPO_ROOT } from './hub-process.ts';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** How long it ran (ms). */
  ms: number;
}

/** Runs `scripts/<name>.ts` with `args`; `env` is added to this process's environment. */
export function runScript(
  name: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ScriptRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('exit', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}
