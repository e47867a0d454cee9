// Calls the delegate once each time their delegation comes within two speakers: the vibration
// and notification fire on that approach only, not again while it stays near, and again after
// it has moved away (spoken, moved down the list) and comes near anew.
import { useEffect, useRef } from 'react';
import { isTurnNear, type DelegationTurn } from './follow-model.ts';
import { signalTurn } from './turn-signal.ts';

export function useTurnAlert(
  turn: DelegationTurn,
  enabled: boolean,
  words: { title: string; body: string },
): void {
  const near = isTurnNear(turn) ? turn.speakerId : null;
  const signalled = useRef<string | null>(null);
  // The latest words, read when the alert fires: a new estimate alone does not fire it.
  const latest = useRef(words);
  useEffect(() => {
    latest.current = words;
  });
  useEffect(() => {
    if (near === null) {
      signalled.current = null;
      return;
    }
    if (signalled.current === near) return;
    signalled.current = near;
    if (enabled) signalTurn(latest.current.title, latest.current.body);
  }, [near, enabled]);
}
