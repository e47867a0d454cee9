// The phone view's weight: what a delegate's phone downloads before it can show the route, on the
// room's crowded Wi-Fi. The client is built afresh (into a temporary folder, so that a hub serving
// dist/client is not disturbed) with Vite's manifest; the route's initial files are the entry
// chunk, the follow chunk, every chunk they import statically, and their CSS, each gzipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** 100 KB, counted in the strict unit: 100 000 bytes (102 400 would allow 2.4% more). */
const BUDGET_BYTES = 100_000;
const FOLLOW = 'views/follow/FollowView.tsx';
const CHAIR = 'views/chair/';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

let outDir: string;
let manifest: Manifest;

beforeAll(() => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-budget-'));
  const build = spawnSync(
    process.execPath,
    [
      path.resolve('node_modules/vite/bin/vite.js'),
      'build',
      '--manifest',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
    { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (build.status !== 0) throw new Error(`The build failed:\n${build.stdout}\n${build.stderr}`);
  manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The manifest keys reached from `roots` through static imports only. */
function staticGraph(roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`No chunk ${key} in the manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  return [...seen];
}

const gzipped = (file: string): number =>
  gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length;

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

describe('the phone view’s bundle', () => {
  it('loads at most 100 KB gzipped of JavaScript and CSS before it shows', () => {
    const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
    if (!entry) throw new Error('No entry chunk in the manifest');
    const keys = staticGraph([entry, FOLLOW]);
    const files = new Set<string>();
    for (const key of keys) {
      const chunk = manifest[key] as ManifestChunk;
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
    }
    const sizes = [...files].map((file) => ({ file, gzip: gzipped(file) }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    // The texts and the delegations' names come in one small chunk each per language, fetched
    // while the socket connects: the heaviest of each is counted too, so the figure is what a
    // phone really downloads before it shows.
    const lazyChunks = keys.flatMap((key) => manifest[key]?.dynamicImports ?? []);
    const languages = lazyChunks.filter((key) => key.startsWith('views/follow/messages/'));
    const nameTables = [
      ...new Set(lazyChunks.filter((key) => manifest[key]?.file.startsWith('assets/names-'))),
    ];
    const heaviest = (chunks: string[]) =>
      Math.max(...chunks.map((key) => gzipped((manifest[key] as ManifestChunk).file)));
    const heaviestLanguage = heaviest(languages) + heaviest(nameTables);
    console.log(
      [
        `follow route, initial JS + CSS (gzip): ${total} bytes = ${kb(total)} of ${kb(BUDGET_BYTES)}`,
        ...sizes.map((s) => `  ${s.file}: ${s.gzip} bytes`),
        `  + the heaviest language's texts (${languages.length} chunks) and names` +
          ` (${nameTables.length} chunks): ${heaviestLanguage} bytes` +
          ` → ${kb(total + heaviestLanguage)} in all`,
      ].join('\n'),
    );
    expect(languages).toHaveLength(6);
    expect(nameTables).toHaveLength(6);
    expect(total + heaviestLanguage).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('is its own chunk and never pulls in the chair’s console', () => {
    const follow = manifest[FOLLOW];
    expect(follow?.file).toMatch(/FollowView/);
    const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry) ?? '';
    // The entry reaches the follow view only lazily.
    expect(manifest[entry]?.imports ?? []).not.toContain(FOLLOW);
    const reached = staticGraph([entry, FOLLOW]);
    expect(reached.filter((key) => manifest[key]?.src?.startsWith(CHAIR))).toEqual([]);
    const chairFile = Object.values(manifest).find((c) => c.src?.startsWith(CHAIR))?.file;
    expect(reached.map((key) => manifest[key]?.file)).not.toContain(chairFile);
  });

  it('carries no zod: commands are validated on the hub', () => {
    const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry) ?? '';
    for (const key of staticGraph([entry, FOLLOW])) {
      const code = readFileSync(path.join(outDir, (manifest[key] as ManifestChunk).file), 'utf8');
      expect(code, key).not.toMatch(/ZodError|\$ZodType/);
    }
  });
});
