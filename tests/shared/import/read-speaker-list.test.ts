// What readSpeakerList promises besides reading the corpus: duplicates flagged against the list
// and within the file, speakers who have spoken left out unless asked for, every problem of a
// row named (by the hub's own schema), the project's exports read back as they are written today,
// and any text whatever read without throwing into rows the hub accepts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../shared/delegations/all-names.ts';
import { speakerEntrySchema } from '../../../shared/domain/commands.ts';
import { MAX_IMPORT_LINES, readSpeakerList } from '../../../shared/import/read-speaker-list.ts';
import { exportedRoom, listExport, speechesExport } from './export-scenario.ts';
import { meetingOf } from '../fixtures.ts';
import { summary } from './summary.ts';

const read = (text: string, options: Parameters<typeof readSpeakerList>[1] = { existing: [] }) =>
  readSpeakerList(text, options).rows.map(summary);

describe('duplicates', () => {
  const existing = [
    { delegation: 'KEN', status: 'waiting' as const },
    { delegation: 'GHA', onBehalfOf: 'Group of African States', status: 'spoken' as const },
  ];

  it('flags a delegation already on the list (in any spelling) and the second of two in the file', () => {
    expect(
      read('Kenya\nGhana (on behalf of the African Group)\nGhana\nPeru\nperu\nPER', { existing }),
    ).toEqual([
      '1 KEN [onList]',
      '2 GHA for Group of African States [onList]',
      '3 GHA',
      '4 PER',
      '5 PER [inFile]',
      '6 PER [inFile]',
    ]);
  });

  it('does not count a speaker left out as spoken', () => {
    const text = 'delegation,status\nFRA,spoken\nFRA,waiting';
    expect(read(text)).toEqual(['2 FRA [spoken] (not sent)', '3 FRA']);
    expect(read(text, { existing: [], includeSpoken: true })).toEqual([
      '2 FRA [spoken]',
      '3 FRA [inFile]',
    ]);
  });
});

describe('the problems of a row', () => {
  it('names each, by the hub’s own rules, and sends none of those rows', () => {
    const long = (n: number) => 'x'.repeat(n);
    const text = [
      'delegation;speaker;title;on behalf of;category;limit',
      ';Jane Doe;;;;',
      `ARG;${long(121)};;;;`,
      `CHL;;${long(121)};;;`,
      `PER;;;${long(201)};;`,
      '\u202Eecnarf;;;;;',
      'FRA;Jean\u200BDupont;;;;',
      'KEN;;;AU;;',
      'DEU;;;;ambassador;x',
    ].join('\n');
    const rows = readSpeakerList(text, { existing: [] }).rows;
    expect(
      rows.map((r) => r.issues.map((i) => `${i.code} ${i.column ?? ''} ${i.max ?? ''}`.trim())),
    ).toEqual([
      ['noDelegation delegation'],
      ['tooLong speakerName 120'],
      ['tooLong title 120'],
      ['tooLong onBehalfOf 200'],
      ['hiddenCharacter delegation'],
      ['hiddenCharacter speakerName'],
      ['ambiguousOnBehalfOf onBehalfOf'],
      ['unknownCategory category', 'invalidLimit limit'],
    ]);
    expect(rows.every((r) => r.speaker === undefined)).toBe(true);
    expect(rows[6]?.issues[0]).toMatchObject({ value: 'AU', candidates: ['AUS', 'African Union'] });
    expect(rows[7]?.issues.map((i) => i.value)).toEqual(['ambassador', 'x']);
  });

  it('keeps an Arabic name’s joiner between letters, which is no hidden character', () => {
    expect(read('الإمارات\u200Cالعربية')).toEqual(['1 الإمارات\u200Cالعربية']);
  });

  it('takes off what a spreadsheet-safe export and a word processor add', () => {
    expect(read("delegation,speaker\nUN Watch,'-Jane\nBoli\u00ADvia,")).toEqual([
      '2 UN Watch / -Jane',
      '3 BOL',
    ]);
  });
});

