import { decodeListBytes } from '../../../../shared/import/decode-text.ts';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import { historyLength } from '../../../../shared/domain/list-order.ts';
import type { Speaker, UnLanguage } from '../../../../shared/domain/types.ts';
import { importCommand, type ImportMode } from '../../../../shared/import/import-command.ts';
import {
  MAX_IMPORT_LINES,
  readSpeakerList,
  type ImportedRow,
  type SpeakerListReading,
} from '../../../../shared/import/read-speaker-list.ts';
import type { CommandAck } from '../../../../shared/protocol.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { useChair } from '../chair-context.tsx';
import { commandBytes, MAX_IMPORT_BYTES, refusedIndex } from '../import-batch.ts';
import { rowNote } from '../import-wording.ts';
import { formatLimit } from '../typed-time.ts';
import { plural } from '../messages/chair-messages.ts';
import { ConfirmBar } from './ConfirmBar.tsx';
import { useScreen, type Screen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

type Progress =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'sending' }
  | { kind: 'finished'; mode: ImportMode; count: number }
  | { kind: 'stopped'; text: string };

const MODES: readonly ImportMode[] = ['append', 'replace'];
const NO_SPEAKERS: readonly Speaker[] = [];

/** Speakers still to speak (waiting or absent): those a replacement takes off the list. */
const stillToSpeak = (speakers: readonly { status: string }[]) =>
  speakers.filter((s) => s.status === 'waiting' || s.status === 'absent').length;

/** A delegation, or whom it speaks for, as the console names it: a State or known body in its language. */
const nameOf = (value: string, language: UnLanguage) => delegationName(value, language);

/** One row of the preview: what will be added, or what is wrong with it. */
function PreviewRow(props: { row: ImportedRow }) {
  const { texts, language } = useScreen<ChairMessages>();
  const { row } = props;
  const unknown = row.delegationKind === 'unknown' && row.delegation !== '';
  return (
    <tr
      data-error={row.issues.length > 0 ? '' : undefined}
      data-error-column={row.issues[0]?.column}
      data-duplicate={row.duplicate}
      data-spoken={row.spoken ? '' : undefined}
    >
      <td>{row.line}</td>
      <td>
        <bdi>{unknown ? row.delegation : nameOf(row.delegation, language)}</bdi>
        {unknown && row.issues.length === 0 && (
          <span className="chair-import-hint">{texts.importNotAState}</span>
        )}
      </td>
      <td>
        <bdi>{row.speakerName}</bdi>
      </td>
      <td>
        <bdi>{row.title}</bdi>
      </td>
      <td>
        <bdi>{row.onBehalfOf !== undefined && nameOf(row.onBehalfOf, language)}</bdi>
      </td>
      <td>{row.category && texts.categories[row.category]}</td>
      <td>{row.limitMs !== undefined && formatLimit(row.limitMs)}</td>
      <td className="chair-import-problem">{rowNote(row, texts, language)}</td>
    </tr>
  );
}

