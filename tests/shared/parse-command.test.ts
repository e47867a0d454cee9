// parseCommand: untrusted input in, a command or a typed error naming the field at fault out.
import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, type CommandInput } from '../../shared/domain/commands.ts';
import { TEXT_LIMITS } from '../../shared/domain/text-limits.ts';
import { describeIssue, parseCommand } from '../../shared/domain/parse-command.ts';

/**
 * Time zone and sittings have codes of their own, and so has an instant or a duration out of
 * its bounds; every other bad field is invalidCommand.
 */
function expectedCode(path: string, outOfRange = false): string {
  if (outOfRange) return 'outOfRange';
  if (path === 'timeZone') return 'invalidTimeZone';
  if (path === 'sittings' || path.startsWith('sittings.')) return 'invalidSittings';
  return 'invalidCommand';
}

/** The error of an input that must be refused. */
function refusal(input: unknown) {
  const result = parseCommand(input);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(input)}`);
  return result.error;
}

/** One valid command of every type. */
const VALID: CommandInput[] = [
  { type: 'startSpeech' },
  { type: 'pauseSpeech' },
  { type: 'resumeSpeech' },
  { type: 'endSpeech' },
  { type: 'nextSpeaker' },
  { type: 'nextSpeaker', start: true },
  { type: 'previousSpeaker' },
  { type: 'skipSpeaker' },
  { type: 'skipSpeaker', speakerId: 's4' },
  { type: 'adjustTime', deltaMs: 30_000 },
  { type: 'adjustTime', deltaMs: -3_600_000 },
  { type: 'setTimeLimit', limitMs: 120_000 },
  { type: 'setTimeLimit', speakerId: 's2', limitMs: 10_000 },
  { type: 'addSpeaker', delegation: 'FRA' },
  {
    type: 'addSpeaker',
    delegation: 'NLD',
    speakerName: 'Karel van Oosterom',
    title: 'Permanent Representative',
    onBehalfOf: 'the Group of Friends',
    category: 'memberState',
    limitMs: 3_600_000,
    position: 0,
    afterClosure: true,
  },
  { type: 'addSpeakers', speakers: [{ delegation: 'FRA' }] },
  {
    type: 'addSpeakers',
    speakers: [{ delegation: 'NLD', speakerName: 'Karel van Oosterom', limitMs: 60_000 }],
    position: 2,
    afterClosure: true,
  },
  { type: 'replaceList', speakers: [] },
  {
    type: 'replaceList',
    speakers: [{ delegation: 'European Union', category: 'intergovernmental' }],
  },
  { type: 'updateSpeaker', speakerId: 's1', speakerName: null, limitMs: null, category: 'chair' },
  { type: 'removeSpeaker', speakerId: 's1' },
  { type: 'moveSpeaker', speakerId: 's1', toIndex: 10_000 },
  { type: 'closeList' },
  { type: 'reopenList' },
  { type: 'setInterpretation', status: 'partial', languages: ['ar', 'zh', 'en', 'fr', 'ru', 'es'] },
  { type: 'setInterpretation', status: 'unavailable', note: 'No booths' },
  { type: 'announce', text: 'The meeting resumes at 15:00.' },
  { type: 'clearAnnouncement' },
  { type: 'suspendMeeting' },
  { type: 'suspendMeeting', resumesAt: '15:00', note: 'Lunch' },
  { type: 'suspendMeeting', resumesAt: 1_504_720_800_000 },
  { type: 'resumeMeeting' },
  { type: 'adjournMeeting' },
  { type: 'updateMeeting', title: 'New title', theme: '', warningMs: 20_000 },
  {
    type: 'updateMeeting',
    sittings: [
      { date: '2017-09-06', start: '10:00', end: '13:00' },
      { date: '2017-09-06', start: '13:00', end: '18:00' },
    ],
    defaultLimitMs: 180_000,
    warningMs: 0,
  },
  { type: 'openMeeting', meetingId: '2017-09-06-1' },
  { type: 'startSegment', segmentId: 'seg-2' },
  { type: 'followBooths' },
  { type: 'setBoothStatus', language: 'ar', available: false },
  { type: 'askSlower', expectedVersion: 3 },
  { type: 'undo' },
  { type: 'undo', expectedVersion: 0 },
  { type: 'closeList', expectedVersion: 12 },
];

describe('valid commands', () => {
  it('there are 30 command types, each with a valid case here', () => {
    expect(COMMAND_TYPES).toHaveLength(30);
    expect(new Set(VALID.map((c) => c.type))).toEqual(new Set(COMMAND_TYPES));
  });

  it.each(VALID.map((c) => [c.type, c] as const))('%s: %j', (_type, input) => {
    expect(parseCommand(input)).toEqual({ ok: true, value: input });
  });

  it('trims texts', () => {
    expect(
      parseCommand({ type: 'addSpeaker', delegation: '  FRA ', speakerName: ' Jean ' }),
    ).toEqual({
      ok: true,
      value: { type: 'addSpeaker', delegation: 'FRA', speakerName: 'Jean' },
    });
  });

  it('returns a fresh object, not the input', () => {
    const input = { type: 'closeList' };
    const result = parseCommand(input);
    expect(result.ok && result.value).not.toBe(input);
  });
});

describe('what is not a command', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'nextSpeaker'],
    ['a boolean', true],
    ['an array', []],
    ['an array of a command', [{ type: 'nextSpeaker' }]],
    ['a function', () => ({ type: 'nextSpeaker' })],
  ])('%s', (_name, input) => {
    expect(refusal(input)).toMatchObject({ code: 'invalidCommand', path: '' });
  });

  it.each([
    ['no type', {}],
    ['an unknown type', { type: 'seizeFloor' }],
    ['a type of the wrong case', { type: 'NextSpeaker' }],
    ['a number for a type', { type: 3 }],
    ['null for a type', { type: null }],
    ['an inherited name', { type: 'toString' }],
    ['a prototype name', { type: '__proto__' }],
  ])('%s', (_name, input) => {
    expect(refusal(input)).toEqual({
      code: 'invalidCommand',
      message: 'Unknown command type.',
      path: 'type',
    });
  });
});

describe('keys that do not belong', () => {
  it.each([
    ['an extra key', { type: 'nextSpeaker', force: true }, 'force'],
    ['a key of another command', { type: 'startSpeech', deltaMs: 1000 }, 'deltaMs'],
    ['constructor', { type: 'startSpeech', constructor: { prototype: {} } }, 'constructor'],
    ['prototype', { type: 'startSpeech', prototype: {} }, 'prototype'],
    [
      '__proto__ as own key',
      JSON.parse('{"type":"startSpeech","__proto__":{"polluted":1}}'),
      '__proto__',
    ],
    [
      '__proto__ inside a sitting',
      JSON.parse(
        '{"type":"updateMeeting","sittings":[{"date":"2017-09-06","start":"10:00","end":"13:00","__proto__":{"x":1}}]}',
      ),
      '__proto__',
    ],
  ])('%s is refused and named', (_name, input, key) => {
    const error = refusal(input);
    expect(error.code).toBe(expectedCode(error.path ?? ''));
    expect(error.message).toContain(`"${key}"`);
  });

  it('the path of an extra key is the object holding it: "" at the top (as written)', () => {
    expect(refusal({ type: 'nextSpeaker', force: true }).path).toBe('');
  });

  it('a key inside a sitting has the path of the sitting', () => {
    const error = refusal({
      type: 'updateMeeting',
      sittings: [{ date: '2017-09-06', start: '10:00', end: '13:00', room: 'CR4' }],
    });
    expect(error.path).toBe('sittings.0');
  });

  it('pollutes nothing', () => {
    parseCommand(JSON.parse('{"type":"startSpeech","__proto__":{"polluted":1}}'));
    parseCommand(JSON.parse('{"__proto__":{"type":"startSpeech","polluted":1}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Marks a case whose field is an instant or a duration out of its bounds: outOfRange. */
const OUT = ' (outOfRange)';

describe('fields of the wrong type or out of range', () => {
  it.each<[string, unknown, string]>([
    ['start as a string', { type: 'nextSpeaker', start: 'yes' }, 'start'],
    ['deltaMs as a string', { type: 'adjustTime', deltaMs: '30000' }, 'deltaMs'],
    ['deltaMs missing', { type: 'adjustTime' }, 'deltaMs'],
    ['deltaMs zero', { type: 'adjustTime', deltaMs: 0 }, 'deltaMs'],
    ['deltaMs a fraction', { type: 'adjustTime', deltaMs: 1.5 }, 'deltaMs'],
    ['deltaMs over an hour' + OUT, { type: 'adjustTime', deltaMs: 3_600_001 }, 'deltaMs'],
    ['deltaMs not finite', { type: 'adjustTime', deltaMs: Infinity }, 'deltaMs'],
    ['deltaMs NaN', { type: 'adjustTime', deltaMs: NaN }, 'deltaMs'],
    ['limitMs under 10 s' + OUT, { type: 'setTimeLimit', limitMs: 9_999 }, 'limitMs'],
    ['limitMs over an hour' + OUT, { type: 'setTimeLimit', limitMs: 3_600_001 }, 'limitMs'],
    ['limitMs null on setTimeLimit', { type: 'setTimeLimit', limitMs: null }, 'limitMs'],
    ['speakerId empty', { type: 'removeSpeaker', speakerId: '' }, 'speakerId'],
    ['speakerId a number', { type: 'removeSpeaker', speakerId: 1 }, 'speakerId'],
    ['toIndex negative', { type: 'moveSpeaker', speakerId: 's1', toIndex: -1 }, 'toIndex'],
    ['toIndex too large', { type: 'moveSpeaker', speakerId: 's1', toIndex: 10_001 }, 'toIndex'],
    ['position a fraction', { type: 'addSpeaker', delegation: 'FRA', position: 0.5 }, 'position'],
    ['delegation missing', { type: 'addSpeaker' }, 'delegation'],
    ['delegation blank', { type: 'addSpeaker', delegation: '   ' }, 'delegation'],
    ['category unknown', { type: 'addSpeaker', delegation: 'FRA', category: 'vip' }, 'category'],
    [
      'delegation null on update',
      { type: 'updateSpeaker', speakerId: 's1', delegation: null },
      'delegation',
    ],
    [
      'a language unknown',
      { type: 'setInterpretation', status: 'partial', languages: ['de'] },
      'languages.0',
    ],
    [
      'seven languages',
      {
        type: 'setInterpretation',
        status: 'partial',
        languages: ['ar', 'zh', 'en', 'fr', 'ru', 'es', 'en'],
      },
      'languages',
    ],
    ['status unknown', { type: 'setInterpretation', status: 'some' }, 'status'],
    ['announcement blank', { type: 'announce', text: ' ' }, 'text'],
    ['resumesAt a bad time', { type: 'suspendMeeting', resumesAt: '24:00' }, 'resumesAt'],
    ['resumesAt negative' + OUT, { type: 'suspendMeeting', resumesAt: -1 }, 'resumesAt'],
    ['resumesAt a date', { type: 'suspendMeeting', resumesAt: '2017-09-06T15:00' }, 'resumesAt'],
    [
      'resumesAt past the last instant a date holds' + OUT,
      { type: 'suspendMeeting', resumesAt: 8.64e15 + 1 },
      'resumesAt',
    ],
    ['resumesAt 1e20' + OUT, { type: 'suspendMeeting', resumesAt: 1e20 }, 'resumesAt'],
    ['resumesAt NaN', { type: 'suspendMeeting', resumesAt: NaN }, 'resumesAt'],
    ['resumesAt Infinity', { type: 'suspendMeeting', resumesAt: Infinity }, 'resumesAt'],
    ['resumesAt "NaN"', { type: 'suspendMeeting', resumesAt: 'NaN' }, 'resumesAt'],
    ['resumesAt a fraction', { type: 'suspendMeeting', resumesAt: 1.5 }, 'resumesAt'],
    ['resumesAt null', { type: 'suspendMeeting', resumesAt: null }, 'resumesAt'],
    ['deltaMs under an hour less' + OUT, { type: 'adjustTime', deltaMs: -3_600_001 }, 'deltaMs'],
    [
      'defaultLimitMs over an hour' + OUT,
      { type: 'updateMeeting', defaultLimitMs: 3_600_001 },
      'defaultLimitMs',
    ],
    ['warningMs negative' + OUT, { type: 'updateMeeting', warningMs: -1 }, 'warningMs'],
    [
      'a day not on the calendar',
      { type: 'updateMeeting', sittings: [{ date: '2017-02-29', start: '10:00', end: '13:00' }] },
      'sittings.0.date',
    ],
    [
      'a sitting in the year 9999',
      { type: 'updateMeeting', sittings: [{ date: '9999-09-06', start: '10:00', end: '13:00' }] },
      'sittings.0.date',
    ],
    ['title blank', { type: 'updateMeeting', title: '' }, 'title'],
    ['sittings empty', { type: 'updateMeeting', sittings: [] }, 'sittings'],
    [
      'a sitting ending before it starts',
      { type: 'updateMeeting', sittings: [{ date: '2017-09-06', start: '13:00', end: '10:00' }] },
      'sittings.0.end',
    ],
    [
      'a bad date',
      { type: 'updateMeeting', sittings: [{ date: '2017-13-01', start: '10:00', end: '13:00' }] },
      'sittings.0.date',
    ],
    [
      'overlapping sittings',
      {
        type: 'updateMeeting',
        sittings: [
          { date: '2017-09-06', start: '10:00', end: '13:00' },
          { date: '2017-09-06', start: '12:00', end: '18:00' },
        ],
      },
      'sittings',
    ],
    ['warningMs over 10 minutes' + OUT, { type: 'updateMeeting', warningMs: 600_001 }, 'warningMs'],
    ['meetingId missing', { type: 'openMeeting' }, 'meetingId'],
    ['meetingId empty', { type: 'openMeeting', meetingId: '' }, 'meetingId'],
    ['meetingId null', { type: 'openMeeting', meetingId: null }, 'meetingId'],
    ['segmentId missing', { type: 'startSegment' }, 'segmentId'],
    ['segmentId a number', { type: 'startSegment', segmentId: 2 }, 'segmentId'],
    ['expectedVersion negative', { type: 'undo', expectedVersion: -1 }, 'expectedVersion'],
    ['expectedVersion a string', { type: 'undo', expectedVersion: '3' }, 'expectedVersion'],
  ])('%s', (name, input, path) => {
    const error = refusal(input);
    expect(error.code).toBe(expectedCode(path, name.endsWith(OUT)));
    expect(error.path).toBe(path);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
  });
});

describe('texts too long', () => {
  const long = (n: number) => 'x'.repeat(n);

  it.each<[string, (text: string) => unknown, number, string]>([
    [
      'delegation',
      (t) => ({ type: 'addSpeaker', delegation: t }),
      TEXT_LIMITS.shortName,
      'delegation',
    ],
    [
      'speakerName',
      (t) => ({ type: 'addSpeaker', delegation: 'FRA', speakerName: t }),
      TEXT_LIMITS.shortName,
      'speakerName',
    ],
    [
      'title',
      (t) => ({ type: 'addSpeaker', delegation: 'FRA', title: t }),
      TEXT_LIMITS.shortName,
      'title',
    ],
    [
      'onBehalfOf',
      (t) => ({ type: 'addSpeaker', delegation: 'FRA', onBehalfOf: t }),
      TEXT_LIMITS.onBehalfOf,
      'onBehalfOf',
    ],
    [
      'updated name',
      (t) => ({ type: 'updateSpeaker', speakerId: 's1', speakerName: t }),
      TEXT_LIMITS.shortName,
      'speakerName',
    ],
    ['speakerId', (t) => ({ type: 'removeSpeaker', speakerId: t }), 40, 'speakerId'],
    ['announcement', (t) => ({ type: 'announce', text: t }), TEXT_LIMITS.announcement, 'text'],
    [
      'interpretation note',
      (t) => ({ type: 'setInterpretation', status: 'available', note: t }),
      TEXT_LIMITS.note,
      'note',
    ],
    ['suspension note', (t) => ({ type: 'suspendMeeting', note: t }), TEXT_LIMITS.note, 'note'],
    ['meeting title', (t) => ({ type: 'updateMeeting', title: t }), TEXT_LIMITS.title, 'title'],
    ['meeting theme', (t) => ({ type: 'updateMeeting', theme: t }), TEXT_LIMITS.theme, 'theme'],
    ['meeting organ', (t) => ({ type: 'updateMeeting', organ: t }), TEXT_LIMITS.shortName, 'organ'],
  ])('%s: %i characters pass, one more is textTooLong', (_name, make, max, path) => {
    expect(parseCommand(make(long(max))).ok).toBe(true);
    const error = refusal(make(long(max + 1)));
    expect(error).toEqual({
      code: 'textTooLong',
      message: `${path}: too long, at most ${max} characters.`,
      path,
    });
  });

  it('a megabyte of text is refused as too long', () => {
    expect(refusal({ type: 'announce', text: long(1_000_000) })).toMatchObject({
      code: 'textTooLong',
      path: 'text',
    });
  });

  it('surrounding blanks do not count toward the limit', () => {
    const padded = `   ${long(TEXT_LIMITS.announcement)}   `;
    expect(parseCommand({ type: 'announce', text: padded }).ok).toBe(true);
  });

  it("the room and its time zone are the room's, not the meeting's to change", () => {
    for (const field of ['room', 'timeZone']) {
      expect(refusal({ type: 'updateMeeting', [field]: 'Europe/Zurich' })).toMatchObject({
        code: 'invalidCommand',
        message: expect.stringContaining(field),
      });
    }
  });
});

describe('describeIssue', () => {
  it('without an issue, a plain invalid command', () => {
    expect(describeIssue(undefined)).toEqual({
      code: 'invalidCommand',
      message: 'Invalid command.',
    });
  });
});
