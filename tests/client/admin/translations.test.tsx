// @vitest-environment jsdom
// The secretariat gives a meeting's title, theme and interpretation note in the other languages,
// against a real hub: one field per language under each text (the console's own language left
// out), sent with the meeting; versions already given are shown, and cleared; a refusal is shown
// at the versions at fault; an open meeting's versions are changed like its other details.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomSeedInput } from '../../../shared/domain/create-room.ts';
import { adminHarness, renderAdmin, roomSeed, settle, type AdminHub } from './admin-harness.tsx';

const { harness, start } = adminHarness();

afterEach(async () => {
  cleanup();
  await harness.cleanup();
});

const BRIEFING = '2017-09-07-1';
const TITLE = 'Briefing on peacekeeping';

/** The seed's meeting with these fields besides its own. */
function seedWith(fields: Record<string, unknown>): RoomSeedInput {
  const seed = roomSeed();
  const [meeting] = seed.meetings ?? [];
  return { ...seed, meetings: [{ ...meeting, ...fields } as NonNullable<typeof meeting>] };
}

async function openMeeting(admin: AdminHub) {
  renderAdmin(admin.hub);
  fireEvent.click(await screen.findByText(TITLE, { selector: '.admin-meeting-title bdi' }));
  await screen.findByRole('heading', { name: new RegExp(TITLE) });
}

const field = (name: string) => {
  const found = document.querySelector<HTMLInputElement>(`[data-field="${name}"]`);
  if (!found) throw new Error(`No field ${name}`);
  return found;
};
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });

/** The disclosure `summary` (its text up to the count), as it is. */
function found(summary: string): HTMLDetailsElement {
  const details = [...document.querySelectorAll('details')].find((d) =>
    d.querySelector('summary')?.textContent?.startsWith(summary),
  );
  if (!details) throw new Error(`No disclosure ${summary}`);
  return details;
}

/** The disclosure `summary`, opened as a click on it does. */
function disclosure(summary: string): HTMLDetailsElement {
  const details = found(summary);
  if (!details.open) fireEvent.click(within(details).getByText(summary));
  expect(details.open).toBe(true);
  return details;
}

const save = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
  await settle(120);
};

describe('a scheduled meeting in the other languages', () => {
  it('takes its title, theme and interpretation note in five languages', async () => {
    const admin = await start();
    await openMeeting(admin);
    const title = disclosure('Title in other languages');
    expect([...title.querySelectorAll('label')].map((l) => l.textContent)).toEqual([
      'Arabic',
      'Chinese',
      'French',
      'Russian',
      'Spanish',
    ]);
    const arabic = field('titleTranslations.ar');
    expect([arabic.lang, arabic.dir, arabic.maxLength]).toEqual(['ar', 'rtl', 300]);
    type('titleTranslations.ar', 'إحاطة بشأن حفظ السلام');
    type('titleTranslations.fr', ' Exposé sur le maintien de la paix ');
    type('theme', 'Protection of civilians');
    disclosure('Theme in other languages');
    expect(field('themeTranslations.es').tagName).toBe('TEXTAREA');
    type('themeTranslations.es', 'Protección de los civiles');
    type('interpretation.note', 'No Russian booth.');
    disclosure('Interpretation note in other languages');
    type('interpretation.noteTranslations.ru', 'Русской кабины нет.');
    await save();
    expect(screen.getAllByText('Saved.').length).toBeGreaterThan(0);
    const { setup } = await admin.meeting(BRIEFING);
    expect(setup.titleTranslations).toEqual({
      ar: 'إحاطة بشأن حفظ السلام',
      fr: 'Exposé sur le maintien de la paix',
    });
    expect(setup.themeTranslations).toEqual({ es: 'Protección de los civiles' });
    expect(setup.interpretation.noteTranslations).toEqual({ ru: 'Русской кабины нет.' });
  });

  it('shows the versions given, open, and clears one', async () => {
    const admin = await start(seedWith({ titleTranslations: { fr: 'Exposé', en: 'Briefing' } }));
    await openMeeting(admin);
    const title = disclosure('Title in other languages');
    expect(title.querySelector('summary')?.textContent).toBe('Title in other languages (2)');
    // English, the console's language, shows too: a version in it is given.
    expect(field('titleTranslations.en').value).toBe('Briefing');
    type('titleTranslations.fr', '');
    await save();
    expect((await admin.meeting(BRIEFING)).setup.titleTranslations).toEqual({ en: 'Briefing' });
  });

  it('a refusal is shown at the versions at fault, opened', async () => {
    const admin = await start();
    await openMeeting(admin);
    disclosure('Theme in other languages');
    type('themeTranslations.fr', 'Protection des civils');
    // Closed again by hand: the refusal opens it.
    fireEvent.click(
      within(found('Theme in other languages')).getByText('Theme in other languages'),
    );
    expect(found('Theme in other languages').open).toBe(false);
    await save();
    const theme = found('Theme in other languages');
    expect(theme.open).toBe(true);
    // The refusal names the set, not one field of it: the focus goes to its error, in there.
    expect(theme.contains(document.activeElement)).toBe(true);
    expect(theme.querySelector('.admin-error')?.textContent).toContain(
      'versions of a theme need the theme itself.',
    );
    expect((await admin.meeting(BRIEFING)).setup).not.toHaveProperty('themeTranslations');
  });
});

describe('an open meeting in the other languages', () => {
  it('has its versions changed as its other details, and nothing sent when none changed', async () => {
    const admin = await start(seedWith({ titleTranslations: { fr: 'Exposé' } }));
    await admin.command({ type: 'openMeeting', meetingId: BRIEFING });
    await openMeeting(admin);
    await save();
    expect(screen.getByText('Nothing has changed.')).toBeTruthy();
    type('titleTranslations.es', 'Exposición informativa');
    await save();
    const { state } = await admin.meeting(BRIEFING);
    expect(state?.meeting.titleTranslations).toEqual({
      fr: 'Exposé',
      es: 'Exposición informativa',
    });
  });
});
