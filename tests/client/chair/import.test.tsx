// @vitest-environment jsdom
// Importing an established list: a preview in which every row says what is wrong with it (by
// the hub's own rules), nothing sent until the chair confirms, then one addSpeaker per row in
// order, stopping at the first refusal and naming the row.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRoom, renderConsole, run, settle, T0 } from './chair-harness.tsx';

afterEach(cleanup);

/** Opens the import panel (loaded lazily) and pastes `text`. */
async function paste(text: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Import…' }));
  const area = await screen.findByLabelText('Rows to import');
  fireEvent.change(area, { target: { value: text } });
  return area;
}

/** The preview's rows: each cell's text. */
function previewRows(): string[][] {
  const table = document.querySelector('.chair-import table');
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()),
  );
}

/** Clicks, then lets the console send and hear back, inside act. */
async function clickAndSettle(element: HTMLElement) {
  fireEvent.click(element);
  await settle();
}

/** The problem column of each preview row. */
const problems = () => previewRows().map((cells) => cells[cells.length - 1]);

const confirmButton = () => screen.getByRole('button', { name: /^Add \d+ speakers? to the list$/ });

describe('the preview', () => {
  it('reads pasted spreadsheet rows (tabs) without a header, names States in full', async () => {
    renderConsole(makeRoom());
    await paste(
      [
        'Kenya\tJane Doe\tPermanent Representative\t\t\t2:30',
        'gbr\t\t\tthe Group of Friends\tmember state\t150',
        'African Union\t\tObserver\t\tintergovernmental\t',
      ].join('\n'),
    );
    expect(previewRows()).toEqual([
      ['1', 'Kenya', 'Jane Doe', 'Permanent Representative', '', '', '2:30', 'OK'],
      [
        '2',
        'United Kingdom of Great Britain and Northern Ireland',
        '',
        '',
        'the Group of Friends',
        'Member State',
        '2:30',
        'OK',
      ],
      [
        '3',
        'African Unionnot a State: shown as typed',
        '',
        'Observer',
        '',
        'Intergovernmental organization',
        '',
        'OK',
      ],
    ]);
    expect(screen.getByText('3 rows ready')).toBeTruthy();
    expect(confirmButton().textContent).toBe('Add 3 speakers to the list');
  });

  it('shows each row’s problem: empty delegation, bad category, bad limit, too long texts', async () => {
    const view = renderConsole(makeRoom());
    const long = (n: number) => 'x'.repeat(n);
    await paste(
      [
        'delegation,speaker,title,on behalf of,category,limit',
        'FRA,,,,,3:00',
        ',Jane Doe,,,,',
        'DEU,,,,ambassador,',
        'JPN,,,,,3:75',
        'BRA,,,,,three minutes',
        'MEX,,,,,5',
        'CAN,,,,,2:00:00',
        `ARG,${long(121)},,,,`,
        `CHL,,${long(121)},,,`,
        `PER,,,${long(201)},,`,
        `${long(121)},,,,,`,
        'URY,,,,,',
      ].join('\r\n'),
    );
    expect(problems()).toEqual([
      'OK',
      'Delegation: Must not be empty',
      'Unknown category “ambassador”.',
      'Write m:ss or seconds, e.g. 3:00 or 180.',
      'Write m:ss or seconds, e.g. 3:00 or 180.',
      'Limit: A speaking limit is at least 10 seconds (10000 ms)',
      'Write m:ss or seconds, e.g. 3:00 or 180.',
      'Speaker: too long, at most 120 characters.',
      'Title: too long, at most 120 characters.',
      'On behalf of: too long, at most 200 characters.',
      'Delegation: too long, at most 120 characters.',
      'OK',
    ]);
    // The rows are numbered as a spreadsheet numbers them: the header is row 1.
    expect(previewRows().map((cells) => cells[0])).toEqual([
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
    ]);
    expect(screen.getByText(/10 rows with a problem/)).toBeTruthy();
    expect(screen.getByText('The first row names the columns.', { exact: false })).toBeTruthy();
    expect(
      screen.getByText('Correct the rows with a problem first. Nothing has been added.'),
    ).toBeTruthy();
    expect((confirmButton() as HTMLButtonElement).disabled).toBe(true);
    expect(view.hub.sent).toEqual([]);
  });

  it('marks the cell at fault', async () => {
    renderConsole(makeRoom());
    await paste('FRA,,,,nonsense,\n,,,,,1:00\nDEU,,,,,x');
    const rows = document.querySelectorAll('.chair-import tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-error-column'))).toEqual([
      'category',
      'delegation',
      'limit',
    ]);
  });

  it('refuses a row whose text hides characters, with the hub’s own rule and message', async () => {
    const view = renderConsole(makeRoom());
    await paste(
      ['\u202Eecnarf,,,,,', 'FRA,Jean\u200BDupont,,,,', 'الإمارات\u200Cالعربية,,,,,'].join('\n'),
    );
    expect(problems()).toEqual([
      'Delegation: holds a bidirectional formatting character (U+202E) at position 1, which could hide what the text says; remove it.',
      'Speaker: holds an invisible formatting character (U+200B) at position 5, which could hide what the text says; remove it.',
      'OK',
    ]);
    const rows = document.querySelectorAll('.chair-import tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-error-column'))).toEqual([
      'delegation',
      'speakerName',
      null,
    ]);
    expect(view.hub.sent).toEqual([]);
  });

  it('reads a header in any order, with columns it does not know left aside', async () => {
    renderConsole(makeRoom());
    await paste(
      'Limit;Speaker;Status;Delegation;Category\n4:00;Jane Doe;waiting;Holy See;\n;;;Global Centre for R2P;civil society',
    );
    expect(previewRows()).toEqual([
      ['2', 'Holy See', 'Jane Doe', '', '', '', '4:00', 'OK'],
      [
        '3',
        'Global Centre for R2Pnot a State: shown as typed',
        '',
        '',
        '',
        'Civil society',
        '',
        'OK',
      ],
    ]);
  });

  it('reads quoted CSV cells with commas and quotes', async () => {
    renderConsole(makeRoom());
    await paste(
      '"Netherlands (Kingdom of the)",,"Permanent Representative, Deputy","the ""Friends""",,',
    );
    expect(previewRows()[0]).toEqual([
      '1',
      'Netherlands (Kingdom of the)',
      '',
      'Permanent Representative, Deputy',
      'the "Friends"',
      '',
      '',
      'OK',
    ]);
  });
});

