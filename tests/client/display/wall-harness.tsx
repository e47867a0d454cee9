// Helpers for the wall display's component tests. A room is built by the real domain (a seed, then
// commands applied at fixed instants), handed to a plain store the way the connection hands it
// over (a snapshot, then changes), and the Wall is rendered with a clock the test steps by hand:
// jsdom's animation frames run for real, only the clock they read is the test's.
import { render, type RenderResult } from '@testing-library/react';
import type { RoomSeedInput } from '../../../shared/domain/create-room.ts';
import { UN_LANGUAGES, type RoomState, type UnLanguage } from '../../../shared/domain/types.ts';
import type { DurationMs, EpochMs } from '../../../shared/time.ts';
import { loadDelegationNames } from '../../../client/i18n/delegation-names.ts';
import { ClientClockProvider } from '../../../client/view-kit/client-clock.tsx';
import type { LiveRoom } from '../../../client/store/live-room.ts';
import { Wall } from '../../../client/views/display/DisplayView.tsx';
import {
  DIALOGUE_MEETING,
  pushChangeAt,
  roomFrom,
  steppingClock,
  storeAt,
  T0,
  type SteppingClock,
} from '../room-harness.ts';

export {
  at,
  meetingOf,
  min,
  run,
  sec,
  showAt,
  someFrames,
  steppingClock,
  T0,
  type SteppingClock,
} from '../room-harness.ts';

export const FOLLOW_URL = 'http://hub.local/follow/cr4';

export const GROUP_OF_FRIENDS = 'the Group of Friends of the Responsibility to Protect';

/** Five States (ids s1..s5 in this order), 3 minutes each, warning in the last 30 seconds. */
export function seedInput(overrides: Partial<RoomSeedInput> = {}): RoomSeedInput {
  return {
    id: 'cr4',
    meeting: DIALOGUE_MEETING,
    speakers: [
      { delegation: 'FRA', title: 'Permanent Representative' },
      { delegation: 'DEU' },
      { delegation: 'GBR', onBehalfOf: GROUP_OF_FRIENDS },
      { delegation: 'JPN' },
      { delegation: 'BRA' },
    ],
    ...overrides,
  };
}

/** A new room from a seed, built as the hub builds one; throws if the seed is refused. */
export function makeRoom(overrides: Partial<RoomSeedInput> = {}): RoomState {
  return roomFrom(seedInput(overrides));
}

// DisplayView shows the wall once its language's names are loaded (useDelegationNames); the
// harness renders the Wall itself, so it loads them first, by the same loader, for every language.
await Promise.all(UN_LANGUAGES.map((language) => loadDelegationNames(language)));

/** A store holding the room as the joining snapshot leaves it, connected. */
export function storeWith(state: RoomState, options: { offsetMs?: DurationMs } = {}): LiveRoom {
  return storeAt(state, T0, { offsetMs: options.offsetMs ?? 0 });
}

/** Feeds the store what changed from `before` to `after`, as the hub's `changed` message does. */
export function pushChange(store: LiveRoom, before: RoomState, after: RoomState): void {
  pushChangeAt(store, before, after, T0);
}

export interface RenderedWall extends RenderResult {
  clock: SteppingClock;
  /** The first element matching `selector`, or a failure naming it. */
  part(selector: string): HTMLElement;
  /** The text of the first element matching `selector`, spaces collapsed. */
  textOf(selector: string): string;
}

/** Renders the Wall as DisplayView does, clock at `now`. */
export function renderWall(
  store: LiveRoom,
  options: { now?: EpochMs; language?: UnLanguage } = {},
): RenderedWall {
  const clock = steppingClock(options.now ?? T0);
  const language = options.language ?? 'en';
  const result = render(
    <ClientClockProvider clock={clock.now}>
      <Wall store={store} language={language} followUrl={FOLLOW_URL} />
    </ClientClockProvider>,
  );
  const part = (selector: string): HTMLElement => {
    const found = result.container.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`No ${selector} on the wall`);
    return found;
  };
  return {
    ...result,
    clock,
    part,
    textOf: (selector) => (part(selector).textContent ?? '').replace(/\s+/g, ' ').trim(),
  };
}
