// @vitest-environment jsdom
// The lectern in the six official languages: every phase's word (with its symbol), the calm
// screens' words, the delegation named in the screen's language, Arabic right to left with the
// digits left to right; and every text of the lectern written in each language.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { delegationName } from '../../../shared/delegations/display-name.ts';
import { UN_LANGUAGES, type RoomState } from '../../../shared/domain/types.ts';
import { LECTERN_TEXTS, type LecternTexts } from '../../../client/views/lectern/lectern-texts.ts';
import { at, makeRoom, min, renderLectern, run, sec, storeWith, T0 } from './lectern-harness.tsx';

afterEach(cleanup);

const speaking = (): RoomState => run(makeRoom(), T0, { type: 'nextSpeaker', start: true });

/** Each phase: the room, when it is seen, its tone, digits, symbol and word. */
const PHASES: [string, () => RoomState, number, string, string, keyof LecternTexts][] = [
  ['ready', () => run(makeRoom(), T0, { type: 'nextSpeaker' }), 0, '3:00', '●', 'ready'],
  ['speaking', speaking, sec(60), '2:00', '▶', 'running'],
  ['warning', speaking, sec(160), '0:20', '▲', 'warning'],
  ['timeUp', speaking, sec(181), '+0:01', '■', 'timeUp'],
  ['overtime', speaking, sec(200), '+0:20', '+', 'overtime'],
  [
    'paused',
    () => run(speaking(), at(sec(30)), { type: 'pauseSpeech' }),
    sec(90),
    '2:30',
    '❚❚',
    'paused',
  ],
];

describe.each(UN_LANGUAGES)('the lectern in %s', (language) => {
  const texts = LECTERN_TEXTS[language];
  const direction = language === 'ar' ? 'rtl' : 'ltr';

  it.each(PHASES)('says %s in words and a symbol', (tone, room, elapsed, digits, symbol, word) => {
    const lectern = renderLectern(storeWith(room()), { now: at(elapsed), language });
    expect(lectern.part('.lectern').getAttribute('lang')).toBe(language);
    expect(lectern.part('.lectern').getAttribute('dir')).toBe(direction);
    expect(lectern.part('.lectern-floor').dataset.tone).toBe(tone);
    expect(lectern.textOf('.lectern-digits')).toBe(digits);
    expect(lectern.part('.lectern-digits').getAttribute('dir')).toBe('ltr');
    expect(lectern.textOf('.lectern-state')).toBe(`${symbol} ${texts[word]}`);
    expect(lectern.textOf('.lectern-speaker')).toBe(delegationName('FRA', language));
  });

  it('says so when nobody has the floor, and when the meeting is suspended or adjourned', () => {
    const open = renderLectern(storeWith(makeRoom()), { language });
    expect(open.textOf('.lectern-calm-line')).toBe(texts.floorOpen);
    cleanup();
    const suspended = run(speaking(), at(sec(30)), { type: 'suspendMeeting' });
    const lectern = renderLectern(storeWith(suspended), { now: at(sec(31)), language });
    expect(lectern.textOf('.lectern-message h2')).toBe(texts.meetingSuspended);
    cleanup();
    const adjourned = run(makeRoom(), at(min(1)), { type: 'adjournMeeting' });
    const closed = renderLectern(storeWith(adjourned), { now: at(min(2)), language });
    expect(closed.textOf('.lectern-message h2')).toBe(texts.meetingAdjourned);
  });
});

describe('the lectern’s texts', () => {
  it('are all written, and differ from English, in each of the six languages', () => {
    const keys = Object.keys(LECTERN_TEXTS.en) as (keyof LecternTexts)[];
    for (const language of UN_LANGUAGES) {
      const texts = LECTERN_TEXTS[language];
      expect(Object.keys(texts)).toEqual(keys);
      for (const key of keys) expect(texts[key], `${language}.${key}`).not.toBe('');
      if (language === 'en') continue;
      for (const key of ['slowerPlease', 'slowerFromInterpreters', 'reconnecting'] as const) {
        expect(texts[key], `${language}.${key}`).not.toBe(LECTERN_TEXTS.en[key]);
      }
    }
  });
});
