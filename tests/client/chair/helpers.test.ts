// The console's small pure helpers: limits, CSV, the type-ahead, the key in the address, the
// export, the record and the capacity texts.
import { describe, expect, it } from 'vitest';
import { projectWith } from '../../../shared/domain/projection.ts';
import type { SpeechRecord } from '../../../shared/domain/types.ts';
import { capacityOf, capacityWarning, paceText } from '../../../client/views/chair/capacity.ts';
import {
  hashWithoutKey,
  keyFromHash,
  takeChairKey,
} from '../../../client/views/chair/chair-key.ts';
import { toCsv } from '../../../client/views/chair/csv.ts';
import {
  resolveDelegation,
  searchDelegations,
} from '../../../client/views/chair/delegation-search.ts';
import { listCsv } from '../../../client/views/chair/export-list.ts';
import { commandBytes, refusedIndex } from '../../../client/views/chair/import-batch.ts';
import { parseDelimited } from '../../../shared/import/delimited.ts';
import { importCommand } from '../../../shared/import/import-command.ts';
import { readSpeakerList } from '../../../shared/import/read-speaker-list.ts';
import { formatLimit, parseLimit, readClockTime } from '../../../client/views/chair/typed-time.ts';
import { chairMessages, plural } from '../../../client/views/chair/messages/chair-messages.ts';
import { recordLines } from '../../../client/views/chair/record-model.ts';
import { speechesIn } from '../../../client/views/chair/use-speech-record.ts';
import { makeRoom, meetingOf, min, run, T0 } from './chair-harness.tsx';

describe('parseLimit', () => {
  const cases: [string, ReturnType<typeof parseLimit>][] = [
    ['', { kind: 'empty' }],
    ['  ', { kind: 'empty' }],
    ['3:00', { kind: 'limit', ms: 180_000 }],
    [' 2:30 ', { kind: 'limit', ms: 150_000 }],
    ['12:05', { kind: 'limit', ms: 725_000 }],
    ['180', { kind: 'limit', ms: 180_000 }],
    ['0:05', { kind: 'limit', ms: 5_000 }],
    ['3:75', { kind: 'invalid' }],
    ['3:5', { kind: 'invalid' }],
    ['3 min', { kind: 'invalid' }],
    ['-30', { kind: 'invalid' }],
    ['1:00:00', { kind: 'invalid' }],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => expect(parseLimit(text)).toEqual(expected));
  }
  it('formats m:ss', () => expect(formatLimit(150_000)).toBe('2:30'));
});

describe('readClockTime', () => {
  const cases: [string, string | undefined][] = [
    ['', ''],
    ['15:00', '15:00'],
    ['9:30', '09:30'],
    ['0930', '09:30'],
    ['15.45', '15:45'],
    ['23:59', '23:59'],
    ['24:00', undefined],
    ['3 pm', undefined],
    ['15:60', undefined],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => expect(readClockTime(text)).toBe(expected));
  }
});

describe('CSV', () => {
  // Reading delimited text is the import's: tests/shared/import/parts.test.ts.
  it('writes what it reads, guarding formulas for spreadsheets', () => {
    const rows = [
      ['a', 'b, c', 'say "hi"'],
      ['=SUM(A1)', '-30.0', '@x'],
    ];
    // The shared encoder (shared/csv-field.ts): a text starting with - is defused as well.
    expect(toCsv(rows)).toBe('a,"b, c","say ""hi"""\r\n\'=SUM(A1),\'-30.0,\'@x\r\n');
    expect(parseDelimited(toCsv(rows, { guardFormulas: false }))).toEqual(rows);
  });
});

