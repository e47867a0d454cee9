// The phone's own ways to call a delegate whose turn is near: a vibration and a system
// notification, each only where the browser offers it. The on-page alert does not depend on them.

/** Two short pulses, in ms: noticeable in a pocket, not alarming in a quiet room. */
export const VIBRATION_PATTERN = [200, 100, 200];

/** True when the browser can vibrate or notify at all. */
export function canSignal(): boolean {
  return typeof navigator.vibrate === 'function' || 'Notification' in window;
}

/** Asks for permission to notify, if the browser asks at all; called only from the user's tap. */
export function askToNotify(): void {
  if (!('Notification' in window) || Notification.permission !== 'default') return;
  Notification.requestPermission().catch(() => undefined);
}

/** Vibrates and notifies as far as the browser allows. */
export function signalTurn(title: string, body: string): void {
  if (typeof navigator.vibrate === 'function') navigator.vibrate(VIBRATION_PATTERN);
  if (!('Notification' in window) || Notification.permission !== 'granted') return;
  try {
    // One notification per turn at most: the tag replaces an earlier one.
    new Notification(title, { body, tag: 'rostrum-turn' });
  } catch {
    // Android's Chrome only notifies through a service worker: the vibration and the page remain.
  }
}
