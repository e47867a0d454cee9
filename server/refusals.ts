// Refusals that the hub and the edges word the same way, over Socket.IO and REST alike.
import type { RostrumError } from '../shared/domain/errors.ts';

/** No room with that id. */
export function unknownRoomError(roomId: string): RostrumError {
  return { code: 'unknownRoom', message: `There is no room "${roomId}".` };
}

/**
 * What an edge says to a chair or a command: only the hub changes a meeting. `hubUrl` is the
 * hub's public address (ROSTRUM_HUB_URL), when the edge was told it.
 */
export function notHubError(hubUrl: string | undefined): RostrumError {
  const where = hubUrl ? ` at ${hubUrl}` : '';
  return {
    code: 'notHub',
    message: `This is an edge server: the chair's console and the interpreters' booths connect to the hub${where}.`,
  };
}