describe('the type-ahead', () => {
  const names = (query: string, language: Parameters<typeof searchDelegations>[1] = 'en') =>
    searchDelegations(query, language).map((s) => s.name);

  it('puts names that start with the text first, then words inside names, then the rest', () => {
    expect(names('ger')).toEqual(['Germany', 'Algeria', 'Niger', 'Nigeria']);
    expect(names('guinea')).toEqual([
      'Guinea',
      'Guinea-Bissau',
      'Equatorial Guinea',
      'Papua New Guinea',
    ]);
  });

  it('ignores case and accents, finds codes and English names', () => {
    expect(names('cote')[0]).toBe("Côte d'Ivoire");
    expect(names('TUR')).toContain('Türkiye');
    expect(names('germany', 'fr')).toEqual(['Allemagne']);
    expect(names('Alle', 'fr')[0]).toBe('Allemagne');
    // "UK" is what people type for the United Kingdom: it comes before Ukraine.
    expect(names('UK').slice(0, 2)).toEqual([
      'United Kingdom of Great Britain and Northern Ireland',
      'Ukraine',
    ]);
    expect(names('EU')[0]).toBe('European Union');
    expect(names('european union')[0]).toBe('European Union');
  });

  it('resolves exact names (either language) and codes to codes, the rest as typed', () => {
    expect(resolveDelegation('kenya')).toBe('KEN');
    expect(resolveDelegation('Allemagne')).toBe('DEU');
    expect(resolveDelegation('Germany')).toBe('DEU');
    expect(resolveDelegation('vat')).toBe('VAT');
    expect(resolveDelegation(' AU ')).toBe('AU');
    expect(resolveDelegation(' African Union ')).toBe('African Union');
    expect(resolveDelegation('Kenya Mission')).toBe('Kenya Mission');
    // Organizations known by the table are kept by their English name, whatever was typed.
    expect(resolveDelegation('UE')).toBe('European Union');
    expect(resolveDelegation('Union européenne')).toBe('European Union');
  });
});

describe('the chair key in the address', () => {
  it('reads and removes the key, keeping the rest of the hash', () => {
    expect(keyFromHash('#key=abc%2Fdef')).toBe('abc/def');
    expect(keyFromHash('#lang=fr&key=k1')).toBe('k1');
    expect(keyFromHash('#nothing')).toBeUndefined();
    expect(hashWithoutKey('#key=abc')).toBe('');
    expect(hashWithoutKey('#x=1&key=abc&y=2')).toBe('#x=1&y=2');
  });

  it('keeps the key for the tab and takes it out of the address bar', () => {
    const kept = new Map<string, string>();
    const replaced: string[] = [];
    const place = {
      storage: {
        getItem: (k: string) => kept.get(k) ?? null,
        setItem: (k: string, v: string) => void kept.set(k, v),
        removeItem: (k: string) => void kept.delete(k),
      },
      location: { hash: '#key=s3cret', pathname: '/chair/cr4', search: '?lang=fr' },
      history: {
        replaceState: (_d: unknown, _t: string, url?: string | URL | null) =>
          void replaced.push(String(url)),
      },
    };
    expect(takeChairKey('cr4', place)).toBe('s3cret');
    expect(replaced).toEqual(['/chair/cr4?lang=fr']);
    // Later, with no key in the address, the tab's copy is used.
    expect(takeChairKey('cr4', { ...place, location: { ...place.location, hash: '' } })).toBe(
      's3cret',
    );
    expect(takeChairKey('other', { ...place, location: { ...place.location, hash: '' } })).toBe(
      undefined,
    );
  });
});

describe('the export', () => {
  it('writes the import’s columns, so that an export imports again', () => {
    const state = run(makeRoom(), T0, {
      type: 'updateSpeaker',
      speakerId: 's3',
      onBehalfOf: 'the Group of Friends',
      limitMs: 150_000,
    });
    const csv = listCsv(meetingOf(state).speakers);
    expect(csv.split('\r\n').slice(0, 4)).toEqual([
      'delegation,delegation name,speaker,title,on behalf of,category,limit,status',
      'FRA,France,,,,memberState,,waiting',
      'DEU,Germany,,,,memberState,,waiting',
      'GBR,United Kingdom of Great Britain and Northern Ireland,,,the Group of Friends,memberState,2:30,waiting',
    ]);
    const again = readSpeakerList(csv, { existing: [] });
    expect(again.shape).toBe('table');
    expect(again.rows.map((r) => r.speaker)).toEqual(
      meetingOf(state).speakers.map((s) => ({
        delegation: s.delegation,
        category: s.category,
        ...(s.onBehalfOf && { onBehalfOf: s.onBehalfOf }),
        ...(s.limitMs !== null && { limitMs: s.limitMs }),
      })),
    );
  });
});