/** What the import set aside: columns it does not read, lines that name no speaker. */
function SetAside(props: { reading: SpeakerListReading }) {
  const { texts } = useScreen<ChairMessages>();
  const { columns, ignoredLines } = props.reading;
  const ignored = columns.flatMap((c, i) =>
    c.column === null
      ? [c.heading === '' ? format(texts.importUnnamedColumn, { n: i + 1 }) : c.heading]
      : [],
  );
  return (
    <>
      {ignored.length > 0 && (
        <p className="chair-import-ignored">
          {format(texts.importIgnoredColumns, { columns: ignored.join(', ') })}
        </p>
      )}
      {ignoredLines.length > 0 && (
        <div className="chair-import-ignored">
          {texts.importIgnoredLines}
          <ul>
            {ignoredLines.map((l) => (
              <li key={l.line}>
                <bdi>{format(texts.importLineText, { line: l.line, text: l.text })}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** What a refusal of the batch says: the row it names, if it names one; nothing was changed. */
function refusalText(
  ack: Extract<CommandAck, { ok: false }>,
  sent: readonly ImportedRow[],
  chair: Pick<Screen<ChairMessages>, 'texts' | 'language'>,
): string {
  const { texts, language } = chair;
  const reason = ack.error.code === 'conflict' ? texts.conflict : ack.error.message;
  const index = refusedIndex(ack.error.path);
  // The batch holds only the rows sent: its index counts those.
  const row = index === undefined ? undefined : sent[index];
  if (!row) return format(texts.importRefused, { reason });
  const name = nameOf(row.delegation, language);
  return format(texts.importRefusedRow, { row: row.line, name, reason });
}

/**
 * Import of an established list: pasted (a spreadsheet's cells, a list from Word or a PDF) or a
 * CSV file, read by the import's own parser (shared/import/, the hub's too), a preview with each
 * row's problem, its duplicate flags and who has spoken, nothing sent until the chair confirms;
 * then one command for all the rows (addSpeakers, or replaceList after a second confirmation),
 * so the import is one version and one undo step, and a refusal changes nothing.
 */
export function ImportPanel(props: { onDone: () => void }) {
  const { store, run } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
  const listOpen = useRoomSlice(store, (s) => s.room?.listOpen ?? true);
  const speakers = useRoomSlice(store, (s) => s.room?.speakers ?? NO_SPEAKERS);
  const [text, setText] = useState('');
  const [mode, setMode] = useState<ImportMode>('append');
  const [includeSpoken, setIncludeSpoken] = useState(false);
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const textId = useId();
  const fileId = useId();
  const modeName = useId();
  const reading = useMemo(() => {
    // A replacement keeps only who has spoken and who has the floor: a duplicate is one of those.
    const existing = mode === 'replace' ? speakers.slice(0, historyLength(speakers)) : speakers;
    return readSpeakerList(text, { existing, includeSpoken });
  }, [text, mode, speakers, includeSpoken]);
  const rows = reading.rows;
  const sendable = rows.filter((r) => r.speaker);
  const ready = sendable.length;
  const wrong = rows.filter((r) => r.issues.length > 0).length;
  const spoken = rows.filter((r) => r.spoken).length;
  const leftOut = rows.filter((r) => r.spoken && !r.speaker && r.issues.length === 0).length;
  const duplicates = rows.filter((r) => r.duplicate).length;
  // A list cut short is never sent: the chair imports it in parts.
  const cut = reading.unreadLines > 0;
  const waiting = stillToSpeak(speakers);
  const sending = progress.kind === 'sending';
  const idle = () => setProgress({ kind: 'idle' });

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    // Read as the hub reads an import: Excel's European CSV is in Windows-1252, not UTF-8.
    void file.arrayBuffer().then((buffer) => {
      setText(decodeListBytes(new Uint8Array(buffer)));
      idle();
    });
  };

  const send = async () => {
    const entries = sendable.flatMap((row) => (row.speaker ? [row.speaker] : []));
    if (entries.length === 0 || wrong > 0 || cut) return;
    const command = importCommand(mode, entries, { afterClosure: !listOpen });
    const bytes = commandBytes(command);
    if (bytes > MAX_IMPORT_BYTES) {
      const size = Math.ceil(bytes / 1024);
      const max = Math.floor(MAX_IMPORT_BYTES / 1024);
      setProgress({ kind: 'stopped', text: format(texts.importTooLarge, { size, max }) });
      return;
    }
    setProgress({ kind: 'sending' });
    const ack = await run(command);
    if (!ack.ok) {
      // Refused whole: the rows stay as they are, to correct and confirm again.
      setProgress({ kind: 'stopped', text: refusalText(ack, sendable, { texts, language }) });
      return;
    }
    setProgress({ kind: 'finished', mode, count: entries.length });
    setText('');
  };

  const confirm = () => {
    if (mode === 'replace') setProgress({ kind: 'asking' });
    else void send();
  };

  return (
    <section className="chair-import" aria-label={texts.importHeading} data-own-keys="">
      <h3>{texts.importHeading}</h3>
      <p className="chair-field-hint">{texts.importHelp}</p>
      <div className="chair-import-inputs">
        <div className="chair-field chair-import-text">
          <label htmlFor={textId}>{texts.importPaste}</label>
          <textarea
            id={textId}
            rows={5}
            value={text}
            spellCheck={false}
            disabled={sending}
            onChange={(e) => {
              setText(e.target.value);
              idle();
            }}
          />
        </div>
        <div className="chair-field">
          <label htmlFor={fileId}>{texts.importFile}</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            disabled={sending}
            onChange={onFile}
          />
        </div>
      </div>
      {rows.length > 0 && (
        <>
          <p className="chair-import-summary">
            {plural(texts.rowsReady, ready, language)}
            {wrong > 0 && (
              <strong className="chair-import-wrong">
                {' · '}
                {plural(texts.rowsWithErrors, wrong, language)}
              </strong>
            )}
            {duplicates > 0 && ` · ${plural(texts.importDuplicates, duplicates, language)}`}
            {leftOut > 0 && ` · ${plural(texts.importLeftOut, leftOut, language)}`}
            {reading.shape === 'table' && reading.columns.some((c) => c.heading !== '')
              ? ` · ${texts.importHeader}`
              : reading.shape === 'lines' && ` · ${texts.importLines}`}
          </p>
          {cut && (
            <p className="chair-import-closed">
              {format(texts.importTooManyLines, {
                max: MAX_IMPORT_LINES,
                n: reading.unreadLines,
              })}
            </p>
          )}
          <SetAside reading={reading} />
          {!listOpen && <p className="chair-import-closed">{texts.importAfterClosure}</p>}
          {spoken > 0 && (
            <label className="chair-import-spoken">
              <input
                type="checkbox"
                checked={includeSpoken}
                disabled={sending}
                onChange={(e) => {
                  setIncludeSpoken(e.target.checked);
                  idle();
                }}
              />
              {plural(texts.importIncludeSpoken, spoken, language)}
            </label>
          )}
          <fieldset className="chair-choice chair-import-mode">
            <legend className="chair-visually-hidden">{texts.importModeLegend}</legend>
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
                    idle();
                  }}
                />
                {m === 'append' ? texts.importModeAdd : texts.importModeReplace}
              </label>
            ))}
          </fieldset>
          <div className="chair-import-preview" data-scroll="">
            <table>
              <thead>
                <tr>
                  <th>{texts.importRow}</th>
                  <th>{texts.importColumns.delegation}</th>
                  <th>{texts.importColumns.speakerName}</th>
                  <th>{texts.importColumns.title}</th>
                  <th>{texts.importColumns.onBehalfOf}</th>
                  <th>{texts.importColumns.category}</th>
                  <th>{texts.importColumns.limit}</th>
                  <th>{texts.importProblem}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <PreviewRow key={row.line} row={row} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="chair-import-progress" role="status" aria-live="polite">
        {progress.kind === 'sending' && texts.importSending}
        {progress.kind === 'finished' &&
          (progress.mode === 'append'
            ? plural(texts.importDone, progress.count, language)
            : format(texts.importReplaced, { count: progress.count }))}
        {progress.kind === 'stopped' && <strong>{progress.text}</strong>}
        {progress.kind === 'idle' && wrong > 0 && texts.importFixFirst}
      </p>
      {progress.kind === 'asking' && (
        <ConfirmBar
          question={format(texts.importReplaceQuestion, { count: waiting })}
          confirm={texts.importReplaceYes}
          cancel={texts.cancel}
          onConfirm={() => void send()}
          onCancel={idle}
        />
      )}
      <div className="chair-buttons">
        <button
          type="button"
          className="chair-strong"
          disabled={sending || progress.kind === 'asking' || ready === 0 || wrong > 0 || cut}
          onClick={confirm}
        >
          {mode === 'append'
            ? plural(texts.importConfirm, ready, language)
            : texts.importReplaceButton}
        </button>
        <button type="button" disabled={sending} onClick={props.onDone}>
          {texts.cancel}
        </button>
      </div>
    </section>
  );
}

export default ImportPanel;
