// Rooms hold meetings, against a real hub: the secretariat's REST calendar (rooms, meetings,
// copies, cancellations, the schedule's rule), the roles (a chair key sets up nothing and acts on
// its own room only; the admin key is accepted wherever a chair key is), the chair key replaced
// with its consoles told and cut, and what the room's screens get with no meeting open.
import { afterEach, describe, expect, it } from 'vitest';
import type { KeyRevoked, MeetingListing } from '../../shared/protocol.ts';
import {
  api,
  createHarness,
  createTestClock,
  MEETING_START,
  postCommand,
  sendCommand,
  smallSeed,
  type TestHub,
} from './harness.ts';
import { until } from './waiting.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const NEW_YORK = 'America/New_York';

/** A meeting on 7 September 2017 (the day after the seeded one), of two segments. */
function tomorrowsMeeting(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Briefing by the Special Adviser',
    organ: 'General Assembly',
    sittings: [{ date: '2017-09-07', start: '10:00', end: '13:00' }],
    segments: [
      { title: 'Briefing', defaultLimitMs: 600_000, speakers: [{ delegation: 'Special Adviser' }] },
      { title: 'Dialogue', speakers: [{ delegation: 'MEX' }, { delegation: 'KEN' }] },
    ],
    ...overrides,
  };
}

async function startHub(): Promise<TestHub & { admin: { key: string } }> {
  const hub = await harness.startHub({ clock: createTestClock(), seeds: [smallSeed()] });
  return Object.assign(hub, { admin: { key: hub.hub.adminKey.key } });
}

