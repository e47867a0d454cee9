// @vitest-environment jsdom
// The meeting in the phone's language: the title, the interpretation note, the chair's
// announcement and the next meeting's title in the language the delegate reads the page in,
// where a version in it is given, and the original otherwise; switching the language switches them.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomState } from '../../../shared/domain/types.ts';
import { DIALOGUE_MEETING, idleSeed, roomFrom, scheduled } from '../room-harness.ts';
import { makeRoom, pushChange, renderFollow, run, storeWith, T0 } from './follow-harness.tsx';

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

const TITLE = DIALOGUE_MEETING.title;
const SPANISH_TITLE = 'Diálogo interactivo oficioso sobre la responsabilidad de proteger';

const translated = (): RoomState =>
  run(
    makeRoom({ meeting: { ...DIALOGUE_MEETING, titleTranslations: { es: SPANISH_TITLE } } }),
    T0,
    {
      type: 'setInterpretation',
      status: 'unavailable',
      note: 'No booths in this room.',
      noteTranslations: { es: 'No hay cabinas en esta sala.' },
    },
    {
      type: 'announce',
      text: 'The vote is postponed.',
      textTranslations: { es: 'La votación se aplaza.', zh: '表决推迟。' },
    },
  );

describe('the meeting in the phone’s language', () => {
  it('a Spanish page shows the Spanish versions', async () => {
    const page = await renderFollow(storeWith(translated()), { language: 'es' });
    expect(page.textOf('.follow-title')).toBe(SPANISH_TITLE);
    expect(page.textOf('.follow-notice-note')).toBe('· No hay cabinas en esta sala.');
    expect(page.textOf('.follow-message p')).toBe('La votación se aplaza.');
  });

  it('a Chinese page shows its one version, and the originals elsewhere', async () => {
    const page = await renderFollow(storeWith(translated()), { language: 'zh' });
    expect(page.textOf('.follow-title')).toBe(TITLE);
    expect(page.textOf('.follow-notice-note')).toBe('· No booths in this room.');
    expect(page.textOf('.follow-message p')).toBe('表决推迟。');
  });

  it('switching the language switches the versions', async () => {
    const page = await renderFollow(storeWith(translated()), { language: 'en' });
    expect(page.textOf('.follow-title')).toBe(TITLE);
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
      target: { value: 'es' },
    });
    await waitFor(() => expect(page.textOf('.follow-title')).toBe(SPANISH_TITLE));
    expect(page.textOf('.follow-message p')).toBe('La votación se aplaza.');
  });

  it('a version given later reaches the page as a change', async () => {
    const before = makeRoom();
    const store = storeWith(before);
    const page = await renderFollow(store, { language: 'es' });
    const given = run(before, T0, {
      type: 'updateMeeting',
      titleTranslations: { es: SPANISH_TITLE },
    });
    act(() => pushChange(store, before, given));
    expect(page.textOf('.follow-title')).toBe(SPANISH_TITLE);
  });

  it('announces the next meeting by its title in the page’s language', async () => {
    const today = { date: '2017-09-06', start: '15:00', end: '18:00' };
    const room = roomFrom(
      idleSeed([
        scheduled('Sixth Committee', [today], { titleTranslations: { fr: 'Sixième Commission' } }),
      ]),
    );
    const page = await renderFollow(storeWith(room), { language: 'fr' });
    expect(page.textOf('.follow-upcoming-title')).toBe('Sixième Commission');
  });
});
