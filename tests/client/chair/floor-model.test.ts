// What the main floor button does in each state, and which command each key stands for: the
// keyboard's, a presentation clicker's (also under a non-Latin layout), and the keys the console
// lists, each read back as the shortcut it is listed for.
import { describe, expect, it } from 'vitest';
import {
  floorView,
  nextStarts,
  primaryAction,
  SHORTCUT_KEYS,
  SHORTCUTS,
  shortcutCommand,
  shortcutOf,
  type KeyPress,
} from '../../../client/views/chair/floor-model.ts';
import { publicView } from '../../../shared/domain/public-view.ts';
import { makeRoom, run, T0 } from './chair-harness.tsx';
import { pressOfKeyName } from './key-names.ts';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('primaryAction', () => {
  const cases: [string, () => ReturnType<typeof makeRoom>, string][] = [
    ['nobody on the floor, someone waiting', () => makeRoom(), 'callAndStart'],
    ['nobody left to call', () => makeRoom({ speakers: [] }), 'none'],
    ['called, not started', () => run(makeRoom(), T0, { type: 'nextSpeaker' }), 'start'],
    ['running', () => run(makeRoom(), T0, { type: 'nextSpeaker', start: true }), 'pause'],
    [
      'paused',
      () => run(makeRoom(), T0, { type: 'nextSpeaker', start: true }, { type: 'pauseSpeech' }),
      'resume',
    ],
    ['adjourned', () => run(makeRoom(), T0, { type: 'adjournMeeting' }), 'none'],
  ];
  for (const [name, state, expected] of cases) {
    it(`${name}: ${expected}`, () => expect(primaryAction(publicView(state()))).toBe(expected));
  }
});

describe('shortcutOf', () => {
  const cases: [KeyPress, string | undefined][] = [
    [key(' '), 'primary'],
    [key('Spacebar'), 'primary'],
    [key('ArrowRight'), 'next'],
    [key('PageDown'), 'next'],
    [key('ArrowLeft'), 'previous'],
    [key('PageUp'), 'previous'],
    [key('s'), 'skip'],
    [key('S', { shiftKey: true }), 'skip'],
    [key('+', { shiftKey: true }), 'plus'],
    [key('='), 'plus'],
    [key('-'), 'minus'],
    // A clicker's black-screen button ("b" or ".") and its slideshow button (F5, Shift+F5, Esc).
    [key('b'), 'primary'],
    [key('B', { shiftKey: true }), 'primary'],
    [key('.'), 'primary'],
    [key('F5'), 'primary'],
    [key('F5', { shiftKey: true }), 'primary'],
    [key('Escape'), 'primary'],
    [key('Escape', { shiftKey: true }), 'primary'],
    // Ctrl+F5, Ctrl+Shift+F5, Alt+F5, Ctrl+Escape, Meta+B stay the browser's and the system's.
    [key('F5', { ctrlKey: true }), undefined],
    [key('F5', { ctrlKey: true, shiftKey: true }), undefined],
    [key('F5', { altKey: true }), undefined],
    [key('Escape', { ctrlKey: true }), undefined],
    [key('b', { metaKey: true }), undefined],
    [key('F4'), undefined],
    [key('F6'), undefined],
    [key(','), undefined],
    [key('z', { ctrlKey: true }), 'undo'],
    [key('Z', { metaKey: true }), 'undo'],
    [key('z', { ctrlKey: true, shiftKey: true }), undefined],
    [key('z'), undefined],
    [key('ArrowRight', { altKey: true }), undefined],
    [key('s', { ctrlKey: true }), undefined],
    [key('Enter'), undefined],
    [key('ArrowDown'), undefined],
  ];
  for (const [press, expected] of cases) {
    const mods = ['ctrlKey', 'metaKey', 'altKey', 'shiftKey'].filter(
      (m) => press[m as keyof KeyPress],
    );
    it(`${[...mods, JSON.stringify(press.key)].join('+')}: ${String(expected)}`, () =>
      expect(shortcutOf(press)).toBe(expected));
  }
});