describe('the calendar over REST', () => {
  it('creates a room with its own chair key, refuses a duplicate, renames it', async () => {
    const hub = await startHub();
    const created = await api(hub, 'POST', '/api/rooms', {
      ...hub.admin,
      body: { id: 'cr1', name: 'Conference Room 1', timeZone: NEW_YORK },
    });
    expect(created).toMatchObject({ status: 201, body: { ok: true, roomId: 'cr1' } });
    const { chairKey } = created.body as { chairKey: string };
    expect(chairKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(chairKey).not.toBe(hub.chairKey('tc1'));

    expect(
      await api(hub, 'POST', '/api/rooms', {
        ...hub.admin,
        body: { id: 'cr1', name: 'Again', timeZone: NEW_YORK },
      }),
    ).toMatchObject({ status: 409, body: { error: { code: 'roomExists', path: 'id' } } });
    expect(
      await api(hub, 'POST', '/api/rooms', {
        ...hub.admin,
        body: { id: 'cr2', name: 'Room', timeZone: 'Mars/Olympus' },
      }),
    ).toMatchObject({
      status: 400,
      body: { error: { code: 'invalidTimeZone', path: 'timeZone' } },
    });
    // A zone typed in another case is kept as the IANA list spells it.
    await api(hub, 'POST', '/api/rooms', {
      ...hub.admin,
      body: { id: 'cr3', name: 'Room 3', timeZone: 'america/new_york' },
    });
    expect((await api(hub, 'GET', '/api/rooms/cr3')).body).toMatchObject({
      room: { timeZone: NEW_YORK },
    });

    const renamed = await api(hub, 'PATCH', '/api/rooms/cr1', {
      ...hub.admin,
      body: { name: 'Conference Room 1 (North Lawn)' },
    });
    expect(renamed).toMatchObject({ status: 200, body: { ok: true, version: 1 } });
    expect((await api(hub, 'GET', '/api/rooms/cr1')).body).toMatchObject({
      room: { name: 'Conference Room 1 (North Lawn)', timeZone: NEW_YORK },
      meetingId: null,
      meeting: null,
      status: { kind: 'noMeeting' },
      speakers: [],
      next: null,
      projection: null,
    });
    // Its chair key works on it at once.
    const refused = await postCommand(hub, 'cr1', { type: 'startSpeech' }, { key: chairKey });
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'noOpenMeeting' } } });
  });

  it('schedules, lists in order, changes, copies and cancels meetings', async () => {
    const hub = await startHub();
    const scheduled = await api(hub, 'POST', '/api/rooms/tc1/meetings', {
      ...hub.admin,
      body: tomorrowsMeeting(),
    });
    expect(scheduled).toMatchObject({
      status: 201,
      body: { ok: true, meetingId: '2017-09-07-1', version: 1 },
    });
    const copied = await api(hub, 'POST', '/api/rooms/tc1/meetings/2017-09-07-1/copy', {
      ...hub.admin,
      body: { sittings: [{ date: '2017-09-08', start: '15:00', end: '18:00' }] },
    });
    expect(copied).toMatchObject({ status: 201, body: { meetingId: '2017-09-08-1' } });
    const early = await api(hub, 'POST', '/api/rooms/tc1/meetings', {
      ...hub.admin,
      body: {
        title: 'Early consultations',
        sittings: [{ date: '2017-09-07', start: '08:00', end: '10:00' }],
      },
    });
    expect(early).toMatchObject({ status: 201, body: { meetingId: '2017-09-07-2' } });

    const listing = (await api(hub, 'GET', '/api/rooms/tc1/meetings')).body as MeetingListing[];
    expect(listing.map((m) => [m.meetingId, m.status])).toEqual([
      ['2017-09-06-1', 'open'],
      ['2017-09-07-2', 'scheduled'],
      ['2017-09-07-1', 'scheduled'],
      ['2017-09-08-1', 'scheduled'],
    ]);

    // A change replaces the named fields; the copy kept the lists of its original.
    const changed = await api(hub, 'PATCH', '/api/rooms/tc1/meetings/2017-09-08-1', {
      ...hub.admin,
      body: { title: 'Briefing, continued' },
    });
    expect(changed).toMatchObject({ status: 200, body: { ok: true } });
    expect((await api(hub, 'GET', '/api/rooms/tc1/meetings/2017-09-08-1')).body).toMatchObject({
      meetingId: '2017-09-08-1',
      title: 'Briefing, continued',
      status: 'scheduled',
      state: null,
      setup: {
        title: 'Briefing, continued',
        segments: [
          { title: 'Briefing', speakers: [{ delegation: 'Special Adviser' }] },
          { title: 'Dialogue', speakers: [{ delegation: 'MEX' }, { delegation: 'KEN' }] },
        ],
      },
    });

    expect(
      await api(hub, 'DELETE', '/api/rooms/tc1/meetings/2017-09-07-2', hub.admin),
    ).toMatchObject({ status: 200, body: { ok: true } });
    expect(await api(hub, 'GET', '/api/rooms/tc1/meetings/2017-09-07-2')).toMatchObject({
      status: 404,
      body: { error: { code: 'unknownMeeting' } },
    });
    // The open meeting is not deleted: its record is the meeting's account.
    expect(
      await api(hub, 'DELETE', '/api/rooms/tc1/meetings/2017-09-06-1', hub.admin),
    ).toMatchObject({ status: 409, body: { error: { code: 'meetingNotScheduled' } } });
    // Every change to the calendar is journaled, with its meeting.
    expect(hub.store.journal('tc1').map((e) => [e.type, e.meetingId])).toEqual([
      ['scheduleMeeting', '2017-09-07-1'],
      ['scheduleMeeting', '2017-09-08-1'],
      ['scheduleMeeting', '2017-09-07-2'],
      ['updateSchedule', '2017-09-08-1'],
      ['cancelMeeting', '2017-09-07-2'],
    ]);
  });

  it('refuses overlapping sittings and bad fields, naming the field, changing nothing', async () => {
    const hub = await startHub();
    const cases: [unknown, number, string, string][] = [
      [
        tomorrowsMeeting({ sittings: [{ date: '2017-09-06', start: '12:00', end: '14:00' }] }),
        409,
        'scheduleOverlap',
        'sittings.0',
      ],
      [tomorrowsMeeting({ sittings: [] }), 400, 'invalidSittings', 'sittings'],
      [
        tomorrowsMeeting({
          segments: [{ title: 'Dialogue', speakers: [{ delegation: 'MEX' }, { delegation: '' }] }],
        }),
        400,
        'invalidCommand',
        'segments.0.speakers.1.delegation',
      ],
      [tomorrowsMeeting({ title: 'x'.repeat(301) }), 400, 'textTooLong', 'title'],
      [tomorrowsMeeting({ timeZone: NEW_YORK }), 400, 'invalidCommand', ''],
      [tomorrowsMeeting({ speakers: [{ delegation: 'FRA' }] }), 400, 'invalidCommand', 'speakers'],
    ];
    for (const [body, status, code, path] of cases) {
      const answer = await api(hub, 'POST', '/api/rooms/tc1/meetings', { ...hub.admin, body });
      expect(answer, JSON.stringify(body).slice(0, 80)).toMatchObject({
        status,
        body: { ok: false, error: { code, ...(path && { path }) } },
      });
    }
    expect(hub.hub.engine.state('tc1')?.version).toBe(0);
    expect((await api(hub, 'GET', '/api/rooms/tc1/meetings')).body).toHaveLength(1);
  });

  it('changes only the details of the open meeting, and nothing of an adjourned one', async () => {
    const hub = await startHub();
    const path = '/api/rooms/tc1/meetings/2017-09-06-1';
    const retitled = await api(hub, 'PATCH', path, {
      ...hub.admin,
      body: { title: 'Briefing (resumed)' },
    });
    expect(retitled).toMatchObject({ status: 200, body: { ok: true, version: 1 } });
    expect(hub.hub.engine.snapshot('tc1')?.meeting?.title).toBe('Briefing (resumed)');
    expect(
      await api(hub, 'PATCH', path, { ...hub.admin, body: { speakers: [{ delegation: 'FRA' }] } }),
    ).toMatchObject({ status: 409, body: { error: { code: 'meetingOpen', path: 'speakers' } } });
    await postCommand(hub, 'tc1', { type: 'adjournMeeting' }, { key: hub.chairKey('tc1') });
    expect(
      await api(hub, 'PATCH', path, { ...hub.admin, body: { title: 'Rewritten' } }),
    ).toMatchObject({ status: 400, body: { error: { code: 'meetingAdjourned' } } });
  });
});

