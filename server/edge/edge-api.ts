// The REST API of an edge: the reads that the public state answers, served from the snapshot in
// Redis (or the edge's cache while Redis is away); commands and the record of speeches, which
// only the hub holds, are refused as notHub with the hub's address.
import { Router, type Request, type Response } from 'express';
import type { PublicRoomState } from '../../shared/domain/types.ts';
import type { RoomDetail } from '../../shared/protocol.ts';
import type { Clock } from '../clock.ts';
import type { AddressOf } from '../guard/client-address.ts';
import type { Guard } from '../guard/limits.ts';
import { lastResort, notFound, sendError } from '../http/http-errors.ts';
import { readLimit } from '../http/read-limit.ts';
import { roomDetail, roomSummary } from '../http/room-summary.ts';
import type { Logger } from '../logger.ts';
import { NO_ROOM, type HubMetrics } from '../metrics.ts';
import { notHubError, unknownRoomError } from '../refusals.ts';
import type { EdgeRooms } from './edge-rooms.ts';

/** What an edge answers when it cannot reach Redis and has nothing cached for the room. */
const UNREACHABLE = {
  code: 'internal',
  message: 'This edge server cannot reach the meeting right now; try again in a moment.',
} as const;

export function createEdgeApiRouter(deps: {
  rooms: EdgeRooms;
  clock: Clock;
  logger: Logger;
  metrics: HubMetrics;
  hubUrl: string | undefined;
  guard: Guard;
  addressOf: AddressOf;
}): Router {
  const { rooms, clock, logger, metrics, hubUrl } = deps;
  const router = Router();
  router.use(readLimit(deps.guard, deps.addressOf));

  /** The room of the path, or undefined with the refusal already sent. */
  async function roomOf(req: Request, res: Response): Promise<PublicRoomState | undefined> {
    const roomId = String(req.params.roomId);
    try {
      const state = await rooms.current(roomId);
      if (!state) sendError(res, unknownRoomError(roomId));
      return state;
    } catch {
      sendError(res, UNREACHABLE, {}, 503);
      return undefined;
    }
  }

  router.get('/rooms', async (_req, res) => {
    const states = await Promise.all(
      (await rooms.roomIds()).map((roomId) => rooms.current(roomId).catch(() => undefined)),
    );
    res.json(states.flatMap((state) => (state ? [roomSummary(state)] : [])));
  });

  router.get('/rooms/:roomId', async (req, res) => {
    const state = await roomOf(req, res);
    if (!state) return;
    // The same figures as the hub's: the public state carries the pace they need.
    const detail: RoomDetail = roomDetail({ ...state, serverNow: clock() });
    res.json(detail);
  });

  // The record and the commands live on the hub only.
  const toHub = (req: Request, res: Response) => {
    // Counted without the room: the path's id is unchecked text, and must not become a label.
    if (req.method !== 'GET') metrics.refused(NO_ROOM, 'rest', 'notHub');
    sendError(res, notHubError(hubUrl));
  };
  router.get('/rooms/:roomId/speeches', toHub);
  router.get('/rooms/:roomId/meetings', toHub);
  router.get('/rooms/:roomId/meetings/:meetingId', toHub);
  router.get('/rooms/:roomId/meetings/:meetingId/speeches', toHub);
  router.post('/rooms', toHub);
  router.patch('/rooms/:roomId', toHub);
  router.post('/rooms/:roomId/chair-key', toHub);
  router.post('/rooms/:roomId/booth-key', toHub);
  router.post('/rooms/:roomId/meetings', toHub);
  router.patch('/rooms/:roomId/meetings/:meetingId', toHub);
  router.delete('/rooms/:roomId/meetings/:meetingId', toHub);
  router.post('/rooms/:roomId/meetings/:meetingId/copy', toHub);
  router.post('/rooms/:roomId/commands', toHub);
  router.post('/rooms/:roomId/speakers/import', toHub);

  router.use(notFound('No such API path.'));
  router.use(lastResort(logger));
  return router;
}
