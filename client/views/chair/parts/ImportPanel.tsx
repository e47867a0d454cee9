import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import type { CommandInput } from '../../../../shared/domain/commands.ts';
import type { CommandAck } from '../../../../shared/protocol.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { useChair } from '../chair-context.tsx';
import { isStateCode } from '../delegation-search.ts';
import { IMPORT_COLUMNS, readImport, type ImportRow } from '../import-rows.ts';
import { toCsv } from '../csv.ts';
import { formatLimit } from '../typed-time.ts';
import { plural } from '../messages/chair-messages.ts';

type Progress =
  | { kind: 'idle' }
  | { kind: 'sending'; done: number; total: number }
  | { kind: 'finished'; added: number }
  | { kind: 'stopped'; text: string };

/** One row of the preview: what will be added, or what is wrong with it. */
function PreviewRow(props: { row: ImportRow }) {
  const { messages, language } = useChair();
  const { row } = props;
  const command = row.command?.type === 'addSpeaker' ? row.command : undefined;
  const delegation = command?.delegation ?? row.cells.delegation;
  const state = isStateCode(delegation);
  const category = command?.category;
  return (
    <tr data-error={row.error ? '' : undefined} data-error-column={row.error?.column}>
      <td>{row.row}</td>
      <td>
        <bdi>{state ? delegationName(delegation, language) : delegation}</bdi>
        {command && !state && <span className="chair-import-hint">{messages.importNotAState}</span>}
      </td>
      <td>
        <bdi>{row.cells.speakerName}</bdi>
      </td>
      <td>
        <bdi>{row.cells.title}</bdi>
      </td>
      <td>
        <bdi>{row.cells.onBehalfOf}</bdi>
      </td>
      <td>{category ? messages.categories[category] : row.cells.category}</td>
      <td>{command?.limitMs !== undefined ? formatLimit(command.limitMs) : row.cells.limit}</td>
      <td className="chair-import-problem">{row.error ? row.error.message : messages.importOk}</td>
    </tr>
  );
}

/**
 * Import of an established list: pasted rows or a CSV file, a preview with each row's problem,
 * nothing sent until the chair confirms; then one addSpeaker per row, in order, stopping at the
 * first refusal and saying which row it was.
 */
