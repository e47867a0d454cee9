// Clean text: every text a command or the rooms file carries is NFC and holds nothing that can
// hide what it says (shared/clean-text.ts), refused as invalidText naming the field.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cleanText, findHiddenCharacter } from '../../shared/clean-text.ts';
import { commandSchemas, COMMAND_TYPES, type CommandType } from '../../shared/domain/commands.ts';
import { parseRoomSeed, roomSeedSchema } from '../../shared/domain/create-room.ts';
import { parseCommand } from '../../shared/domain/parse-command.ts';
import { seedInput } from './fixtures.ts';

describe('findHiddenCharacter: what is refused', () => {
  it.each<[string, string, string]>([
    ['NUL', 'Fr\u0000ance', 'U+0000'],
    ['a tab', 'Fr\tance', 'U+0009'],
    ['a line feed', 'Fr\nance', 'U+000A'],
    ['a carriage return', 'Fr\rance', 'U+000D'],
    ['escape', '\u001B[31mFrance', 'U+001B'],
    ['unit separator (last of C0)', 'Fr\u001Fance', 'U+001F'],
    ['DEL', 'Fr\u007Fance', 'U+007F'],
    ['C1 first (PAD)', 'Fr\u0080ance', 'U+0080'],
    ['C1 NEL', 'Fr\u0085ance', 'U+0085'],
    ['C1 last (APC)', 'Fr\u009Fance', 'U+009F'],
    ['left-to-right embedding', '\u202AFrance', 'U+202A'],
    ['right-to-left embedding', '\u202BFrance', 'U+202B'],
    ['pop directional formatting', 'France\u202C', 'U+202C'],
    ['left-to-right override', '\u202DFrance', 'U+202D'],
    ['right-to-left override', '\u202Eecnarf', 'U+202E'],
    ['left-to-right isolate', '\u2066France', 'U+2066'],
    ['right-to-left isolate', '\u2067France', 'U+2067'],
    ['first strong isolate', '\u2068France', 'U+2068'],
    ['pop directional isolate', 'France\u2069', 'U+2069'],
    ['left-to-right mark', 'France\u200E', 'U+200E'],
    ['right-to-left mark', 'France\u200F', 'U+200F'],
    ['Arabic letter mark', 'مصر\u061C', 'U+061C'],
    ['zero width space', 'Fra\u200Bnce', 'U+200B'],
    ['word joiner', 'Fra\u2060nce', 'U+2060'],
    ['invisible times', 'Fra\u2062nce', 'U+2062'],
    ['invisible plus', 'Fra\u2064nce', 'U+2064'],
    ['deprecated inhibit symmetric swapping', 'Fra\u206Ance', 'U+206A'],
    ['byte order mark inside', 'Fra\uFEFFnce', 'U+FEFF'],
    ['soft hyphen', 'Fra\u00ADnce', 'U+00AD'],
    ['Mongolian vowel separator', 'Fra\u180Ence', 'U+180E'],
    ['combining grapheme joiner', 'Fra\u034Fnce', 'U+034F'],
    ['Hangul filler', '\u3164', 'U+3164'],
    ['halfwidth Hangul filler', 'Fra\uFFA0nce', 'U+FFA0'],
    ['line separator', 'Fra\u2028nce', 'U+2028'],
    ['paragraph separator', 'Fra\u2029nce', 'U+2029'],
    ['interlinear annotation anchor', 'Fra\uFFF9nce', 'U+FFF9'],
    ['tag character (first)', 'France\u{E0000}', 'U+E0000'],
    ['tag letter f', 'France\u{E0066}', 'U+E0066'],
    ['cancel tag (last)', 'France\u{E007F}', 'U+E007F'],
    ['musical formatting', 'Fra\u{1D173}nce', 'U+1D173'],
    ['shorthand format control', 'Fr\u{1BCA1}ance', 'U+1BCA1'],
    ['Egyptian format control', 'Fr\u{13430}ance', 'U+13430'],
    ['Braille pattern blank', '\u2800', 'U+2800'],
    ['a noncharacter', 'Fra\uFFFEnce', 'U+FFFE'],
    ['a lone surrogate', 'Fra\uD800nce', 'U+D800'],
    ['a joiner at the start', '\u200DFrance', 'U+200D'],
    ['a joiner at the end', 'France\u200C', 'U+200C'],
    ['a joiner beside a space', 'Fra \u200Dnce', 'U+200D'],
    ['two joiners in a row', 'Fra\u200C\u200Dnce', 'U+200C'],
    ['a variation selector at the start', '\uFE0FFrance', 'U+FE0F'],
    ['a variation selector after a space', 'Fra \uFE0Fnce', 'U+FE0F'],
    ['two variation selectors in a row', 'Fra\uFE0F\uFE0Fnce', 'U+FE0F'],
    ['an ideographic variation selector alone', '\u{E0100}', 'U+E0100'],
  ])('%s', (_name, text, codePoint) => {
    expect(findHiddenCharacter(text)).toMatchObject({ codePoint });
    expect(cleanText(text).ok).toBe(false);
  });

  it('gives the position of the character, in UTF-16 units', () => {
    expect(findHiddenCharacter('ab\u202Ec')).toMatchObject({ index: 2 });
    expect(findHiddenCharacter('\u{1F600}\u202E')).toMatchObject({ index: 2 });
  });
});

