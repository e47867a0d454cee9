// POST /api/rooms/:roomId/speakers/import against a real hub on an ephemeral port: a preview
// changes nothing; append and replace are one command (one version, one `changed`, one journal
// entry, one undo step); rows with an issue and speakers who have spoken are not sent; the chair's
// key is checked before the body is read; every refusal is typed.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { SpeakerImportResponse } from '../../shared/protocol.ts';
import {
  createHarness,
  createTestClock,
  postCommand,
  smallSeed,
  sync,
  type RestAnswer,
  type TestHub,
} from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/speaker-lists/${name}`, import.meta.url), 'utf8');

/** tc1 (FRA, GBR, CHN waiting) and tc2, whose key must not open tc1. */
async function startHub(): Promise<TestHub> {
  return harness.startHub({
    clock: createTestClock(),
    seeds: [smallSeed(), { ...smallSeed(), id: 'tc2' }],
  });
}

async function postImport(
  hub: TestHub,
  query: string,
  text: string,
  options: { key?: string | null; type?: string; roomId?: string } = {},
): Promise<RestAnswer> {
  const roomId = options.roomId ?? 'tc1';
  const key = options.key === undefined ? hub.chairKey(roomId) : options.key;
  const headers: Record<string, string> = { 'content-type': options.type ?? 'text/csv' };
  if (key !== null) headers.authorization = `Bearer ${key}`;
  const response = await fetch(`${hub.url}/api/rooms/${roomId}/speakers/import?${query}`, {
    method: 'POST',
    headers,
    body: text,
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const delegations = async (hub: TestHub) => {
  const chair = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
  return (await sync(chair.socket)).speakers.map((s) => `${s.delegation} ${s.status}`);
};

describe('preview', () => {
  it('answers every row as read, with the version, and changes nothing', async () => {
    const hub = await startHub();
    const answer = await postImport(hub, 'mode=preview', fixture('french-list.txt'), {
      type: 'text/plain; charset=utf-8',
    });
    expect(answer.status).toBe(200);
    const body = answer.body as SpeakerImportResponse;
    expect(body).toMatchObject({ ok: true, mode: 'preview', version: 0, sent: 0 });
    expect(body.reading.shape).toBe('lines');
    expect(body.reading.rows[0]).toMatchObject({
      line: 4,
      delegation: 'ZAF',
      delegationKind: 'state',
      onBehalfOf: 'Group of African States',
      speaker: { delegation: 'ZAF', onBehalfOf: 'Group of African States' },
    });
    expect(body.reading.ignoredLines.map((l) => l.text)).toEqual([
      'Conseil économique et social',
      'Liste des orateurs',
    ]);
    expect(hub.hub.engine.state('tc1')?.version).toBe(0);
  });

  it('flags the speakers already on the list', async () => {
    const hub = await startHub();
    const answer = await postImport(hub, 'mode=preview', 'France\nKenya\nUnited Kingdom');
    const rows = (answer.body as SpeakerImportResponse).reading.rows;
    expect(rows.map((r) => [r.delegation, r.duplicate ?? null])).toEqual([
      ['FRA', 'onList'],
      ['KEN', null],
      ['GBR', 'onList'],
    ]);
  });
});

describe('append and replace', () => {
  it('append is one addSpeakers: one version, one journal entry, one undo step', async () => {
    const hub = await startHub();
    const journalBefore = hub.store.journal('tc1').length;
    const answer = await postImport(hub, 'mode=append', fixture('excel-eu.csv'));
    expect(answer.status).toBe(200);
    const body = answer.body as SpeakerImportResponse;
    // Mexico's limit ("tbc") has an issue: the seven others are sent.
    expect(body).toMatchObject({ ok: true, mode: 'append', version: 1, sent: 7 });
    expect(body.reading.rows.filter((r) => !r.speaker).map((r) => r.line)).toEqual([8]);
    const journal = hub.store.journal('tc1');
    expect(journal).toHaveLength(journalBefore + 1);
    expect(journal.at(-1)).toMatchObject({ type: 'addSpeakers', origin: 'rest', version: 1 });
    expect(await delegations(hub)).toEqual([
      'FRA waiting',
      'GBR waiting',
      'CHN waiting',
      'CHE waiting',
      'CZE waiting',
      'TUR waiting',
      'CIV waiting',
      'DEU waiting',
      'CHE waiting',
      'Global Centre for the Responsibility to Protect waiting',
    ]);
    const undo = await postCommand(hub, 'tc1', { type: 'undo' }, { key: hub.chairKey('tc1') });
    expect(undo).toMatchObject({ status: 200, body: { ok: true, version: 2 } });
    expect(await delegations(hub)).toEqual(['FRA waiting', 'GBR waiting', 'CHN waiting']);
  });

  it('replace keeps who has spoken and whoever has the floor, and leaves out who spoke unless asked', async () => {
    const hub = await startHub();
    const key = hub.chairKey('tc1');
    await postCommand(hub, 'tc1', { type: 'nextSpeaker', start: true }, { key });
    // The project's own export: FRA, DEU and GBR have spoken there; three still to speak.
    const answer = await postImport(hub, 'mode=replace', fixture('list-export.csv'));
    expect(answer).toMatchObject({ status: 200, body: { mode: 'replace', version: 2, sent: 3 } });
    expect(hub.store.journal('tc1').at(-1)).toMatchObject({ type: 'replaceList' });
    expect(await delegations(hub)).toEqual([
      'FRA speaking',
      'European Union waiting',
      'KEN waiting',
      'Global Centre for R2P waiting',
    ]);
    // Asked for, they come back as waiting; FRA, who has the floor here, is flagged as on the list.
    const again = await postImport(hub, 'mode=replace&includeSpoken=1', fixture('list-export.csv'));
    const body = again.body as SpeakerImportResponse;
    expect(body).toMatchObject({ version: 3, sent: 6 });
    expect(body.reading.rows[0]).toMatchObject({ delegation: 'FRA', duplicate: 'onList' });
    expect(await delegations(hub)).toEqual([
      'FRA speaking',
      'FRA waiting',
      'DEU waiting',
      'GBR waiting',
      'European Union waiting',
      'KEN waiting',
      'Global Centre for R2P waiting',
    ]);
  });

  it('a closed list takes the rows only with afterClosure=1', async () => {
    const hub = await startHub();
    await postCommand(hub, 'tc1', { type: 'closeList' }, { key: hub.chairKey('tc1') });
    expect(await postImport(hub, 'mode=append', 'Kenya')).toMatchObject({
      status: 400,
      body: { ok: false, error: { code: 'listClosed' } },
    });
    expect(await postImport(hub, 'mode=append&afterClosure=1', 'Kenya')).toMatchObject({
      status: 200,
      body: { sent: 1, version: 2 },
    });
  });

  it('a stale expectedVersion is a conflict with the current state; nothing changes', async () => {
    const hub = await startHub();
    await postCommand(hub, 'tc1', { type: 'closeList' }, { key: hub.chairKey('tc1') });
    const answer = await postImport(hub, 'mode=append&afterClosure=1&expectedVersion=0', 'Kenya');
    expect(answer).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    expect((answer.body as { state?: { version: number } }).state?.version).toBe(1);
    expect(hub.hub.engine.state('tc1')?.version).toBe(1);
  });
});

describe('refusals', () => {
  it.each([
    ['no mode', '', 'Kenya', 400, 'invalidRequest'],
    ['an unknown mode', 'mode=merge', 'Kenya', 400, 'invalidRequest'],
    ['a bad expectedVersion', 'mode=append&expectedVersion=x', 'Kenya', 400, 'invalidRequest'],
    ['no speaker in the text', 'mode=append', '\n\n', 400, 'nothingToImport'],
    [
      'no row that can be sent',
      'mode=replace',
      'delegation;category\nAU;\nKenya;nonsense',
      400,
      'nothingToImport',
    ],
    [
      'only speakers who have spoken',
      'mode=append',
      'delegation,status\nKEN,spoken',
      400,
      'nothingToImport',
    ],
  ])('%s', async (_what, query, text, status, code) => {
    const hub = await startHub();
    expect(await postImport(hub, query, text)).toMatchObject({
      status,
      body: { ok: false, error: { code } },
    });
    expect(hub.hub.engine.state('tc1')?.version).toBe(0);
  });

  it('applies no text longer than 2000 lines; a preview says how much it left unread', async () => {
    const hub = await startHub();
    const text = Array.from({ length: 2005 }, (_, i) => `Org ${i}`).join('\n');
    const preview = await postImport(hub, 'mode=preview', text);
    expect((preview.body as SpeakerImportResponse).reading.unreadLines).toBe(5);
    expect(await postImport(hub, 'mode=append', text)).toMatchObject({
      status: 413,
      body: { ok: false, error: { code: 'payloadTooLarge' } },
    });
    expect(hub.hub.engine.state('tc1')?.version).toBe(0);
  });

  it('takes only text/csv and text/plain', async () => {
    const hub = await startHub();
    expect(
      await postImport(hub, 'mode=append', '{"speakers":[]}', { type: 'application/json' }),
    ).toMatchObject({ status: 415, body: { error: { code: 'invalidRequest' } } });
  });

  it('checks the key before it reads the body, however large', async () => {
    const hub = await startHub();
    const huge = 'Kenya\n'.repeat(100_000);
    expect(await postImport(hub, 'mode=append', huge, { key: null })).toMatchObject({
      status: 401,
      body: { error: { code: 'unauthorized' } },
    });
    expect(
      await postImport(hub, 'mode=append', 'Kenya', { key: hub.chairKey('tc2') }),
    ).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await postImport(hub, 'mode=append', huge)).toMatchObject({
      status: 413,
      body: { error: { code: 'payloadTooLarge' } },
    });
    expect(hub.hub.engine.state('tc1')?.version).toBe(0);
  });

  it('refuses an unknown room', async () => {
    const hub = await startHub();
    const answer = await postImport(hub, 'mode=preview', 'Kenya', {
      roomId: 'nowhere',
      key: hub.chairKey('tc1'),
    });
    expect(answer).toMatchObject({ status: 404, body: { error: { code: 'unknownRoom' } } });
  });
});

describe('the bytes of a file', () => {
  /** A POST of raw bytes, as a browser or curl sends a file. */
  async function postBytes(
    hub: TestHub,
    bytes: Uint8Array<ArrayBuffer>,
    headers: Record<string, string>,
  ) {
    const response = await fetch(`${hub.url}/api/rooms/tc1/speakers/import?mode=preview`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.chairKey('tc1')}`, ...headers },
      body: new Blob([bytes]),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  it('reads a European Excel CSV saved in Windows-1252, with or without the charset named', async () => {
    const hub = await startHub();
    // "Pays;Orateur / Côte d’Ivoire;M. Léon / République de Corée;" as Excel's "CSV (semicolon)".
    const bytes = Uint8Array.from(
      Buffer.from(
        'Pays;Orateur\nC\xf4te d\x92Ivoire;M. L\xe9on\nR\xe9publique de Cor\xe9e;\n',
        'latin1',
      ),
    );
    for (const type of ['text/csv', 'text/csv; charset=windows-1252']) {
      const answer = await postBytes(hub, bytes, { 'content-type': type });
      expect(answer.status).toBe(200);
      const rows = (answer.body as SpeakerImportResponse).reading.rows;
      expect(rows.map((r) => [r.delegation, r.speakerName ?? '', r.issues.length])).toEqual([
        ['CIV', 'M. Léon', 0],
        ['KOR', '', 0],
      ]);
    }
  });

  it('refuses a compressed body: its size would not be what the rate limit counted', async () => {
    const hub = await startHub();
    const answer = await postBytes(hub, new Uint8Array(gzipSync(Buffer.from('Country\nKenya\n'))), {
      'content-type': 'text/csv',
      'content-encoding': 'gzip',
    });
    expect(answer.status).toBe(415);
    expect(await delegations(hub)).toEqual(['FRA waiting', 'GBR waiting', 'CHN waiting']);
  });

  it('leaves out a line too long to be a row, and says so', async () => {
    const hub = await startHub();
    const wide = `${Array.from({ length: 5000 }, () => 'x').join(',')}\nKenya\n`;
    const answer = await postImport(hub, 'mode=preview', wide);
    expect(answer.status).toBe(200);
    const reading = (answer.body as SpeakerImportResponse).reading;
    expect(reading.unreadLines).toBe(1);
    expect(reading.rows.map((r) => r.delegation)).toEqual(['KEN']);
  });
});
