// @vitest-environment jsdom
// The rest of the page: the speaker and the live countdown, the notices, the whole list with
// estimates recomputed as time passes (not every frame), the current speaker kept in view, a
// polite live region that speaks only when the floor changes, and the page without its hub.
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECTION_EVERY_MS } from '../../../client/view-kit/use-room-projection.ts';
import {
  at,
  end,
  makeRoom,
  min,
  next,
  pushChange,
  renderFollow,
  run,
  sec,
  showAt,
  storeWith,
  T0,
} from './follow-harness.tsx';

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

/** The estimated times in the list, one per entry. */
const times = (page: Awaited<ReturnType<typeof renderFollow>>) =>
  [...page.container.querySelectorAll('.follow-row-when')].map((e) => e.textContent);

describe('the floor', () => {
  it('shows who speaks, for whom, and a countdown that runs on the phone’s clock', async () => {
    const page = await renderFollow(storeWith(run(makeRoom(), T0, next)));
    expect(page.textOf('.follow-floor-delegation')).toBe('France');
    expect(page.textOf('.follow-floor-person')).toBe('Permanent Representative');
    expect(page.textOf('.follow-floor-behalf')).toBe('on behalf of the European Union');
    expect(page.textOf('.follow-floor-position')).toBe('Speaker 1 of 6');
    expect(page.textOf('.follow-digits')).toBe('3:00');
    await showAt(page.clock, at(sec(40)));
    expect(page.textOf('.follow-digits')).toBe('2:20');
    expect(page.textOf('.follow-clock-state')).toBe('▶ Speaking');
    await showAt(page.clock, at(min(2) + sec(45)));
    expect(page.textOf('.follow-clock-state')).toBe('▲ Time almost up');
    expect(page.part('.follow-countdown').dataset.band).toBe('warning');
    await showAt(page.clock, at(min(3) + sec(20)));
    expect(page.textOf('.follow-digits')).toBe('+0:20');
    expect(page.textOf('.follow-clock-state')).toBe('+ Over time');
  });

  it('waits for the next speaker when nobody has the floor', async () => {
    const page = await renderFollow(storeWith(makeRoom()));
    expect(page.textOf('.follow-floor')).toBe('On the floorAwaiting the next speaker');
    expect(page.textOf('.follow-status')).toBe('Not yet started');
  });
});

describe('the notices', () => {
  it('shows the interpretation notice, the announcement and a suspension', async () => {
    const room = run(makeRoom(), T0, {
      type: 'setInterpretation',
      status: 'partial',
      languages: ['fr', 'es'],
      note: 'English channel only in the afternoon',
    });
    const store = storeWith(room);
    const page = await renderFollow(store);
    expect(page.textOf('.follow-notice')).toBe(
      '⚠ Interpretation only in: French and Spanish · Not available: Arabic, Chinese, English, and Russian · English channel only in the afternoon',
    );
    const announced = run(room, T0, { type: 'announce', text: 'The list closes at noon.' });
    pushChange(store, room, announced);
    expect(page.textOf('.follow-message')).toBe('AnnouncementThe list closes at noon.');
    const suspended = run(announced, T0, { type: 'suspendMeeting', resumesAt: '15:00' });
    pushChange(store, announced, suspended);
    expect(page.textOf('.follow-status')).toBe('Suspended until 15:00');
    expect(page.textOf('.follow-message h2')).toBe('The meeting is suspended');
    expect(page.textOf('.follow-message p')).toBe(
      'It will resume at 15:00 · The list closes at noon.',
    );
  });
});

