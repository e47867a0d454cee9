// The meeting in the screen's language: the title, theme, interpretation note, suspension note
// and announcement may be given in other languages besides the original; each screen shows its
// own language's version where one is given (localized), the original otherwise.
import { describe, expect, it } from 'vitest';
import { apply } from '../../shared/domain/apply.ts';
import type { DomainErrorCode } from '../../shared/domain/errors.ts';
import { localized } from '../../shared/domain/localized.ts';
import { meetingSetupSchema } from '../../shared/domain/meeting-setup.ts';
import { parseCommand } from '../../shared/domain/parse-command.ts';
import { publicView } from '../../shared/domain/public-view.ts';
import { openMeetingPatch, planMeeting, replanMeeting } from '../../shared/domain/schedule.ts';
import { meetingCoreSchema, roomStateSchema } from '../../shared/domain/state-schema.ts';
import type { RoomState, Translations } from '../../shared/domain/types.ts';
import {
  accept,
  createdRoom,
  expectRefused,
  makeRoom,
  seedInput,
  meetingOf,
  run,
  SEED_MEETING,
  T0,
} from './fixtures.ts';

const room = makeRoom();

/** Parses untrusted input and applies it: the error of a refusal, the room unchanged. */
function refusedInput(state: RoomState, input: unknown): { code: DomainErrorCode; path?: string } {
  const before = JSON.stringify(state);
  const parsed = parseCommand(input);
  const result = parsed.ok ? apply(state, parsed.value, T0) : parsed;
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(input)}`);
  expect(JSON.stringify(state)).toBe(before);
  return { code: result.error.code, ...(result.error.path && { path: result.error.path }) };
}

/** Parses untrusted input and applies it: the new room. */
function acceptedInput(state: RoomState, input: unknown): RoomState {
  const parsed = parseCommand(input);
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.error)}`);
  return accept(state, parsed.value);
}

describe('localized', () => {
  const versions: Translations = { fr: 'Dialogue interactif', ar: 'حوار تفاعلي' };
  it.each([
    ['fr', 'Dialogue interactif'],
    ['ar', 'حوار تفاعلي'],
    ['en', 'Interactive dialogue'],
    ['zh', 'Interactive dialogue'],
  ] as const)('a screen in %s shows %s', (language, shown) => {
    expect(localized('Interactive dialogue', versions, language)).toBe(shown);
  });

  it('shows the original with no versions, or an empty one', () => {
    expect(localized('Interactive dialogue', undefined, 'fr')).toBe('Interactive dialogue');
    expect(localized('Interactive dialogue', { fr: '' }, 'fr')).toBe('Interactive dialogue');
  });
});

