// Where the hub finds the built client: dist/client at the package's root, whether the hub runs
// from its sources (server/main.ts, under tsx) or from its build (dist/server/server/main.js).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/client in the nearest folder above the module at `moduleUrl` that holds package.json. */
export function builtClientDir(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${fileURLToPath(moduleUrl)}`);
    dir = parent;
  }
  return path.join(dir, 'dist/client');
}
