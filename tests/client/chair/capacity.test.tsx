// @vitest-environment jsdom
// Can the list be finished? The projected end against the sittings, and a warning when the list
// overflows the last sitting ("At this pace 7 speakers will not be reached before 18:00"), with
// each waiting speaker's estimated start, recomputed every 15 seconds, not every frame.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zonedTimeToEpoch } from '../../../shared/zoned-time.ts';
import { makeRoom, min, renderConsole, run, sec, settle } from './chair-harness.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** 17:00 in New York on the meeting's day: one hour of the last sitting left. */
const FIVE_PM = zonedTimeToEpoch('2017-09-06', '17:00', 'America/New_York');

/** `count` States, 3 minutes each, the default limit. */
function speakers(count: number) {
  const codes = ['FRA', 'DEU', 'GBR', 'JPN', 'BRA', 'KEN', 'GHA', 'PER', 'CHL', 'MEX'];
  return Array.from({ length: count }, (_, i) => ({
    delegation: codes[i % codes.length] ?? 'FRA',
  }));
}

const oneSitting = {
  meeting: {
    title: 'Informal interactive dialogue',
    timeZone: 'America/New_York',
    sittings: [{ date: '2017-09-06', start: '17:00', end: '18:00' }],
    defaultLimitMs: min(3),
  },
};

const rowWhen = (index: number) =>
  document.querySelector(`[data-row-index="${index}"] .chair-row-when`)?.textContent?.trim();

describe('the capacity warning', () => {
  it('warns when the list overflows 18:00: 18 of 25 fit in the hour, 7 do not', () => {
    // 3:00 each and 15 s between: the 18th ends at 17:58:15, the 19th would end at 18:01:30.
    renderConsole(makeRoom({ ...oneSitting, speakers: speakers(25) }), { now: FIVE_PM });
    const warning = screen.getByRole('alert');
    expect(warning.textContent).toBe(
      'At this pace 7 speakers will not be reached before 18:00. Shorten the limit or close the list.',
    );
    expect(screen.getByText('Projected end 17:58 · last sitting ends 18:00')).toBeTruthy();
    expect(screen.getByText('\u206617:00–18:00\u2069: 18 speakers')).toBeTruthy();
    // The list marks the speakers who would not be reached.
    expect(rowWhen(0)).toBe('17:00');
    expect(rowWhen(1)).toBe('17:03');
    expect(rowWhen(17)).toBe('17:55');
    expect(rowWhen(18)).toBe('not reached');
    const unreached = document.querySelectorAll('.chair-row[data-unreached]');
    expect(unreached).toHaveLength(7);
  });

  it('says one speaker in the singular', () => {
    renderConsole(makeRoom({ ...oneSitting, speakers: speakers(19) }), { now: FIVE_PM });
    expect(screen.getByRole('alert').textContent).toMatch(
      /^At this pace 1 speaker will not be reached before 18:00\./,
    );
  });

  it('says all will be reached when the list fits', () => {
    renderConsole(makeRoom({ ...oneSitting, speakers: speakers(18) }), { now: FIVE_PM });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('At this pace everyone on the list will be reached.')).toBeTruthy();
  });

  it('counts the floor’s remaining time and the changeover before the next speaker', () => {
    // At 17:01 FRA has spoken a minute of three: DEU is expected at 17:03:15 (2:00 left, then
    // 0:15 of changeover), GBR at 17:06:30.
    const state = run(makeRoom({ ...oneSitting, speakers: speakers(3) }), FIVE_PM, {
      type: 'nextSpeaker',
      start: true,
    });
    renderConsole(state, { now: FIVE_PM + min(1) });
    expect(rowWhen(0)).toBe('Has the floor');
    expect(rowWhen(1)).toBe('17:03');
    expect(rowWhen(2)).toBe('17:06');
  });

  it('follows a shorter default limit at once: the chair’s remedy', async () => {
    const view = renderConsole(makeRoom({ ...oneSitting, speakers: speakers(25) }), {
      now: FIVE_PM,
    });
    await act(async () => {
      view.hub.elsewhere({ type: 'updateMeeting', defaultLimitMs: min(2) });
    });
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('\u206617:00–18:00\u2069: 25 speakers')).toBeTruthy();
  });

  it('moves the estimates on every 15 seconds, not with every frame', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    const view = renderConsole(makeRoom({ ...oneSitting, speakers: speakers(3) }), {
      now: FIVE_PM,
    });
    expect(rowWhen(1)).toBe('17:03');
    // Ten minutes pass on the clock: nothing is recomputed until the next 15-second step.
    view.clock.set(FIVE_PM + min(10));
    await settle();
    expect(rowWhen(1)).toBe('17:03');
    await act(async () => {
      vi.advanceTimersByTime(sec(15));
    });
    expect(rowWhen(0)).toBe('17:10');
    expect(rowWhen(1)).toBe('17:13');
    const list = screen.getByRole('list', { name: 'List of speakers' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });
});