describe('versions in the commands', () => {
  it('setInterpretation keeps the note in other languages, blank ones left out', () => {
    const state = acceptedInput(room, {
      type: 'setInterpretation',
      status: 'unavailable',
      note: 'No booths today.',
      noteTranslations: { fr: " Pas de cabines aujourd'hui. ", es: '', ru: '   ' },
    });
    expect(meetingOf(state).interpretation).toEqual({
      status: 'unavailable',
      languages: [],
      note: 'No booths today.',
      noteTranslations: { fr: "Pas de cabines aujourd'hui." },
    });
  });

  it('a notice whose versions are all blank has none', () => {
    const state = acceptedInput(room, {
      type: 'setInterpretation',
      status: 'available',
      note: 'Interpretation in all six languages.',
      noteTranslations: { fr: '', zh: ' ' },
    });
    expect(meetingOf(state).interpretation).not.toHaveProperty('noteTranslations');
  });

  it('announce keeps the text in other languages', () => {
    const state = acceptedInput(room, {
      type: 'announce',
      text: 'The meeting resumes at 15:00.',
      textTranslations: { es: 'La sesión se reanuda a las 15:00.', zh: '会议于15:00复会。' },
    });
    expect(meetingOf(state).announcement).toEqual({
      text: 'The meeting resumes at 15:00.',
      textTranslations: { zh: '会议于15:00复会。', es: 'La sesión se reanuda a las 15:00.' },
      at: T0,
    });
  });

  it('suspendMeeting keeps the note in other languages', () => {
    const state = acceptedInput(room, {
      type: 'suspendMeeting',
      note: 'Consultations.',
      noteTranslations: { ru: 'Консультации.' },
    });
    expect(meetingOf(state).status).toEqual({
      kind: 'suspended',
      note: 'Consultations.',
      noteTranslations: { ru: 'Консультации.' },
    });
  });

  it('updateMeeting replaces the set of versions whole; {} removes it', () => {
    const one = acceptedInput(room, {
      type: 'updateMeeting',
      titleTranslations: { fr: 'Dialogue', es: 'Diálogo' },
    });
    expect(meetingOf(one).meeting.titleTranslations).toEqual({ fr: 'Dialogue', es: 'Diálogo' });
    const two = acceptedInput(one, { type: 'updateMeeting', titleTranslations: { ar: 'حوار' } });
    expect(meetingOf(two).meeting.titleTranslations).toEqual({ ar: 'حوار' });
    const cleared = acceptedInput(two, { type: 'updateMeeting', titleTranslations: {} });
    expect(meetingOf(cleared).meeting).toEqual(meetingOf(room).meeting);
    expect(meetingOf(cleared).meeting).not.toHaveProperty('titleTranslations');
  });

  it('updateMeeting leaves the versions alone when it changes other fields', () => {
    const given = acceptedInput(room, {
      type: 'updateMeeting',
      theme: 'Prevention',
      themeTranslations: { fr: 'Prévention' },
    });
    const retitled = acceptedInput(given, { type: 'updateMeeting', title: 'Dialogue' });
    expect(meetingOf(retitled).meeting.themeTranslations).toEqual({ fr: 'Prévention' });
  });

  it('a new title or theme without versions drops the old text’s versions', () => {
    const given = acceptedInput(room, {
      type: 'updateMeeting',
      titleTranslations: { fr: 'Dialogue', zh: '对话' },
      theme: 'Prevention',
      themeTranslations: { fr: 'Prévention' },
    });
    const retitled = acceptedInput(given, { type: 'updateMeeting', title: 'Plenary meeting' });
    expect(meetingOf(retitled).meeting).not.toHaveProperty('titleTranslations');
    expect(meetingOf(retitled).meeting.themeTranslations).toEqual({ fr: 'Prévention' });
    // The same title again, or a new one with its versions, keeps what it is given.
    const same = acceptedInput(given, {
      type: 'updateMeeting',
      title: meetingOf(given).meeting.title,
    });
    expect(meetingOf(same).meeting.titleTranslations).toEqual({ fr: 'Dialogue', zh: '对话' });
    const both = acceptedInput(given, {
      type: 'updateMeeting',
      theme: 'Early warning',
      themeTranslations: { fr: 'Alerte rapide' },
    });
    expect(meetingOf(both).meeting.themeTranslations).toEqual({ fr: 'Alerte rapide' });
    const rethemed = acceptedInput(given, { type: 'updateMeeting', theme: 'Early warning' });
    expect(meetingOf(rethemed).meeting).not.toHaveProperty('themeTranslations');
  });

  it('undo brings back the versions as they were', () => {
    const first = run(room, [
      { type: 'announce', text: 'First.', textTranslations: { fr: 'Premier.' } },
      { type: 'updateMeeting', titleTranslations: { fr: 'Dialogue' } },
    ]);
    const second = accept(first, { type: 'updateMeeting', titleTranslations: { es: 'Diálogo' } });
    const undone = accept(second, { type: 'undo' });
    expect(meetingOf(undone).meeting.titleTranslations).toEqual({ fr: 'Dialogue' });
    expect(meetingOf(undone).announcement?.textTranslations).toEqual({ fr: 'Premier.' });
  });
});

