// The record as CSV: every text through the shared encoder, every number left a number.
import { describe, expect, it } from 'vitest';
import type { SpeechRecord } from '../../shared/domain/types.ts';
import { speechesCsv } from '../../server/http/speeches-csv.ts';
import { MEETING_START } from './harness.ts';

function speech(fields: Partial<SpeechRecord>): SpeechRecord {
  return {
    id: 'r1',
    speakerId: 's1',
    segmentId: 'seg-1',
    delegation: 'FRA',
    category: 'memberState',
    startedAt: MEETING_START,
    endedAt: MEETING_START + 65_000,
    spokenMs: 65_000,
    limitMs: 180_000,
    adjustmentMs: -10_000,
    overrunMs: 0,
    pauses: [],
    ...fields,
  };
}

const rowsOf = (csv: string) => csv.split('\r\n').slice(1, -1);

describe('speechesCsv', () => {
  it('quotes a semicolon-split formula and defuses formulas, leading spaces or not', () => {
    const csv = speechesCsv(
      [
        speech({
          delegation: "x;=cmd|' /C calc'!A0",
          speakerName: '  @SUM(A1)',
          onBehalfOf: '-5',
        }),
      ],
      'America/New_York',
    );
    expect(rowsOf(csv)).toEqual([
      `1,"x;=cmd|' /C calc'!A0","x;=cmd|' /C calc'!A0",'  @SUM(A1),'-5,memberState,` +
        '2017-09-06T14:00:00.000Z,2017-09-06 10:00:00,2017-09-06 10:01:05,65.0,180.0,-10.0,0.0,0',
    ]);
  });

  it('a name with a tab or a line break stays in its cell', () => {
    const csv = speechesCsv([speech({ speakerName: 'a\tb', onBehalfOf: 'two\nlines' })], 'UTC');
    expect(csv).toContain(',"a\tb","two\nlines",');
  });

  it('an instant no date can hold leaves its cells empty instead of stopping the export', () => {
    const csv = speechesCsv([speech({ startedAt: 8.64e15 + 1 })], 'UTC');
    expect(rowsOf(csv)[0]).toContain(',memberState,,');
  });
});
