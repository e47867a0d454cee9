// @vitest-environment jsdom
// The pinned card: picked once with a searchable picker, remembered per room, then saying where
// the delegation stands as the meeting moves: its place and time, speaking now, has spoken, not on
// the list.
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { settingKeys } from '../../../client/views/follow/follow-settings.ts';
import { DIALOGUE_MEETING } from '../room-harness.ts';
import {
  at,
  end,
  makeRoom,
  min,
  next,
  pushChange,
  renderFollow,
  run,
  storeWith,
  T0,
} from './follow-harness.tsx';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** Opens the picker, types `query`, and taps the one delegation named `name`. */
function pick(query: string, name: string): void {
  fireEvent.click(screen.getByRole('button', { name: 'Choose your delegation' }));
  fireEvent.change(screen.getByRole('searchbox', { name: 'Find your delegation' }), {
    target: { value: query },
  });
  fireEvent.click(screen.getByRole('button', { name }));
}

describe('choosing my delegation', () => {
  it('asks once, with a search over the delegations on the list', async () => {
    const page = await renderFollow(storeWith(makeRoom()));
    expect(page.textOf('.follow-mine')).toContain('Choose your delegation');
    fireEvent.click(screen.getByRole('button', { name: 'Choose your delegation' }));
    const search = screen.getByRole('searchbox', { name: 'Find your delegation' });
    expect(document.activeElement).toBe(search);
    // Each delegation once (France is inscribed twice), in alphabetical order.
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain('Brazil');
    expect(page.container.querySelectorAll('.follow-picker-list li')).toHaveLength(5);
    fireEvent.change(search, { target: { value: 'bra' } });
    expect(
      [...page.container.querySelectorAll('.follow-picker-list li')].map((li) => li.textContent),
    ).toEqual(['Brazil']);
    fireEvent.change(search, { target: { value: 'Italy' } });
    expect(page.textOf('.follow-picker-none')).toBe('No delegation on the list matches “Italy”.');
    fireEvent.change(search, { target: { value: 'bra' } });
    fireEvent.click(screen.getByRole('button', { name: 'Brazil' }));
    expect(page.textOf('.follow-mine-name')).toBe('Brazil');
    expect(page.textOf('.follow-mine-turn')).toBe('5th in line, around 10:13');
    expect(localStorage.getItem(settingKeys.delegation('cr4'))).toBe('BRA');
  });

  it('is remembered on the phone for this room', async () => {
    localStorage.setItem(settingKeys.delegation('cr4'), 'JPN');
    const page = await renderFollow(storeWith(makeRoom()));
    expect(page.textOf('.follow-mine-name')).toBe('Japan');
    expect(page.textOf('.follow-mine-turn')).toBe('4th in line, around 10:09');
    // Its entries are marked in the list.
    expect(page.textOf('li[data-mine]')).toContain('Japan');
  });

  it('can be changed, or the change cancelled', async () => {
    const page = await renderFollow(storeWith(makeRoom()));
    pick('ger', 'Germany');
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(page.textOf('.follow-mine-name')).toBe('Germany');
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'JPN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Japan' }));
    expect(page.textOf('.follow-mine-name')).toBe('Japan');
  });
});

describe('the pinned card', () => {
  it('follows the delegation up the line, then on the floor, then done', async () => {
    let room = makeRoom();
    const store = storeWith(room);
    const page = await renderFollow(store);
    pick('ger', 'Germany');
    const card = () => page.textOf('.follow-mine-turn');
    expect(card()).toBe('2nd in line, around 10:03');

    const step = (now: number, ...commands: unknown[]) => {
      const after = run(room, now, ...commands);
      pushChange(store, room, after, now);
      room = after;
    };
    step(T0, next);
    expect(card()).toBe('1st in line, around 10:03');
    step(at(min(3)), next);
    expect(card()).toBe('Speaking now');
    expect(page.part('.follow-mine-turn').dataset.kind).toBe('speaking');
    step(at(min(6)), end);
    expect(card()).toBe('Has spoken');
  });

  it('says so when the delegation is taken off the list', async () => {
    localStorage.setItem(settingKeys.delegation('cr4'), 'BRA');
    const room = makeRoom();
    const store = storeWith(room);
    const page = await renderFollow(store);
    pushChange(store, room, run(room, T0, { type: 'removeSpeaker', speakerId: 's5' }));
    expect(page.textOf('.follow-mine-turn')).toBe('Not on the list of speakers');
    expect(page.has('li[data-mine]')).toBe(false);
  });

  it('says when a delegation passed over will be called again, and when it will not', async () => {
    localStorage.setItem(settingKeys.delegation('cr4'), 'DEU');
    const room = makeRoom();
    const store = storeWith(room);
    const page = await renderFollow(store);
    const skip = { type: 'skipSpeaker', speakerId: 's2' };
    const once = run(room, T0, skip);
    pushChange(store, room, once);
    expect(page.textOf('.follow-mine-turn')).toBe('6th in line, around 10:16');
    expect(page.textOf('.follow-mine')).toContain('Passed over once: called again after the list');
    pushChange(store, once, run(once, T0, skip));
    expect(page.textOf('.follow-mine-turn')).toBe('Passed over twice: will not be called again');
  });

  it('gives times in the meeting’s time zone, whatever the phone’s', async () => {
    localStorage.setItem(settingKeys.delegation('cr4'), 'BRA');
    const geneva = makeRoom({
      meeting: {
        ...DIALOGUE_MEETING,
        timeZone: 'Europe/Zurich',
        sittings: [{ date: '2017-09-06', start: '16:00', end: '18:00' }],
      },
    });
    const page = await renderFollow(storeWith(geneva));
    // T0 is 16:00 in Geneva; four speeches of 3:15 before Brazil.
    expect(page.textOf('.follow-mine-turn')).toBe('5th in line, around 16:13');
  });
});
