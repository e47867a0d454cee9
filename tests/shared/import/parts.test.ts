// The import's parts, each over a table of cases: "on behalf of" in six languages, headings in six
// languages, list markers and broken lines, delimiters, categories and limits as lists write them.
import { describe, expect, it } from 'vitest';
// The names in all six languages: "Groupe des 77 et de la Chine" and "مجموعة الـ 77 والصين" are in them.
import '../../../shared/delegations/all-names.ts';
import { readCategory } from '../../../shared/import/categories.ts';
import { namesDelegation, readName } from '../../../shared/import/delegation-text.ts';
import { detectDelimiter, parseDelimited } from '../../../shared/import/delimited.ts';
import { columnOfHeading, readHeadings } from '../../../shared/import/headers.ts';
import { isMarkedList, readListLines } from '../../../shared/import/list-lines.ts';
import { splitOnBehalf, withoutPhrase } from '../../../shared/import/on-behalf.ts';
import { readSpeakerList } from '../../../shared/import/read-speaker-list.ts';

describe('on behalf of, in six languages', () => {
  const cases: [string, string, string | undefined][] = [
    ['Kenya on behalf of the Group of African States', 'Kenya', 'the Group of African States'],
    ['Kenya (on behalf of the African Group)', 'Kenya', 'the African Group'],
    ['Kenya, on behalf of the African Group', 'Kenya', 'the African Group'],
    ['Kenya, speaking on behalf of the African Group', 'Kenya', 'the African Group'],
    ['Kenya – on behalf of the African Group', 'Kenya', 'the African Group'],
    ['Iran (Islamic Republic of), on behalf of NAM', 'Iran (Islamic Republic of)', 'NAM'],
    ['Afrique du Sud, au nom du Groupe africain', 'Afrique du Sud', 'Groupe africain'],
    ['Cuba au nom du Groupe des 77 et de la Chine', 'Cuba', 'Groupe des 77 et de la Chine'],
    ['Algérie au nom de l’Union africaine', 'Algérie', 'Union africaine'],
    ['Mali (au nom de la CEDEAO)', 'Mali', 'CEDEAO'],
    ['Suède au nom des pays nordiques', 'Suède', 'pays nordiques'],
    ['México, en nombre del Grupo de los 77 y China', 'México', 'Grupo de los 77 y China'],
    ['Chile en nombre de la Unión Europea', 'Chile', 'Unión Europea'],
    [
      'Российская Федерация от имени Группы 77 и Китая',
      'Российская Федерация',
      'Группы 77 и Китая',
    ],
    ['مصر باسم المجموعة العربية', 'مصر', 'المجموعة العربية'],
    ['العراق بالنيابة عن مجموعة الـ 77 والصين', 'العراق', 'مجموعة الـ 77 والصين'],
    ['肯尼亚代表非洲国家集团发言', '肯尼亚', '非洲国家集团'],
    ['肯尼亚（代表非洲国家集团发言）', '肯尼亚', '非洲国家集团'],
    // Not the phrase: a delegation (代表团), a name that holds the letters, nothing after it.
    ['肯尼亚代表团', '肯尼亚代表团', undefined],
    ['Behalfland', 'Behalfland', undefined],
    ['Kenya on behalf of', 'Kenya on behalf of', undefined],
  ];
  it.each(cases)('%s', (text, delegation, onBehalfOf) => {
    expect(splitOnBehalf(text)).toEqual({ delegation, ...(onBehalfOf && { onBehalfOf }) });
  });

  it('takes the phrase off a cell of an "on behalf of" column', () => {
    expect(withoutPhrase('on behalf of the European Union')).toBe('the European Union');
    expect(withoutPhrase('au nom du Groupe africain')).toBe('Groupe africain');
    expect(withoutPhrase(' the Group of Friends ')).toBe('the Group of Friends');
  });

  it.each([
    ['the European Union', 'European Union'],
    ['Groupe des 77 et de la Chine', 'Group of 77 and China'],
    ['Grupo de los 77 y China', 'Group of 77 and China'],
    ['Группы 77 и Китая', 'Group of 77 and China'],
    ['مجموعة الـ 77 والصين', 'Group of 77 and China'],
    ['77国集团和中国', 'Group of 77 and China'],
    ['la Unión Europea', 'European Union'],
    ['the Netherlands', 'NLD'],
    ['Union africaine', 'African Union'],
  ])('resolves %s as %s', (text, value) => {
    expect(readName(text)).toMatchObject({ value });
  });

  it('keeps what no delegation answers to as written, and names the candidates of an ambiguous text', () => {
    expect(readName(' the Group of Friends of R2P ')).toEqual({
      kind: 'unknown',
      value: 'the Group of Friends of R2P',
    });
    expect(readName('AU')).toEqual({
      kind: 'ambiguous',
      value: 'AU',
      candidates: ['AUS', 'African Union'],
    });
  });
});

