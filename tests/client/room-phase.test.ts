// Where a room stands at an instant, as its screens announce it, and the words for when: pure
// helpers, on rooms built by the real domain, at fixed instants.
import { describe, expect, it } from 'vitest';
import { publicView } from '../../shared/domain/public-view.ts';
import type { RoomState } from '../../shared/domain/types.ts';
import { wallTexts } from '../../client/views/display/wall-texts.ts';
import { momentOf, phaseInput, roomPhase, samePhase } from '../../client/view-kit/room-phase.ts';
import { whenText } from '../../client/view-kit/when-words.ts';
import {
  at,
  DIALOGUE_MEETING,
  idleSeed,
  min,
  roomFrom,
  run,
  scheduled,
  T0,
} from './room-harness.ts';

const NEW_YORK = 'America/New_York';
const phaseOf = (state: RoomState, now = T0) => roomPhase(phaseInput(publicView(state)), now);
const dialogue = () =>
  roomFrom({ id: 'cr4', meeting: DIALOGUE_MEETING, speakers: [{ delegation: 'FRA' }] });

describe('the room’s phase', () => {
  it('with no meeting open: the next scheduled one, by its first sitting not yet over', () => {
    const room = roomFrom(
      idleSeed([
        scheduled('Over', [{ date: '2017-09-06', start: '08:00', end: '09:00' }]),
        scheduled('Next', [
          { date: '2017-09-06', start: '09:00', end: '09:30' },
          { date: '2017-09-07', start: '10:00', end: '13:00' },
        ]),
      ]),
    );
    const phase = phaseOf(room);
    expect(phase).toMatchObject({
      kind: 'noMeeting',
      next: { meeting: { title: 'Next' }, starts: { day: 'tomorrow', date: '2017-09-07' } },
    });
    expect(phaseOf(roomFrom(idleSeed([])))).toEqual({ kind: 'noMeeting', next: null });
  });

  it('between sittings, suspended with a time, or sitting', () => {
    expect(phaseOf(dialogue(), at(min(200)))).toEqual({
      kind: 'betweenSittings',
      resumes: momentOf(at(min(300)), at(min(200)), NEW_YORK),
    });
    expect(phaseOf(dialogue(), at(min(60)))).toEqual({ kind: 'sitting' });
    // Before the first sitting the meeting opens, it does not resume; after the last, nothing.
    expect(phaseOf(dialogue(), at(-min(60)))).toEqual({ kind: 'sitting' });
    expect(phaseOf(dialogue(), at(min(600)))).toEqual({ kind: 'sitting' });
    const suspended = run(dialogue(), T0, { type: 'suspendMeeting', resumesAt: at(min(30)) });
    expect(phaseOf(suspended)).toMatchObject({
      kind: 'betweenSittings',
      resumes: { at: at(min(30)), day: 'today' },
    });
  });

  it('adjourned: the next meeting, whatever the sittings', () => {
    const adjourned = run(dialogue(), T0, { type: 'adjournMeeting' });
    expect(phaseOf(adjourned, at(min(200)))).toEqual({ kind: 'adjourned', next: null });
  });

  it('says the same while nothing changed, and otherwise not', () => {
    const a = phaseOf(dialogue(), at(min(200)));
    expect(samePhase(a, phaseOf(dialogue(), at(min(201))))).toBe(true);
    expect(samePhase(a, phaseOf(dialogue(), at(min(301))))).toBe(false);
    expect(samePhase(undefined, undefined)).toBe(true);
  });
});

describe('the words for when', () => {
  const at15 = Date.UTC(2017, 8, 6, 19, 0); // 15:00 in New York
  it.each([
    ['en', 'Today at 15:00', 'Tomorrow at 15:00', 'Friday, September 8 at 15:00'],
    ['fr', 'Aujourd’hui à 15:00', 'Demain à 15:00', 'Vendredi 8 septembre à 15:00'],
    ['es', 'Hoy a las 15:00', 'Mañana a las 15:00', 'Viernes, 8 de septiembre, a las 15:00'],
    ['ru', 'Сегодня в 15:00', 'Завтра в 15:00', 'Пятница, 8 сентября, в 15:00'],
    ['zh', '今天 15:00', '明天 15:00', '9月8日星期五 15:00'],
  ] as const)('in %s', (language, today, tomorrow, later) => {
    const words = (days: number) =>
      whenText(
        momentOf(at15 + days * 86_400_000, T0, NEW_YORK),
        wallTexts(language),
        NEW_YORK,
        language,
      );
    expect([words(0), words(1), words(2)]).toEqual([today, tomorrow, later]);
  });

  it('counts days on the room’s calendar, not in hours: 23:59 and 00:01 are two days', () => {
    const lateEvening = Date.UTC(2017, 8, 7, 3, 59); // 23:59 on the 6th in New York
    const justAfter = Date.UTC(2017, 8, 7, 4, 1); // 00:01 on the 7th
    expect(momentOf(justAfter, lateEvening, NEW_YORK).day).toBe('tomorrow');
    expect(momentOf(justAfter, lateEvening, 'UTC').day).toBe('today');
  });
});