describe("the meeting's title and theme in other languages", () => {
  it('are set up over REST, announced with the next meeting, and kept once it opens', async () => {
    const hub = await startHub();
    const chairKey = { key: hub.chairKey('tc1') };
    await postCommand(hub, 'tc1', { type: 'adjournMeeting' }, chairKey);
    const body = tomorrowsMeeting({
      titleTranslations: { fr: 'Exposé du Conseiller spécial', es: '' },
      theme: 'Prevention',
      themeTranslations: { ar: 'الوقاية' },
    });
    await api(hub, 'POST', '/api/rooms/tc1/meetings', { ...hub.admin, body });
    expect((await api(hub, 'GET', '/api/rooms/tc1')).body).toMatchObject({
      upcoming: [
        { meetingId: '2017-09-07-1', titleTranslations: { fr: 'Exposé du Conseiller spécial' } },
      ],
    });
    const path = '/api/rooms/tc1/meetings/2017-09-07-1';
    expect(
      await api(hub, 'PATCH', path, { ...hub.admin, body: { titleTranslations: { de: 'Nein' } } }),
    ).toMatchObject({
      status: 400,
      body: { error: { code: 'invalidCommand', path: 'titleTranslations' } },
    });
    await api(hub, 'PATCH', path, {
      ...hub.admin,
      body: { titleTranslations: { ru: 'Брифинг Специального советника' } },
    });
    await postCommand(hub, 'tc1', { type: 'openMeeting', meetingId: '2017-09-07-1' }, chairKey);
    expect(hub.hub.engine.snapshot('tc1')?.meeting).toMatchObject({
      titleTranslations: { ru: 'Брифинг Специального советника' },
      themeTranslations: { ar: 'الوقاية' },
    });
    // The open meeting's versions are changed by the same PATCH, as an updateMeeting.
    await api(hub, 'PATCH', path, { ...hub.admin, body: { titleTranslations: {} } });
    expect(hub.hub.engine.snapshot('tc1')?.meeting).not.toHaveProperty('titleTranslations');
  });
});

