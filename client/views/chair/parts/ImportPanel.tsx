import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import type { CommandAck } from '../../../../shared/protocol.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { useChair, type ChairContextValue } from '../chair-context.tsx';
import { isStateCode } from '../delegation-search.ts';
import {
  commandBytes,
  importCommand,
  MAX_IMPORT_BYTES,
  refusedIndex,
  type ImportMode,
} from '../import-batch.ts';
import { readImport, type ImportRow } from '../import-rows.ts';
import { formatLimit } from '../typed-time.ts';
import { plural } from '../messages/chair-messages.ts';
import { ConfirmBar } from './ConfirmBar.tsx';

type Progress =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'sending' }
  | { kind: 'finished'; mode: ImportMode; count: number }
  | { kind: 'stopped'; text: string };

const MODES: readonly ImportMode[] = ['add', 'replace'];

/** Speakers still to speak (waiting or absent): those a replacement takes off the list. */
const stillToSpeak = (speakers: readonly { status: string }[]) =>
  speakers.filter((s) => s.status === 'waiting' || s.status === 'absent').length;

/** One row of the preview: what will be added, or what is wrong with it. */
function PreviewRow(props: { row: ImportRow }) {
  const { messages, language } = useChair();
  const { row } = props;
  const speaker = row.speaker;
  const delegation = speaker?.delegation ?? row.cells.delegation;
  const state = isStateCode(delegation);
  const category = speaker?.category;
  return (
    <tr data-error={row.error ? '' : undefined} data-error-column={row.error?.column}>
      <td>{row.row}</td>
      <td>
        <bdi>{state ? delegationName(delegation, language) : delegation}</bdi>
        {speaker && !state && <span className="chair-import-hint">{messages.importNotAState}</span>}
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
      <td>{speaker?.limitMs !== undefined ? formatLimit(speaker.limitMs) : row.cells.limit}</td>
      <td className="chair-import-problem">{row.error ? row.error.message : messages.importOk}</td>
    </tr>
  );
}

/** What a refusal of the batch says: the row it names, if it names one; nothing was changed. */
function refusalText(
  ack: Extract<CommandAck, { ok: false }>,
  rows: readonly ImportRow[],
  chair: Pick<ChairContextValue, 'messages' | 'language'>,
): string {
  const { messages, language } = chair;
  const reason = ack.error.code === 'conflict' ? messages.conflict : ack.error.message;
  const index = refusedIndex(ack.error.path);
  const row = index === undefined ? undefined : rows[index];
  if (!row) return format(messages.importRefused, { reason });
  const name = row.speaker
    ? delegationName(row.speaker.delegation, language)
    : row.cells.delegation;
  return format(messages.importRefusedRow, { row: row.row, name, reason });
}

/**
 * Import of an established list: pasted rows or a CSV file, a preview with each row's problem,
 * nothing sent until the chair confirms; then one command for all the rows (addSpeakers, or
 * replaceList after a second confirmation), so the import is one version and one undo step, and
 * a refusal changes nothing.
 */
export function ImportPanel(props: { onDone: () => void }) {
  const { store, run, messages, language } = useChair();
  const listOpen = useRoomSlice(store, (s) => s.room?.listOpen ?? true);
  const waiting = useRoomSlice(store, (s) => stillToSpeak(s.room?.speakers ?? []));
  const [text, setText] = useState('');
  const [mode, setMode] = useState<ImportMode>('add');
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const textId = useId();
  const fileId = useId();
  const modeName = useId();
  const texts = useMemo(
    () => ({
      unknownCategory: messages.unknownCategory,
      limitInvalid: messages.limitInvalid,
      columns: messages.importColumns,
      categories: messages.categories,
    }),
    [messages],
  );
  const reading = useMemo(() => readImport(text, language, texts), [text, language, texts]);
  const ready = reading.rows.filter((r) => r.speaker).length;
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

  const send = async () => {
    const rows = reading.rows;
    const speakers = rows.flatMap((row) => (row.speaker ? [row.speaker] : []));
    if (speakers.length === 0 || speakers.length !== rows.length) return;
    const command = importCommand(mode, speakers, listOpen);
    const bytes = commandBytes(command);
    if (bytes > MAX_IMPORT_BYTES) {
      const size = Math.ceil(bytes / 1024);
      const max = Math.floor(MAX_IMPORT_BYTES / 1024);
      setProgress({ kind: 'stopped', text: format(messages.importTooLarge, { size, max }) });
      return;
    }
    setProgress({ kind: 'sending' });
    const ack = await run(command);
    if (!ack.ok) {
      // Refused whole: the rows stay as they are, to correct and confirm again.
      setProgress({ kind: 'stopped', text: refusalText(ack, rows, { messages, language }) });
      return;
    }
    setProgress({ kind: 'finished', mode, count: speakers.length });
    setText('');
  };

  const confirm = () => {
    if (mode === 'replace') setProgress({ kind: 'asking' });
    else void send();
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
          <fieldset className="chair-choice chair-import-mode">
            <legend className="chair-visually-hidden">{messages.importModeLegend}</legend>
            {MODES.map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name={modeName}
                  value={m}
                  checked={mode === m}
                  disabled={sending}
                  onChange={() => {
                    setMode(m);
                    setProgress({ kind: 'idle' });
                  }}
                />
                {m === 'add' ? messages.importModeAdd : messages.importModeReplace}
              </label>
            ))}
          </fieldset>
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
        {progress.kind === 'sending' && messages.importSending}
        {progress.kind === 'finished' &&
          (progress.mode === 'add'
            ? plural(messages.importDone, progress.count, language)
            : format(messages.importReplaced, { count: progress.count }))}
        {progress.kind === 'stopped' && <strong>{progress.text}</strong>}
        {progress.kind === 'idle' && wrong > 0 && messages.importFixFirst}
      </p>
      {progress.kind === 'asking' && (
        <ConfirmBar
          question={format(messages.importReplaceQuestion, { count: waiting })}
          confirm={messages.importReplaceYes}
          cancel={messages.cancel}
          onConfirm={() => void send()}
          onCancel={() => setProgress({ kind: 'idle' })}
        />
      )}
      <div className="chair-buttons">
        <button
          type="button"
          className="chair-strong"
          disabled={sending || progress.kind === 'asking' || ready === 0 || wrong > 0}
          onClick={confirm}
        >
          {mode === 'add'
            ? plural(messages.importConfirm, ready, language)
            : messages.importReplaceButton}
        </button>
        <button type="button" disabled={sending} onClick={props.onDone}>
          {messages.cancel}
        </button>
      </div>
    </section>
  );
}

export default ImportPanel;