describe('bad versions are refused with a typed error, and change nothing', () => {
  const tooLong = (n: number) => 'x'.repeat(n + 1);
  const announced = accept(room, { type: 'announce', text: 'Original.' });
  it.each<[string, unknown, DomainErrorCode, string]>([
    [
      'a language that is not one of the six',
      { type: 'announce', text: 'Hello.', textTranslations: { de: 'Hallo.' } },
      'invalidCommand',
      'textTranslations',
    ],
    [
      'a version that is not text',
      { type: 'announce', text: 'Hello.', textTranslations: { fr: 42 } },
      'invalidCommand',
      'textTranslations.fr',
    ],
    [
      'a list instead of a set of versions',
      { type: 'announce', text: 'Hello.', textTranslations: ['Bonjour.'] },
      'invalidCommand',
      'textTranslations',
    ],
    [
      'an announcement version longer than 500',
      { type: 'announce', text: 'Hello.', textTranslations: { fr: tooLong(500) } },
      'textTooLong',
      'textTranslations.fr',
    ],
    [
      'a note version longer than 300',
      {
        type: 'setInterpretation',
        status: 'available',
        note: 'Note.',
        noteTranslations: { ru: tooLong(300) },
      },
      'textTooLong',
      'noteTranslations.ru',
    ],
    [
      'a title version longer than 300',
      { type: 'updateMeeting', titleTranslations: { zh: tooLong(300) } },
      'textTooLong',
      'titleTranslations.zh',
    ],
    [
      'a theme version longer than 1000',
      { type: 'updateMeeting', themeTranslations: { es: tooLong(1000) } },
      'textTooLong',
      'themeTranslations.es',
    ],
    [
      'a version with a hidden character',
      { type: 'updateMeeting', titleTranslations: { fr: 'Dia\u202Elogue' } },
      'invalidText',
      'titleTranslations.fr',
    ],
    [
      'versions of an interpretation note not given',
      { type: 'setInterpretation', status: 'available', noteTranslations: { fr: 'Note.' } },
      'invalidCommand',
      'noteTranslations',
    ],
    [
      'versions of a suspension note not given',
      { type: 'suspendMeeting', noteTranslations: { fr: 'Consultations.' } },
      'invalidCommand',
      'noteTranslations',
    ],
    [
      'versions of a blank theme',
      { type: 'updateMeeting', themeTranslations: { fr: 'Prévention' } },
      'invalidCommand',
      'themeTranslations',
    ],
  ])('%s', (_name, input, code, path) => {
    expect(refusedInput(announced, input)).toEqual({ code, path });
  });

  it('blanking a theme drops its versions; versions given with a blank theme are refused', () => {
    const given = accept(room, {
      type: 'updateMeeting',
      theme: 'Prevention',
      themeTranslations: { fr: 'Prévention' },
    });
    const blanked = accept(given, { type: 'updateMeeting', theme: '' });
    expect(meetingOf(blanked).meeting).not.toHaveProperty('themeTranslations');
    expectRefused(
      given,
      { type: 'updateMeeting', theme: '', themeTranslations: { fr: 'Prévention' } },
      'invalidCommand',
    );
    const cleared = accept(given, { type: 'updateMeeting', theme: '', themeTranslations: {} });
    expect(meetingOf(cleared).meeting).not.toHaveProperty('themeTranslations');
  });
});

describe('what the screens and the store get', () => {
  const translated = run(room, [
    { type: 'updateMeeting', titleTranslations: { fr: 'Dialogue' } },
    {
      type: 'setInterpretation',
      status: 'unavailable',
      note: 'No booths.',
      noteTranslations: { fr: 'Pas de cabines.' },
    },
    { type: 'announce', text: 'Resumes at 15:00.', textTranslations: { fr: 'Reprise à 15 h.' } },
  ]);

  it('the public view carries the versions', () => {
    const view = publicView(translated);
    expect(view.meeting?.titleTranslations).toEqual({ fr: 'Dialogue' });
    expect(view.interpretation.noteTranslations).toEqual({ fr: 'Pas de cabines.' });
    expect(view.announcement?.textTranslations).toEqual({ fr: 'Reprise à 15 h.' });
  });

  it('the stored state reads back with them, and a state from before them still reads', () => {
    const reread = JSON.parse(JSON.stringify(translated)) as unknown;
    expect(roomStateSchema.parse(reread)).toEqual(translated);
    expect(meetingCoreSchema.parse(JSON.parse(JSON.stringify(meetingOf(room))))).toEqual(
      meetingOf(room),
    );
  });

  it('the stored state refuses a language that is not one of the six', () => {
    const core = {
      ...meetingOf(room),
      meeting: { ...SEED_MEETING, titleTranslations: { de: 'x' } },
    };
    expect(meetingCoreSchema.safeParse(core).success).toBe(false);
  });
});

