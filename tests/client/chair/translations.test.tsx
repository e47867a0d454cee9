// @vitest-environment jsdom
// The chair gives the meeting's words in the other languages: under the interpretation note, the
// announcement and the suspension note, a disclosure with one field per language (the console's
// own left out), each labelled with the language's name and written in that language; what is
// given is sent with the text, and the notice's versions as they stand are shown again.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientClockProvider } from '../../../client/view-kit/client-clock.tsx';
import { Console } from '../../../client/views/chair/Console.tsx';
import { DIALOGUE_MEETING } from '../room-harness.ts';
import {
  emptyRecord,
  fakeHub,
  makeRoom,
  meetingOf,
  renderConsole,
  run,
  settle,
  steppingClock,
  storeWith,
  T0,
} from './chair-harness.tsx';

afterEach(cleanup);

/** The Meeting tab's card named `name`. */
function card(name: string): HTMLElement {
  fireEvent.click(screen.getByRole('tab', { name: /^Meeting/ }));
  return screen.getByRole('region', { name });
}

/** The card's disclosure of versions, opened. */
function versionsIn(region: HTMLElement, summary: string): HTMLElement {
  const details = within(region).getByText(summary).closest('details');
  if (!details) throw new Error(`no disclosure ${summary}`);
  if (!details.open) fireEvent.click(within(details).getByText(summary));
  return details;
}

const labels = (details: HTMLElement) =>
  [...details.querySelectorAll('label')].map((label) => label.textContent);

describe('the versions in the other languages, at the console', () => {
  it('the interpretation note: five fields, each in its language, sent with the note', async () => {
    const view = renderConsole(makeRoom());
    const notice = card('Interpretation notice');
    fireEvent.click(within(notice).getByLabelText('Unavailable'));
    fireEvent.change(within(notice).getByLabelText('Note (optional)'), {
      target: { value: 'No booths in this room.' },
    });
    const versions = versionsIn(notice, 'Note in other languages');
    expect(labels(versions)).toEqual(['Arabic', 'Chinese', 'French', 'Russian', 'Spanish']);
    const arabic = within(versions).getByLabelText('Arabic');
    expect([arabic.lang, arabic.dir]).toEqual(['ar', 'rtl']);
    expect(within(versions).getByLabelText('French').dir).toBe('ltr');
    fireEvent.change(arabic, { target: { value: ' لا توجد مقصورات. ' } });
    fireEvent.change(within(versions).getByLabelText('French'), {
      target: { value: 'Pas de cabines.' },
    });
    fireEvent.click(within(notice).getByRole('button', { name: 'Show the notice' }));
    await settle();
    expect(view.hub.sent).toMatchObject([
      {
        type: 'setInterpretation',
        status: 'unavailable',
        note: 'No booths in this room.',
        noteTranslations: { ar: 'لا توجد مقصورات.', fr: 'Pas de cabines.' },
      },
    ]);
    expect(meetingOf(view.hub.state()).interpretation.noteTranslations).toEqual({
      ar: 'لا توجد مقصورات.',
      fr: 'Pas de cabines.',
    });
  });

  it('shows the notice’s versions as they stand, open, and clears one', async () => {
    const room = run(makeRoom(), T0, {
      type: 'setInterpretation',
      status: 'unavailable',
      note: 'No booths.',
      noteTranslations: { ru: 'Кабин нет.', en: 'No booths at all.' },
    });
    const view = renderConsole(room);
    const notice = card('Interpretation notice');
    const details = within(notice).getByText('Note in other languages').closest('details');
    expect(details?.open).toBe(true);
    expect(details?.querySelector('summary')?.textContent).toBe('Note in other languages (2)');
    // The console's own language shows too, since a version in it is given.
    expect(labels(details as HTMLElement)).toEqual([
      'Arabic',
      'Chinese',
      'English',
      'French',
      'Russian',
      'Spanish',
    ]);
    expect(within(notice).getByLabelText<HTMLInputElement>('Russian').value).toBe('Кабин нет.');
    fireEvent.change(within(notice).getByLabelText('English'), { target: { value: '' } });
    fireEvent.click(within(notice).getByRole('button', { name: 'Show the notice' }));
    await settle();
    expect(view.hub.sent[0]).toMatchObject({ noteTranslations: { ru: 'Кабин нет.' } });
  });

  it('the announcement: its versions on one line each, then the form empties', async () => {
    const view = renderConsole(makeRoom());
    const announcement = card('Announcement on the wall');
    fireEvent.change(within(announcement).getByLabelText('Text'), {
      target: { value: 'The vote\nis postponed.' },
    });
    const versions = versionsIn(announcement, 'Text in other languages');
    const spanish = within(versions).getByLabelText<HTMLTextAreaElement>('Spanish');
    expect(spanish.tagName).toBe('TEXTAREA');
    fireEvent.change(spanish, { target: { value: 'La votación\nse aplaza.' } });
    fireEvent.click(within(announcement).getByRole('button', { name: 'Show on the wall' }));
    await settle();
    expect(view.hub.sent).toMatchObject([
      {
        type: 'announce',
        text: 'The vote is postponed.',
        textTranslations: { es: 'La votación se aplaza.' },
      },
    ]);
    expect(spanish.value).toBe('');
    // What is on the wall now, with its version, written in its language.
    const now = announcement.querySelector('.chair-announcement-now');
    expect(now?.textContent).toBe(
      'On the wall: The vote is postponed.Spanish: La votación se aplaza.Clear',
    );
    expect(now?.querySelector('bdi[lang="es"]')?.textContent).toBe('La votación se aplaza.');
  });

  it('the suspension note, with its versions', async () => {
    const view = renderConsole(makeRoom());
    const suspension = card('Suspend and resume');
    fireEvent.change(within(suspension).getByLabelText('Note (optional)'), {
      target: { value: 'Consultations.' },
    });
    const versions = versionsIn(suspension, 'Note in other languages');
    fireEvent.change(within(versions).getByLabelText('Chinese'), { target: { value: '磋商。' } });
    fireEvent.click(within(suspension).getByRole('button', { name: 'Suspend the meeting' }));
    await settle();
    expect(view.hub.sent).toMatchObject([
      { type: 'suspendMeeting', note: 'Consultations.', noteTranslations: { zh: '磋商。' } },
    ]);
  });

  it('a French console leaves French out and names the languages in French', () => {
    renderConsole(makeRoom(), { language: 'fr' });
    fireEvent.click(screen.getByRole('tab', { name: /^Séance/ }));
    const notice = screen.getByRole('region', { name: 'Avis d’interprétation' });
    const versions = versionsIn(notice, 'Note dans d’autres langues');
    expect(labels(versions)).toEqual(['arabe', 'chinois', 'anglais', 'russe', 'espagnol']);
  });
});

describe('the wall preview', () => {
  it('shows the English versions, as an English wall does', () => {
    const room = makeRoom({
      meeting: {
        ...DIALOGUE_MEETING,
        titleTranslations: { en: 'Dialogue on R2P', fr: 'Dialogue' },
      },
    });
    const clock = steppingClock(T0);
    const store = storeWith(room);
    const hub = fakeHub(store, room, clock.now);
    const { container } = render(
      <ClientClockProvider clock={clock.now}>
        <Console
          store={store}
          send={hub.send}
          roomId="cr4"
          language="fr"
          fetchRecord={emptyRecord}
        />
      </ClientClockProvider>,
    );
    expect(container.querySelector('.chair-preview .wall-title h1')?.textContent).toBe(
      'Dialogue on R2P',
    );
  });
});
