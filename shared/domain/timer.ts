// Timer math: every reading of a speech clock is derived from absolute instants and `now`,
// so a client, the hub and a restarted hub all agree without anyone counting down.
import type { DurationMs, EpochMs } from '../time.ts';
import type { SpeechTimer, TimerClock } from './types.ts';

/** How long "time up" is shown before the clock turns to counting overtime. */
export const TIME_UP_MS: DurationMs = 3000;

/** ready: not started yet; running; paused. */
export type TimerPhase = 'ready' | 'running' | 'paused';

/** How the remaining time stands against the limit. */
export type TimerBand = 'normal' | 'warning' | 'timeUp' | 'overtime';

/** Everything a countdown shows, at one instant. */
export interface TimerReading {
  phase: TimerPhase;
  band: TimerBand;
  /** Time spoken so far, pauses excluded. */
  elapsedMs: DurationMs;
  /** The limit plus the chair's adjustments. */
  allowedMs: DurationMs;
  /** allowed - elapsed: negative once the speaker runs over. */
  remainingMs: DurationMs;
  /** How far past the allowed time; 0 while within it. */
  overrunMs: DurationMs;
}

/** A timer with the full limit, not started. */
export function readyTimer(limitMs: DurationMs): SpeechTimer {
  return {
    limitMs,
    adjustmentMs: 0,
    startedAt: null,
    runningSince: null,
    accumulatedMs: 0,
    pauses: [],
  };
}

/** Time spoken at `now`, pauses excluded. */
export function elapsedMs(timer: TimerClock, now: EpochMs): DurationMs {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.accumulatedMs + running;
}

/** The limit plus adjustments. */
export function allowedMs(timer: TimerClock): DurationMs {
  return Math.max(0, timer.limitMs + timer.adjustmentMs);
}

/** Remaining time at `now`; negative on overrun, and it keeps counting. */
export function remainingMs(timer: TimerClock, now: EpochMs): DurationMs {
  return allowedMs(timer) - elapsedMs(timer, now);
}

/** The phase of a timer: ready, running or paused. */
export function timerPhase(timer: TimerClock): TimerPhase {
  if (timer.runningSince !== null) return 'running';
  return timer.startedAt === null ? 'ready' : 'paused';
}

/** Reads the timer at `now`, with the band the countdown should show. */
export function readTimer(timer: TimerClock, now: EpochMs, warningMs: DurationMs): TimerReading {
  const elapsed = elapsedMs(timer, now);
  const allowed = allowedMs(timer);
  const remaining = allowed - elapsed;
  const overrun = Math.max(0, -remaining);
  let band: TimerBand = 'normal';
  if (remaining <= 0) band = overrun < TIME_UP_MS ? 'timeUp' : 'overtime';
  else if (remaining <= warningMs) band = 'warning';
  return {
    phase: timerPhase(timer),
    band,
    elapsedMs: elapsed,
    allowedMs: allowed,
    remainingMs: remaining,
    overrunMs: overrun,
  };
}

/** Starts or resumes the clock at `now`. */
export function runTimer(timer: SpeechTimer, now: EpochMs): SpeechTimer {
  const pauses = timer.pauses.map((p) => (p.resumedAt === null ? { ...p, resumedAt: now } : p));
  return { ...timer, startedAt: timer.startedAt ?? now, runningSince: now, pauses };
}

/** Stops the clock at `now`, keeping the time spoken; records the pause. */
export function pauseTimer(timer: SpeechTimer, now: EpochMs): SpeechTimer {
  return {
    ...timer,
    accumulatedMs: elapsedMs(timer, now),
    runningSince: null,
    pauses: [...timer.pauses, { pausedAt: now, resumedAt: null }],
  };
}

/** Stops the clock for good at `now` (end of speech): no open pause is recorded. */
export function stopTimer(timer: SpeechTimer, now: EpochMs): SpeechTimer {
  const pauses = timer.pauses.map((p) => (p.resumedAt === null ? { ...p, resumedAt: now } : p));
  return { ...timer, accumulatedMs: elapsedMs(timer, now), runningSince: null, pauses };
}
