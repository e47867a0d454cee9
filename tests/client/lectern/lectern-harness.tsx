// Helpers for the lectern's component tests: a room built by the real domain (the wall's five
// States, 3 minutes each, warning in the last 30 s), handed to a store as the connection hands it,
// and the Lectern rendered with a clock the test steps by hand.
import { render, type RenderResult } from '@testing-library/react';
import type { RoomSeedInput } from '../../../shared/domain/create-room.ts';
import { UN_LANGUAGES, type RoomState, type UnLanguage } from '../../../shared/domain/types.ts';
import type { DurationMs, EpochMs } from '../../../shared/time.ts';
import { loadDelegationNames } from '../../../client/i18n/delegation-names.ts';
import type { LiveRoom } from '../../../client/store/live-room.ts';
import { ClientClockProvider } from '../../../client/view-kit/client-clock.tsx';
import { Lectern } from '../../../client/views/lectern/LecternView.tsx';
import {
  DIALOGUE_MEETING,
  roomFrom,
  steppingClock,
  storeAt,
  T0,
  type SteppingClock,
} from '../room-harness.ts';

export {
  at,
  idleSeed,
  min,
  roomFrom,
  run,
  scheduled,
  sec,
  showAt,
  T0,
  type SteppingClock,
} from '../room-harness.ts';

/** Five States (France first), 3 minutes each, warning in the last 30 seconds. */
export function makeRoom(overrides: Partial<RoomSeedInput> = {}): RoomState {
  return roomFrom({
    id: 'cr4',
    name: 'Conference Room 4',
    meeting: DIALOGUE_MEETING,
    speakers: [
      { delegation: 'FRA', title: 'Permanent Representative' },
      { delegation: 'DEU' },
      { delegation: 'GBR', onBehalfOf: 'the Group of Friends of the Responsibility to Protect' },
      { delegation: 'JPN' },
      { delegation: 'BRA' },
    ],
    ...overrides,
  });
}

// The view shows the lectern once its language's names are loaded; the harness renders the
// Lectern itself, so it loads them first, for every language.
await Promise.all(UN_LANGUAGES.map((language) => loadDelegationNames(language)));

/** A store holding the room as the joining snapshot leaves it, connected. */
export function storeWith(state: RoomState, options: { offsetMs?: DurationMs } = {}): LiveRoom {
  return storeAt(state, T0, { offsetMs: options.offsetMs ?? 0 });
}

export interface RenderedLectern extends RenderResult {
  clock: SteppingClock;
  /** The first element matching `selector`, or a failure naming it. */
  part(selector: string): HTMLElement;
  /** The text of the first element matching `selector`, spaces collapsed. */
  textOf(selector: string): string;
  /** Whether an element matches `selector`. */
  has(selector: string): boolean;
}

/** Renders the Lectern as LecternView does, clock at `now`. */
export function renderLectern(
  store: LiveRoom,
  options: { now?: EpochMs; language?: UnLanguage } = {},
): RenderedLectern {
  const clock = steppingClock(options.now ?? T0);
  const result = render(
    <ClientClockProvider clock={clock.now}>
      <Lectern store={store} language={options.language ?? 'en'} />
    </ClientClockProvider>,
  );
  const part = (selector: string): HTMLElement => {
    const found = result.container.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`No ${selector} on the lectern`);
    return found;
  };
  return {
    ...result,
    clock,
    part,
    textOf: (selector) => (part(selector).textContent ?? '').replace(/\s+/g, ' ').trim(),
    has: (selector) => result.container.querySelector(selector) !== null,
  };
}
