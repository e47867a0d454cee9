// Malformed input, at random but reproducibly (a seeded generator): what a buggy client, a fuzzer
// or a hostile one on the room's network might send. Each generator names its case, so a failure
// says what kind of input broke the hub.
import { COMMAND_TYPES } from '../../shared/domain/commands.ts';

/** mulberry32: a tiny, fast, seeded PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer from lo to hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from nothing');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Random bytes. */
  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 1) out[i] = this.int(0, 255);
    return out;
  }
  /** A string of `length` characters drawn from a mix of scripts, controls and surrogates. */
  text(length: number): string {
    const pools = [
      'abcXYZ019 ',
      '\u0000\u0007\n\r\t\u001b',
      'ñé中文العربية',
      '\ud800\udfff💥',
      '"\'\\{}[]<>',
    ];
    let out = '';
    for (let i = 0; i < length; i += 1) out += this.pick([...this.pick(pools)]);
    return out;
  }
}

/** One malformed input and the name of its case. */
export interface Case {
  kind: string;
  value: unknown;
}

/** Field names the commands use, for inputs that look nearly right. */
const FIELDS = [
  'speakerId',
  'delegation',
  'text',
  'limitMs',
  'deltaMs',
  'toIndex',
  'position',
  'status',
  'languages',
  'sittings',
  'timeZone',
  'resumesAt',
  'start',
  'expectedVersion',
  'category',
  'note',
  'title',
];

const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

/** A value of any JSON-ish type except the right one, often. */
export function wrongValue(r: Random): unknown {
  switch (r.int(0, 13)) {
    case 0:
      return null;
    case 1:
      return r.pick([true, false]);
    case 2:
      return r.pick([0, -1, 1.5, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31]);
    case 3:
      return r.pick([Number.NaN, Infinity, -Infinity]); // JSON sends these as null
    case 4:
      return r.text(r.int(0, 20));
    case 5:
      return [];
    case 6:
      return {};
    case 7:
      return [r.text(3), r.int(0, 9)];
    case 8:
      return { [r.pick(FIELDS)]: r.text(5) };
    case 9:
      return r.pick(['s1', 's999', '', ' ', 's-1', 's1e3', '__proto__', 'r1']);
    case 10:
      return r.pick(['12:00', '25:99', '2017-09-06', 'America/New_York', 'Mars/Olympus']);
    case 11:
      return r.pick(['ar', 'xx', 'EN', '']);
    case 12:
      return String(r.int(-5, 5));
    default:
      return undefined;
  }
}

/** A nested array or object `depth` levels deep. */
export function nested(r: Random, depth: number): unknown {
  let value: unknown = r.pick([1, 'x', null]);
  const asObject = r.chance(0.5);
  for (let i = 0; i < depth; i += 1) value = asObject ? { a: value } : [value];
  return value;
}

