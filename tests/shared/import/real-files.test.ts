// What an outside probe of the import found in the files people really have: Excel's European CSV
// in Windows-1252 and its "Unicode text" in UTF-16, and States written as the ISO list inverts
// them ("Congo, Democratic Republic of the"), in a plain paste or under a heading.
import { describe, expect, it } from 'vitest';
import '../../../shared/delegations/all-names.ts';
import { resolveName } from '../../../shared/delegations/find-delegation.ts';
import { decodeListBytes } from '../../../shared/import/decode-text.ts';
import { readSpeakerList } from '../../../shared/import/read-speaker-list.ts';

const bytes = (text: string, encoding: BufferEncoding) =>
  Uint8Array.from(Buffer.from(text, encoding));

describe('the bytes of a file', () => {
  it.each([
    [
      'UTF-8 with a byte-order mark',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('Côte d’Ivoire', 'utf8')]),
    ],
    ['UTF-8 without one', bytes('Côte d’Ivoire', 'utf8')],
    [
      'UTF-16 (Excel’s Unicode text)',
      Uint8Array.from([0xff, 0xfe, ...bytes('Côte d’Ivoire', 'utf16le')]),
    ],
    // Windows-1252: ô is F4, the typographic apostrophe 92.
    [
      'Windows-1252 (Excel’s CSV on a European machine)',
      Uint8Array.from([0x43, 0xf4, 0x74, 0x65, 0x20, 0x64, 0x92, ...bytes('Ivoire', 'latin1')]),
    ],
  ])('%s', (_, file) => {
    expect(decodeListBytes(file)).toBe('Côte d’Ivoire');
  });

  it('takes the charset the sender names, and reads on if it names none it knows', () => {
    expect(decodeListBytes(bytes('Léon', 'latin1'), 'iso-8859-1')).toBe('Léon');
    expect(decodeListBytes(bytes('Léon', 'utf8'), 'no-such-charset')).toBe('Léon');
  });
});

describe('names the ISO list inverts', () => {
  it.each([
    ['Congo, Democratic Republic of the', 'COD'],
    ['Korea, Republic of', 'KOR'],
    ["Korea, Democratic People's Republic of", 'PRK'],
    ['Iran, Islamic Republic of', 'IRN'],
    ['Tanzania, United Republic of', 'TZA'],
    ['Moldova, Republic of', 'MDA'],
    ['Palestine, State of', 'PSE'],
    ['Micronesia, Federated States of', 'FSM'],
    ['Netherlands, Kingdom of the', 'NLD'],
  ])('%s is %s', (text, code) => {
    expect(resolveName(text)).toEqual({
      kind: 'found',
      match: expect.objectContaining({ value: code }) as unknown,
    });
  });

  it('a paste of them is a list of names, not two cells each, and no line swallows the next', () => {
    const names = (text: string) =>
      readSpeakerList(text, { existing: [] }).rows.map((r) => [r.delegation, r.speakerName ?? '']);
    expect(
      names('Congo, Democratic Republic of the\nIran, Islamic Republic of\nBolivia\n'),
    ).toEqual([
      ['COD', ''],
      ['IRN', ''],
      ['BOL', ''],
    ]);
    expect(names('Kenya\nIran, Islamic Republic of\nKorea, Republic of\nBolivia\n')).toEqual([
      ['KEN', ''],
      ['IRN', ''],
      ['KOR', ''],
      ['BOL', ''],
    ]);
    // A delegation and its speaker, by commas, is still a table.
    expect(names('Kenya, Jane Doe\nGhana, John Roe\n')).toEqual([
      ['KEN', 'Jane Doe'],
      ['GHA', 'John Roe'],
    ]);
  });

  it('under a heading, in quoted cells', () => {
    const reading = readSpeakerList(
      'Country,Speaker\n"Palestine, State of",A. Person\n"Moldova, Republic of",\n',
      { existing: [] },
    );
    expect(reading.rows.map((r) => r.delegation)).toEqual(['PSE', 'MDA']);
  });
});
