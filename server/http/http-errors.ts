// Errors over HTTP: every refusal and failure is JSON with a typed error and its status, never
// Express's HTML page, for the API and the rest of the hub alike.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { ErrorCode, RostrumError } from '../../shared/domain/errors.ts';
import type { ErrorBody } from '../../shared/protocol.ts';
import type { Logger } from '../logger.ts';

/** Largest command body accepted over HTTP. */
export const MAX_BODY_BYTES = 64 * 1024;

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  notFound: 404,
  unauthorized: 401,
  forbidden: 403,
  unknownRoom: 404,
  unknownMeeting: 404,
  conflict: 409,
  roomExists: 409,
  meetingOpen: 409,
  noOpenMeeting: 409,
  meetingNotScheduled: 409,
  scheduleOverlap: 409,
  payloadTooLarge: 413,
  // 421 Misdirected Request: an edge server cannot change a meeting; the message names the hub.
  notHub: 421,
  rateLimited: 429,
  internal: 500,
  hubClosing: 503,
  // The data folder is gone or replaced: nothing can be kept until the hub is restarted.
  storeUnavailable: 503,
};

/** The HTTP status for an error code: 400 for every refusal by the domain. */
export function httpStatus(code: ErrorCode): number {
  return STATUS_OF[code] ?? 400;
}

/** A refusal with the HTTP status to send it with, when not the code's usual one. */
export interface Refusal {
  error: RostrumError;
  status?: number;
}

/** Sends a refusal as JSON with its status (and Retry-After when it says how long to wait). */
export function sendError(
  res: Response,
  error: RostrumError,
  extra: Partial<ErrorBody> = {},
  status?: number,
): void {
  const body: ErrorBody = { ok: false, error, ...extra };
  if (error.retryAfterMs !== undefined) {
    res.set('Retry-After', String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))));
  }
  if (error.code === 'hubClosing') res.set('Connection', 'close');
  res.status(status ?? httpStatus(error.code)).json(body);
}

/**
 * The typed error for a request Express could not read (a 4xx from the body parser or from
 * decoding the path), or undefined for anything else.
 */
export function bodyRefusal(error: unknown): Refusal | undefined {
  const fields = typeof error === 'object' && error !== null ? error : {};
  const type = 'type' in fields ? String(fields.type) : '';
  const status = 'status' in fields && typeof fields.status === 'number' ? fields.status : 500;
  if (type === 'entity.too.large') {
    // The parser says the limit it applied: a command's, or a meeting's setup's.
    const limit =
      'limit' in fields && typeof fields.limit === 'number' ? fields.limit : MAX_BODY_BYTES;
    return {
      error: {
        code: 'payloadTooLarge',
        message: `A request body here is at most ${limit} bytes.`,
      },
    };
  }
  if (type === 'entity.parse.failed') {
    return { error: { code: 'invalidCommand', message: 'The body is not valid JSON.' } };
  }
  if (status >= 400 && status < 500) {
    return {
      error: {
        code: 'invalidRequest',
        message: 'The request could not be read: send JSON in UTF-8.',
      },
      status,
    };
  }
  return undefined;
}

/** Answers any request that reached it with 404 `notFound`. */
export function notFound(message: string): RequestHandler {
  return (_req, res) => sendError(res, { code: 'notFound', message });
}

/** The last error handler: a request that could not be read is 4xx, anything else `internal`. */
export function lastResort(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const refusal = bodyRefusal(error);
    if (refusal) {
      sendError(res, refusal.error, {}, refusal.status);
      return;
    }
    logger.error({ err: error }, 'request failed');
    sendError(res, { code: 'internal', message: 'The hub could not answer this request.' });
  };
}
