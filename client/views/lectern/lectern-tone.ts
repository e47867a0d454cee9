// The lectern's colour for a clock face: one tone per phase the speaker must tell apart, in the
// order the clock's word says them (clock-label.ts), so the colour never disagrees with the word.
import type { ClockFace } from '../../view-kit/use-timer-reading.ts';

/** ready, speaking, last seconds, time up, over time, and paused whatever the band. */
export type LecternTone = 'ready' | 'speaking' | 'warning' | 'timeUp' | 'overtime' | 'paused';

export const LECTERN_TONES: readonly LecternTone[] = [
  'ready',
  'speaking',
  'warning',
  'timeUp',
  'overtime',
  'paused',
];

/** The tone of `face`: a pause first, as its word is (the digits say how far over it stopped). */
export function lecternTone(face: ClockFace): LecternTone {
  if (face.phase === 'paused') return 'paused';
  if (face.band === 'overtime') return 'overtime';
  if (face.band === 'timeUp') return 'timeUp';
  if (face.phase === 'ready') return 'ready';
  if (face.band === 'warning') return 'warning';
  return 'speaking';
}
