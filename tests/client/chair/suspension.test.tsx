// @vitest-environment jsdom
// The time to resume, as the chair types it: the console says what the hub will make of it, by
// the same rule (shared/time-of-day.ts), before anything is sent.
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALOGUE_MEETING } from '../room-harness.ts';
import { makeRoom, renderConsole, settle } from './chair-harness.tsx';

afterEach(cleanup);

/** Opens the meeting tab and types `text` as the time to resume. */
function typeResumeTime(text: string) {
  fireEvent.click(screen.getByRole('tab', { name: 'Meeting' }));
  fireEvent.change(screen.getByLabelText('Resume at (room time)'), { target: { value: text } });
}

const hint = () => document.querySelector('.chair-suspend .chair-field-hint')?.textContent;

const withSittingTomorrow = () =>
  makeRoom({
    meeting: {
      ...DIALOGUE_MEETING,
      sittings: [
        ...DIALOGUE_MEETING.sittings,
        { date: '2017-09-07', start: '10:00', end: '13:00' },
      ],
    },
  });

describe('the time to resume (the console at 10:00, room time)', () => {
  it.each<[string, () => ReturnType<typeof makeRoom>, string, string | undefined]>([
    ['later today: nothing to say', makeRoom, '15:00', undefined],
    ['just gone: today, nothing to say', makeRoom, '9:58', undefined],
    [
      'gone, no sitting tomorrow: the hub will refuse it',
      makeRoom,
      '09:00',
      '09:00 has passed today and no sitting tomorrow goes past it: the hub will refuse it.',
    ],
    [
      'gone, a sitting tomorrow: tomorrow',
      withSittingTomorrow,
      '0900',
      'Tomorrow at 09:00 (room time).',
    ],
  ])('%s', (_name, room, typed, expected) => {
    renderConsole(room());
    typeResumeTime(typed);
    expect(hint()).toBe(expected);
  });

  it('sends the time as typed; the hub resolves it by the same rule', async () => {
    const view = renderConsole(makeRoom());
    typeResumeTime('15:00');
    fireEvent.click(screen.getByRole('button', { name: 'Suspend the meeting' }));
    await settle();
    expect(view.hub.sent).toMatchObject([{ type: 'suspendMeeting', resumesAt: '15:00' }]);
  });
});