/** A command-shaped input that is wrong in one way or several. */
export function malformedCommand(r: Random): Case {
  const type = r.pick(COMMAND_TYPES);
  switch (r.int(0, 12)) {
    case 0: {
      const fields: Record<string, unknown> = { type };
      for (let i = r.int(1, 4); i > 0; i -= 1) fields[r.pick(FIELDS)] = wrongValue(r);
      return { kind: 'wrong types', value: fields };
    }
    case 1:
      return {
        kind: 'missing fields',
        value: r.pick([
          { type: 'addSpeaker' },
          { type: 'moveSpeaker', speakerId: 's1' },
          { type: 'moveSpeaker', toIndex: 1 },
          { type: 'announce' },
          { type: 'adjustTime' },
          { type: 'setTimeLimit' },
          { type: 'setInterpretation' },
          { type: 'removeSpeaker' },
          { delegation: 'FRA' },
          {},
        ]),
      };
    case 2:
      return {
        kind: 'extra fields',
        value: {
          type,
          [r.pick([...FIELDS, 'extra', 'role', 'key', 'version'])]: wrongValue(r),
          zz: 1,
        },
      };
    case 3:
      return {
        kind: 'huge strings',
        value: {
          // Up to about 60 KB in all: just under the socket's 64 KiB limit (over it, see limits.test).
          type: r.pick([type, 'x'.repeat(r.int(1000, 10_000))]),
          [r.pick(FIELDS)]: r.pick(['y', 'é', '"', '\\']).repeat(r.int(500, 25_000)),
        },
      };
    case 4: {
      const length = r.int(1000, 6000);
      const items = Array.from({ length }, (_, i) =>
        r.pick([i, 'ar', { date: '2017-09-06' }, null]),
      );
      return {
        kind: 'huge arrays',
        value: r.chance(0.3)
          ? items
          : { type, [r.pick(['languages', 'sittings', 'speakers', 'text'])]: items },
      };
    }
    case 5:
      return {
        kind: 'deep nesting',
        value: r.chance(0.5)
          ? nested(r, r.int(50, 3000))
          : { type, [r.pick(FIELDS)]: nested(r, r.int(50, 3000)) },
      };
    case 6: {
      const key = r.pick(PROTO_KEYS);
      const text = r.pick([
        `{"type":"announce","text":"hi","${key}":{"polluted":true}}`,
        `{"type":"${key}"}`,
        `{"${key}":{"type":"closeList"}}`,
        `{"type":"closeList","constructor":{"prototype":{"polluted":true}}}`,
        `{"__proto__":{"type":"closeList"},"type":"closeList"}`,
        `{"type":"addSpeaker","delegation":"FRA","__proto__":{"speakerName":"x","polluted":1}}`,
      ]);
      return { kind: 'prototype keys', value: JSON.parse(text) as unknown };
    }
    case 7:
      return {
        kind: 'not an object',
        value: r.pick([
          null,
          0,
          42,
          -1,
          true,
          false,
          '',
          'closeList',
          '{"type":"closeList"}',
          [],
          [type],
          undefined,
        ]),
      };
    case 8:
      return {
        kind: 'unknown types',
        value: {
          type: r.pick([
            'fly',
            'deleteRoom',
            'setChairKey',
            'eval',
            'CLOSELIST',
            'closelist ',
            ' closeList',
            '',
            'undo\u0000',
          ]),
        },
      };
    case 9:
      return {
        kind: 'unknown ids',
        value: r.pick([
          {
            type: 'removeSpeaker',
            speakerId: r.pick(['s999', 'x', '__proto__', 'constructor', 's0', 'S1']),
          },
          { type: 'moveSpeaker', speakerId: 's404', toIndex: 0 },
          { type: 'skipSpeaker', speakerId: 'r1' },
          { type: 'updateSpeaker', speakerId: 'toString', delegation: 'FRA' },
          { type: 'setTimeLimit', speakerId: 'hasOwnProperty', limitMs: 60_000 },
        ]),
      };
    case 10:
      return {
        kind: 'binary',
        value: r.pick([
          Buffer.from(r.bytes(r.int(0, 2000))),
          r.bytes(r.int(0, 200)),
          { type, text: Buffer.from('hello') },
          { type: Buffer.from(type) },
          [Buffer.from([0, 1, 2]), { type }],
        ]),
      };
    case 11:
      return {
        kind: 'numbers out of range',
        value: r.pick([
          { type: 'adjustTime', deltaMs: r.pick([0, 1.5, 1e12, -1e12, Number.NaN]) },
          { type: 'setTimeLimit', limitMs: r.pick([-1, 9_999, 3_600_001, 1e20]) },
          { type: 'moveSpeaker', speakerId: 's1', toIndex: r.pick([-1, 1e9, 0.5]) },
          { type: 'closeList', expectedVersion: r.pick([-1, 1.5, 1e300, '0']) },
        ]),
      };
    default:
      return {
        kind: 'bad meeting fields',
        value: r.pick([
          { type: 'updateMeeting', timeZone: r.pick(['Mars/Base', 'x'.repeat(65), 3]) },
          {
            type: 'updateMeeting',
            sittings: [{ date: '2017-02-30', start: '10:00', end: '09:00' }],
          },
          {
            type: 'updateMeeting',
            sittings: Array.from({ length: 21 }, () => ({
              date: '2017-09-06',
              start: '10:00',
              end: '11:00',
            })),
          },
          { type: 'suspendMeeting', resumesAt: r.pick(['24:00', -5, 'noon']) },
          { type: 'setInterpretation', status: 'partial', languages: ['ar', 'ar'] },
        ]),
      };
  }
}

/** A command that is valid as input (the rules may still refuse it in the room's state). */
export function validCommand(r: Random, version: number): Case {
  const value: Record<string, unknown> = r.pick<Record<string, unknown>>([
    { type: 'closeList' },
    { type: 'reopenList' },
    { type: 'announce', text: r.pick(['Please be brief.', 'Interpretation resumes at 15:00.']) },
    { type: 'clearAnnouncement' },
    { type: 'addSpeaker', delegation: r.pick(['FRA', 'NOR', 'European Union', 'BRA']) },
    { type: 'nextSpeaker', start: true },
    { type: 'nextSpeaker' },
    { type: 'startSpeech' },
    { type: 'pauseSpeech' },
    { type: 'resumeSpeech' },
    { type: 'endSpeech' },
    { type: 'adjustTime', deltaMs: r.pick([15_000, -15_000, 30_000]) },
    { type: 'moveSpeaker', speakerId: `s${r.int(1, 6)}`, toIndex: r.int(0, 5) },
    { type: 'setInterpretation', status: r.pick(['available', 'unavailable']) },
    { type: 'skipSpeaker' },
    { type: 'undo' },
  ]);
  if (r.chance(0.3))
    value.expectedVersion = r.chance(0.7) ? version : Math.max(0, version - r.int(1, 3));
  return { kind: 'valid', value };
}

/** A raw HTTP body that is not a JSON command at all. */
export function rawBody(r: Random): { kind: string; body: string | Buffer } {
  switch (r.int(0, 5)) {
    case 0:
      return {
        kind: 'non-JSON',
        body: r.pick([
          'type=closeList',
          '{',
          '}',
          '[',
          '{"type":',
          "{'type':'closeList'}",
          'undefined',
          'NaN',
          '{"type":"closeList",}',
          '\u0000',
        ]),
      };
    case 1:
      return { kind: 'non-JSON', body: r.text(r.int(1, 500)) };
    case 2:
      return { kind: 'binary', body: Buffer.from(r.bytes(r.int(1, 4000))) };
    case 3:
      return {
        kind: 'deep nesting',
        body: '['.repeat(r.int(1000, 30_000)) + ']'.repeat(r.int(0, 10)),
      };
    case 4:
      return {
        kind: 'huge body',
        body: JSON.stringify({ type: 'announce', text: 'z'.repeat(r.int(65_000, 200_000)) }),
      };
    default:
      return {
        kind: 'JSON scalars',
        body: r.pick(['null', '0', '"closeList"', 'true', '[]', '""', '1e999']),
      };
  }
}
