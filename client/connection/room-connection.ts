// The one place the client talks to the hub: it owns the socket, keeps the store up to date,
// estimates the server clock, and resyncs by itself after a missed change or a reconnection.
import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type CommandAck,
  type Role,
  type ServerToClientEvents,
  isRefusal,
  isUpToDate,
  type SyncAnswer,
  type TimeAnswer,
} from '../../shared/protocol.ts';
import { bestOffset, stampDisagrees, withSample, type SampleWindow } from './clock-offset.ts';
import { withChange, withSnapshot, type LiveRoom } from '../store/live-room.ts';
import type { EpochMs } from '../../shared/time.ts';

type RostrumSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What a refused handshake carries in `connect_error`'s `data`. */
interface RefusalData {
  code?: string;
  message?: string;
  retryAfterMs?: number;
}

/** Samples taken at each (re)connection, and how often the estimate is refreshed after. */
const SAMPLES_PER_ROUND = 5;
/** How long a `sync` may go unanswered before it is asked again (ms). */
const SYNC_TIMEOUT_MS = 5_000;
const RESAMPLE_EVERY_MS = 60_000;
/** How many recent samples the estimate is chosen from. */
const SAMPLES_KEPT = 20;
/**
 * The least time between two rounds asked for because the estimate looks stale (ms, monotonic):
 * one round settles it, and messages delayed in a congested network must not cause a storm.
 */
const CHECK_ROUND_GAP_MS = 5_000;
/** How long a round's samples take to come back, about (ms): no check while one is under way. */
const ROUND_SPAN_MS = SAMPLES_PER_ROUND * 200;
/**
 * Handshake refusals that will pass by themselves, and how long to wait before trying again: an
 * edge that cannot reach the meeting this moment; too many phones behind one address; too many
 * connections from it at once, or, for the chair, the lock after wrong keys (the attempt after
 * `retryAfterMs` gets in with the right key, or is refused for a wrong one).
 */
const PASSING_REFUSALS: ReadonlySet<string> = new Set([
  'internal',
  'tooManyConnections',
  'rateLimited',
]);
const RETRY_REFUSED_MS = 2_000;

export interface RoomConnection {
  /** Sends a command (chair only); resolves with the hub's acknowledgement. */
  send(command: unknown): Promise<CommandAck>;
  close(): void;
}

