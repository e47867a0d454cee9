// Helpers for the phone view's component tests. A room is built by the real domain (a seed, then
// commands applied at fixed instants), handed to a plain store the way the connection hands it
// over (a snapshot, then changes), and the screen is rendered with a client clock the test steps
// by hand: jsdom's animation frames run for real, only the clock they read is the test's.
import { act, render, type RenderResult } from '@testing-library/react';
import { applyInput } from '../../../shared/domain/apply.ts';
import {
  createRoom,
  parseRoomSeed,
  type RoomSeedInput,
} from '../../../shared/domain/create-room.ts';
import { changedParts, publicView } from '../../../shared/domain/public-view.ts';
import type { RoomState, UnLanguage } from '../../../shared/domain/types.ts';
import type { RoomChanged } from '../../../shared/protocol.ts';
import { MINUTE_MS, SECOND_MS, type DurationMs, type EpochMs } from '../../../shared/time.ts';
import { ClientClockProvider } from '../../../client/shared-ui/client-clock.tsx';
import {
  createRoomStore,
  withChange,
  withSnapshot,
  type RoomStore,
} from '../../../client/store/room-store.ts';
import { FollowScreen } from '../../../client/views/follow/FollowView.tsx';
import { loadFollowMessages } from '../../../client/views/follow/messages/follow-messages.ts';

/** 2017-09-06 10:00 in New York (EDT, UTC-4): the first sitting opens. */
export const T0: EpochMs = Date.UTC(2017, 8, 6, 14, 0);

export const sec = (n: number): DurationMs => n * SECOND_MS;
export const min = (n: number): DurationMs => n * MINUTE_MS;

/** The instant `ms` after T0. */
export const at = (ms: DurationMs): EpochMs => T0 + ms;

export const ROOM_ID = 'cr4';

/**
 * Six entries, 3 minutes each, warning in the last 30 seconds: France (s1), Germany (s2), the
 * United Kingdom for a group (s3), Japan (s4), Brazil (s5), and France again in its own name (s6).
 */
export function seedInput(overrides: Partial<RoomSeedInput> = {}): RoomSeedInput {
  return {
    id: ROOM_ID,
    meeting: {
      title: 'Informal interactive dialogue on the responsibility to protect',
      organ: 'General Assembly',
      room: 'Conference Room 4',
      timeZone: 'America/New_York',
      sittings: [
        { date: '2017-09-06', start: '10:00', end: '13:00' },
        { date: '2017-09-06', start: '15:00', end: '18:00' },
      ],
      defaultLimitMs: min(3),
      warningMs: sec(30),
    },
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
  const seed = parseRoomSeed(seedInput(overrides));
  if (!seed.ok) throw new Error(`seed refused: ${seed.error.message}`);
  const room = createRoom(seed.value);
  if (!room.ok) throw new Error(`room refused: ${room.error.message}`);
  return room.value;
}

/** Applies commands at `now`, each of which must be accepted. */
export function run(state: RoomState, now: EpochMs, ...commands: unknown[]): RoomState {
  return commands.reduce<RoomState>((current, command) => {
    const result = applyInput(current, command, now);
    if (!result.ok) {
      throw new Error(`${JSON.stringify(command)} refused: ${result.error.message}`);
    }
    return result.value;
  }, state);
}

export const next = { type: 'nextSpeaker', start: true };
export const end = { type: 'endSpeech' };

/** A new store holding the room as the joining snapshot leaves it, connected, at `now`. */
export function storeWith(state: RoomState, now: EpochMs = T0): RoomStore {
  const store = createRoomStore();
  store.setState((s) => ({
    ...withSnapshot(s, { ...publicView(state), serverNow: now }, now),
    connection: 'connected',
  }));
  return store;
}

/** Feeds the store what changed from `before` to `after`, as the hub's `changed` message does. */
export function pushChange(
  store: RoomStore,
  before: RoomState,
  after: RoomState,
  now: EpochMs = T0,
): void {
  const change: RoomChanged = {
    roomId: after.roomId,
    fromVersion: before.version,
    version: after.version,
    serverNow: now,
    parts: changedParts(publicView(before), publicView(after)),
  };
  const updated = withChange(store.getState(), change, now);
  if (!updated) throw new Error(`the store does not hold version ${before.version}`);
  act(() => store.setState(updated));
}

/** A client clock the test moves by hand. */
export interface SteppingClock {
  now: () => EpochMs;
  set(instant: EpochMs): void;
}

export function steppingClock(start: EpochMs): SteppingClock {
  let current = start;
  return {
    now: () => current,
    set(instant) {
      current = instant;
    },
  };
}

/** Moves the client clock to `instant` and lets jsdom's animation frames draw it. */
export async function showAt(clock: SteppingClock, instant: EpochMs): Promise<void> {
  await act(async () => {
    clock.set(instant);
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
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
  store: RoomStore,
  options: { now?: EpochMs; language?: UnLanguage } = {},
): Promise<RenderedFollow> {
  const clock = steppingClock(options.now ?? T0);
  const language = options.language ?? 'en';
  const text = await loadFollowMessages(language);
  const result = render(
    <ClientClockProvider clock={clock.now}>
      <FollowScreen store={store} roomId={ROOM_ID} initial={{ language, text }} />
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