describe('the import’s one command', () => {
  it.each([
    ['append', {}, { type: 'addSpeakers', speakers: [{ delegation: 'KEN' }] }],
    [
      'append',
      { afterClosure: true },
      { type: 'addSpeakers', speakers: [{ delegation: 'KEN' }], afterClosure: true },
    ],
    [
      'replace',
      { afterClosure: false },
      { type: 'replaceList', speakers: [{ delegation: 'KEN' }] },
    ],
    [
      'replace',
      { afterClosure: true, expectedVersion: 4 },
      {
        type: 'replaceList',
        speakers: [{ delegation: 'KEN' }],
        afterClosure: true,
        expectedVersion: 4,
      },
    ],
  ] as const)('%s, %j', (mode, options, command) => {
    expect(importCommand(mode, [{ delegation: 'KEN' }], options)).toEqual(command);
  });

  it.each([
    ['speakers.17.delegation', 17],
    ['speakers.0', 0],
    ['speakers', undefined],
    ['position', undefined],
    ['speakers.x', undefined],
    [undefined, undefined],
  ])('a refusal at %s names speaker %s', (path, index) => {
    expect(refusedIndex(path)).toBe(index);
  });

  it('weighs a command in UTF-8 bytes, as the hub receives it', () => {
    const plain = commandBytes({ type: 'addSpeakers', speakers: [{ delegation: 'KEN' }] });
    expect(plain).toBe(
      JSON.stringify({ type: 'addSpeakers', speakers: [{ delegation: 'KEN' }] }).length,
    );
    // Three bytes for each of these two characters.
    expect(commandBytes({ type: 'addSpeakers', speakers: [{ delegation: '中国' }] })).toBe(
      plain - 3 + 6,
    );
  });
});

describe('the record', () => {
  const speech: SpeechRecord = {
    id: 'r3',
    speakerId: 's1',
    segmentId: 'seg-1',
    delegation: 'FRA',
    category: 'memberState',
    startedAt: T0 + 5_400,
    endedAt: T0 + 200_000,
    spokenMs: 194_499,
    limitMs: 180_000,
    adjustmentMs: 0,
    overrunMs: 14_499,
    pauses: [],
  };

  it('shows room time, spoken time and overrun to the second', () => {
    expect(recordLines([speech], 'America/New_York', 'en')).toEqual([
      {
        id: 'r3',
        order: 1,
        delegation: 'France',
        started: '10:00:05',
        spoken: '3:14',
        overrun: '+0:14',
      },
    ]);
    expect(recordLines([{ ...speech, overrunMs: 0 }], 'America/New_York', 'fr')[0]).toMatchObject({
      delegation: 'France',
      overrun: '',
    });
  });

  it('takes only an answer shaped like the record', () => {
    expect(speechesIn({ roomId: 'cr4', speeches: [speech] })).toEqual([speech]);
    expect(speechesIn({ speeches: [{ id: 1 }] })).toBeUndefined();
    expect(speechesIn(null)).toBeUndefined();
  });
});

describe('the capacity texts', () => {
  it('says the pace, and nothing to warn about when all fit', () => {
    const state = meetingOf(makeRoom());
    const projection = projectWith(state, { factor: 1.1, changeoverMs: 20_000 }, T0);
    const messages = chairMessages('en');
    expect(paceText(projection, messages, 'en')).toBe(
      'Pace 1.10 × the limits · 20 sec between speakers',
    );
    expect(paceText(projection, chairMessages('fr'), 'fr')).toBe(
      'Rythme 1,10 × les limites · 20\u202fs entre orateurs',
    );
    expect(
      capacityWarning(capacityOf(projection, state.meeting), state.meeting, messages, 'en'),
    ).toBeUndefined();
  });

  it('uses the plural forms of the console’s language', () => {
    const ru = chairMessages('ru');
    expect(plural(ru.notReachedWarning, 1, 'ru', { time: '18:00' })).toBe(
      'При таком темпе 1 оратор не успеет выступить до 18:00.',
    );
    expect(plural(ru.notReachedWarning, 3, 'ru', { time: '18:00' })).toMatch(/3 оратора/);
    expect(plural(ru.notReachedWarning, 7, 'ru', { time: '18:00' })).toMatch(/7 ораторов/);
    expect(plural(chairMessages('en').sittingLine, 1, 'en', { range: 'a–b' })).toBe(
      'a–b: 1 speaker',
    );
  });

  it('counts the speakers of each sitting', () => {
    const state = meetingOf(makeRoom());
    const projection = projectWith(state, { factor: 1, changeoverMs: 15_000 }, T0 + min(170));
    // At 12:50, three speeches of 3:00 with 0:15 between end by 12:59:30; two go to 15:00.
    expect(capacityOf(projection, state.meeting).perSitting).toEqual([3, 2]);
  });
});