describe('roles', () => {
  it('a chair key sets up nothing, and acts on its own room only', async () => {
    const hub = await harness.startHub({
      clock: createTestClock(),
      seeds: [smallSeed(), { ...smallSeed(), id: 'tc2' }],
    });
    const chair = { key: hub.chairKey('tc1') };
    const attempts: [Parameters<typeof api>[1], string, unknown][] = [
      ['POST', '/api/rooms', { id: 'cr9', name: 'Room', timeZone: NEW_YORK }],
      ['PATCH', '/api/rooms/tc1', { name: 'Renamed' }],
      ['POST', '/api/rooms/tc1/chair-key', undefined],
      ['POST', '/api/rooms/tc1/meetings', tomorrowsMeeting()],
      ['PATCH', '/api/rooms/tc1/meetings/2017-09-06-1', { title: 'Mine now' }],
      ['DELETE', '/api/rooms/tc1/meetings/2017-09-06-1', undefined],
      [
        'POST',
        '/api/rooms/tc1/meetings/2017-09-06-1/copy',
        { sittings: tomorrowsMeeting().sittings },
      ],
    ];
    for (const [method, path, body] of attempts) {
      const answer = await api(hub, method, path, {
        ...chair,
        ...(body !== undefined && { body }),
      });
      expect(answer, `${method} ${path}`).toMatchObject({
        status: 403,
        body: { error: { code: 'forbidden' } },
      });
      expect((await api(hub, method, path, body === undefined ? {} : { body })).status).toBe(401);
    }
    expect(await api(hub, 'GET', '/api/admin', chair)).toMatchObject({ status: 403 });
    expect(await api(hub, 'GET', '/api/admin', { key: hub.hub.adminKey.key })).toMatchObject({
      status: 200,
      body: { ok: true },
    });
    const elsewhere = await postCommand(hub, 'tc2', { type: 'closeList' }, chair);
    expect(elsewhere).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(hub.hub.engine.state('tc1')?.version).toBe(0);
    expect(hub.hub.engine.state('tc2')?.version).toBe(0);
  });

  it('the admin key is accepted wherever a chair key is, over REST and socket', async () => {
    const hub = await startHub();
    const byRest = await postCommand(hub, 'tc1', { type: 'closeList' }, hub.admin);
    expect(byRest).toMatchObject({ status: 200, body: { ok: true, version: 1 } });
    const console = await harness.connect(hub, { roomId: 'tc1', role: 'chair', ...hub.admin });
    expect(await sendCommand(console.socket, { type: 'reopenList' })).toEqual({
      ok: true,
      version: 2,
    });
  });
});

describe('replacing a room chair key', () => {
  it('stops the old key at once: its consoles are told and cut, the admin console stays', async () => {
    const hub = await startHub();
    const oldKey = hub.chairKey('tc1');
    const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key: oldKey });
    const admin = await harness.connect(hub, { roomId: 'tc1', role: 'chair', ...hub.admin });
    const notices: KeyRevoked[] = [];
    chair.socket.on('revoked', (notice) => notices.push(notice));
    const adminNotices: KeyRevoked[] = [];
    admin.socket.on('revoked', (notice) => adminNotices.push(notice));
    let cut = false;
    chair.socket.on('disconnect', () => (cut = true));

    const rotated = await api(hub, 'POST', '/api/rooms/tc1/chair-key', hub.admin);
    expect(rotated).toMatchObject({ status: 200, body: { ok: true, roomId: 'tc1' } });
    const { key } = rotated.body as { key: string };
    expect(key).not.toBe(oldKey);

    await until('the old console cut', () => cut);
    expect(notices).toEqual([
      { serverNow: MEETING_START, error: { code: 'keyRevoked', message: expect.any(String) } },
    ]);
    expect(adminNotices).toEqual([]);
    expect(admin.socket.connected).toBe(true);
    expect(await postCommand(hub, 'tc1', { type: 'closeList' }, { key: oldKey })).toMatchObject({
      status: 403,
    });
    const refused = await harness.refused(hub, { roomId: 'tc1', role: 'chair', key: oldKey });
    expect(refused.code).toBe('forbidden');
    const fresh = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    expect(await sendCommand(fresh.socket, { type: 'closeList' })).toMatchObject({ ok: true });
  });
});

