// @vitest-environment jsdom
// Importing an established list: a preview in which every row says what is wrong with it (by
// the hub's own rules), nothing sent until the chair confirms, then one command for all the rows
// (addSpeakers, or replaceList after a second confirmation): one version and one undo step, and a
// refusal changes nothing and names the row.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRoom, meetingOf, renderConsole, run, settle, T0 } from './chair-harness.tsx';

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
  it('reads pasted spreadsheet rows (tabs) without a header, names States and known bodies in full', async () => {
    renderConsole(makeRoom());
    await paste(
      [
        'Kenya\tJane Doe\tPermanent Representative\t\t\t2:30',
        'gbr\t\t\tthe Group of Friends\tmember state\t150',
        'African Union\t\tObserver\t\tintergovernmental\t',
        'Global Centre for R2P\t\t\t\tcivil society\t',
      ].join('\n'),
    );
    expect(previewRows()).toEqual([
      ['1', 'Kenya', 'Jane Doe', 'Permanent Representative', '', 'Member State', '2:30', 'OK'],
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
      ['3', 'African Union', '', 'Observer', '', 'Intergovernmental organization', '', 'OK'],
      [
        '4',
        'Global Centre for R2Pnot a known State or organization: kept as written',
        '',
        '',
        '',
        'Civil society',
        '',
        'OK',
      ],
    ]);
    expect(screen.getByText('4 rows ready')).toBeTruthy();
    expect(confirmButton().textContent).toBe('Add 4 speakers to the list');
  });

  it('reads a numbered list pasted from Word, “on behalf of” and a broken name included', async () => {
    const view = renderConsole(makeRoom());
    await paste(
      [
        'List of speakers',
        '1.\tKenya (on behalf of the Group of African States)',
        '2.\tUnited Kingdom of Great Britain and',
        'Northern Ireland',
        '3.\tRussia',
      ].join('\n'),
    );
    expect(previewRows().map((cells) => cells.slice(0, 5))).toEqual([
      ['2', 'Kenya', '', '', 'Group of African States'],
      ['3', 'United Kingdom of Great Britain and Northern Ireland', '', '', ''],
      ['5', 'Russian Federation', '', '', ''],
    ]);
    expect(screen.getByText(/Read as a list: one speaker a line\./)).toBeTruthy();
    expect(screen.getByText('line 1: List of speakers')).toBeTruthy();
    await clickAndSettle(confirmButton());
    expect(view.hub.sent[0]).toMatchObject({
      type: 'addSpeakers',
      speakers: [
        { delegation: 'KEN', onBehalfOf: 'Group of African States' },
        { delegation: 'GBR' },
        { delegation: 'RUS' },
      ],
    });
  });

  it('shows each row’s problem: empty delegation, bad category, bad limit, too long texts', async () => {
    const view = renderConsole(makeRoom());
    const long = (n: number) => 'x'.repeat(n);
    await paste(
      [
        'delegation,speaker,title,on behalf of,category,limit',
        'KEN,,,,,3:00',
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
    const notALimit = (value: string) =>
      `“${value}” is not a limit: write m:ss, seconds or minutes, e.g. 3:00, 180 or 3 min.`;
    expect(problems()).toEqual([
      'OK',
      'Name the delegation.',
      'Unknown category “ambassador”.',
      notALimit('3:75'),
      notALimit('three minutes'),
      'A speaking limit is from 10 seconds to one hour.',
      notALimit('2:00:00'),
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

  it('refuses a row whose text hides characters, by the hub’s own rule', async () => {
    const view = renderConsole(makeRoom());
    await paste(
      ['\u202Eecnarf,,,,,', 'FRA,Jean\u200BDupont,,,,', 'الإمارات\u200Cالعربية,,,,,'].join('\n'),
    );
    expect(problems()).toEqual([
      'Delegation: holds a hidden character (U+202E) that could disguise the text; remove it.',
      'Speaker: holds a hidden character (U+200B) that could disguise the text; remove it.',
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

  it('names what an ambiguous text could be, and asks which', async () => {
    renderConsole(makeRoom());
    await paste('AU');
    expect(problems()).toEqual(['“AU” could be Australia or African Union: write which.']);
  });

  it('reads a header in any order and language, and says which columns it does not read', async () => {
    renderConsole(makeRoom());
    await paste(
      'Temps de parole;Orateur;Remarques;Délégation;Catégorie\n4:00;Jane Doe;confirmé;Saint-Siège;\n;;;Global Centre for R2P;civil society',
    );
    expect(previewRows()).toEqual([
      ['2', 'Holy See', 'Jane Doe', '', '', 'Observer State', '4:00', 'OK'],
      [
        '3',
        'Global Centre for R2Pnot a known State or organization: kept as written',
        '',
        '',
        '',
        'Civil society',
        '',
        'OK',
      ],
    ]);
    expect(screen.getByText('Columns not read: Remarques')).toBeTruthy();
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
      'Member State',
      '',
      'OK',
    ]);
  });

  it('flags duplicates, on the list or twice in the rows, and sends them if the chair confirms', async () => {
    const view = renderConsole(makeRoom());
    await paste('France\nKenya\nKenya');
    expect(problems()).toEqual(['already on the list', 'OK', 'also in a row above']);
    expect(screen.getByText(/2 duplicates flagged/)).toBeTruthy();
    await clickAndSettle(confirmButton());
    expect(view.hub.sent[0]).toMatchObject({
      speakers: [{ delegation: 'FRA' }, { delegation: 'KEN' }, { delegation: 'KEN' }],
    });
  });

  it('compares a replacement only with those who stay', async () => {
    renderConsole(run(makeRoom(), T0, { type: 'nextSpeaker', start: true }));
    await paste('France\nGermany');
    expect(problems()).toEqual(['already on the list', 'already on the list']);
    fireEvent.click(
      screen.getByRole('radio', { name: 'Replace the list of speakers still to speak' }),
    );
    // France has the floor and stays; Germany is still to speak, and would be replaced.
    expect(problems()).toEqual(['already on the list', 'OK']);
  });

  it('in French, words every problem in French', async () => {
    renderConsole(makeRoom(), { language: 'fr' });
    fireEvent.click(screen.getByRole('button', { name: 'Importer…' }));
    const area = await screen.findByLabelText('Lignes à importer');
    fireEvent.change(area, { target: { value: 'AU\nFrance\nKenya;;;;;tbc' } });
    expect(problems()).toEqual([
      '« AU » peut désigner Australie ou Union africaine : précisez.',
      'déjà sur la liste',
      '« tbc » n’est pas une limite : écrivez m:ss, des secondes ou des minutes, par exemple 3:00, 180 ou 3 min.',
    ]);
  });
});

describe('an export imported again', () => {
  /** FRA has spoken, DEU has the floor: the console's own export of that list. */
  const exported = [
    'delegation,delegation name,speaker,title,on behalf of,category,limit,status',
    'FRA,France,,,,memberState,,spoken',
    'DEU,Germany,,,,memberState,,speaking',
    'KEN,Kenya,,,,memberState,2:30,waiting',
  ].join('\r\n');

  it('leaves out who has spoken unless the chair brings them back', async () => {
    const view = renderConsole(makeRoom());
    await paste(exported);
    expect(problems()).toEqual(['has spoken: left out', 'has spoken: left out', 'OK']);
    expect(screen.getByText(/2 who have spoken left out/)).toBeTruthy();
    expect(screen.getByText('Columns not read: delegation name')).toBeTruthy();
    expect(confirmButton().textContent).toBe('Add 1 speaker to the list');
    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'Bring back the 2 speakers who have spoken, as waiting',
      }),
    );
    expect(problems()).toEqual([
      'has spoken: back as waiting · already on the list',
      'has spoken: back as waiting · already on the list',
      'OK',
    ]);
    await clickAndSettle(confirmButton());
    expect(view.hub.sent[0]).toMatchObject({
      type: 'addSpeakers',
      speakers: [
        { delegation: 'FRA', category: 'memberState' },
        { delegation: 'DEU', category: 'memberState' },
        { delegation: 'KEN', category: 'memberState', limitMs: 150_000 },
      ],
    });
  });
});

describe('confirming', () => {
  it('sends nothing before the confirmation, then one addSpeakers with every row, in order', async () => {
    const view = renderConsole(makeRoom());
    await paste('Kenya\tJane Doe\nHoly See\t\t\t\t\t1:30\nAfrican Union');
    expect(view.hub.sent).toEqual([]);
    await clickAndSettle(confirmButton());
    await waitFor(() => expect(screen.getByText('3 speakers added to the list.')).toBeTruthy());
    expect(view.hub.sent).toEqual([
      {
        type: 'addSpeakers',
        speakers: [
          { delegation: 'KEN', speakerName: 'Jane Doe' },
          { delegation: 'VAT', limitMs: 90_000 },
          { delegation: 'African Union' },
        ],
        expectedVersion: 0,
      },
    ]);
    const list = screen.getByRole('list', { name: 'List of speakers' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.dataset.speakerId),
    ).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']);
    expect(
      meetingOf(view.hub.state())
        .speakers.slice(5)
        .map((s) => s.delegation),
    ).toEqual(['KEN', 'VAT', 'African Union']);
    expect((screen.getByLabelText('Rows to import') as HTMLTextAreaElement).value).toBe('');
  });

  it('is one undo step: undo takes the whole import back', async () => {
    const view = renderConsole(makeRoom());
    await paste('Kenya\nGhana\nPeru\nChile');
    await clickAndSettle(confirmButton());
    expect(meetingOf(view.hub.state()).speakers).toHaveLength(9);
    await clickAndSettle(screen.getByRole('button', { name: /^Undo: Add speakers/ }));
    expect(view.hub.sent.map((c) => c.type)).toEqual(['addSpeakers', 'undo']);
    expect(meetingOf(view.hub.state()).speakers.map((s) => s.delegation)).toEqual(
      meetingOf(makeRoom()).speakers.map((s) => s.delegation),
    );
  });

  it('a refusal naming a speaker names the row; nothing is added and the rows stay', async () => {
    const view = renderConsole(makeRoom());
    view.hub.refuseWith({
      ok: false,
      error: {
        code: 'invalidCommand',
        message: 'speakers.1.delegation: Must not be empty',
        path: 'speakers.1.delegation',
      },
    });
    const text = 'delegation,speaker\nKenya,\nGhana,\nPeru,';
    await paste(text);
    await clickAndSettle(confirmButton());
    expect(screen.getByText(/^Row 3 \(Ghana\) was refused:/).textContent).toBe(
      'Row 3 (Ghana) was refused: speakers.1.delegation: Must not be empty Nothing was changed.',
    );
    expect(view.hub.sent).toHaveLength(1);
    expect(meetingOf(view.hub.state()).speakers).toHaveLength(5);
    expect((screen.getByLabelText('Rows to import') as HTMLTextAreaElement).value).toBe(text);
  });

  it('a refusal of the whole (a full list) says so', async () => {
    const view = renderConsole(makeRoom());
    view.hub.refuseWith({
      ok: false,
      error: { code: 'listFull', message: 'The list holds at most 600 speakers.' },
    });
    await paste('Kenya\nGhana');
    await clickAndSettle(confirmButton());
    expect(
      screen.getByText(
        'The import was refused: The list holds at most 600 speakers. Nothing was changed.',
      ),
    ).toBeTruthy();
    expect(view.hub.sent).toHaveLength(1);
  });

  it('when another console changed the room first (conflict), nothing is added; confirming again works', async () => {
    const view = renderConsole(makeRoom());
    view.hub.beforeEach((_command, index) => {
      if (index === 0) view.hub.elsewhere({ type: 'closeList' });
    });
    await paste('Kenya\nGhana\nPeru');
    await clickAndSettle(confirmButton());
    expect(
      screen.getByText(
        'The import was refused: The room changed; here is the current state. Check it, then try again. Nothing was changed.',
      ),
    ).toBeTruthy();
    // The console shows the list as it now is: closed, so the rows would go after closure.
    expect(screen.getByText('The list is closed')).toBeTruthy();
    expect(
      screen.getByText('The list is closed: these speakers will be added after closure.'),
    ).toBeTruthy();
    await clickAndSettle(confirmButton());
    await waitFor(() => expect(screen.getByText('3 speakers added to the list.')).toBeTruthy());
    expect(view.hub.sent.map((c) => [c.type, c.expectedVersion])).toEqual([
      ['addSpeakers', 0],
      ['addSpeakers', 1],
    ]);
    expect(view.hub.sent[1]).toMatchObject({ afterClosure: true });
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
      type: 'addSpeakers',
      speakers: [{ delegation: 'KEN' }],
      afterClosure: true,
      expectedVersion: 1,
    });
  });

  it('sends nothing of a text longer than it reads, and says so', async () => {
    const view = renderConsole(makeRoom());
    await paste(Array.from({ length: 2003 }, (_, i) => `Org ${i}`).join('\n'));
    expect(
      screen.getByText(
        'Only 2000 lines of at most 2,000 characters each are read; 3 lines are left out. Import a list this long in parts.',
      ),
    ).toBeTruthy();
    expect((confirmButton() as HTMLButtonElement).disabled).toBe(true);
    expect(view.hub.sent).toEqual([]);
  });

  it('does not send rows too long for one message, and says so', async () => {
    const view = renderConsole(makeRoom());
    const long = (n: number) => 'x'.repeat(n);
    await paste(
      Array.from({ length: 300 }, (_, i) => `Org ${i},${long(110)},${long(110)},,,`).join('\n'),
    );
    await clickAndSettle(confirmButton());
    expect(
      screen.getByText(/^These rows are too long to send at once \(\d+ KB, at most 63 KB\)/),
    ).toBeTruthy();
    expect(view.hub.sent).toEqual([]);
  });
});

describe('replacing the list of speakers still to speak', () => {
  /** s1 has the floor (clock running), s2..s5 waiting. */
  const onFloor = () => run(makeRoom(), T0, { type: 'nextSpeaker', start: true });

  it('asks first, then sends one replaceList; the speaker at the floor stays', async () => {
    const view = renderConsole(onFloor());
    await paste('Kenya\nGhana');
    fireEvent.click(
      screen.getByRole('radio', { name: 'Replace the list of speakers still to speak' }),
    );
    await clickAndSettle(screen.getByRole('button', { name: 'Replace the list…' }));
    const question = screen.getByRole('alertdialog', { name: 'Replace the list' });
    expect(question.textContent).toContain(
      'Replace everyone still to speak (now 4) by these rows? Those who have spoken and the speaker who has the floor stay where they are.',
    );
    expect(view.hub.sent).toEqual([]);
    await clickAndSettle(within(question).getByRole('button', { name: 'Replace the list' }));
    await waitFor(() =>
      expect(screen.getByText('List replaced. Speakers still to speak: 2.')).toBeTruthy(),
    );
    expect(view.hub.sent).toEqual([
      {
        type: 'replaceList',
        speakers: [{ delegation: 'KEN' }, { delegation: 'GHA' }],
        expectedVersion: 1,
      },
    ]);
    expect(meetingOf(view.hub.state()).speakers.map((s) => [s.delegation, s.status])).toEqual([
      ['FRA', 'speaking'],
      ['KEN', 'waiting'],
      ['GHA', 'waiting'],
    ]);
    expect(meetingOf(view.hub.state()).floor?.speakerId).toBe('s1');
  });

  it('sends nothing when the chair cancels the replacement', async () => {
    const view = renderConsole(onFloor());
    await paste('Kenya');
    fireEvent.click(
      screen.getByRole('radio', { name: 'Replace the list of speakers still to speak' }),
    );
    await clickAndSettle(screen.getByRole('button', { name: 'Replace the list…' }));
    const question = screen.getByRole('alertdialog', { name: 'Replace the list' });
    await clickAndSettle(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(view.hub.sent).toEqual([]);
    // Back to adding: the button says so again.
    fireEvent.click(screen.getByRole('radio', { name: 'Add to the list' }));
    expect(confirmButton().textContent).toBe('Add 1 speaker to the list');
  });
});