export function connectToRoom(options: {
  store: LiveRoom;
  roomId: string;
  role: Role;
  key?: string;
  url?: string;
  /** This device's clock (Date.now by default; a test passes a skewed one). */
  clock?: () => EpochMs;
}): RoomConnection {
  const { store, roomId, role, key } = options;
  const now = options.clock ?? Date.now;
  const auth = { roomId, role, protocol: PROTOCOL_VERSION, ...(key !== undefined && { key }) };
  // After a lost connection, retry within 0.5-2 s (Socket.IO's defaults are 1-5 s): a hub
  // restarted in a meeting is back in a second or two, and the wall should be too.
  const socket: RostrumSocket = io(options.url ?? '', {
    auth,
    transports: ['websocket'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 2_000,
  });
  let sampled: SampleWindow = { samples: [] };
  /** When the last round, and the last round asked for by a check, began (performance.now()). */
  let lastRoundAt = -Infinity;
  let lastCheckAt = -Infinity;

  /** Takes SAMPLES_PER_ROUND samples 200 ms apart (for a check, only if none was just taken). */
  function sampleRound(why: 'connected' | 'check'): void {
    // Monotonic: a step of the device's own clock must not block the next round.
    const at = performance.now();
    if (why === 'check') {
      if (at - lastRoundAt < ROUND_SPAN_MS || at - lastCheckAt < CHECK_ROUND_GAP_MS) return;
      lastCheckAt = at;
    }
    lastRoundAt = at;
    for (let i = 0; i < SAMPLES_PER_ROUND; i += 1) setTimeout(sampleClock, i * 200);
  }

  function sampleClock(): void {
    const sentAt = now();
    socket.timeout(5000).emit('time', (error: Error | null, serverNow: TimeAnswer) => {
      // A refused sample (asked too often) is simply not taken: the next round will be.
      if (error || typeof serverNow !== 'number') return;
      sampled = withSample(sampled, { sentAt, serverNow, receivedAt: now() }, SAMPLES_KEPT);
      const best = bestOffset(sampled.samples);
      if (best) store.setState({ offsetMs: best.offsetMs });
      // Held apart as contradicting the estimate: a step, or a fluke. The next samples tell
      // which; take them now rather than in a minute.
      if (sampled.pending) sampleRound('check');
    });
  }

  /** A message stamped by the hub that does not fit the estimate: it is stale, sample again. */
  function checkStamp(serverNow: number): void {
    if (sampled.samples.length === 0) return; // no estimate yet: the first round is under way
    if (stampDisagrees(serverNow, now(), store.getState().offsetMs)) sampleRound('check');
  }

  let resyncRetry: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  function resync(): void {
    const held = store.getState().room?.version;
    const request = held === undefined ? {} : { version: held };
    socket
      .timeout(SYNC_TIMEOUT_MS)
      .emit('sync', request, (error: Error | null, answer: SyncAnswer) => {
        if (error) {
          // No answer: the hub drops a request made while an earlier refusal still holds, or the
          // connection is going. Ask again in a moment, if still connected.
          clearTimeout(resyncRetry);
          resyncRetry = setTimeout(() => socket.connected && resync(), 1_000);
          return;
        }
        if (isRefusal(answer)) {
          // Asked too often (several changes missed at once): ask again when the hub says.
          clearTimeout(resyncRetry);
          resyncRetry = setTimeout(resync, answer.error.retryAfterMs ?? 1_000);
          return;
        }
        if (!isUpToDate(answer)) store.setState((s) => withSnapshot(s, answer, now()));
        checkStamp(answer.serverNow);
      });
  }

  socket.on('connect', () => {
    store.setState({ connection: 'connected', refusal: null, refusalCode: null });
    sampleRound('connected');
  });
  /** Set once the hub revoked the key this console joined with: it is not to be used again. */
  let revoked = false;
  socket.on('disconnect', () => {
    if (!revoked) store.setState({ connection: 'reconnecting' });
  });
  // The secretariat replaced the room's chair key: the hub says so, then cuts the connection.
  // The old key must not be tried again (each try would be a wrong key, and count towards the
  // lock): the socket is closed for good, and the console asks for the new key.
  socket.on('revoked', ({ error }) => {
    revoked = true;
    clearTimeout(retry);
    socket.close();
    store.setState({ connection: 'refused', refusal: error.message, refusalCode: error.code });
  });
  // A hub that is stopping says so before it closes the connection: show it at once. The socket
  // then sees its transport close and reconnects by itself to the next hub on the same address.
  socket.on('closing', () => store.setState({ connection: 'reconnecting' }));
  // An edge server that cannot hear the hub keeps serving what it has: show it as reconnecting
  // (the countdown runs on) until it says it has caught up.
  socket.on('stale', ({ stale }) => {
    if (socket.connected) store.setState({ connection: stale ? 'reconnecting' : 'connected' });
  });
  socket.on('connect_error', (error: Error & { data?: RefusalData }) => {
    if (socket.active) {
      store.setState({ connection: 'reconnecting' });
    } else if (error.data?.code && PASSING_REFUSALS.has(error.data.code)) {
      // Refused for now, not for good (an edge server that cannot reach the meeting this
      // moment): Socket.IO does not retry a refusal by itself, so try again.
      store.setState({ connection: 'reconnecting' });
      clearTimeout(retry);
      const waitMs = Math.max(RETRY_REFUSED_MS, error.data.retryAfterMs ?? 0);
      retry = setTimeout(() => socket.connect(), waitMs);
    } else {
      store.setState({ connection: 'refused', refusal: error.data?.message ?? error.message });
    }
  });
  socket.on('snapshot', (snapshot) => {
    store.setState((s) => withSnapshot(s, snapshot, now()));
    checkStamp(snapshot.serverNow);
  });
  socket.on('changed', (change) => {
    checkStamp(change.serverNow);
    const next = withChange(store.getState(), change, now());
    if (next) store.setState(next);
    else resync();
  });
  const resampler = setInterval(sampleClock, RESAMPLE_EVERY_MS);

  return {
    send(command) {
      return new Promise((resolve) => {
        socket.timeout(10_000).emit('command', command, (error: Error | null, ack: CommandAck) => {
          resolve(
            error
              ? {
                  ok: false,
                  error: { code: 'internal', message: 'The hub did not answer in time.' },
                }
              : ack,
          );
        });
      });
    },
    close() {
      clearInterval(resampler);
      clearTimeout(retry);
      clearTimeout(resyncRetry);
      socket.close();
    },
  };
}
