// Helpers for the console's component tests. A room is built by the real domain (a seed, then
// commands applied at fixed instants) and handed to a plain store as the connection would. The
// console gets a test double of the network only: `fakeHub` applies each command with the real
// domain, feeds the store the change (as the hub's `changed` would, before the ack) and answers
// with the ack, recording every command sent.
import { act, render, type RenderResult } from '@testing-library/react';
import { applyInput, type CalendarView } from '../../../shared/domain/apply.ts';
import type { CommandInput } from '../../../shared/domain/commands.ts';
import { publicView } from '../../../shared/domain/public-view.ts';
import type { RoomSeedInput } from '../../../shared/domain/create-room.ts';
import type { RoomState, UnLanguage } from '../../../shared/domain/types.ts';
import type { CommandAck } from '../../../shared/protocol.ts';
import type { EpochMs } from '../../../shared/time.ts';
import { ClientClockProvider } from '../../../client/view-kit/client-clock.tsx';
import type { LiveRoom } from '../../../client/store/live-room.ts';
import { Console } from '../../../client/views/chair/Console.tsx';
import type { FetchRecord } from '../../../client/views/chair/use-speech-record.ts';
import { changedStore, DIALOGUE_MEETING, roomFrom, runWith, storeAt, T0 } from '../room-harness.ts';

export { meetingOf, min, run, sec, T0 } from '../room-harness.ts';

/** Five States (ids s1..s5), 3 minutes each, two sittings 10:00-13:00 and 15:00-18:00. */
export function seedInput(overrides: Partial<RoomSeedInput> = {}): RoomSeedInput {
  return {
    id: 'cr4',
    meeting: DIALOGUE_MEETING,
    speakers: [
      { delegation: 'FRA' },
      { delegation: 'DEU' },
      { delegation: 'GBR' },
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

/** A store holding the room as the joining snapshot leaves it, connected. */
export function storeWith(state: RoomState, serverNow: EpochMs = T0): LiveRoom {
  return storeAt(state, serverNow);
}

export interface FakeHub {
  send: (command: CommandInput) => Promise<CommandAck>;
  /** Every command the console sent, in order, as sent. */
  sent: CommandInput[];
  /** The hub's state now. */
  state(): RoomState;
  /** Answers the next commands with this refusal instead of applying them (until cleared). */
  refuseWith(ack: CommandAck | undefined): void;
  /** Applies a command as another console would: the hub's state and this store follow. */
  elsewhere(command: CommandInput): void;
  /** Runs `hook` before each command is handled (to act as another console in between). */
  beforeEach(hook: (command: CommandInput, index: number) => void): void;
}

/**
 * A hub for one store: the real domain at instant `now()`, changes pushed before the ack; with
 * the room's calendar when a test opens a scheduled meeting.
 */
export function fakeHub(
  store: LiveRoom,
  initial: RoomState,
  now: () => EpochMs,
  calendar?: CalendarView,
): FakeHub {
  let state = initial;
  let refusal: CommandAck | undefined;
  let hook: ((command: CommandInput, index: number) => void) | undefined;
  const sent: CommandInput[] = [];
  /** Moves the hub to `after` and tells the store, as the hub's `changed` does. */
  const commit = (after: RoomState) => {
    const before = state;
    state = after;
    const next = changedStore(store, before, state, now());
    if (next) act(() => store.setState(next));
  };
  return {
    sent,
    state: () => state,
    refuseWith(ack) {
      refusal = ack;
    },
    elsewhere(command) {
      commit(runWith(calendar, state, now(), command));
    },
    beforeEach(next) {
      hook = next;
    },
    async send(command) {
      sent.push(command);
      hook?.(command, sent.length - 1);
      if (refusal) return refusal;
      const result = applyInput(state, command, now(), calendar);
      if (!result.ok) {
        return result.error.code === 'conflict'
          ? { ok: false, error: result.error, state: { ...publicView(state), serverNow: now() } }
          : { ok: false, error: result.error };
      }
      commit(result.value);
      return { ok: true, version: state.version };
    },
  };
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

/** A record fetch that answers an empty record (component tests do not reach a hub). */
export const emptyRecord: FetchRecord = () =>
  Promise.resolve(new Response(JSON.stringify({ roomId: 'cr4', speeches: [] })));

/** Lets the console's pending answers and renders run, inside act. */
export async function settle(ms = 20): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

export interface RenderedConsole extends RenderResult {
  clock: SteppingClock;
  hub: FakeHub;
  store: LiveRoom;
  /** The status line's text. */
  status(): string;
}

/** Renders the console for `state` with a fake hub and a stepped clock (no wall preview). */
export function renderConsole(
  state: RoomState,
  options: {
    now?: EpochMs;
    language?: UnLanguage;
    send?: FakeHub['send'];
    /** The room's calendar, for openMeeting. */
    calendar?: CalendarView;
  } = {},
): RenderedConsole {
  const clock = steppingClock(options.now ?? T0);
  const store = storeWith(state, clock.now());
  const hub = fakeHub(store, state, clock.now, options.calendar);
  const send = options.send ?? hub.send;
  const result = render(
    <ClientClockProvider clock={clock.now}>
      <Console
        store={store}
        send={send}
        roomId="cr4"
        language={options.language ?? 'en'}
        fetchRecord={emptyRecord}
        preview={false}
      />
    </ClientClockProvider>,
  );
  const status = () =>
    (result.container.querySelector('.chair-status')?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  return { ...result, clock, hub, store, status };
}
