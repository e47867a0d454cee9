// The key events behind the names the console lists its keys by (aria-keyshortcuts names: "Space",
// "Shift+F5", "Control+Z", "Plus"), for tests that press every key the console says it takes.
import type { KeyName } from '../../../client/views/chair/floor-model.ts';

/** The parts of a keydown a listed key makes. */
export interface KeyEventInit {
  key: string;
  code: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
}

const EVENTS: Record<KeyName, KeyEventInit> = {
  Space: { key: ' ', code: 'Space' },
  B: { key: 'b', code: 'KeyB' },
  '.': { key: '.', code: 'Period' },
  F5: { key: 'F5', code: 'F5' },
  'Shift+F5': { key: 'F5', code: 'F5', shiftKey: true },
  Escape: { key: 'Escape', code: 'Escape' },
  ArrowRight: { key: 'ArrowRight', code: 'ArrowRight' },
  PageDown: { key: 'PageDown', code: 'PageDown' },
  ArrowLeft: { key: 'ArrowLeft', code: 'ArrowLeft' },
  PageUp: { key: 'PageUp', code: 'PageUp' },
  S: { key: 's', code: 'KeyS' },
  Plus: { key: '+', code: 'Equal', shiftKey: true },
  '-': { key: '-', code: 'Minus' },
  'Control+Z': { key: 'z', code: 'KeyZ', ctrlKey: true },
};

/** The keydown of a listed key. */
export function pressOfKeyName(name: KeyName): KeyEventInit {
  return EVENTS[name];
}

/** The keydown of a key as the console's Keys list names it (its rows' data-keys). */
export function pressOfListed(name: string): KeyEventInit {
  const found = Object.entries(EVENTS).find(([listed]) => listed === name);
  if (!found) throw new Error(`The console lists a key no test knows: ${name}`);
  return found[1];
}