describe('findHiddenCharacter: what stays', () => {
  it.each<[string, string]>([
    ['plain Latin', 'France'],
    ['accents and apostrophes', 'Côte d’Ivoire'],
    ['a non-breaking space', 'Saint\u00A0Lucia'],
    ['an ideographic space', '中国\u3000代表'],
    ['Arabic with a ZWNJ', 'الإمارات\u200Cالعربية'],
    ['Persian with a ZWNJ', 'می\u200Cخواهم'],
    ['Devanagari with a ZWJ', 'क्\u200Dष'],
    ['Malayalam with a ZWNJ', 'ന്\u200Cറ'],
    ['an emoji ZWJ sequence', '👩\u200D❤\uFE0F\u200D👨'],
    ['an emoji presentation selector', '☎\uFE0F'],
    ['a keycap', '1\uFE0F\u20E3'],
    ['a Han ideographic variation sequence', '葛\u{E0100}'],
    ['an Arabic number sign (a visible format character)', '\u0600١٢'],
    ['Mongolian with a free variation selector', 'ᠮᠣᠩ\u180Bᠭᠣᠯ'],
    ['Hebrew', 'ישראל'],
    ['Russian', 'Российская Федерация'],
    ['a regional-indicator flag', '🇫🇷'],
  ])('%s', (_name, text) => {
    expect(findHiddenCharacter(text)).toBeUndefined();
    expect(cleanText(text)).toEqual({ ok: true, text: text.normalize('NFC') });
  });

  it('normalises to NFC: a decomposed é becomes one code point', () => {
    const decomposed = 'Re\u0301publique';
    expect(cleanText(decomposed)).toEqual({ ok: true, text: 'R\u00E9publique' });
  });
});

/** A valid command of each type that carries text, to set one field of it wrong. */
const BASE: Partial<Record<CommandType, Record<string, unknown>>> = {
  addSpeaker: { type: 'addSpeaker', delegation: 'FRA' },
  addSpeakers: { type: 'addSpeakers', speakers: [{ delegation: 'FRA' }] },
  replaceList: { type: 'replaceList', speakers: [{ delegation: 'FRA' }] },
  updateSpeaker: { type: 'updateSpeaker', speakerId: 's1' },
  setInterpretation: { type: 'setInterpretation', status: 'available' },
  suspendMeeting: { type: 'suspendMeeting' },
  setTimeLimit: { type: 'setTimeLimit', limitMs: 60_000 },
  moveSpeaker: { type: 'moveSpeaker', speakerId: 's1', toIndex: 0 },
};
const baseOf = (type: CommandType) => BASE[type] ?? { type };

interface JsonSchema {
  type?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

/** A string schema with no pattern or closed list: a free text. */
function isFreeText(schema: JsonSchema): boolean {
  const options = schema.anyOf ?? [schema];
  return options.some(
    (s) => s.type === 'string' && !s.pattern && s.enum === undefined && s.const === undefined,
  );
}

/**
 * The paths of every free text in a schema, array items as index 0 ('speakers.0.title'). A time
 * zone is left out: it must be one of the runtime's names, a closed list.
 */
function freeTextPaths(schema: JsonSchema, prefix: string[] = []): string[][] {
  if (prefix[prefix.length - 1] === 'timeZone') return [];
  if (isFreeText(schema)) return [prefix];
  if (schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, s]) =>
      freeTextPaths(s, [...prefix, key]),
    );
  }
  if (schema.items) return freeTextPaths(schema.items, [...prefix, '0']);
  return [];
}

const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;

/** `input` with the value at `path` replaced (a deep copy). */
function setPath(input: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1] ?? ''] = value;
  return copy;
}

