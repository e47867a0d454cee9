// @vitest-environment jsdom
// The alert when the delegation is two speakers away: on the page always; a vibration and a
// notification only when the delegate has turned the alert on, once per approach; permission to
// notify asked only on the delegate's tap.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoomState } from '../../../shared/domain/types.ts';
import { settingKeys } from '../../../client/views/follow/follow-settings.ts';
import { VIBRATION_PATTERN } from '../../../client/views/follow/turn-signal.ts';
import type { LiveRoom } from '../../../client/store/live-room.ts';
import {
  at,
  makeRoom,
  min,
  next,
  pushChange,
  renderFollow,
  run,
  storeWith,
  T0,
} from './follow-harness.tsx';

const vibrate = vi.fn((_pattern: VibratePattern) => true);

/** A stand-in for the browser's Notification: records what is shown and what is asked. */
const notifications = {
  permission: 'default' as NotificationPermission,
  shown: [] as { title: string; body: string | undefined }[],
  requestPermission: vi.fn(async () => {
    notifications.permission = 'granted';
    return notifications.permission;
  }),
};
function FakeNotification(title: string, options?: NotificationOptions): void {
  notifications.shown.push({ title, body: options?.body });
}
Object.defineProperty(FakeNotification, 'permission', { get: () => notifications.permission });
FakeNotification.requestPermission = notifications.requestPermission;

beforeEach(() => {
  // jsdom has neither: the phone's browser has them.
  Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
  Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true });
  notifications.permission = 'default';
  notifications.shown = [];
  localStorage.setItem(settingKeys.delegation('cr4'), 'JPN'); // 4th at first
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.clearAllMocks();
  Reflect.deleteProperty(navigator, 'vibrate');
  Reflect.deleteProperty(window, 'Notification');
});

/** A page following the room, and a way to run the meeting on. */
async function meeting() {
  let room: RoomState = makeRoom();
  const store: LiveRoom = storeWith(room);
  const page = await renderFollow(store);
  const step = (now: number, ...commands: unknown[]) => {
    page.clock.set(now);
    const after = run(room, now, ...commands);
    pushChange(store, room, after, now);
    room = after;
  };
  const alert = () => screen.queryByRole('alert')?.textContent ?? null;
  return { page, store, step, alert };
}

describe('the alert at two speakers away', () => {
  it('shows on the page, even with vibration and notifications off', async () => {
    const { step, alert } = await meeting();
    expect(alert()).toBeNull();
    step(T0, next); // Japan 3rd
    expect(alert()).toBeNull();
    step(at(min(3)), next); // Japan 2nd
    expect(alert()).toContain('Your turn is near: 2nd in line, around 10:09.');
    expect(vibrate).not.toHaveBeenCalled();
    expect(notifications.shown).toEqual([]);
    step(at(min(6)), next); // Japan next
    expect(alert()).toContain('You are next, around 10:09.');
    step(at(min(9)), next); // Japan speaking
    expect(alert()).toBeNull();
  });

  it('can be dismissed for the place it announced', async () => {
    const { step, alert } = await meeting();
    step(T0, next, next);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(alert()).toBeNull();
    step(T0, next);
    expect(alert()).toContain('You are next');
  });

  it('vibrates and notifies once per approach when turned on, asking permission on the tap', async () => {
    const { step } = await meeting();
    expect(notifications.requestPermission).not.toHaveBeenCalled();
    const toggle = screen.getByRole('switch', { name: 'Alert me when two speakers away' });
    await act(async () => {
      fireEvent.click(toggle);
    });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    expect(notifications.requestPermission).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(settingKeys.alerts('cr4'))).toBe('on');

    step(T0, next); // 3rd: nothing yet
    expect(vibrate).not.toHaveBeenCalled();
    step(at(min(3)), next); // 2nd
    expect(vibrate).toHaveBeenCalledTimes(1);
    expect(vibrate).toHaveBeenCalledWith(VIBRATION_PATTERN);
    expect(notifications.shown).toEqual([
      { title: 'Japan', body: 'Your turn is near: 2nd in line, around 10:09.' },
    ]);
    // Still near (next now, the clock adjusted): no second buzz for the same approach.
    step(at(min(4)), { type: 'adjustTime', deltaMs: 30_000 });
    step(at(min(6)), next);
    expect(vibrate).toHaveBeenCalledTimes(1);
  });

  it('calls again when the delegation comes near anew after moving down the list', async () => {
    localStorage.setItem(settingKeys.alerts('cr4'), 'on');
    const { step } = await meeting();
    step(T0, next, next); // Japan 2nd
    expect(vibrate).toHaveBeenCalledTimes(1);
    step(T0, { type: 'moveSpeaker', speakerId: 's4', toIndex: 5 }); // behind Brazil and France
    step(T0, next); // 3rd
    expect(vibrate).toHaveBeenCalledTimes(1);
    step(T0, next); // 2nd again
    expect(vibrate).toHaveBeenCalledTimes(2);
  });

  it('still shows on the page where the browser can neither vibrate nor notify', async () => {
    Reflect.deleteProperty(navigator, 'vibrate');
    Reflect.deleteProperty(window, 'Notification');
    const { step, alert } = await meeting();
    fireEvent.click(screen.getByRole('switch', { name: 'Alert me when two speakers away' }));
    expect(screen.getByText(/This browser cannot vibrate or notify/)).toBeTruthy();
    step(T0, next, next);
    expect(alert()).toContain('Your turn is near');
  });

  it('says why it can only be on the page on a page without https', async () => {
    // A phone on http://<the hub's address>: no secure context, so no notification.
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    try {
      const { step, alert } = await meeting();
      fireEvent.click(screen.getByRole('switch', { name: 'Alert me when two speakers away' }));
      expect(
        screen.getByText(
          'Without https the browser allows no notification: the alert shows on this page only.',
        ),
      ).toBeTruthy();
      expect(screen.queryByText(/This browser cannot vibrate or notify/)).toBeNull();
      step(T0, next, next);
      expect(alert()).toContain('Your turn is near');
    } finally {
      Reflect.deleteProperty(window, 'isSecureContext');
    }
  });
});
