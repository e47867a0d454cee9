// The REST API's reads, counted against their address before they are answered: a meeting's
// record or an adjourned meeting is read from the database, and nothing else bounds how often a
// script may ask. Hub and edges put the same limit at the same place.
import type { RequestHandler } from 'express';
import type { AddressOf } from '../guard/client-address.ts';
import type { Guard } from '../guard/limits.ts';
import { sendError } from './http-errors.ts';

export function readLimit(guard: Guard, addressOf: AddressOf): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    const tooFast = guard.read(addressOf(req));
    if (tooFast) sendError(res, tooFast);
    else next();
  };
}
