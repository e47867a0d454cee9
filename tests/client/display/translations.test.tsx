// @vitest-environment jsdom
// The meeting in the wall's language: the title, the interpretation note, the announcement, the
// suspension note and the next meeting's title in the wall's own language where the chair gave a
// version in it, the original otherwise; a version given or taken back reaches the wall at once.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomState } from '../../../shared/domain/types.ts';
import { DIALOGUE_MEETING, idleSeed, roomFrom, scheduled } from '../room-harness.ts';
import { makeRoom, pushChange, renderWall, run, storeWith, T0 } from './wall-harness.tsx';

afterEach(cleanup);

const TITLE = DIALOGUE_MEETING.title;
const FRENCH_TITLE = 'Dialogue interactif informel sur la responsabilité de protéger';

/** A meeting whose title, notice and announcement have a French and an Arabic version. */
const translated = (): RoomState =>
  run(
    makeRoom({ meeting: { ...DIALOGUE_MEETING, titleTranslations: { fr: FRENCH_TITLE } } }),
    T0,
    {
      type: 'setInterpretation',
      status: 'unavailable',
      note: 'No booths in this room.',
      noteTranslations: { fr: 'Pas de cabines dans cette salle.', ar: 'لا توجد مقصورات.' },
    },
    {
      type: 'announce',
      text: 'The vote is postponed.',
      textTranslations: { fr: 'Le vote est reporté.' },
    },
  );

describe('the meeting in the wall’s language', () => {
  it('a French wall shows the French versions', () => {
    const wall = renderWall(storeWith(translated()), { language: 'fr' });
    expect(wall.textOf('.wall-title h1')).toBe(FRENCH_TITLE);
    expect(wall.textOf('.wall-notice-note')).toBe('· Pas de cabines dans cette salle.');
    expect(wall.textOf('.wall-message p')).toBe('Le vote est reporté.');
  });

  it('an English wall shows the originals, an Arabic one its version or the original', () => {
    const english = renderWall(storeWith(translated()), { language: 'en' });
    expect(english.textOf('.wall-title h1')).toBe(TITLE);
    expect(english.textOf('.wall-notice-note')).toBe('· No booths in this room.');
    expect(english.textOf('.wall-message p')).toBe('The vote is postponed.');
    cleanup();
    const arabic = renderWall(storeWith(translated()), { language: 'ar' });
    expect(arabic.textOf('.wall-title h1')).toBe(TITLE);
    expect(arabic.textOf('.wall-notice-note')).toBe('· لا توجد مقصورات.');
    expect(arabic.textOf('.wall-message p')).toBe('The vote is postponed.');
  });

  it('a suspension note and the announcement after adjournment, in the wall’s language', () => {
    const suspended = run(makeRoom(), T0, {
      type: 'suspendMeeting',
      note: 'Informal consultations.',
      noteTranslations: { es: 'Consultas oficiosas.' },
    });
    const wall = renderWall(storeWith(suspended), { language: 'es' });
    expect(wall.textOf('.wall-message p')).toBe('Consultas oficiosas.');
    cleanup();
    const adjourned = run(translated(), T0, { type: 'adjournMeeting' });
    expect(renderWall(storeWith(adjourned), { language: 'fr' }).textOf('.wall-idle p')).toBe(
      'Le vote est reporté.',
    );
  });

  it('announces the next meeting by its title in the wall’s language', () => {
    const today = { date: '2017-09-06', start: '15:00', end: '18:00' };
    const room = roomFrom(
      idleSeed([
        scheduled('Sixth Committee', [today], { titleTranslations: { ru: 'Шестой комитет' } }),
      ]),
    );
    expect(renderWall(storeWith(room), { language: 'ru' }).textOf('.wall-upcoming-title')).toBe(
      'Шестой комитет',
    );
    cleanup();
    expect(renderWall(storeWith(room), { language: 'zh' }).textOf('.wall-upcoming-title')).toBe(
      'Sixth Committee',
    );
  });

  it('a version given, then taken back, reaches the wall as a change', () => {
    const before = makeRoom();
    const store = storeWith(before);
    const wall = renderWall(store, { language: 'fr' });
    expect(wall.textOf('.wall-title h1')).toBe(TITLE);
    const given = run(before, T0, {
      type: 'updateMeeting',
      titleTranslations: { fr: FRENCH_TITLE },
    });
    pushChange(store, before, given);
    expect(wall.textOf('.wall-title h1')).toBe(FRENCH_TITLE);
    const cleared = run(given, T0, { type: 'updateMeeting', titleTranslations: {} });
    pushChange(store, given, cleared);
    expect(wall.textOf('.wall-title h1')).toBe(TITLE);
  });
});