describe('headings in six languages', () => {
  it.each([
    ['Delegation', 'delegation'],
    ['COUNTRY', 'country'],
    ['Member State', 'delegation'],
    ['Délégation', 'delegation'],
    ['Pays', 'delegation'],
    ['Delegación', 'delegation'],
    ['País', 'delegation'],
    ['Делегация', 'delegation'],
    ['Страна', 'delegation'],
    ['الوفد', 'delegation'],
    ['البلد', 'delegation'],
    ['代表团', 'delegation'],
    ['国家', 'delegation'],
    ['Representative', 'speakerName'],
    ['Speaker’s name', 'speakerName'],
    ['Représentant', 'speakerName'],
    ['Orador', 'speakerName'],
    ['Оратор', 'speakerName'],
    ['المتكلم', 'speakerName'],
    ['发言人', 'speakerName'],
    ['Title', 'title'],
    ['Titre', 'title'],
    ['Título', 'title'],
    ['Должность', 'title'],
    ['اللقب', 'title'],
    ['职务', 'title'],
    ['On behalf of', 'onBehalfOf'],
    ['Au nom de', 'onBehalfOf'],
    ['En nombre de', 'onBehalfOf'],
    ['От имени', 'onBehalfOf'],
    ['باسم', 'onBehalfOf'],
    ['Category', 'category'],
    ['Catégorie', 'category'],
    ['Speaking time', 'limit'],
    ['Temps de parole', 'limit'],
    ['Регламент', 'limit'],
    ['发言时间', 'limit'],
    ['status', 'status'],
    ['started_utc', 'started'],
  ])('%s', (heading, column) => {
    expect(columnOfHeading(heading)).toBe(column === 'country' ? 'delegation' : column);
  });

  it('shows an unknown column and a column named twice as ignored', () => {
    expect(readHeadings(['Country', 'Remarks', 'Name', 'Pays'])).toEqual([
      'delegation',
      null,
      'speakerName',
      null,
    ]);
  });

  it('does not take a row of speakers for headings', () => {
    // "member state" is a heading, and the category of this speaker.
    expect(readHeadings(['gbr', '', '', '', 'member state', '150'])).toBeUndefined();
    expect(readHeadings(['Remarks', 'Notes'])).toBeUndefined();
  });
});