export function ImportPanel(props: { onDone: () => void }) {
  const { store, run, messages, language } = useChair();
  const listOpen = useRoomSlice(store, (s) => s.room?.listOpen ?? true);
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const textId = useId();
  const fileId = useId();
  const texts = useMemo(
    () => ({
      unknownCategory: messages.unknownCategory,
      limitInvalid: messages.limitInvalid,
      columns: messages.importColumns,
      categories: messages.categories,
    }),
    [messages],
  );
  const reading = useMemo(
    () => readImport(text, language, texts, { afterClosure: !listOpen }),
    [text, language, texts, listOpen],
  );
  const ready = reading.rows.filter((r) => r.command).length;
  const wrong = reading.rows.length - ready;
  const sending = progress.kind === 'sending';

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    void file.text().then((content) => {
      setText(content);
      setProgress({ kind: 'idle' });
    });
  };

  const confirm = async () => {
    const rows = reading.rows;
    for (const [index, row] of rows.entries()) {
      if (!row.command) return;
      setProgress({ kind: 'sending', done: index, total: rows.length });
      const ack = await sendRow(run, row.command);
      if (!ack.ok) {
        const name =
          row.command.type === 'addSpeaker'
            ? delegationName(row.command.delegation, language)
            : row.cells.delegation;
        const reason = ack.error.code === 'conflict' ? messages.conflict : ack.error.message;
        setProgress({
          kind: 'stopped',
          text: format(messages.importStopped, { row: row.row, name, reason }),
        });
        // What was added is on the list now: only the rest stays to be imported.
        setText(remainingText(rows.slice(index)));
        return;
      }
    }
    setProgress({ kind: 'finished', added: rows.length });
    setText('');
  };

  return (
    <section className="chair-import" aria-label={messages.importHeading} data-own-keys="">
      <h3>{messages.importHeading}</h3>
      <p className="chair-field-hint">{messages.importHelp}</p>
      <div className="chair-import-inputs">
        <div className="chair-field chair-import-text">
          <label htmlFor={textId}>{messages.importPaste}</label>
          <textarea
            id={textId}
            rows={5}
            value={text}
            spellCheck={false}
            disabled={sending}
            onChange={(e) => {
              setText(e.target.value);
              setProgress({ kind: 'idle' });
            }}
          />
        </div>
        <div className="chair-field">
          <label htmlFor={fileId}>{messages.importFile}</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            disabled={sending}
            onChange={onFile}
          />
        </div>
      </div>
      {reading.rows.length > 0 && (
        <>
          <p className="chair-import-summary">
            {plural(messages.rowsReady, ready, language)}
            {wrong > 0 && (
              <strong className="chair-import-wrong">
                {' · '}
                {plural(messages.rowsWithErrors, wrong, language)}
              </strong>
            )}
            {reading.hasHeader && ` · ${messages.importHeader}`}
          </p>
          {!listOpen && <p className="chair-import-closed">{messages.importAfterClosure}</p>}
          <div className="chair-import-preview" data-scroll="">
            <table>
              <thead>
                <tr>
                  <th>{messages.importRow}</th>
                  <th>{messages.importColumns.delegation}</th>
                  <th>{messages.importColumns.speakerName}</th>
                  <th>{messages.importColumns.title}</th>
                  <th>{messages.importColumns.onBehalfOf}</th>
                  <th>{messages.importColumns.category}</th>
                  <th>{messages.importColumns.limit}</th>
                  <th>{messages.importProblem}</th>
                </tr>
              </thead>
              <tbody>
                {reading.rows.map((row) => (
                  <PreviewRow key={row.row} row={row} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="chair-import-progress" role="status" aria-live="polite">
        {progress.kind === 'sending' &&
          format(messages.importProgress, { done: progress.done + 1, total: progress.total })}
        {progress.kind === 'finished' && plural(messages.importDone, progress.added, language)}
        {progress.kind === 'stopped' && <strong>{progress.text}</strong>}
        {progress.kind === 'idle' && wrong > 0 && messages.importFixFirst}
      </p>
      <div className="chair-buttons">
        <button
          type="button"
          className="chair-strong"
          disabled={sending || ready === 0 || wrong > 0}
          onClick={() => void confirm()}
        >
          {plural(messages.importConfirm, ready, language)}
        </button>
        <button type="button" disabled={sending} onClick={props.onDone}>
          {messages.cancel}
        </button>
      </div>
    </section>
  );
}

/** How often a row held back by the hub's rate limit is tried again before giving up. */
const RATE_LIMIT_RETRIES = 5;
const RATE_LIMIT_WAIT_MS = 1000;

/**
 * Sends one row; a long list can outrun the hub's limit on commands a second, and a row the hub
 * held back for that (rateLimited) is sent again once it says it may be.
 */
async function sendRow(
  run: (command: CommandInput) => Promise<CommandAck>,
  command: CommandInput,
): Promise<CommandAck> {
  let ack = await run(command);
  for (let retry = 0; retry < RATE_LIMIT_RETRIES; retry += 1) {
    if (ack.ok || ack.error.code !== 'rateLimited') return ack;
    const { error } = ack;
    const wait =
      'retryAfterMs' in error && typeof error.retryAfterMs === 'number'
        ? error.retryAfterMs
        : RATE_LIMIT_WAIT_MS;
    await new Promise((resolve) => setTimeout(resolve, wait));
    ack = await run(command);
  }
  return ack;
}

/** Rows left to import, as CSV with a header, for the chair to correct and confirm again. */
function remainingText(rows: readonly ImportRow[]): string {
  const header = ['delegation', 'speaker', 'title', 'on behalf of', 'category', 'limit'];
  const cells = rows.map((row) => IMPORT_COLUMNS.map((column) => row.cells[column]));
  // A text area holds its lines with \n.
  return toCsv([header, ...cells], { guardFormulas: false }).replace(/\r\n/g, '\n');
}

export default ImportPanel;