describe("the room's screens with no meeting open", () => {
  it('see the next meeting, then the meeting opened, then adjourned, its record kept', async () => {
    const hub = await startHub();
    const chairKey = { key: hub.chairKey('tc1') };
    const wall = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
    await postCommand(hub, 'tc1', { type: 'nextSpeaker', start: true }, chairKey);
    hub.clock.advance(100_000);
    await postCommand(hub, 'tc1', { type: 'adjournMeeting' }, chairKey);
    await api(hub, 'POST', '/api/rooms/tc1/meetings', { ...hub.admin, body: tomorrowsMeeting() });
    await until('three changes on the wall', () => wall.changes.items.length === 3);
    // The calendar's change reaches the wall as a change of `upcoming` alone.
    expect(wall.changes.items[2]?.parts).toEqual({
      upcoming: [
        {
          meetingId: '2017-09-07-1',
          title: 'Briefing by the Special Adviser',
          sittings: tomorrowsMeeting().sittings,
        },
      ],
    });
    const between = await api(hub, 'GET', '/api/rooms/tc1');
    expect(between.body).toMatchObject({
      status: { kind: 'adjourned' },
      next: {
        meeting: { meetingId: '2017-09-07-1' },
        startsAt: Date.UTC(2017, 8, 7, 14, 0),
      },
      resumesAt: null,
    });

    const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', ...chairKey });
    expect(
      await sendCommand(chair.socket, { type: 'openMeeting', meetingId: '2017-09-07-1' }),
    ).toMatchObject({ ok: true });
    const opened = await api(hub, 'GET', '/api/rooms/tc1');
    expect(opened.body).toMatchObject({
      meetingId: '2017-09-07-1',
      meeting: { title: 'Briefing by the Special Adviser', room: 'Trusteeship Council Chamber' },
      status: { kind: 'notStarted' },
      segments: [
        { id: 'seg-1', title: 'Briefing' },
        { id: 'seg-2', title: 'Dialogue' },
      ],
      segmentId: 'seg-1',
      speakers: [{ delegation: 'Special Adviser' }],
      upcoming: [],
      next: null,
    });
    expect(
      await sendCommand(chair.socket, { type: 'startSegment', segmentId: 'seg-2' }),
    ).toMatchObject({ ok: true });
    expect(wall.changes.items.at(-1)?.parts).toMatchObject({
      segmentId: 'seg-2',
      speakers: [{ delegation: 'MEX' }, { delegation: 'KEN' }],
    });
    // The meeting before is closed; its record stays retrievable.
    expect(
      await sendCommand(chair.socket, { type: 'openMeeting', meetingId: '2017-09-06-1' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'meetingOpen' },
    });
    const record = await api(hub, 'GET', '/api/rooms/tc1/meetings/2017-09-06-1/speeches');
    expect(record.body).toMatchObject({
      meetingId: '2017-09-06-1',
      speeches: [{ delegation: 'FRA', spokenMs: 100_000 }],
    });
    const csv = await fetch(`${hub.url}/api/rooms/tc1/meetings/2017-09-06-1/speeches?format=csv`);
    expect(csv.headers.get('content-disposition')).toMatch(/tc1-2017-09-06-1-speeches\.csv/);
    expect((await csv.text()).split('\r\n')[1]).toMatch(/^1,FRA,France,/);
    expect((await api(hub, 'GET', '/api/rooms/tc1/speeches')).body).toMatchObject({
      meetingId: '2017-09-07-1',
      speeches: [],
    });
  });
});
