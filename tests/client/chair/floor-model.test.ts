// What the main floor button does in each state, and which command each key stands for.
import { describe, expect, it } from 'vitest';
import {
  floorView,
  primaryAction,
  shortcutCommand,
  shortcutOf,
  type KeyPress,
} from '../../../client/views/chair/floor-model.ts';
import { publicView } from '../../../shared/domain/public-view.ts';
import { makeRoom, run, T0 } from './chair-harness.tsx';

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
