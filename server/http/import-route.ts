// POST /api/rooms/:roomId/speakers/import: an established list of speakers, as a file's or a
// paste's text (text/csv or text/plain), read by the import's own parser (shared/import/), then
// previewed, or applied as ONE command (addSpeakers or replaceList) through the engine, as the
// console applies it: one version, one undo step. The chair's key is checked before the body is
// read (api-router.ts's requireChair); rows with an issue, and speakers who have spoken unless
// asked for, are not sent.
import express, { type Request, type RequestHandler, type Response } from 'express';
import { historyLength } from '../../shared/domain/list-order.ts';
import type { RostrumError } from '../../shared/domain/errors.ts';
import { decodeListBytes } from '../../shared/import/decode-text.ts';
import { importCommand } from '../../shared/import/import-command.ts';
import {
  MAX_IMPORT_LINES,
  MAX_LINE_CHARACTERS,
  readSpeakerList,
} from '../../shared/import/read-speaker-list.ts';
import type { SpeakerImportMode, SpeakerImportResponse } from '../../shared/protocol.ts';
import type { Clock } from '../clock.ts';
import type { RoomEngine } from '../room-engine.ts';
import { sendError } from './http-errors.ts';

/** Largest text an import reads: a whole list (600 speakers) with names and titles, with room to spare. */
export const MAX_IMPORT_BYTES = 256 * 1024;

const MODES: readonly SpeakerImportMode[] = ['preview', 'append', 'replace'];

/**
 * The body parser: the bytes of a CSV file or a paste, decoded by decodeListBytes (a byte-order
 * mark, the charset named, else UTF-8 or Windows-1252). Not compressed: the room's rate limit
 * counts the bytes sent, and a small gzip body could unfold into a text that takes the hub
 * seconds to read.
 */
export const importBody = express.raw({
  limit: MAX_IMPORT_BYTES,
  inflate: false,
  type: ['text/csv', 'text/plain', 'text/tab-separated-values'],
});

/** A query flag: 1 or true. */
const flag = (value: unknown) => value === '1' || value === 'true';

/** What the query asks, or the refusal. */
function readQuery(req: Request):
  | {
      ok: true;
      mode: SpeakerImportMode;
      includeSpoken: boolean;
      afterClosure: boolean;
      expectedVersion?: number;
    }
  | { ok: false; error: RostrumError } {
  const mode = MODES.find((m) => m === req.query.mode);
  if (!mode) {
    return {
      ok: false,
      error: {
        code: 'invalidRequest',
        message: 'Say mode=preview, mode=append or mode=replace.',
        path: 'mode',
      },
    };
  }
  const version = req.query.expectedVersion;
  const expectedVersion =
    typeof version === 'string' && /^\d{1,15}$/.test(version) ? Number(version) : undefined;
  if (version !== undefined && expectedVersion === undefined) {
    return {
      ok: false,
      error: {
        code: 'invalidRequest',
        message: 'expectedVersion is a whole number.',
        path: 'expectedVersion',
      },
    };
  }
  return {
    ok: true,
    mode,
    includeSpoken: flag(req.query.includeSpoken),
    afterClosure: flag(req.query.afterClosure),
    ...(expectedVersion !== undefined && { expectedVersion }),
  };
}

/** The import's handler, after the chair's key and the body parser. */
export function importSpeakers(deps: { engine: RoomEngine; clock: Clock }): RequestHandler {
  const { engine, clock } = deps;
  return (req: Request, res: Response) => {
    const roomId = String(req.params.roomId);
    const query = readQuery(req);
    if (!query.ok) {
      sendError(res, query.error);
      return;
    }
    if (!Buffer.isBuffer(req.body)) {
      sendError(
        res,
        { code: 'invalidRequest', message: 'Send the list as text/csv or text/plain.' },
        {},
        415,
      );
      return;
    }
    const state = engine.state(roomId);
    const speakers = state?.current?.speakers ?? [];
    // A replacement keeps only the history: a duplicate is one of those who stay.
    const existing =
      query.mode === 'replace' ? speakers.slice(0, historyLength(speakers)) : speakers;
    const charset = /charset=([\w-]+)/iu.exec(req.get('content-type') ?? '')?.[1];
    const text = decodeListBytes(req.body, charset);
    const reading = readSpeakerList(text, { existing, includeSpoken: query.includeSpoken });
    const answer = (version: number, sent: number): SpeakerImportResponse => ({
      ok: true,
      mode: query.mode,
      reading,
      version,
      sent,
      serverNow: clock(),
    });
    if (query.mode === 'preview') {
      res.json(answer(state?.version ?? 0, 0));
      return;
    }
    if (reading.unreadLines > 0) {
      // A list cut short is not applied: the caller learns how much was left, and splits it.
      sendError(res, {
        code: 'payloadTooLarge',
        message: `An import reads at most ${MAX_IMPORT_LINES} lines of at most ${MAX_LINE_CHARACTERS} characters: ${reading.unreadLines} were not read, and nothing was changed.`,
      });
      return;
    }
    const entries = reading.rows.flatMap((row) => (row.speaker ? [row.speaker] : []));
    if (entries.length === 0) {
      sendError(res, {
        code: 'nothingToImport',
        message:
          reading.rows.length === 0
            ? 'The text holds no speaker.'
            : 'No row can be added: each has an issue, or has spoken (includeSpoken=1 brings those back).',
      });
      return;
    }
    const command = importCommand(query.mode, entries, {
      afterClosure: query.afterClosure,
      ...(query.expectedVersion !== undefined && { expectedVersion: query.expectedVersion }),
    });
    const ack = engine.execute(roomId, command, 'rest');
    if (!ack.ok) {
      sendError(res, ack.error, ack.state ? { state: ack.state } : {});
      return;
    }
    res.json(answer(ack.version, entries.length));
  };
}