/** The value at `path` inside `value`. */
function valueAt(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

describe('every text field of every command is clean text', () => {
  const cases = COMMAND_TYPES.flatMap((type) =>
    freeTextPaths(jsonSchemaOf(commandSchemas[type])).map(
      (path) => [type, path.join('.')] as const,
    ),
  );

  it('finds the text fields (the walk itself works)', () => {
    const paths = cases.map(([type, path]) => `${type}.${path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'addSpeaker.delegation',
        'addSpeaker.speakerName',
        'addSpeaker.title',
        'addSpeaker.onBehalfOf',
        'addSpeakers.speakers.0.delegation',
        'replaceList.speakers.0.onBehalfOf',
        'updateSpeaker.speakerName',
        'announce.text',
        'setInterpretation.note',
        'suspendMeeting.note',
        'updateMeeting.title',
        'updateMeeting.theme',
        'updateMeeting.organ',
        'updateMeeting.format',
        'updateMeeting.note',
        'removeSpeaker.speakerId',
      ]),
    );
  });

  it.each(cases)('%s.%s refuses \\u202E', (type, path) => {
    const result = parseCommand(setPath(baseOf(type), path.split('.'), 'Fr\u202Eance'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalidText');
    expect(result.error.path).toBe(path);
    expect(result.error.message.startsWith(`${path}: `)).toBe(true);
  });

  it.each(cases)('%s.%s is normalised to NFC', (type, path) => {
    const result = parseCommand(setPath(baseOf(type), path.split('.'), 'Re\u0301union'));
    expect(result.ok && valueAt(result.value, path.split('.'))).toBe('R\u00E9union');
  });

  it('the message names the field and the character', () => {
    expect(parseCommand({ type: 'addSpeaker', delegation: '\u202Eecnarf' })).toEqual({
      ok: false,
      error: {
        code: 'invalidText',
        path: 'delegation',
        message:
          'delegation: holds a bidirectional formatting character (U+202E) at position 1, which could hide what the text says; remove it.',
      },
    });
  });

  it('Arabic with a ZWNJ is accepted as it is', () => {
    const delegation = 'الإمارات\u200Cالعربية';
    expect(parseCommand({ type: 'addSpeaker', delegation })).toEqual({
      ok: true,
      value: { type: 'addSpeaker', delegation },
    });
  });
});

describe('every text field of the rooms file is clean text', () => {
  // Functions, not shared objects: structuredClone keeps shared references shared, and a text
  // set in one place would then be wrong in every other too.
  const speakers = () => [
    { delegation: 'FRA', speakerName: 'Jean', title: 'Ambassador', onBehalfOf: 'EU' },
  ];
  const segments = () => [{ title: 'Opening segment', speakers: speakers() }];
  const interpretation = () => ({ status: 'available', note: 'Booths' }) as const;
  /**
   * A seed holding a value at `path`: a list is either beside the meeting or in its segments,
   * never both, so a path into segments gets a seed whose list is in segments.
   */
  function baseFor(path: readonly string[]) {
    const scheduledLists =
      path[2] === 'segments' ? { segments: segments() } : { speakers: speakers() };
    return seedInput({
      interpretation: interpretation(),
      ...(path[0] === 'segments'
        ? { speakers: undefined, segments: segments() }
        : { speakers: speakers() }),
      meetings: [
        {
          title: 'Briefing',
          theme: 'Theme',
          organ: 'Organ',
          format: 'Format',
          note: 'Note',
          sittings: [{ date: '2017-09-07', start: '10:00', end: '13:00' }],
          interpretation: interpretation(),
          ...scheduledLists,
        },
      ],
    });
  }
  const cases = freeTextPaths(jsonSchemaOf(roomSeedSchema)).map(
    (path) => [path.join('.'), path] as const,
  );

  it('finds the meeting, interpretation, segment, scheduled meeting and speaker texts', () => {
    expect(cases.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'meeting.title',
        'meeting.theme',
        'meeting.room',
        'meeting.note',
        'interpretation.note',
        'speakers.0.delegation',
        'speakers.0.onBehalfOf',
        'segments.0.title',
        'segments.0.speakers.0.delegation',
        'meetings.0.title',
        'meetings.0.interpretation.note',
        'meetings.0.speakers.0.delegation',
        'meetings.0.segments.0.title',
        'meetings.0.segments.0.speakers.0.onBehalfOf',
      ]),
    );
  });

  it.each(cases)('the base seed for %s is taken as it is', (_name, path) => {
    expect(parseRoomSeed(baseFor(path)).ok).toBe(true);
  });

  it.each(cases)('%s refuses \\u202E', (name, path) => {
    const result = parseRoomSeed(setPath(baseFor(path), path, 'Fr\u202Eance'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalidText');
    expect(result.error.path).toBe(name);
  });
});
