// The rooms file: the example at the repository root is valid and hosts its rooms; a bad file
// stops the hub before anything starts, with every bad field named.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRoomsFile } from '../../server/rooms-file.ts';
import { seedRooms } from '../../server/seed-rooms.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { createHarness, getJson } from './harness.ts';
import { exitOf, REPO_ROOT, runHub, startHubProcess } from './hub-process.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const EXAMPLE = path.join(REPO_ROOT, 'rooms.example.json');

/** Two rooms, ten mistakes between them. */
const BAD_ROOMS = {
  rooms: [
    {
      id: 'CR 4',
      meeting: {
        title: '',
        timeZone: 'Mars/Olympus_Mons',
        sittings: [
          { date: '2017-9-6', start: '10:00', end: '13:00' },
          { date: '2017-09-06', start: '15:00', end: '14:00' },
        ],
        defaultLimitMs: 5_000,
      },
      speakers: [{ delegation: 'FRA', limitMs: '3 min' }],
    },
    {
      id: 'tc1',
      meeting: {
        title: 'Briefing',
        timeZone: 'America/New_York',
        sittings: [{ date: '2017-09-06', start: '10:00', end: '13:00' }],
      },
      interpretation: { status: 'partial', languages: ['de'] },
      colour: 'blue',
    },
  ],
};

const BAD_FIELDS = [
  'rooms.0.id',
  'rooms.0.meeting.title',
  'rooms.0.meeting.timeZone',
  'rooms.0.meeting.sittings.0.date',
  'rooms.0.meeting.sittings.1.end',
  'rooms.0.meeting.defaultLimitMs',
  'rooms.0.speakers.0.limitMs',
  'rooms.1.interpretation.languages.0',
  'rooms.1: Unrecognized key: "colour"',
];

describe('rooms.example.json', () => {
  it('is a valid rooms file whose rooms can all be created', () => {
    const seeds = parseRoomsFile(readFileSync(EXAMPLE, 'utf8'), EXAMPLE);
    expect(seeds.length).toBeGreaterThan(0);
    const store = openSqliteStore(harness.tempDir());
    try {
      const outcome = seedRooms(store, seeds, Date.now());
      expect(outcome).toMatchObject({ created: seeds.map((s) => s.id), kept: [] });
      expect(Object.keys(outcome.chairKeys)).toEqual(seeds.map((s) => s.id));
    } finally {
      store.close();
    }
  });

  it('starts a hub hosting every room it describes', async () => {
    const ids = parseRoomsFile(readFileSync(EXAMPLE, 'utf8')).map((s) => s.id);
    const hub = await startHubProcess(harness, { DATA_DIR: path.join(harness.tempDir(), 'data') }, [
      '--rooms',
      EXAMPLE,
    ]);
    const rooms = await getJson(hub, '/api/rooms');
    expect(rooms.status).toBe(200);
    expect(rooms.body).toEqual(
      ids.map((roomId) => expect.objectContaining({ roomId, version: 0 })),
    );
    hub.child.kill('SIGTERM');
    expect((await exitOf(hub)).code).toBe(0);
  });
});

describe('a bad rooms file', () => {
  it('names every bad field', () => {
    expect(() => parseRoomsFile(JSON.stringify(BAD_ROOMS), 'rooms.json')).toThrow(
      /^rooms\.json has \d+ problem\(s\):/,
    );
    let message = '';
    try {
      parseRoomsFile(JSON.stringify(BAD_ROOMS), 'rooms.json');
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    for (const field of BAD_FIELDS) expect(message).toContain(field);
    expect(() => parseRoomsFile('{ "rooms": [', 'rooms.json')).toThrow(
      /rooms\.json: not valid JSON/,
    );
    expect(() => parseRoomsFile('{ "rooms": [] }')).toThrow(/rooms/);
  });

  it('makes the hub exit non-zero, naming each bad field, with nothing started', async () => {
    const dir = harness.tempDir();
    const file = path.join(dir, 'rooms.json');
    writeFileSync(file, JSON.stringify(BAD_ROOMS, null, 2));
    const dataDir = path.join(dir, 'data');

    const hub = runHub(harness, ['--rooms', file], { DATA_DIR: dataDir, PORT: '0' });
    const exit = await exitOf(hub);

    expect(exit.code).not.toBe(0);
    expect(exit.code).not.toBeNull();
    expect(hub.stderr()).toContain(file);
    for (const field of BAD_FIELDS) expect(hub.stderr()).toContain(field);
    expect(hub.stdout()).not.toMatch(/listening/);
    expect(existsSync(dataDir)).toBe(false);
  });
});
