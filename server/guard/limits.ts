// How much one client may ask of the hub: wrong chair keys per address, commands per connection
// and per room, clock and sync requests per connection. Generous for a chair at work and for a
// phone; tight for a script guessing keys or flooding the hub. One guard serves REST and
// Socket.IO alike, and the edges too, so no door is left without a limit.
import type { RostrumError } from '../../shared/domain/errors.ts';
import type { Ticks } from '../clock.ts';
import { createRateLimiter, type BucketLimits, type RateLimiter } from './rate-limiter.ts';
import { createRoomAllowance } from './room-allowance.ts';

export interface HubLimits {
  /** Wrong chair keys per client address, REST and handshake together. */
  keyFailures: BucketLimits;
  /** Commands per socket connection, and per room and client address over REST. */
  commands: BucketLimits;
  /**
   * Commands per room, whatever their connection: opening more consoles (or more REST clients)
   * cannot multiply the rate the room's journal grows at. Shared fairly (room-allowance.ts): a
   * room takes at most twice this, and a console at a human pace is never starved by a flood.
   */
  roomCommands: BucketLimits;
  /**
   * Bytes of commands per room (their JSON): one list of 600 speakers is 60 KB, so counting
   * commands alone would let one console write gigabytes an hour into the journal and to every
   * phone. Generous for an import or two at once, then what a chair could ever type.
   */
  roomCommandBytes: BucketLimits;
  /** `sync` requests per connection: each may cost a whole snapshot. */
  syncs: BucketLimits;
  /** `time` requests per connection. */
  times: BucketLimits;
  /** Any other request per connection (answered with an error, but answered). */
  otherRequests: BucketLimits;
  /** Handshakes per client address, whatever their outcome. */
  handshakes: BucketLimits;
  /**
   * REST reads per client address: a meeting's record or an adjourned meeting is read from the
   * database, and nothing else bounds how often a script may ask.
   */
  reads: BucketLimits;
}

/** Commands a second a connection (and a room) may sustain by default (ROSTRUM_COMMAND_RATE). */
export const DEFAULT_COMMAND_RATE = 20;

/** The command limits for a sustained rate: that many a second, twice as many in a burst. */
export function commandLimits(perSecond: number): BucketLimits {
  return { capacity: 2 * perSecond, perSecond };
}

export const DEFAULT_LIMITS: HubLimits = {
  // Ten wrong keys, then one more every six seconds: a typo is forgiven, a guesser gets nowhere.
  keyFailures: { capacity: 10, perSecond: 1 / 6 },
  commands: commandLimits(DEFAULT_COMMAND_RATE),
  roomCommands: commandLimits(DEFAULT_COMMAND_RATE),
  // 2 MiB at once (thirty full lists), then 32 KiB a second: at most about 115 MB an hour.
  roomCommandBytes: { capacity: 2 * 1024 * 1024, perSecond: 32 * 1024 },
  // A client asks for a snapshot only after a missed change or a reconnection: three at once,
  // then one a second, is more than a phone on bad Wi-Fi ever needs.
  syncs: { capacity: 3, perSecond: 1 },
  // A client samples the clock five times on joining (200 ms apart), then once a minute, and
  // again after a step of the hub's clock.
  times: { capacity: 5, perSecond: 5 },
  otherRequests: { capacity: 5, perSecond: 1 },
  // After a hub restart every phone behind a venue's NAT comes back at once: a burst as large as
  // the cap of connections per address, then 20 a second (a phone retries every 0.5-2 s).
  handshakes: { capacity: 200, perSecond: 20 },
  // The secretariat's console reads a room's calendar and records at once; a script polling a
  // room every second is well within it.
  reads: { capacity: 120, perSecond: 20 },
};

export interface Guard {
  /** A refusal when `address` made too many wrong chair keys lately; checked before any key. */
  keyAttempt(address: string): RostrumError | undefined;
  /** Counts a wrong chair key from `address`. */
  keyFailed(address: string): void;
  /**
   * A refusal when `sender` (a connection, or a room and address) sends commands too fast, or
   * has had more than its share of the allowance of `roomId` (given for a sender with the key
   * only). A command refused for the sender's own rate takes nothing from the room's. `bytes`
   * is the command's size (its JSON), counted against the room's byte allowance.
   */
  command(sender: string, roomId: string | undefined, bytes?: number): RostrumError | undefined;
  /** Whether `sender` may have one more snapshot now, and if not, whether to tell it. */
  sync(sender: string): RequestVerdict;
  /** Whether `sender` may have the clock now, and if not, whether to tell it. */
  time(sender: string): RequestVerdict;
  /** A refusal when `sender` sends too many requests of no known kind. */
  otherRequest(sender: string): RostrumError | undefined;
  /** A refusal when `address` opens connections too fast. */
  handshake(address: string): RostrumError | undefined;
  /** A refusal when `address` reads the REST API too fast. */
  read(address: string): RostrumError | undefined;
  /** Forgets a connection that closed. */
  forget(sender: string): void;
  /** How many buckets the guard holds (for tests: bounded). */
  size(): number;
}

