// The import over a corpus of lists as people really have them (tests/fixtures/speaker-lists/):
// pasted from Word, copied out of a PDF, a European Excel's CSV, a spreadsheet's cells, the
// project's own list and record exports, a list in French and one in Arabic. Each file pins what
// every row reads as, so that a change to the parser that reads one of them differently fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Every language's names, as the hub and the console load them: the French and Arabic lists need them.
import '../../../shared/delegations/all-names.ts';
import { speakerEntrySchema } from '../../../shared/domain/commands.ts';
import {
  readSpeakerList,
  type ImportOptions,
  type SpeakerListReading,
} from '../../../shared/import/read-speaker-list.ts';
import { summary } from './summary.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/speaker-lists/${name}`, import.meta.url), 'utf8');

interface Case {
  file: string;
  options?: Partial<ImportOptions>;
  shape: SpeakerListReading['shape'];
  /** heading → column ('-' for ignored); omitted for a list of lines. */
  columns?: string[];
  ignored?: string[];
  rows: string[];
}

const CASES: Case[] = [
  {
    file: 'word-paste.txt',
    shape: 'lines',
    ignored: [
      '1 Human Rights Council – Fifty-eighth session',
      '2 Item 4: General debate',
      '3 List of speakers (as at 3 March, 18:00)',
    ],
    rows: [
      '5 POL for European Union',
      '6 PAK for Organisation of Islamic Cooperation',
      '7 CIV for Group of African States',
      '8 NLD / H.E. Mr. Paul Bekkers , Permanent Representative',
      '10 GBR',
      '11 USA',
      '12 RUS',
      '13 IRN',
      '14 SYR',
      '15 VNM',
      '16 TUR',
      '17 PSE',
      '18 VAT',
      '19 BOL',
      '20 AU !ambiguousDelegation(AUS|African Union) (not sent)',
      '21 NLD [inFile]',
      '22 International Committee of the Red Cross',
      '23 UN Watch',
    ],
  },
  {
    file: 'pdf-copy.txt',
    shape: 'lines',
    ignored: ['1 LIST OF SPEAKERS', '2 High-level segment', '18 GE.25-03164', '19 2'],
    rows: [
      '3 GBR',
      '5 VEN for Group of 77 and China',
      '8 LAO',
      '10 COD',
      '13 VCT',
      '14 FSM',
      '16 International Federation of Red Cross and Red Crescent Societies',
      '20 BIH',
      '21 CZE',
      '22 CIV',
    ],
  },
  {
    file: 'excel-eu.csv',
    options: { existing: [{ delegation: 'CHE', status: 'waiting' }] },
    shape: 'table',
    columns: [
      'Country delegation',
      'Name speakerName',
      'Function title',
      'On behalf of onBehalfOf',
      'Speaking time limit',
      'Remarks -',
    ],
    ignored: ['1 Informal interactive dialogue on the responsibility to protect'],
    rows: [
      '3 CHE / Ms. Anna Keller , Ambassador 180s [onList]',
      "4 CZE for Group of Friends of R2P / Mr. Jan Novák , Deputy Permanent Representative; Chargé d'affaires 240s",
      '5 TUR 180s',
      '6 CIV 150s',
      '7 DEU 180s',
      '8 MEX !invalidLimit (not sent)',
      '9 CHE [onList]',
      '10 Global Centre for the Responsibility to Protect / Mr. Savita Pawnday , Executive Director 120s',
    ],
  },
  {
    file: 'tab-paste.tsv',
    shape: 'table',
    columns: [' delegation', ' speakerName', ' title', ' onBehalfOf', ' category', ' limit'],
    rows: [
      '1 KEN / Jane Doe , Permanent Representative 150s',
      '2 GBR 150s',
      '3 European Union',
      '4 VAT',
      '5 International Organization for Migration',
      '6 MEX !unknownCategory (not sent)',
      '7 BRA !invalidLimit (not sent)',
      '8 CHL 5s !limitOutOfRange (not sent)',
    ],
  },
  {
    file: 'french-list.txt',
    shape: 'lines',
    ignored: ['1 Conseil économique et social', '2 Liste des orateurs'],
    rows: [
      '4 ZAF for Group of African States',
      '5 CUB for Group of 77 and China',
      '6 European Union',
      '7 NLD',
      '8 GBR',
      '9 DEU / M. Hans Müller , Représentant permanent',
      '11 KOR',
      '12 VAT',
      '13 PSE',
      '14 RUS',
      '15 CIV',
      '16 DZA for African Union',
    ],
  },
  {
    file: 'arabic-list.txt',
    shape: 'lines',
    ignored: ['1 قائمة المتكلمين'],
    rows: [
      '3 SAU',
      '4 EGY for Group of Arab States',
      '5 ARE',
      '6 PSE',
      '7 SYR',
      '8 IRQ for Group of 77 and China',
      '9 European Union',
      '10 VAT',
      // Egypt for itself after speaking for the Arab Group: another statement, not a duplicate.
      '11 EGY',
    ],
  },
  {
    file: 'list-export.csv',
    shape: 'table',
    columns: [
      'delegation delegation',
      'delegation name -',
      'speaker speakerName',
      'title title',
      'on behalf of onBehalfOf',
      'category category',
      'limit limit',
      'status status',
    ],
    rows: [
      '2 FRA / Jean Dupont [spoken] (not sent)',
      '3 DEU , Permanent Representative [spoken] (not sent)',
      '4 GBR for Group of Western European and other States [spoken] (not sent)',
      '5 European Union 300s',
      '6 KEN for Group of African States',
      '7 Global Centre for R2P civilSociety',
    ],
  },
  {
    file: 'list-export.csv',
    options: { includeSpoken: true, existing: [{ delegation: 'FRA', status: 'spoken' }] },
    shape: 'table',
    rows: [
      '2 FRA / Jean Dupont [onList] [spoken]',
      '3 DEU , Permanent Representative [spoken]',
      '4 GBR for Group of Western European and other States [spoken]',
      '5 European Union 300s',
      '6 KEN for Group of African States',
      '7 Global Centre for R2P civilSociety',
    ],
  },
  {
    file: 'speeches.csv',
    shape: 'table',
    columns: [
      'order -',
      'delegation delegation',
      'delegation_name -',
      'speaker speakerName',
      'on_behalf_of onBehalfOf',
      'category category',
      'started_utc started',
      'started_local -',
      'ended_local -',
      'spoken_s -',
      'limit_s limit',
      'adjustment_s -',
      'overrun_s -',
      'pauses -',
    ],
    rows: ['2 FRA / Jean Dupont 180s [spoken] (not sent)', '3 DEU 180s [spoken] (not sent)'],
  },
  {
    file: 'speeches.csv',
    options: { includeSpoken: true },
    shape: 'table',
    rows: ['2 FRA / Jean Dupont 180s [spoken]', '3 DEU 180s [spoken]'],
  },
];

describe('the corpus of real lists', () => {
  it.each(CASES.map((c) => [c.file + (c.options ? ` ${JSON.stringify(c.options)}` : ''), c]))(
    '%s',
    (_name, c) => {
      const reading = readSpeakerList(fixture(c.file), { existing: [], ...c.options });
      expect(reading.shape).toBe(c.shape);
      if (c.columns) {
        expect(reading.columns.map((col) => `${col.heading} ${col.column ?? '-'}`)).toEqual(
          c.columns,
        );
      }
      expect(reading.ignoredLines.map((l) => `${l.line} ${l.text}`)).toEqual(c.ignored ?? []);
      expect(reading.rows.map(summary)).toEqual(c.rows);
      // What append/replace would send is what the hub's schema accepts, unchanged.
      for (const row of reading.rows) {
        if (row.speaker) expect(speakerEntrySchema.parse(row.speaker)).toEqual(row.speaker);
      }
    },
  );
});
