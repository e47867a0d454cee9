// The phone's own ways to call a delegate whose turn is near: a vibration and a system
// notification, each only where the browser offers it. The on-page alert does not depend on them.

/** Two short pulses, in ms: noticeable in a pocket, not alarming in a quiet room. */
export const VIBRATION_PATTERN = [200, 100, 200];

/** True when the browser can vibrate or notify at all. */
export function canSignal(): boolean {
  return typeof navigator.vibrate === 'function' || 'Notification' in window;
}

/** The service worker that shows the notification (client/public), and the notification's tag. */
export const ALERT_WORKER_URL = '/turn-alert-sw.js';
export const NOTIFICATION_TAG = 'rostrum-turn';

/**
 * Asks for permission to notify, if the browser asks at all, and registers the service worker
 * that notifies (Android's Chrome notifies through one only); called only from the user's tap.
 */
export function askToNotify(): void {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(ALERT_WORKER_URL).catch(() => undefined);
  }
  if (!('Notification' in window) || Notification.permission !== 'default') return;
  Notification.requestPermission().catch(() => undefined);
}

/** Vibrates and notifies as far as the browser allows. */
export function signalTurn(title: string, body: string): void {
  if (typeof navigator.vibrate === 'function') navigator.vibrate(VIBRATION_PATTERN);
  if (!('Notification' in window) || Notification.permission !== 'granted') return;
  // One notification per turn at most: the tag replaces an earlier one.
  const options: NotificationOptions = { body, tag: NOTIFICATION_TAG };
  if (!('serviceWorker' in navigator)) {
    notifyFromPage(title, options);
    return;
  }
  navigator.serviceWorker
    .getRegistration()
    .then((registration) =>
      registration ? registration.showNotification(title, options) : notifyFromPage(title, options),
    )
    .catch(() => notifyFromPage(title, options));
}

/** The page's own notification, where the browser allows one outside a service worker. */
function notifyFromPage(title: string, options: NotificationOptions): void {
  try {
    new Notification(title, options);
  } catch {
    // Android's Chrome only notifies through a service worker: the vibration and the page remain.
  }
}