/**
 * The answer to a request without a key: go ahead; or refused, told once (`tell`) and then, until
 * a token is back, not answered at all. A refusal costs the hub a small answer, ten times the
 * size of the request that asked for it: a client asking in a loop must not turn that into a
 * flood of its own (an outside probe made 150 long-polling sessions queue 600 MB of them).
 */
export type RequestVerdict = { ok: true } | { ok: false; error: RostrumError; tell: boolean };

/** Requests answered with one refusal per wait, the rest dropped until the wait is over. */
function toldOnce(limiter: RateLimiter, what: string) {
  const told = new Set<string>();
  return {
    take(sender: string): RequestVerdict {
      const allowance = limiter.take(sender);
      if (allowance.ok) {
        told.delete(sender);
        return { ok: true };
      }
      const tell = !told.has(sender);
      told.add(sender);
      return { ok: false, error: tooFast(what, allowance.retryAfterMs), tell };
    },
    forget(sender: string) {
      told.delete(sender);
      limiter.forget(sender);
    },
    size: () => limiter.size() + told.size,
  };
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function tooFast(what: string, retryAfterMs: number): RostrumError {
  return {
    code: 'rateLimited',
    message: `Too many ${what} at once: send again in ${retryAfterMs} ms.`,
    retryAfterMs,
  };
}

/** A refusal built from one bucket set, for one kind of request. */
function limitOf(limiter: RateLimiter, what: string): (sender: string) => RostrumError | undefined {
  return (sender) => {
    const allowance = limiter.take(sender);
    return allowance.ok ? undefined : tooFast(what, allowance.retryAfterMs);
  };
}

/** The guard of one hub. */
export function createGuard(limits: HubLimits, ticks: Ticks): Guard {
  const keyFailures = createRateLimiter(limits.keyFailures, ticks);
  const commands = createRateLimiter(limits.commands, ticks);
  const roomCommands = createRoomAllowance(limits.roomCommands, ticks);
  const roomBytes = createRateLimiter(limits.roomCommandBytes, ticks);
  const syncs = toldOnce(createRateLimiter(limits.syncs, ticks), 'sync requests');
  const times = toldOnce(createRateLimiter(limits.times, ticks), 'clock requests');
  const others = createRateLimiter(limits.otherRequests, ticks);
  const handshakes = createRateLimiter(limits.handshakes, ticks);
  const reads = createRateLimiter(limits.reads, ticks);
  const perConnection = [commands, syncs, times, others];
  return {
    keyAttempt(address) {
      const allowance = keyFailures.check(address);
      if (allowance.ok) return undefined;
      return {
        code: 'rateLimited',
        message: `Too many wrong keys from this address: try again in ${seconds(allowance.retryAfterMs)} s.`,
        retryAfterMs: allowance.retryAfterMs,
      };
    },
    keyFailed(address) {
      keyFailures.take(address);
    },
    command(sender, roomId, bytes = 0) {
      const own = commands.take(sender);
      if (!own.ok) return tooFast('commands', own.retryAfterMs);
      if (roomId === undefined) return undefined;
      const size = roomBytes.take(roomId, Math.min(bytes, limits.roomCommandBytes.capacity));
      if (!size.ok) return tooFast('large commands in this room', size.retryAfterMs);
      const room = roomCommands.take(roomId, sender);
      if (!room.ok) return tooFast('commands in this room', room.retryAfterMs);
      return undefined;
    },
    sync: (sender) => syncs.take(sender),
    time: (sender) => times.take(sender),
    otherRequest: limitOf(others, 'requests'),
    handshake: limitOf(handshakes, 'connections from this address'),
    read: limitOf(reads, 'reads from this address'),
    forget(sender) {
      for (const limiter of perConnection) limiter.forget(sender);
      roomCommands.forget(sender);
    },
    size: () =>
      keyFailures.size() +
      roomCommands.size() +
      roomBytes.size() +
      handshakes.size() +
      reads.size() +
      perConnection.reduce((n, l) => n + l.size(), 0),
  };
}
