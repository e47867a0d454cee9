// The REST API. Commands go through the same engine as socket commands; the secretariat's
// changes to rooms and calendars (admin key only) through the calendar service, which hands them
// to the same engine. Reads are public, as the wall is: the record of a meeting is public too.
import express, {
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
  type Response,
  Router,
} from 'express';
import { inCalendarOrder } from '../../shared/domain/calendar.ts';
import type { RostrumError } from '../../shared/domain/errors.ts';
import type { SpeechRecord } from '../../shared/domain/types.ts';
import type {
  MeetingDetail,
  MeetingListing,
  RoomSummary,
  SpeechesResponse,
} from '../../shared/protocol.ts';
import type { Access } from '../auth/access.ts';
import { bearerKey } from '../auth/chair-keys.ts';
import type { CalendarService, ServiceResult } from '../calendar-service.ts';
import type { Clock } from '../clock.ts';
import type { Guard } from '../guard/limits.ts';
import type { AddressOf } from '../guard/client-address.ts';
import type { Logger } from '../logger.ts';
import { NO_ROOM, type HubMetrics } from '../metrics.ts';
import { unknownRoomError } from '../refusals.ts';
import type { RoomEngine } from '../room-engine.ts';
import { bodyRefusal, lastResort, MAX_BODY_BYTES, notFound, sendError } from './http-errors.ts';
import { createLru } from '../lru.ts';
import type { StoredMeeting } from '../store/room-store.ts';
import { importBody, importSpeakers } from './import-route.ts';
import { readLimit } from './read-limit.ts';
import { roomDetail, roomSummary } from './room-summary.ts';
import { speechesCsv } from './speeches-csv.ts';

/** Largest body of the secretariat's requests: a meeting with its lists (600 speakers each). */
export const MAX_SETUP_BYTES = 1024 * 1024;