describe('lists pasted from Word or a PDF', () => {
  const knows = namesDelegation;
  const items = (text: string) =>
    readListLines(text.split('\n'), knows).items.map((i) => `${i.line} ${i.cells.join(' | ')}`);

  it.each([
    ['1.\tNetherlands\n2.\tKenya', ['1 Netherlands', '2 Kenya']],
    ['1) Netherlands\n2) Kenya', ['1 Netherlands', '2 Kenya']],
    ['(1) Netherlands\n(2) Kenya', ['1 Netherlands', '2 Kenya']],
    ['• Netherlands\n• Kenya', ['1 Netherlands', '2 Kenya']],
    ['·\tNetherlands\n·\tKenya', ['1 Netherlands', '2 Kenya']],
    ['o\tNetherlands\n§\tKenya', ['1 Netherlands', '2 Kenya']],
    ['- Netherlands\n– Kenya', ['1 Netherlands', '2 Kenya']],
    ['a) Netherlands\nb) Kenya', ['1 Netherlands', '2 Kenya']],
    ['١. مصر\n٢. العراق', ['1 مصر', '2 العراق']],
    ['12\tNetherlands\n13\tKenya', ['1 Netherlands', '2 Kenya']],
  ])('reads the marker of %j', (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it.each([
    [
      'a name broken before a joining word',
      '1. Saint Vincent and the\nGrenadines',
      ['1 Saint Vincent and the Grenadines'],
    ],
    [
      'a name broken before lower case',
      '1. United Kingdom of Great Britain\nand Northern Ireland',
      ['1 United Kingdom of Great Britain and Northern Ireland'],
    ],
    [
      'an open parenthesis',
      '1. Venezuela (Bolivarian\nRepublic of)',
      ['1 Venezuela (Bolivarian Republic of)'],
    ],
    ['a hyphenated word', '1. Bosnia and Herze-\ngovina', ['1 Bosnia and Herzegovina']],
    [
      'a name only whole on two lines',
      '1. Lao People’s Democratic\nRepublic',
      ['1 Lao People’s Democratic Republic'],
    ],
    ['a marker alone on its line', '1.\nKenya\n2.\nGhana', ['2 Kenya', '4 Ghana']],
    [
      'the speaker on the next line',
      '1. Kenya\n   H.E. Ms. Jane Doe, Permanent Representative',
      ['1 Kenya | H.E. Ms. Jane Doe | Permanent Representative'],
    ],
    ['a tab after the name', '1.\tKenya\tJane Doe', ['1 Kenya | Jane Doe']],
    ['a spaced dash after the name', '1. Kenya – Jane Doe', ['1 Kenya | Jane Doe']],
    ['a plain list', 'Kenya\nGhana\nPeru', ['1 Kenya', '2 Ghana', '3 Peru']],
    ['a plain list in lower case', 'kenya\nghana', ['1 kenya', '2 ghana']],
    [
      'a plain list of bodies it does not know, in lower case',
      'ngo watch\nun women\nrights forum',
      ['1 ngo watch', '2 un women', '3 rights forum'],
    ],
    [
      'a plain list with a broken name',
      'Kenya\nVenezuela (Bolivarian\nRepublic of)\nPeru',
      ['1 Kenya', '2 Venezuela (Bolivarian Republic of)', '4 Peru'],
    ],
    [
      '"on behalf of" on the next line',
      'Kenya\n(on behalf of the African Group)',
      ['1 Kenya (on behalf of the African Group)'],
    ],
  ])('joins %s', (_what, text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it('sets aside a title before the list, page numbers and a job number, and says so', () => {
    const read = readListLines(
      'List of speakers\n1. Kenya\n2\nPage 2 of 3\n- 3 -\nGE.25-01234\n2. Ghana'.split('\n'),
      knows,
    );
    expect(read.items.map((i) => i.cells[0])).toEqual(['Kenya', 'Ghana']);
    expect(read.ignored).toEqual([
      { line: 1, text: 'List of speakers' },
      { line: 3, text: '2' },
      { line: 4, text: 'Page 2 of 3' },
      { line: 5, text: '- 3 -' },
      { line: 6, text: 'GE.25-01234' },
    ]);
  });

  it('joins no more than a name can hold', () => {
    const lines = Array.from({ length: 50 }, () => 'Bosnia and');
    const read = readListLines(lines, knows);
    expect(Math.max(...read.items.map((i) => (i.cells[0] ?? '').length))).toBeLessThanOrEqual(200);
  });

  it('tells a numbered list from plain lines', () => {
    expect(isMarkedList(['Title', '1. Kenya', '2. Ghana'])).toBe(true);
    expect(isMarkedList(['Kenya', 'Ghana'])).toBe(false);
  });
});

describe('delimited text', () => {
  it('detects tabs, semicolons and commas, not counting quoted ones', () => {
    expect(detectDelimiter('a\tb,c')).toBe('\t');
    expect(detectDelimiter('a;b;c,d')).toBe(';');
    expect(detectDelimiter('a,b')).toBe(',');
    expect(detectDelimiter('"a;b;c",d')).toBe(',');
    expect(detectDelimiter('\n\na;b')).toBe(';');
  });

  it('reads quotes, doubled quotes, line breaks in quotes, CRLF and a BOM', () => {
    expect(parseDelimited('\uFEFFa,"b, c","say ""hi"""\r\n"two\nlines",,x\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['two\nlines', '', 'x'],
    ]);
  });
});

describe('categories and limits as lists write them', () => {
  it.each([
    ['memberState', 'memberState'],
    ['Member State', 'memberState'],
    ['État Membre', 'memberState'],
    ['Государство-член', 'memberState'],
    ['observer', 'observer'],
    ['دولة مراقبة', 'observer'],
    ['NGO', 'civilSociety'],
    ['Société civile', 'civilSociety'],
    ['民间社会', 'civilSociety'],
    ['UN system', 'unSystem'],
    ['Organización intergubernamental', 'intergovernmental'],
    ['', ''],
    ['ambassador', undefined],
  ])('category %j', (text, category) => {
    expect(readCategory(text)).toBe(category);
  });

  const limitOf = (cell: string) =>
    readSpeakerList(`delegation;limit\nKenya;${cell}`, { existing: [] }).rows[0];
  it.each([
    ['3:00', 180_000],
    ['180', 180_000],
    ['180.0', 180_000],
    ['3 min', 180_000],
    ['5 minutes', 300_000],
    ['3 мин', 180_000],
    ['3 دقائق', 180_000],
    ['3分钟', 180_000],
  ])('limit %j', (cell, limitMs) => {
    expect(limitOf(cell)).toMatchObject({ limitMs, speaker: { limitMs } });
  });
  it.each([
    ['tbc', 'invalidLimit'],
    ['3:75', 'invalidLimit'],
    ['5', 'limitOutOfRange'],
    ['2:00:00', 'invalidLimit'],
  ])('limit %j is refused', (cell, code) => {
    expect(limitOf(cell)?.issues.map((i) => i.code)).toEqual([code]);
    expect(limitOf(cell)?.speaker).toBeUndefined();
  });
});