describe('meetings set up in advance', () => {
  const roomInfo = { name: 'Conference Room 4', timeZone: SEED_MEETING.timeZone };
  const setup = {
    title: 'Briefing',
    titleTranslations: { fr: 'Exposé', es: '' },
    theme: 'Prevention',
    themeTranslations: { ar: 'الوقاية' },
    timeZone: SEED_MEETING.timeZone,
    sittings: [{ date: '2017-09-08', start: '10:00', end: '13:00' }],
    interpretation: {
      status: 'unavailable',
      note: 'No booths.',
      noteTranslations: { zh: '没有传译箱。' },
    },
  };

  it('a setup takes the title, theme and interpretation note in other languages', () => {
    const { timeZone: _zone, ...input } = setup;
    const planned = planMeeting(input, [], roomInfo);
    if (!planned.ok) throw new Error(JSON.stringify(planned.error));
    expect(planned.value.setup.titleTranslations).toEqual({ fr: 'Exposé' });
    expect(planned.value.setup.themeTranslations).toEqual({ ar: 'الوقاية' });
    expect(planned.value.setup.interpretation.noteTranslations).toEqual({ zh: '没有传译箱。' });
  });

  it('a patch changes them; versions left without their text are refused', () => {
    const { timeZone: _zone, ...input } = setup;
    const parsed = meetingSetupSchema.parse(input);
    const patched = replanMeeting(
      'm',
      parsed,
      { titleTranslations: { ru: 'Брифинг' } },
      [],
      roomInfo,
    );
    expect(patched.ok && patched.value.titleTranslations).toEqual({ ru: 'Брифинг' });
    const cleared = replanMeeting('m', parsed, { titleTranslations: {} }, [], roomInfo);
    expect(cleared.ok && cleared.value).not.toHaveProperty('titleTranslations');
    const orphan = replanMeeting('m', parsed, { theme: '' }, [], roomInfo);
    expect(orphan.ok ? undefined : orphan.error).toMatchObject({
      code: 'invalidCommand',
      path: 'themeTranslations',
    });
    const note = planMeeting(
      { ...input, interpretation: { status: 'available', noteTranslations: { fr: 'Note.' } } },
      [],
      roomInfo,
    );
    expect(note.ok ? undefined : note.error).toMatchObject({
      code: 'invalidCommand',
      path: 'interpretation.noteTranslations',
    });
  });

  it('a patch to the open meeting takes the title and theme versions as updateMeeting', () => {
    expect(openMeetingPatch({ titleTranslations: { fr: 'Exposé' } })).toEqual({
      ok: true,
      value: { type: 'updateMeeting', titleTranslations: { fr: 'Exposé' } },
    });
  });

  it('the meeting opened from a setup has its versions, empty sets left out', () => {
    const opened = makeRoom({
      meeting: { ...SEED_MEETING, titleTranslations: { fr: 'Exposé' }, themeTranslations: {} },
      interpretation: { status: 'available', noteTranslations: {} },
    });
    expect(meetingOf(opened).meeting.titleTranslations).toEqual({ fr: 'Exposé' });
    expect(meetingOf(opened).meeting).not.toHaveProperty('themeTranslations');
    expect(meetingOf(opened).interpretation).toEqual({ status: 'available', languages: [] });
  });

  it("the room's screens announce the next meeting with its title's versions", () => {
    const sittings = (date: string) => [{ date, start: '10:00', end: '13:00' }];
    const { state } = createdRoom(
      seedInput({
        meetings: [
          {
            title: 'Briefing',
            titleTranslations: { fr: 'Exposé' },
            sittings: sittings('2017-09-07'),
          },
          { title: 'Dialogue', titleTranslations: { fr: '' }, sittings: sittings('2017-09-08') },
        ],
      }),
    );
    expect(state.upcoming.map((m) => [m.title, m.titleTranslations])).toEqual([
      ['Briefing', { fr: 'Exposé' }],
      ['Dialogue', undefined],
    ]);
    expect(state.upcoming[1]).not.toHaveProperty('titleTranslations');
  });
});
