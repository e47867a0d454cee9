// The REST API. Commands go through the same engine as socket commands.
import express, {
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
  type Response,
  Router,
} from 'express';
import type { RostrumError } from '../../shared/domain/errors.ts';
import { project } from '../../shared/domain/projection.ts';
import type { RoomDetail, RoomSummary, SpeechesResponse } from '../../shared/protocol.ts';
import { bearerKey, keyMatches } from '../auth/chair-keys.ts';
import type { Clock } from '../clock.ts';
import type { Guard } from '../guard/limits.ts';
import type { AddressOf } from '../guard/client-address.ts';
import type { Logger } from '../logger.ts';
import { NO_ROOM, type HubMetrics } from '../metrics.ts';
import { unknownRoomError } from '../refusals.ts';
import type { RoomEngine } from '../room-engine.ts';
import { bodyRefusal, lastResort, MAX_BODY_BYTES, notFound, sendError } from './http-errors.ts';
import { roomSummary } from './room-summary.ts';
import { speechesCsv } from './speeches-csv.ts';

export function createApiRouter(deps: {
  engine: RoomEngine;
  clock: Clock;
  /** The hash of the key a room's chair must give (server/auth/chair-keys.ts). */
  chairKeyHash: (roomId: string) => string | undefined;
  logger: Logger;
  guard: Guard;
  metrics: HubMetrics;
  /** True once the hub is stopping: commands are then refused as hubClosing. */
  closing: () => boolean;
  /** Whose request it is, for the limits per address. */
  addressOf: AddressOf;
}): Router {
  const { engine, clock, chairKeyHash, logger, guard, metrics, closing } = deps;
  const router = Router();

  /** The room id of the path, or a 404 already sent. */
  function roomOf(req: Request, res: Response): string | undefined {
    const roomId = String(req.params.roomId);
    if (engine.has(roomId)) return roomId;
    sendError(res, unknownRoomError(roomId));
    return undefined;
  }

  router.get('/rooms', (_req, res) => {
    const rooms: RoomSummary[] = engine.roomIds().flatMap((roomId) => {
      const state = engine.state(roomId);
      return state ? [roomSummary(state)] : [];
    });
    res.json(rooms);
  });

  router.get('/rooms/:roomId', (req, res) => {
    const roomId = roomOf(req, res);
    const state = roomId && engine.state(roomId);
    const snapshot = roomId && engine.snapshot(roomId);
    if (!state || !snapshot) return;
    const detail: RoomDetail = { ...snapshot, projection: project(state, snapshot.serverNow) };
    res.json(detail);
  });

  router.get('/rooms/:roomId/speeches', (req, res) => {
    const roomId = roomOf(req, res);
    const state = roomId && engine.state(roomId);
    if (!state) return;
    if (req.query.format === 'csv') {
      res
        .type('text/csv; charset=utf-8')
        .attachment(`${state.roomId}-speeches.csv`)
        .send(speechesCsv(state.record, state.meeting.timeZone));
      return;
    }
    const body: SpeechesResponse = { roomId: state.roomId, speeches: state.record };
    res.json(body);
  });

  /** Refuses a command before the engine sees it, counted in the metrics. */
  function refuse(req: Request, res: Response, error: RostrumError, status?: number): void {
    const roomId = String(req.params.roomId);
    metrics.refused(engine.has(roomId) ? roomId : NO_ROOM, 'rest', error.code);
    sendError(res, error, {}, status);
  }

  /**
   * The checks before the body is read, cheapest and least telling first: a caller without the
   * key learns only that, and an address that guessed wrong too often is not even heard.
   */
  const requireChair: RequestHandler = (req, res, next) => {
    if (closing()) {
      refuse(req, res, { code: 'hubClosing', message: 'The hub is stopping; send again soon.' });
      return;
    }
    const roomId = String(req.params.roomId);
    if (!engine.has(roomId)) {
      refuse(req, res, unknownRoomError(roomId));
      return;
    }
    const address = deps.addressOf(req);
    const blocked = guard.keyAttempt(address);
    if (blocked) {
      refuse(req, res, blocked);
      return;
    }
    const key = bearerKey(req.get('authorization'));
    if (key === undefined) {
      refuse(req, res, {
        code: 'unauthorized',
        message: 'Send the chair key as Authorization: Bearer <key>.',
      });
      return;
    }
    if (!keyMatches(key, chairKeyHash(roomId))) {
      guard.keyFailed(address);
      logger.warn({ roomId, address, via: 'rest' }, 'wrong chair key');
      refuse(req, res, { code: 'forbidden', message: 'That is not the chair key of this room.' });
      return;
    }
    // The body is not read yet (the key comes first): its announced size, else the most it may be.
    const bytes = Number(req.headers['content-length'] ?? MAX_BODY_BYTES) || MAX_BODY_BYTES;
    const tooFast = guard.command(`rest ${roomId} ${address}`, roomId, bytes);
    if (tooFast) {
      refuse(req, res, tooFast);
      return;
    }
    next();
  };

  // A body the hub cannot read, as a typed error counted against the room it was sent to.
  const unreadableBody: ErrorRequestHandler = (error: unknown, req, res, next) => {
    const refusal = bodyRefusal(error);
    if (refusal) refuse(req, res, refusal.error, refusal.status);
    else next(error);
  };

  const execute: RequestHandler = (req, res) => {
    const ack = engine.execute(String(req.params.roomId), req.body, 'rest');
    if (ack.ok) {
      res.json({ ...ack, serverNow: clock() });
      return;
    }
    sendError(res, ack.error, ack.state ? { state: ack.state } : {});
  };

  router.post(
    '/rooms/:roomId/commands',
    requireChair,
    express.json({ limit: MAX_BODY_BYTES, strict: false, type: () => true }),
    execute,
    unreadableBody,
  );

  router.use(notFound('No such API path.'));

  router.use(lastResort(logger));
  return router;
}