describe('the list', () => {
  it('lists every entry with its status and estimated start, the speaker marked current', async () => {
    const page = await renderFollow(storeWith(run(makeRoom(), T0, next, end, next)));
    const rows = [...page.container.querySelectorAll('.follow-list li')];
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual([
      'spoken',
      'speaking',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
    ]);
    expect(times(page)).toEqual([
      'Spoken',
      'Speaking',
      'around 10:03',
      'around 10:06',
      'around 10:09',
      'around 10:13',
    ]);
    expect(page.part('[aria-current="true"]').textContent).toContain('Germany');
    expect(page.textOf('.follow-row-behalf')).toBe('on behalf of the European Union');
  });

  it('recomputes the estimates every 15 seconds, not with the countdown', async () => {
    // The projection's timer, caught on its way to the real one so the test can fire it: faking
    // timers would stop jsdom's animation frames too.
    const every = vi.spyOn(window, 'setInterval');
    const page = await renderFollow(storeWith(run(makeRoom(), T0, next)));
    const tick = every.mock.calls.find(([, delay]) => delay === PROJECTION_EVERY_MS)?.[0];
    if (typeof tick !== 'function') throw new Error('no projection timer');
    expect(times(page).slice(1, 3)).toEqual(['around 10:03', 'around 10:06']);
    // France runs three minutes over: each frame redraws the clock, the list waits its turn.
    await showAt(page.clock, at(min(6)));
    expect(page.textOf('.follow-digits')).toBe('+3:00');
    expect(times(page).slice(1, 3)).toEqual(['around 10:03', 'around 10:06']);
    act(() => tick());
    expect(times(page).slice(1, 3)).toEqual(['around 10:06', 'around 10:09']);
  });

  it('recomputes the estimates at once when the room changes', async () => {
    const room = run(makeRoom(), T0, next);
    const store = storeWith(room);
    const page = await renderFollow(store);
    page.clock.set(at(min(6)));
    pushChange(store, room, run(room, at(min(6)), end));
    // France ended at 10:06: Germany is next, at once.
    expect(times(page).slice(1, 3)).toEqual(['around 10:06', 'around 10:09']);
  });
});

describe('the live region', () => {
  it('says who speaks when the floor changes, and nothing as the seconds pass', async () => {
    const room = run(makeRoom(), T0, next);
    const store = storeWith(room);
    const page = await renderFollow(store);
    const region = page.part('[aria-live="polite"]');
    expect(region.textContent).toBe('Now speaking: France');
    const observed: string[] = [];
    const observer = new MutationObserver(() => observed.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    await showAt(page.clock, at(sec(30)));
    await showAt(page.clock, at(sec(31)));
    await showAt(page.clock, at(sec(32)));
    expect(observed).toEqual([]);
    pushChange(store, room, run(room, at(sec(40)), next));
    await act(async () => undefined);
    expect(region.textContent).toBe('Now speaking: Germany');
    expect(observed).not.toHaveLength(0);
    expect(page.container.querySelector('.follow-countdown [aria-live]')).toBeNull();
    observer.disconnect();
  });
});

describe('without the hub', () => {
  it('says so with the time of the last update, and keeps counting', async () => {
    const store = storeWith(run(makeRoom(), T0, next), at(sec(5)));
    const page = await renderFollow(store, { now: at(sec(10)) });
    expect(page.has('.follow-offline')).toBe(false);
    act(() => store.setState({ connection: 'reconnecting' }));
    expect(page.textOf('.follow-offline')).toBe(
      '⚠ Offline: last update at 10:00:05. The clock keeps running; the page catches up by itself when the connection returns.',
    );
    await showAt(page.clock, at(sec(70)));
    expect(page.textOf('.follow-digits')).toBe('1:50');
    act(() => store.setState({ connection: 'connected' }));
    expect(page.has('.follow-offline')).toBe(false);
  });

  it('says when the hub refuses the page', async () => {
    const store = storeWith(makeRoom());
    act(() => store.setState({ connection: 'refused', refusal: 'There is no room "cr9".' }));
    const page = await renderFollow(store);
    expect(page.textOf('[role="alert"]')).toBe(
      'This screen cannot show the room: There is no room "cr9".',
    );
  });
});
