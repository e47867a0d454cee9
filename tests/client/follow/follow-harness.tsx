// Helpers for the phone view's component tests. A room is built by the real domain (a seed, then
// commands applied at fixed instants), handed to a plain store the way the connection hands it
// over (a snapshot, then changes), and the screen is rendered with a client clock the test steps
// by hand: jsdom's animation frames run for real, only the clock they read is the test's.
import { render, type RenderResult } from '@testing-library/react';
import type { RoomSeedInput } from '../../../shared/domain/create-room.ts';
import type { RoomState, UnLanguage } from '../../../shared/domain/types.ts';
import type { EpochMs } from '../../../shared/time.ts';
import { ClientClockProvider } from '../../../client/view-kit/client-clock.tsx';
import type { LiveRoom } from '../../../client/store/live-room.ts';
import { FollowScreen } from '../../../client/views/follow/FollowView.tsx';
import { loadFollowMessages } from '../../../client/views/follow/messages/follow-messages.ts';
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
  steppingClock,
  T0,
  type SteppingClock,
} from '../room-harness.ts';

export const ROOM_ID = 'cr4';

/**
 * Six entries, 3 minutes each, warning in the last 30 seconds: France (s1), Germany (s2), the
 * United Kingdom for a group (s3), Japan (s4), Brazil (s5), and France again in its own name (s6).
 */
export function seedInput(overrides: Partial<RoomSeedInput> = {}): RoomSeedInput {
  return {
    id: ROOM_ID,
    meeting: DIALOGUE_MEETING,
    speakers: [
      { delegation: 'FRA', title: 'Permanent Representative', onBehalfOf: 'the European Union' },
      { delegation: 'DEU' },
      { delegation: 'GBR', onBehalfOf: 'the Group of Friends of the Responsibility to Protect' },
      { delegation: 'JPN' },
      { delegation: 'BRA' },
      { delegation: 'FRA' },
    ],
    ...overrides,
  };
}

/** A new room from a seed, built as the hub builds one; throws if the seed is refused. */
export function makeRoom(overrides: Partial<RoomSeedInput> = {}): RoomState {
  return roomFrom(seedInput(overrides));
}

export const next = { type: 'nextSpeaker', start: true };
export const end = { type: 'endSpeech' };

/** A new store holding the room as the joining snapshot leaves it, connected, at `now`. */
export function storeWith(state: RoomState, now: EpochMs = T0): LiveRoom {
  return storeAt(state, now);
}

/** Feeds the store what changed from `before` to `after`, as the hub's `changed` message does. */
export function pushChange(
  store: LiveRoom,
  before: RoomState,
  after: RoomState,
  now: EpochMs = T0,
): void {
  pushChangeAt(store, before, after, now);
}

export interface RenderedFollow extends RenderResult {
  clock: SteppingClock;
  /** The first element matching `selector`, or a failure naming it. */
  part(selector: string): HTMLElement;
  /** The text of the first element matching `selector`, spaces collapsed. */
  textOf(selector: string): string;
  /** True when something matches `selector`. */
  has(selector: string): boolean;
}

/** Renders the phone view as the route does, in `language` (English), the clock at `now` (T0). */
export async function renderFollow(
  store: LiveRoom,
  options: { now?: EpochMs; language?: UnLanguage } = {},
): Promise<RenderedFollow> {
  const clock = steppingClock(options.now ?? T0);
  const language = options.language ?? 'en';
  const texts = await loadFollowMessages(language);
  const result = render(
    <ClientClockProvider clock={clock.now}>
      <FollowScreen store={store} roomId={ROOM_ID} initial={{ language, texts }} />
    </ClientClockProvider>,
  );
  const part = (selector: string): HTMLElement => {
    const found = result.container.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`No ${selector} on the page`);
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
