// How the build splits the client's code so that the phone view's weight does not depend on the
// other screens. By default the bundler groups the modules the screens share by which screens
// import them: a new screen that uses only some of the phone's shared modules (the lectern, the
// booths) splits the phone's chunks in two, and each extra file costs a phone its own gzip
// stream and import bindings: 630 bytes of its 100 KB when the lectern came, which it did not
// have. Here every module the phone view reaches through static imports, apart from the phone's
// own folder and what the entry chunk already holds (React), is one chunk, `screens`, whichever
// other screens use it too: the phone downloads it whole, as before, in one file; the wall, the
// console and the lectern load it as well, with what the phone leaves out in their own chunks.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PHONE_VIEW = fileURLToPath(new URL('./views/follow/FollowView.tsx', import.meta.url));
const PHONE_FOLDER = path.dirname(PHONE_VIEW) + path.sep;
const ENTRY = fileURLToPath(new URL('./main.tsx', import.meta.url));

/** The part of the bundler's module graph that is read here. */
export interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** Every module `from` reaches through static imports, itself included. */
function staticallyReached(from: string, graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/** The modules of the `screens` chunk, worked out once per chunking pass (its graph). */
const shared = new WeakMap<ModuleGraph, Set<string>>();

function phoneShared(graph: ModuleGraph): Set<string> {
  let found = shared.get(graph);
  if (!found) {
    const entry = staticallyReached(ENTRY, graph);
    const phone = [...staticallyReached(PHONE_VIEW, graph)];
    found = new Set(phone.filter((id) => !entry.has(id) && !id.startsWith(PHONE_FOLDER)));
    shared.set(graph, found);
  }
  return found;
}

/** The group for `build.rolldownOptions.output.codeSplitting.groups`. */
export const phoneChunk = {
  debugName: 'phone',
  name: (id: string, graph: ModuleGraph): string | null =>
    phoneShared(graph).has(id) ? 'screens' : null,
  // Only the modules named: their dependencies are the phone's too, but for React, which stays
  // in the entry chunk.
  includeDependenciesRecursively: false,
};
