// How every screen says the clock's state in words and a symbol, never by colour alone.
import type { ClockTexts } from '../i18n/meeting-texts/meeting-texts.ts';
import type { ClockFace } from './use-timer-reading.ts';

export interface ClockLabel {
  symbol: string;
  word: string;
}

/** The word and symbol for the clock's state, in the language of `texts`. */
export function clockLabel(face: ClockFace, texts: ClockTexts): ClockLabel {
  // A pause is said first: over time, the red and the digits ('+0:20') already say how far.
  if (face.phase === 'paused') return { symbol: '❚❚', word: texts.paused };
  if (face.band === 'overtime') return { symbol: '+', word: texts.overtime };
  if (face.band === 'timeUp') return { symbol: '■', word: texts.timeUp };
  if (face.phase === 'ready') return { symbol: '●', word: texts.ready };
  if (face.band === 'warning') return { symbol: '▲', word: texts.warning };
  return { symbol: '▶', word: texts.running };
}
