// @vitest-environment jsdom
// Who is on the wall: the speaker with the floor (place in the list, delegation, person, the group
// spoken for) and the next three speakers in the order they will be called.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomState } from '../../../shared/domain/types.ts';
import {
  GROUP_OF_FRIENDS,
  makeRoom,
  pushChange,
  renderWall,
  run,
  storeWith,
  T0,
} from './wall-harness.tsx';

afterEach(cleanup);

const next = { type: 'nextSpeaker', start: true };
const end = { type: 'endSpeech' };

/** The delegations listed under "Next speakers", in order. */
const nextNames = (wall: ReturnType<typeof renderWall>): string[] =>
  [...wall.container.querySelectorAll('.wall-next li')].map((li) => li.textContent ?? '');

describe('the speaker panel', () => {
  it('waits for the first speaker before anyone is called', () => {
    const wall = renderWall(storeWith(makeRoom()));
    expect(wall.textOf('.wall-speaker-panel')).toBe('Awaiting the next speaker');
    expect(wall.container.querySelector('.wall-countdown')).toBeNull();
    expect(wall.textOf('.wall-status')).toBe('Not yet started');
  });

  it('shows the place in the list, the delegation and the speaker’s title', () => {
    const wall = renderWall(storeWith(run(makeRoom(), T0, next)));
    expect(wall.textOf('.wall-position')).toBe('Speaker 1 of 5');
    expect(wall.textOf('.wall-delegation')).toBe('France');
    expect(wall.textOf('.wall-person')).toBe('Permanent Representative');
    expect(wall.container.querySelector('.wall-behalf')).toBeNull();
    expect(wall.textOf('.wall-status')).toBe('In session');
  });

  it('names a State by its full United Nations name and says whom a group statement is for', () => {
    const third = run(makeRoom(), T0, next, end, next, end, next);
    const wall = renderWall(storeWith(third));
    expect(wall.textOf('.wall-position')).toBe('Speaker 3 of 5');
    expect(wall.textOf('.wall-delegation')).toBe(
      'United Kingdom of Great Britain and Northern Ireland',
    );
    expect(wall.part('.wall-delegation').dataset.length).toBe('long');
    expect(wall.textOf('.wall-behalf')).toBe(`on behalf of ${GROUP_OF_FRIENDS}`);
  });

  it('follows the floor as the chair calls the next speaker', () => {
    const first = run(makeRoom(), T0, next);
    const store = storeWith(first);
    const wall = renderWall(store);
    const second = run(first, T0 + 60_000, next);
    pushChange(store, first, second);
    expect(wall.textOf('.wall-position')).toBe('Speaker 2 of 5');
    expect(wall.textOf('.wall-delegation')).toBe('Germany');
    expect(wall.container.querySelector('.wall-person')).toBeNull();
    expect(wall.textOf('.wall-digits')).toBe('3:00');
  });
});

describe('the next speakers', () => {
  it('lists the next three, not the one speaking, with the group each speaks for', () => {
    const wall = renderWall(storeWith(run(makeRoom(), T0, next)));
    expect(wall.textOf('.wall-next h2')).toBe('Next speakers');
    expect(nextNames(wall)).toEqual([
      'Germany',
      `United Kingdom of Great Britain and Northern Ireland${GROUP_OF_FRIENDS}`,
      'Japan',
    ]);
    expect(wall.textOf('.wall-next li:nth-child(2) .wall-next-behalf')).toBe(GROUP_OF_FRIENDS);
  });

  it('lists the first three before anyone is called', () => {
    const wall = renderWall(storeWith(makeRoom()));
    expect(nextNames(wall)).toEqual([
      'France',
      'Germany',
      `United Kingdom of Great Britain and Northern Ireland${GROUP_OF_FRIENDS}`,
    ]);
  });

  it('puts a speaker passed over when called at the end, and says when nobody is left', () => {
    // France is called and passed over (never started): it comes back after the others.
    let room: RoomState = run(makeRoom(), T0, { type: 'nextSpeaker' }, next);
    let wall = renderWall(storeWith(room));
    expect(wall.textOf('.wall-delegation')).toBe('Germany');
    expect(nextNames(wall)).toEqual([
      `United Kingdom of Great Britain and Northern Ireland${GROUP_OF_FRIENDS}`,
      'Japan',
      'Brazil',
    ]);
    cleanup();
    room = run(room, T0, end, next, end, next, end, next);
    wall = renderWall(storeWith(room));
    expect(wall.textOf('.wall-delegation')).toBe('Brazil');
    expect(nextNames(wall)).toEqual(['France']);
    cleanup();
    room = run(room, T0, end, next, { type: 'closeList' });
    wall = renderWall(storeWith(room));
    expect(wall.textOf('.wall-delegation')).toBe('France');
    expect(wall.textOf('.wall-next p')).toBe('No more speakers on the list');
    expect(wall.textOf('.wall-list-closed')).toBe('List of speakers closed');
  });
});
