// The REST API. Commands go through the same engine as socket commands.
import express, {
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
  type Response,
  Router,
} from 'express';
import type { ErrorCode, RostrumError } from '../../shared/domain/errors.ts';
import { project } from '../../shared/domain/projection.ts';
import type {
  ErrorBody,
  RoomDetail,
  RoomSummary,
  SpeechesResponse,
} from '../../shared/protocol.ts';
import { bearerKey, keyMatches } from '../auth/chair-keys.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { RoomEngine } from '../room-engine.ts';
import { speechesCsv } from './speeches-csv.ts';

/** Largest command body accepted over HTTP. */
export const MAX_BODY_BYTES = 64 * 1024;

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  notFound: 404,
  unauthorized: 401,
  forbidden: 403,
  unknownRoom: 404,
  conflict: 409,
  payloadTooLarge: 413,
  rateLimited: 429,
  internal: 500,
};

/** The HTTP status for an error code: 400 for every refusal by the domain. */
export function httpStatus(code: ErrorCode): number {
  return STATUS_OF[code] ?? 400;
}

function sendError(res: Response, error: RostrumError, extra: Partial<ErrorBody> = {}): void {
  const body: ErrorBody = { ok: false, error, ...extra };
  res.status(httpStatus(error.code)).json(body);
}

export function createApiRouter(deps: {
  engine: RoomEngine;
  clock: Clock;
  chairKey: (roomId: string) => string | undefined;
  logger: Logger;
}): Router {
  const { engine, clock, chairKey, logger } = deps;
  const router = Router();

  /** The room id of the path, or a 404 already sent. */
  function roomOf(req: Request, res: Response): string | undefined {
    const roomId = String(req.params.roomId);
    if (engine.has(roomId)) return roomId;
    sendError(res, { code: 'unknownRoom', message: `There is no room "${roomId}".` });
    return undefined;
  }

  router.get('/rooms', (_req, res) => {
    const rooms: RoomSummary[] = engine.roomIds().flatMap((roomId) => {
      const state = engine.state(roomId);
      if (!state) return [];
      return [
        {
          roomId,
          title: state.meeting.title,
          room: state.meeting.room,
          status: state.status.kind,
          version: state.version,
        },
      ];
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

  /** The chair key check comes before the body is read: a caller without the key learns only that. */
  const requireChair: RequestHandler = (req, res, next) => {
    const roomId = roomOf(req, res);
    if (!roomId) return;
    const key = bearerKey(req.get('authorization'));
    if (key === undefined) {
      sendError(res, {
        code: 'unauthorized',
        message: 'Send the chair key as Authorization: Bearer <key>.',
      });
      return;
    }
    if (!keyMatches(key, chairKey(roomId))) {
      sendError(res, { code: 'forbidden', message: 'That is not the chair key of this room.' });
      return;
    }
    next();
  };

  router.post(
    '/rooms/:roomId/commands',
    requireChair,
    express.json({ limit: MAX_BODY_BYTES, strict: false, type: () => true }),
    (req, res) => {
      const ack = engine.execute(String(req.params.roomId), req.body, 'rest');
      if (ack.ok) {
        res.json({ ...ack, serverNow: clock() });
        return;
      }
      sendError(res, ack.error, ack.state ? { state: ack.state } : {});
    },
  );

  router.use((_req, res) => {
    sendError(res, { code: 'notFound', message: 'No such API path.' });
  });

  // Every failure of the API answers in JSON with a typed error, never Express's HTML page.
  const bodyErrors: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    const fields = typeof error === 'object' && error !== null ? error : {};
    const type = 'type' in fields ? String(fields.type) : '';
    const status = 'status' in fields && typeof fields.status === 'number' ? fields.status : 500;
    if (type === 'entity.too.large') {
      sendError(res, {
        code: 'payloadTooLarge',
        message: `A command body is at most ${MAX_BODY_BYTES} bytes.`,
      });
    } else if (type === 'entity.parse.failed') {
      sendError(res, { code: 'invalidCommand', message: 'The body is not valid JSON.' });
    } else if (status >= 400 && status < 500) {
      res.status(status).json({
        ok: false,
        error: {
          code: 'invalidRequest',
          message: 'The request could not be read: send JSON in UTF-8.',
        },
      } satisfies ErrorBody);
    } else {
      logger.error({ err: error }, 'API request failed');
      sendError(res, { code: 'internal', message: 'The hub could not answer this request.' });
    }
  };
  router.use(bodyErrors);
  return router;
}
