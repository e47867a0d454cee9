// The one CSV field encoder: no field a spreadsheet splits, no text it runs as a formula, and
// the project's own numbers left as numbers.
import { describe, expect, it } from 'vitest';
import { csvLine, csvLines, csvNumber, csvText } from '../../shared/csv-field.ts';

describe('csvText', () => {
  it.each<[string, string, string]>([
    ['a plain text', 'France', 'France'],
    ['empty', '', ''],
    ['a comma', 'Korea, Republic of', '"Korea, Republic of"'],
    ['a semicolon (the separator of Excel in most of Europe)', 'a;b', '"a;b"'],
    ['a tab inside', 'a\tb', '"a\tb"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line feed', 'two\nlines', '"two\nlines"'],
    ['a carriage return', 'two\rlines', '"two\rlines"'],
    ['CRLF', 'two\r\nlines', '"two\r\nlines"'],
    ['a semicolon-split formula', "x;=cmd|' /C calc'!A0", `"x;=cmd|' /C calc'!A0"`],
    ['a formula', '=1+1', "'=1+1"],
    ['a DDE formula', "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['a leading plus', '+1', "'+1"],
    ['a leading minus', '-1+1', "'-1+1"],
    ['a negative number as text', '-5', "'-5"],
    ['a leading at', '@SUM(A1)', "'@SUM(A1)"],
    ['a formula after leading spaces', '  @SUM(A1)', "'  @SUM(A1)"],
    ['a formula after one space', ' =1+1', "' =1+1"],
    ['a leading tab (quoted too)', '\t=1', `"'\t=1"`],
    ['a leading carriage return (quoted too)', '\r=1', `"'\r=1"`],
    ['a formula with a comma', '=SUM(A1,A2)', `"'=SUM(A1,A2)"`],
    ['a formula with a quote', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['an equals sign inside', 'a=b', 'a=b'],
    ['a hyphen inside', 'Guinea-Bissau', 'Guinea-Bissau'],
  ])('%s', (_name, value, expected) => {
    expect(csvText(value)).toBe(expected);
  });

  it('without guarding (a text the console reads back itself), still quoted', () => {
    expect(csvText('=1+1', { guardFormulas: false })).toBe('=1+1');
    expect(csvText('-5', { guardFormulas: false })).toBe('-5');
    expect(csvText('a;b', { guardFormulas: false })).toBe('"a;b"');
  });
});

describe('csvNumber', () => {
  it.each<[string, number, number | undefined, string]>([
    ['a negative number stays a number', -5, undefined, '-5'],
    ['a cut in time, to a tenth', -10, 1, '-10.0'],
    ['a positive number', 180, 1, '180.0'],
    ['an integer', 3, undefined, '3'],
    ['NaN is empty', Number.NaN, 1, ''],
    ['Infinity is empty', Number.POSITIVE_INFINITY, undefined, ''],
  ])('%s', (_name, value, digits, expected) => {
    expect(csvNumber(value, digits)).toBe(expected);
  });
});

describe('lines', () => {
  it('joins fields with commas and ends every line in CRLF', () => {
    const text = csvLines([
      csvLine([csvText('-5'), csvNumber(-5)]),
      csvLine([csvText('a\tb'), csvText('x;y')]),
    ]);
    expect(text).toBe(`'-5,-5\r\n"a\tb","x;y"\r\n`);
  });
});