describe('confirming', () => {
  it('sends nothing before the confirmation, then one addSpeaker per row, in order', async () => {
    const view = renderConsole(makeRoom());
    await paste('Kenya\tJane Doe\nHoly See\t\t\t\t\t1:30\nAfrican Union');
    expect(view.hub.sent).toEqual([]);
    await clickAndSettle(confirmButton());
    await waitFor(() => expect(screen.getByText('3 speakers added to the list.')).toBeTruthy());
    expect(view.hub.sent).toEqual([
      { type: 'addSpeaker', delegation: 'KEN', speakerName: 'Jane Doe', expectedVersion: 0 },
      { type: 'addSpeaker', delegation: 'VAT', limitMs: 90_000, expectedVersion: 1 },
      { type: 'addSpeaker', delegation: 'African Union', expectedVersion: 2 },
    ]);
    const list = screen.getByRole('list', { name: 'List of speakers' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.dataset.speakerId),
    ).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']);
    expect(
      view.hub
        .state()
        .speakers.slice(5)
        .map((s) => s.delegation),
    ).toEqual(['KEN', 'VAT', 'African Union']);
  });

  it('stops at the first refusal, names the row, and keeps the rest to correct', async () => {
    const view = renderConsole(makeRoom());
    // The hub refuses the second row (a full list, say); the first is on the list by then.
    view.hub.beforeEach((_command, index) => {
      if (index === 1) {
        view.hub.refuseWith({
          ok: false,
          error: { code: 'listFull', message: 'The list of speakers is full (600).' },
        });
      }
    });
    await paste('delegation,speaker\nKenya,\nGhana,\nPeru,');
    await clickAndSettle(confirmButton());
    expect(screen.getByText(/^Row 3 \(Ghana\) was refused:/).textContent).toBe(
      'Row 3 (Ghana) was refused: The list of speakers is full (600). The rows before it were added; nothing after it was sent.',
    );
    expect(view.hub.sent.map((c) => (c.type === 'addSpeaker' ? c.delegation : c.type))).toEqual([
      'KEN',
      'GHA',
    ]);
    expect(
      view.hub
        .state()
        .speakers.map((s) => s.delegation)
        .slice(5),
    ).toEqual(['KEN']);
    // What is left to import: the refused row and those after it, to correct and confirm again.
    expect((screen.getByLabelText('Rows to import') as HTMLTextAreaElement).value).toBe(
      'delegation,speaker,title,on behalf of,category,limit\nGhana,,,,,\nPeru,,,,,\n',
    );
  });

  it('stops when another console changes the room during the import (conflict)', async () => {
    const view = renderConsole(makeRoom());
    view.hub.beforeEach((_command, index) => {
      if (index === 1) view.hub.elsewhere({ type: 'closeList' });
    });
    await paste('Kenya\nGhana\nPeru');
    await clickAndSettle(confirmButton());
    expect(screen.getByText(/^Row 2 \(Ghana\) was refused:/).textContent).toBe(
      'Row 2 (Ghana) was refused: The room changed; here is the current state. Check it, then try again. The rows before it were added; nothing after it was sent.',
    );
    expect(view.hub.sent.map((c) => c.expectedVersion)).toEqual([0, 1]);
    // The console shows the list as it now is: closed, so what is left would go after closure.
    expect(screen.getByText('The list is closed')).toBeTruthy();
    expect(
      screen.getByText('The list is closed: these speakers will be added after closure.'),
    ).toBeTruthy();
  });

  it('adds after closure, saying so, when the list is closed', async () => {
    const view = renderConsole(run(makeRoom(), T0, { type: 'closeList' }));
    await paste('Kenya');
    expect(
      screen.getByText('The list is closed: these speakers will be added after closure.'),
    ).toBeTruthy();
    await clickAndSettle(confirmButton());
    await waitFor(() => expect(view.hub.sent).toHaveLength(1));
    expect(view.hub.sent[0]).toEqual({
      type: 'addSpeaker',
      delegation: 'KEN',
      afterClosure: true,
      expectedVersion: 1,
    });
  });
});
