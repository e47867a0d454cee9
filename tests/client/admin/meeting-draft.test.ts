// The meeting form's model: a setup read into the form and back unchanged; what the form finds
// wrong on its own; times read on a 24-hour clock; the change sent for an open meeting.
import { describe, expect, it } from 'vitest';
import {
  draftFromSetup,
  newDraft,
  openMeetingChange,
  setupOfDraft,
  type MeetingDraft,
} from '../../../client/views/admin/meeting-draft.ts';
import { meetingSetupSchema } from '../../../shared/domain/meeting-setup.ts';

const SETUP = meetingSetupSchema.parse({
  title: 'Briefing',
  organ: 'Security Council',
  note: 'Held in 2017',
  sittings: [
    { date: '2017-09-07', start: '10:00', end: '13:00' },
    { date: '2017-09-07', start: '15:00', end: '18:00' },
  ],
  defaultLimitMs: 240_000,
  warningMs: 15_000,
  interpretation: { status: 'partial', languages: ['en', 'fr'], note: 'No Russian booth' },
  listOpen: false,
  segments: [
    { title: 'Opening', defaultLimitMs: 300_000, speakers: [{ delegation: 'FRA' }] },
    { title: 'Dialogue', speakers: [{ delegation: 'KEN', limitMs: 120_000 }] },
  ],
});

/** The setup of a draft, which must be accepted. */
function setupOf(draft: MeetingDraft, lists: Parameters<typeof setupOfDraft>[1]) {
  const built = setupOfDraft(draft, lists);
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.setup;
}

describe('a setup in the form', () => {
  it('comes back as it was, and passes the hub’s schema', () => {
    const { draft, lists } = draftFromSetup(SETUP);
    expect(draft.defaultLimit).toBe('4:00');
    expect(draft.segments.map((s) => s.limit)).toEqual(['5:00', '']);
    const back = setupOf(draft, lists);
    expect(meetingSetupSchema.parse(back)).toEqual(SETUP);
  });

  it('of a meeting given no segments is one segment without a title, its list the meeting’s', () => {
    const setup = meetingSetupSchema.parse({
      title: 'One part',
      sittings: [{ date: '2017-09-07', start: '10:00', end: '13:00' }],
      speakers: [{ delegation: 'GBR' }],
    });
    const { draft, lists } = draftFromSetup(setup);
    expect(draft.segments).toHaveLength(1);
    expect(draft.segments[0]?.title).toBe('');
    expect(lists).toEqual([[{ delegation: 'GBR' }]]);
  });
});

describe('what the form finds wrong', () => {
  const base = (): MeetingDraft => ({ ...newDraft('2017-09-08'), title: 'T' });
  const problems = (draft: MeetingDraft) => {
    const built = setupOfDraft(draft, [[]]);
    return built.ok ? [] : built.problems;
  };

  it('accepts a new meeting once it has a title', () => {
    expect(problems(base())).toEqual([]);
    expect(problems({ ...base(), title: '  ' })).toEqual([{ field: 'title', kind: 'required' }]);
  });

  it.each([
    [{ start: '', end: '13:00' }, [{ field: 'sittings.0.start', kind: 'required' }]],
    [{ start: '25:00', end: '13:00' }, [{ field: 'sittings.0.start', kind: 'timeInvalid' }]],
    [{ start: '10:00', end: '09:59' }, [{ field: 'sittings.0.end', kind: 'endBeforeStart' }]],
    [{ start: '10:00', end: '10:00' }, [{ field: 'sittings.0.end', kind: 'endBeforeStart' }]],
  ])('a sitting %o', (times, expected) => {
    const draft = base();
    draft.sittings = [{ key: 'a', date: '2017-09-08', ...times }];
    expect(problems(draft)).toEqual(expected);
  });

  it('reads times as typed on a 24-hour clock', () => {
    const draft = base();
    draft.sittings = [{ key: 'a', date: '2017-09-08', start: '9:30', end: '1545' }];
    expect(setupOf(draft, [[]]).sittings).toEqual([
      { date: '2017-09-08', start: '09:30', end: '15:45' },
    ]);
  });

  it('finds sittings out of order, a missing date, limits out of range, languages not named', () => {
    const draft = base();
    draft.sittings = [
      { key: 'a', date: '2017-09-08', start: '15:00', end: '18:00' },
      { key: 'b', date: '2017-09-08', start: '10:00', end: '13:00' },
      { key: 'c', date: '', start: '10:00', end: '11:00' },
    ];
    draft.defaultLimit = '0:05';
    draft.warning = '11:00';
    draft.interpretation = { status: 'partial', languages: [], note: '', noteTranslations: {} };
    draft.segments = [{ key: 's', title: '', limit: 'three minutes' }];
    expect(problems(draft)).toEqual([
      { field: 'sittings.2.date', kind: 'required' },
      { field: 'sittings.1.start', kind: 'sittingsOrder' },
      { field: 'defaultLimitMs', kind: 'limitRange' },
      { field: 'warningMs', kind: 'warningRange' },
      { field: 'interpretation.languages', kind: 'languagesRequired' },
      { field: 'segments.0.defaultLimitMs', kind: 'limitInvalid' },
    ]);
  });
});

describe('the change to an open meeting', () => {
  it('is nothing when no detail changed, and every detail when one did', () => {
    const { draft, lists } = draftFromSetup(SETUP);
    expect(openMeetingChange(setupOf(draft, lists), SETUP)).toBeUndefined();
    const changed = openMeetingChange(
      setupOf({ ...draft, title: 'Briefing, resumed' }, lists),
      SETUP,
    );
    expect(changed).toEqual({
      title: 'Briefing, resumed',
      titleTranslations: {},
      theme: '',
      themeTranslations: {},
      organ: 'Security Council',
      format: '',
      sittings: SETUP.sittings,
      defaultLimitMs: 240_000,
      warningMs: 15_000,
      note: 'Held in 2017',
    });
  });
});
