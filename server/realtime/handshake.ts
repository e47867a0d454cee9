// Who may join: the checks every connection passes before it is accepted, in the order that
// docs/protocol.md §2.2 gives. The hub and the edges run the same checks; they differ only in
// how they know a room and what they say to a chair.
import type { RostrumError } from '../../shared/domain/errors.ts';
import { handshakeSchema } from '../../shared/handshake-schema.ts';
import { PROTOCOL_VERSION, isKeyedRole, type KeyedRole } from '../../shared/protocol.ts';
import { originAllowed } from '../guard/web-security.ts';
import type { HubMetrics } from '../metrics.ts';
import type { Guard } from '../guard/limits.ts';
import type { Door, RostrumIo } from './io-server.ts';

/** What differs between a hub and an edge at the door. */
export interface Admission {
  /** Why `roomId` cannot be joined (no such room), or undefined; an edge asks Redis. */
  roomRefusal(roomId: string): RostrumError | undefined | Promise<RostrumError | undefined>;
  /**
   * Why a chair or a booth joining with `key` from `address` is refused, or undefined to let it in.
   */
  keyRefusal(
    roomId: string,
    role: KeyedRole,
    key: string | undefined,
    address: string,
  ): RostrumError | undefined;
}

/** A handshake refusal that reaches the client as `connect_error` with `data.code`. */
function refusal(error: RostrumError): Error & { data: RostrumError } {
  return Object.assign(new Error(error.message), { data: error });
}

/**
 * Installs the checks on `io`: handshakes and connections per address, origin, auth shape,
 * protocol, room, then the key of a chair or a booth.
 */
export function admitClients(
  io: RostrumIo,
  deps: {
    admission: Admission;
    metrics: HubMetrics;
    corsOrigins: readonly string[];
    door: Door;
    guard: Guard;
  },
): void {
  const { admission, metrics, corsOrigins, door, guard } = deps;
  io.use((socket, next) => {
    const refuse = (error: RostrumError) => {
      metrics.handshakeRefused(error.code);
      next(refusal(error));
    };
    const address = door.addressOf(socket.request);
    const tooFast = guard.handshake(address);
    if (tooFast) {
      refuse(tooFast);
      return;
    }
    const { origin, host } = socket.handshake.headers;
    if (!originAllowed(origin, host, corsOrigins)) {
      refuse({
        code: 'forbidden',
        message: 'This hub does not take connections from other sites.',
      });
      return;
    }
    const parsed = handshakeSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) {
      refuse({ code: 'invalidHandshake', message: 'Join with auth { roomId, role, key? }.' });
      return;
    }
    const { roomId, role, key, protocol } = parsed.data;
    // The cap is for keyless clients: a chair or a booth behind a venue's NAT must get in beside
    // its 200 phones, and is checked by its key (and wrong keys by their own limit) instead.
    const crowded = isKeyedRole(role) ? undefined : door.cap.refusal(address);
    if (crowded) {
      refuse(crowded);
      return;
    }
    if (protocol !== undefined && protocol !== PROTOCOL_VERSION) {
      refuse({
        code: 'unsupportedProtocol',
        message: `This hub speaks protocol ${PROTOCOL_VERSION}; reload the page.`,
      });
      return;
    }
    const admit = (roomError: RostrumError | undefined) => {
      const error =
        roomError ??
        (isKeyedRole(role) ? admission.keyRefusal(roomId, role, key, address) : undefined);
      if (error) {
        refuse(error);
        return;
      }
      socket.data = { roomId, role };
      // Counted as joined from here: a place under the cap of its address, until it leaves. The
      // engine connection's close releases it too: Socket.IO drops a socket whose connection
      // closed during the handshake without any 'disconnect', and the place would leak.
      const release = door.cap.joined(address);
      socket.once('disconnect', release);
      socket.conn.once('close', release);
      if (socket.conn.readyState === 'closed') release();
      next();
    };
    const roomError = admission.roomRefusal(roomId);
    // The hub knows its rooms at once; an edge may have to ask Redis first.
    if (roomError instanceof Promise) {
      void roomError.then(admit, () =>
        admit({ code: 'internal', message: 'This server could not check the room; try again.' }),
      );
    } else {
      admit(roomError);
    }
  });
}
