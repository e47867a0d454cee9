// The record of speeches, fetched from the hub (it is not in the socket state) when the record is
// on screen, and again whenever the list of speakers changes: a speech ended, a correction.
import { useEffect, useState } from 'react';
import type { SpeechRecord } from '../../../shared/domain/types.ts';
import { useRoomSlice } from '../../app/use-room.ts';
import type { LiveRoom } from '../../store/live-room.ts';

export type RecordState =
  | { kind: 'loading' }
  | { kind: 'loaded'; speeches: SpeechRecord[] }
  | { kind: 'failed'; reason: string };

/** Fetches a URL (the page's fetch; a test gives its own). */
export type FetchRecord = (url: string) => Promise<Response>;

/** The page's own fetch, one function for the component's whole life. */
const pageFetch: FetchRecord = (url) => fetch(url);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Checks what the hub answered before the console relies on it. */
function isSpeech(value: unknown): value is SpeechRecord {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.delegation === 'string' &&
    typeof value.startedAt === 'number' &&
    typeof value.endedAt === 'number' &&
    typeof value.spokenMs === 'number' &&
    typeof value.overrunMs === 'number'
  );
}

/** The speeches in a GET /api/rooms/:roomId/speeches answer, or undefined if it is not one. */
export function speechesIn(body: unknown): SpeechRecord[] | undefined {
  if (!isObject(body) || !Array.isArray(body.speeches)) return undefined;
  const speeches: unknown[] = body.speeches;
  return speeches.every(isSpeech) ? speeches : undefined;
}

export function recordUrl(roomId: string, csv = false): string {
  return `/api/rooms/${encodeURIComponent(roomId)}/speeches${csv ? '?format=csv' : ''}`;
}

export function useSpeechRecord(
  store: LiveRoom,
  roomId: string,
  fetchRecord: FetchRecord = pageFetch,
): RecordState {
  const speakers = useRoomSlice(store, (s) => s.room?.speakers);
  const [state, setState] = useState<RecordState>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    fetchRecord(recordUrl(roomId))
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const speeches = speechesIn(await response.json());
        if (!speeches) throw new Error('unexpected answer');
        if (current) setState({ kind: 'loaded', speeches });
      })
      .catch((error: unknown) => {
        if (current) {
          setState({ kind: 'failed', reason: error instanceof Error ? error.message : 'error' });
        }
      });
    return () => {
      current = false;
    };
    // `speakers` is not read: a new list means the record may have changed.
  }, [roomId, fetchRecord, speakers]);
  return state;
}