describe('shortcutOf under a non-Latin layout: the key’s place says what was meant', () => {
  const cases: [string, KeyPress, string | undefined][] = [
    ['Arabic, the B’s place (a clicker’s "b")', key('لا', { code: 'KeyB' }), 'primary'],
    ['Russian, the B’s place', key('и', { code: 'KeyB' }), 'primary'],
    ['Russian, the full stop’s place (a clicker’s ".")', key('ю', { code: 'Period' }), 'primary'],
    ['Russian, the S’s place', key('ы', { code: 'KeyS' }), 'skip'],
    ['Russian, Ctrl in the Z’s place', key('я', { code: 'KeyZ', ctrlKey: true }), 'undo'],
    ['Arabic, the = place', key('=', { code: 'Equal' }), 'plus'],
    ['Arabic, a letter with no shortcut', key('ت', { code: 'KeyF' }), undefined],
    // A Latin key is taken as it is: Dvorak's "x" sits where QWERTY has its B.
    ['Dvorak, "x" in the B’s place', key('x', { code: 'KeyB' }), undefined],
    ['Dvorak, "b" in the N’s place', key('b', { code: 'KeyN' }), 'primary'],
    // Named keys whatever the place.
    ['F5', key('F5', { code: 'F5' }), 'primary'],
    ['PageDown', key('PageDown', { code: 'PageDown' }), 'next'],
  ];
  for (const [name, press, expected] of cases) {
    it(`${name}: ${String(expected)}`, () => expect(shortcutOf(press)).toBe(expected));
  }
});

describe('the keys the console lists', () => {
  it('lists every shortcut once, each with at least one key', () => {
    expect([...SHORTCUTS].sort()).toEqual(Object.keys(SHORTCUT_KEYS).sort());
    for (const shortcut of SHORTCUTS) expect(SHORTCUT_KEYS[shortcut].length).toBeGreaterThan(0);
  });

  for (const shortcut of SHORTCUTS) {
    for (const name of SHORTCUT_KEYS[shortcut]) {
      it(`${name} is read as ${shortcut}`, () =>
        expect(shortcutOf({ ...key(''), ...pressOfKeyName(name) })).toBe(shortcut));
    }
  }
});

describe('shortcutCommand', () => {
  it('sends what the main button would, and fixed commands for the rest', () => {
    const room = publicView(run(makeRoom(), T0, { type: 'nextSpeaker' }));
    expect(shortcutCommand('primary', room)).toEqual({ type: 'startSpeech' });
    expect(shortcutCommand('next', room)).toEqual({ type: 'nextSpeaker' });
    expect(shortcutCommand('previous', room)).toEqual({ type: 'previousSpeaker' });
    expect(shortcutCommand('skip', room)).toEqual({ type: 'skipSpeaker' });
    expect(shortcutCommand('plus', room)).toEqual({ type: 'adjustTime', deltaMs: 30_000 });
    expect(shortcutCommand('minus', room)).toEqual({ type: 'adjustTime', deltaMs: -30_000 });
    expect(shortcutCommand('undo', room)).toEqual({ type: 'undo' });
    expect(shortcutCommand('primary', publicView(makeRoom({ speakers: [] })))).toBeUndefined();
  });

  it('Next starts the clock when the chair chose it', () => {
    const room = publicView(run(makeRoom(), T0, { type: 'nextSpeaker', start: true }));
    const callStarts = { callStarts: true };
    expect(shortcutCommand('next', room, callStarts)).toEqual({ type: 'nextSpeaker', start: true });
    expect(shortcutCommand('next', room, { callStarts: false })).toEqual({ type: 'nextSpeaker' });
    // Only Next: the others send what they always do.
    expect(shortcutCommand('primary', room, callStarts)).toEqual({ type: 'pauseSpeech' });
    expect(shortcutCommand('previous', room, callStarts)).toEqual({ type: 'previousSpeaker' });
    expect(shortcutCommand('skip', room, callStarts)).toEqual({ type: 'skipSpeaker' });
  });

  it('while suspended, Next calls without starting (the hub would refuse the whole call)', () => {
    const suspended = publicView(run(makeRoom(), T0, { type: 'suspendMeeting' }));
    expect(nextStarts(suspended.status, { callStarts: true })).toBe(false);
    expect(shortcutCommand('next', suspended, { callStarts: true })).toEqual({
      type: 'nextSpeaker',
    });
  });

  it('an adjourned meeting takes no key but undo, with the option or without', () => {
    const adjourned = publicView(run(makeRoom(), T0, { type: 'adjournMeeting' }));
    for (const shortcut of SHORTCUTS) {
      const sent = shortcutCommand(shortcut, adjourned, { callStarts: true });
      expect(sent).toEqual(shortcut === 'undo' ? { type: 'undo' } : undefined);
    }
  });
});

describe('floorView', () => {
  it('names the speaker, their place and who comes next', () => {
    const room = run(makeRoom(), T0, { type: 'nextSpeaker' }, { type: 'nextSpeaker' });
    const view = floorView(publicView(room));
    // FRA was called and not started: passed over, moved to the end; DEU has the floor.
    expect(view.speaker?.delegation).toBe('DEU');
    expect(view.position).toBe(1);
    expect(view.total).toBe(5);
    expect(view.next?.delegation).toBe('GBR');
  });

  it('with nobody on the floor, the next is the first to be called', () => {
    const view = floorView(publicView(makeRoom()));
    expect(view.speaker).toBeUndefined();
    expect(view.next?.delegation).toBe('FRA');
  });
});