describe('tables', () => {
  it('finds the headings under a title, in any order, and reports the others as ignored', () => {
    const reading = readSpeakerList(
      'Liste des orateurs\nRemarque;Temps de parole;Orateur;Délégation\nok;4:00;Mme Dupont;Saint-Siège',
      { existing: [] },
    );
    expect(reading.columns).toEqual([
      { heading: 'Remarque', column: null },
      { heading: 'Temps de parole', column: 'limit' },
      { heading: 'Orateur', column: 'speakerName' },
      { heading: 'Délégation', column: 'delegation' },
    ]);
    expect(reading.ignoredLines).toEqual([{ line: 1, text: 'Liste des orateurs' }]);
    expect(reading.rows.map(summary)).toEqual(['3 VAT / Mme Dupont 240s']);
  });

  it('without headings, reads the columns in order, a split "on behalf of" put back, further cells shown as ignored', () => {
    const reading = readSpeakerList(
      'Kenya, on behalf of the African Group\nGhana,Jane Doe,,,,,extra',
      { existing: [] },
    );
    expect(reading.rows.map(summary)).toEqual([
      '1 KEN for Group of African States',
      '2 GHA / Jane Doe',
    ]);
    expect(reading.columns.map((c) => c.column)).toEqual([
      'delegation',
      'speakerName',
      'title',
      'onBehalfOf',
      'category',
      'limit',
      null,
    ]);
  });

  it('reads "No." as a numbering heading, not as Norway', () => {
    const reading = readSpeakerList('No.\tCountry\tRepresentative\n1\tNorway\tMs. Berg', {
      existing: [],
    });
    expect(reading.columns.map((c) => c.column)).toEqual([null, 'delegation', 'speakerName']);
    expect(reading.rows.map(summary)).toEqual(['2 NOR / Ms. Berg']);
  });

  it('is a table when a later line has tabs or semicolons, though the first has none', () => {
    expect(read('AU\nKenya;Jane Doe;;;;tbc')).toEqual([
      '1 AU !ambiguousDelegation(AUS|African Union) (not sent)',
      '2 KEN / Jane Doe !invalidLimit (not sent)',
    ]);
  });

  it('names a hidden character by its code point', () => {
    const [row] = readSpeakerList('FRA;Jean\u200BDupont', { existing: [] }).rows;
    expect(row?.issues).toEqual([
      expect.objectContaining({ code: 'hiddenCharacter', column: 'speakerName', value: 'U+200B' }),
    ]);
  });

  it('reads an "on behalf of" column that repeats the phrase', () => {
    expect(read('Country\tOn behalf of\nCuba\ton behalf of the Group of 77 and China')).toEqual([
      '2 CUB for Group of 77 and China',
    ]);
  });

  it('skips blank rows and answers an empty text with no rows', () => {
    expect(read('delegation;speaker\n\nKenya;\n;;\n')).toEqual(['3 KEN']);
    expect(readSpeakerList('', { existing: [] })).toEqual({
      shape: 'lines',
      columns: [],
      rows: [],
      ignoredLines: [],
      unreadLines: 0,
    });
  });

  it('reads at most 2000 lines, and counts the filled ones it left unread', () => {
    const text = Array.from({ length: 2003 }, (_, i) => (i === 2001 ? '' : `Org ${i + 1}`));
    const reading = readSpeakerList(text.join('\n'), { existing: [] });
    expect(reading.rows).toHaveLength(MAX_IMPORT_LINES);
    expect(reading.rows.at(-1)?.delegation).toBe('Org 2000');
    expect(reading.unreadLines).toBe(2);
  });
});

describe('the project’s own exports', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../fixtures/speaker-lists/${name}`, import.meta.url), 'utf8');

  it('are the corpus’s fixtures, as the exporters write them today', () => {
    // If an export changes, regenerate the fixtures (export-scenario.ts) and check the import.
    expect(listExport()).toBe(fixture('list-export.csv'));
    expect(speechesExport()).toBe(fixture('speeches.csv'));
  });

  it('bring back the waiting speakers as they were; those who spoke only if asked', () => {
    const speakers = meetingOf(exportedRoom()).speakers;
    const entry = (s: (typeof speakers)[number]) => ({
      delegation: s.delegation,
      ...(s.speakerName !== undefined && { speakerName: s.speakerName }),
      ...(s.title !== undefined && { title: s.title }),
      ...(s.onBehalfOf !== undefined && { onBehalfOf: s.onBehalfOf }),
      // The export writes every speaker's category, so it comes back given.
      category: s.category,
      ...(s.limitMs !== null && { limitMs: s.limitMs }),
    });
    const sent = (includeSpoken: boolean) =>
      readSpeakerList(listExport(), { existing: [], includeSpoken }).rows.flatMap((r) =>
        r.speaker ? [r.speaker] : [],
      );
    expect(sent(false)).toEqual(speakers.filter((s) => s.status === 'waiting').map(entry));
    expect(sent(true)).toEqual(speakers.map(entry));
  });
});

describe('any text', () => {
  /** mulberry32: a seeded generator, so that a failure can be replayed. */
  function random(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const PIECES = [
    'Kenya',
    'AU',
    'on behalf of',
    'au nom du',
    'باسم',
    '代表',
    '1.',
    '•',
    '\t',
    ';',
    ',',
    '"',
    '""',
    '\n',
    '\r\n',
    ' ',
    '(',
    ')',
    'delegation',
    'Country',
    'status',
    'spoken',
    '3:00',
    '180.0',
    'Group of 77 and China',
    '\uFEFF',
    '\u202E',
    '\u00AD',
    "'",
    '-',
    'x'.repeat(130),
    'GE.25-01234',
  ];

  it('is read without throwing, into rows the hub accepts, numbered within the text', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = random(seed);
      const text = Array.from(
        { length: Math.floor(next() * 40) },
        () => PIECES[Math.floor(next() * PIECES.length)],
      ).join('');
      const lines = text.split(/\r\n|\r|\n/).length;
      const reading = readSpeakerList(text, { existing: [], includeSpoken: next() < 0.5 });
      for (const row of reading.rows) {
        expect(row.line, `seed ${seed}`).toBeGreaterThanOrEqual(1);
        expect(row.line, `seed ${seed}`).toBeLessThanOrEqual(lines);
        if (row.speaker) {
          expect(speakerEntrySchema.safeParse(row.speaker).success, `seed ${seed}`).toBe(true);
          expect(row.issues, `seed ${seed}`).toEqual([]);
        }
      }
    }
  });
});