export function createApiRouter(deps: {
  engine: RoomEngine;
  calendar: CalendarService;
  clock: Clock;
  /** Who a key lets in (server/auth/access.ts). */
  access: Access;
  /** Replaces a room's chair key and disconnects the consoles that joined with the old one. */
  rotateChairKey: (roomId: string) => { key: string; note?: string };
  /** Issues or replaces a room's booth key and disconnects the booths on the old one. */
  rotateBoothKey: (roomId: string) => { key: string };
  logger: Logger;
  guard: Guard;
  metrics: HubMetrics;
  /** True once the hub is stopping: commands are then refused as hubClosing. */
  closing: () => boolean;
  /** Whose request it is, for the limits per address. */
  addressOf: AddressOf;
}): Router {
  const { engine, calendar, clock, access, logger, guard, metrics, closing } = deps;
  const router = Router();
  /** The answers about closed meetings, serialized (see GET .../meetings/:meetingId). */
  const closedBodies = createLru<string>(16);

  /** The room id of the path, or a 404 already sent. */
  function roomOf(req: Request, res: Response): string | undefined {
    const roomId = String(req.params.roomId);
    if (engine.has(roomId)) return roomId;
    sendError(res, unknownRoomError(roomId));
    return undefined;
  }

  router.use(readLimit(guard, deps.addressOf));

  router.get('/rooms', (_req, res) => {
    const rooms: RoomSummary[] = engine.roomIds().flatMap((roomId) => {
      const snapshot = engine.snapshot(roomId);
      return snapshot ? [roomSummary(snapshot)] : [];
    });
    res.json(rooms);
  });

  router.get('/rooms/:roomId', (req, res) => {
    const roomId = roomOf(req, res);
    const snapshot = roomId && engine.snapshot(roomId);
    if (snapshot) res.json(roomDetail(snapshot));
  });

  /** The record of a meeting, as JSON or as CSV for the secretariat's spreadsheet. */
  function sendRecord(
    res: Response,
    roomId: string,
    meetingId: string | null,
    record: SpeechRecord[],
    timeZone: string,
  ): void {
    if (res.req.query.format === 'csv') {
      const name = meetingId ? `${roomId}-${meetingId}` : roomId;
      res
        .type('text/csv; charset=utf-8')
        .attachment(`${name}-speeches.csv`)
        .send(speechesCsv(record, timeZone));
      return;
    }
    const body: SpeechesResponse = { roomId, meetingId, speeches: record };
    res.json(body);
  }

  router.get('/rooms/:roomId/speeches', (req, res) => {
    const roomId = roomOf(req, res);
    const state = roomId && engine.state(roomId);
    if (!state) return;
    const { current } = state;
    sendRecord(
      res,
      state.roomId,
      current?.meetingId ?? null,
      current?.record ?? [],
      current?.meeting.timeZone ?? state.room.timeZone,
    );
  });

  router.get('/rooms/:roomId/meetings', (req, res) => {
    const roomId = roomOf(req, res);
    const entries = roomId && engine.calendar(roomId);
    if (!entries) return;
    const listing: MeetingListing[] = inCalendarOrder(entries).map(
      ({ meetingId, title, status, sittings }) => ({ meetingId, title, status, sittings }),
    );
    res.json(listing);
  });

  /** The meeting of the path, or a 404 already sent. */
  function meetingOf(req: Request, res: Response) {
    const roomId = roomOf(req, res);
    if (!roomId) return undefined;
    const meetingId = String(req.params.meetingId);
    const meeting = engine.meeting(roomId, meetingId);
    if (!meeting) {
      sendError(res, {
        code: 'unknownMeeting',
        message: `This room has no meeting "${meetingId}".`,
      });
    }
    return meeting && { roomId, meeting };
  }

  /** A meeting as the API answers it. */
  function detailOf(roomId: string, meeting: StoredMeeting): MeetingDetail {
    const { meetingId, title, status, sittings, setup, state } = meeting;
    return { roomId, meetingId, title, status, sittings, setup, state };
  }

  router.get('/rooms/:roomId/meetings/:meetingId', (req, res) => {
    const found = meetingOf(req, res);
    if (!found) return;
    const { roomId, meeting } = found;
    const current = engine.state(roomId)?.current?.meetingId === meeting.meetingId;
    if (meeting.status !== 'adjourned' || current) {
      res.json(detailOf(roomId, meeting));
      return;
    }
    // A closed meeting's answer never changes: serialized once (megabytes, for a long list).
    const body = closedBodies.get(`${roomId}/${meeting.meetingId}`, () =>
      JSON.stringify(detailOf(roomId, meeting)),
    );
    res.type('application/json').send(body);
  });

  router.get('/rooms/:roomId/meetings/:meetingId/speeches', (req, res) => {
    const found = meetingOf(req, res);
    if (!found) return;
    const { meeting } = found;
    const timeZone =
      meeting.state?.meeting.timeZone ?? engine.state(found.roomId)?.room.timeZone ?? 'UTC';
    sendRecord(res, found.roomId, meeting.meetingId, meeting.state?.record ?? [], timeZone);
  });

  /** Refuses a command before the engine sees it, counted in the metrics. */
  function refuse(req: Request, res: Response, error: RostrumError, status?: number): void {
    const roomId = String(req.params.roomId);
    metrics.refused(engine.has(roomId) ? roomId : NO_ROOM, 'rest', error.code);
    sendError(res, error, {}, status);
  }

  /**
   * The checks of a key before the body is read, cheapest and least telling first: a caller
   * without the key learns only that, and an address that guessed wrong too often is not even
   * heard. `accepts` says whether the key is the one asked for. Returns the caller's address once
   * the key is accepted, or undefined with the refusal sent.
   */
  function checkKey(
    req: Request,
    res: Response,
    asked: { whose: string; accepts: (key: string) => boolean; wrong: string },
  ): string | undefined {
    if (closing()) {
      refuse(req, res, { code: 'hubClosing', message: 'The hub is stopping; send again soon.' });
      return undefined;
    }
    const address = deps.addressOf(req);
    const blocked = guard.keyAttempt(address);
    if (blocked) {
      refuse(req, res, blocked);
      return undefined;
    }
    const key = bearerKey(req.get('authorization'));
    if (key === undefined) {
      refuse(req, res, {
        code: 'unauthorized',
        message: `Send ${asked.whose} as Authorization: Bearer <key>.`,
      });
      return undefined;
    }
    if (!asked.accepts(key)) {
      guard.keyFailed(address);
      logger.warn({ roomId: req.params.roomId, address, via: 'rest' }, `wrong ${asked.whose}`);
      refuse(req, res, { code: 'forbidden', message: asked.wrong });
      return undefined;
    }
    return address;
  }

  /** A chair's command: the room, its chair's key (or the secretariat's), the room's allowance. */
  const requireChair: RequestHandler = (req, res, next) => {
    const roomId = String(req.params.roomId);
    if (!closing() && !engine.has(roomId)) {
      refuse(req, res, unknownRoomError(roomId));
      return;
    }
    const address = checkKey(req, res, {
      whose: 'the chair key',
      accepts: (key) => access.holderOf(roomId, key) !== undefined,
      wrong: 'That is not the chair key of this room.',
    });
    if (address === undefined) return;
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

  // An established list, previewed or applied as one command (import-route.ts).
  router.post(
    '/rooms/:roomId/speakers/import',
    requireChair,
    importBody,
    importSpeakers({ engine, clock }),
    unreadableBody,
  );

  /** The secretariat's requests: its key, and no other. */
  const requireAdmin: RequestHandler = (req, res, next) => {
    const address = checkKey(req, res, {
      whose: "the secretariat's key",
      accepts: (key) => access.isAdmin(key),
      wrong: "Only the secretariat's key sets up rooms and meetings (a chair key does not).",
    });
    if (address !== undefined) next();
  };

  const setupBody = express.json({ limit: MAX_SETUP_BYTES, strict: false, type: () => true });

  /** Answers with a service's result: `status` and the value, or the refusal. */
  function answer<Value>(res: Response, result: ServiceResult<Value>, status = 200): void {
    if (result.ok) res.status(status).json({ ok: true, ...result.value, serverNow: clock() });
    else sendError(res, result.error);
  }

  const param = (req: Request, name: string) => String(req.params[name]);

  /** A secretariat's request with a body: the key first, then the body, then `handler`. */
  const withSetup = (handler: RequestHandler): (RequestHandler | ErrorRequestHandler)[] => [
    requireAdmin,
    setupBody,
    handler,
    unreadableBody,
  ];

  // For the secretariat's console to check its key before it shows anything.
  router.get('/admin', requireAdmin, (_req, res) => {
    res.json({ ok: true, serverNow: clock() });
  });

  router.post(
    '/rooms',
    ...withSetup((req, res) => {
      answer(res, calendar.createRoom(req.body), 201);
    }),
  );

  router.patch(
    '/rooms/:roomId',
    ...withSetup((req, res) => {
      answer(res, calendar.updateRoom(param(req, 'roomId'), req.body));
    }),
  );

  router.post('/rooms/:roomId/chair-key', requireAdmin, (req, res) => {
    const roomId = roomOf(req, res);
    if (!roomId) return;
    const rotated = deps.rotateChairKey(roomId);
    logger.warn({ roomId }, 'chair key replaced by the secretariat');
    res.json({ ok: true, roomId, ...rotated, serverNow: clock() });
  });

  router.post('/rooms/:roomId/booth-key', requireAdmin, (req, res) => {
    const roomId = roomOf(req, res);
    if (!roomId) return;
    const issued = deps.rotateBoothKey(roomId);
    logger.warn({ roomId }, 'booth key issued by the secretariat');
    res.json({ ok: true, roomId, ...issued, serverNow: clock() });
  });

  router.post(
    '/rooms/:roomId/meetings',
    ...withSetup((req, res) => {
      answer(res, calendar.schedule(param(req, 'roomId'), req.body), 201);
    }),
  );

  router.patch(
    '/rooms/:roomId/meetings/:meetingId',
    ...withSetup((req, res) => {
      answer(res, calendar.reschedule(param(req, 'roomId'), param(req, 'meetingId'), req.body));
    }),
  );

  router.delete('/rooms/:roomId/meetings/:meetingId', requireAdmin, (req, res) => {
    answer(res, calendar.cancel(param(req, 'roomId'), param(req, 'meetingId')));
  });

  router.post(
    '/rooms/:roomId/meetings/:meetingId/copy',
    ...withSetup((req, res) => {
      answer(res, calendar.copy(param(req, 'roomId'), param(req, 'meetingId'), req.body), 201);
    }),
  );

  router.use(notFound('No such API path.'));

  router.use(lastResort(logger));
  return router;
}
