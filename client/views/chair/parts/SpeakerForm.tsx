import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import { historyLength } from '../../../../shared/domain/list-order.ts';
import { SPEAKER_CATEGORIES, type Speaker } from '../../../../shared/domain/types.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { useChair } from '../chair-context.tsx';
import { formatLimit, parseLimit } from '../typed-time.ts';
import {
  addCommand,
  draftOf,
  EMPTY_DRAFT,
  isStillToSpeak,
  updateCommand,
  type SpeakerDraft,
} from '../list-model.ts';
import { DelegationInput } from './DelegationInput.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/** Where a new speaker goes: at the end, next to speak, or before someone still to speak. */
type Where = 'end' | 'next' | `before:${string}`;

function isWhere(value: string): value is Where {
  return value === 'end' || value === 'next' || value.startsWith('before:');
}

function positionOf(where: Where, speakers: readonly Speaker[]): number | undefined {
  if (where === 'end') return undefined;
  if (where === 'next') return historyLength(speakers);
  const index = speakers.findIndex((s) => s.id === where.slice('before:'.length));
  return index < 0 ? undefined : index;
}

/** A text field of the form. */
function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  inputMode?: 'numeric';
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`chair-field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        value={props.value}
        autoComplete="off"
        inputMode={props.inputMode}
        onChange={(e) => props.onChange(e.target.value)}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      />
      {props.hint && (
        <p className="chair-field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

/**
 * Inscribing a speaker (anywhere in the list: at the end, next, or before someone) or correcting
 * one. The hub's answer is shown in the form itself, where the chair is looking.
 */
export function SpeakerForm(props: { editing?: Speaker; onDone: () => void }) {
  const { store, run } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
  const { speakers, listOpen, defaultLimitMs } = useRoomSlice(
    store,
    useShallow((s) => ({
      speakers: s.room?.speakers ?? [],
      listOpen: s.room?.listOpen ?? true,
      defaultLimitMs: s.room?.meeting?.defaultLimitMs ?? 0,
    })),
  );
  const editing = props.editing;
  const initial = editing ? draftOf(editing, language) : EMPTY_DRAFT;
  const [draft, setDraft] = useState<SpeakerDraft>(initial);
  const [limitText, setLimitText] = useState(
    initial.limitMs === undefined ? '' : formatLimit(initial.limitMs),
  );
  const [where, setWhere] = useState<Where>('end');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const categoryId = useId();
  const whereId = useId();
  const set = (change: Partial<SpeakerDraft>) => setDraft((d) => ({ ...d, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.delegation.trim() === '') {
      setProblem(texts.delegationRequired);
      return;
    }
    const limit = parseLimit(limitText);
    if (limit.kind === 'invalid') {
      setProblem(texts.invalidLimit);
      return;
    }
    const complete = { ...draft, limitMs: limit.kind === 'limit' ? limit.ms : undefined };
    const position = positionOf(where, speakers);
    const command = editing
      ? updateCommand(editing, complete)
      : addCommand(complete, {
          ...(position !== undefined && { position }),
          afterClosure: !listOpen,
        });
    if (!command) {
      setProblem(texts.nothingChanged);
      return;
    }
    setBusy(true);
    const ack = await run(command);
    setBusy(false);
    if (!ack.ok) {
      setProblem(ack.error.code === 'conflict' ? texts.conflict : ack.error.message);
      return;
    }
    setProblem(null);
    if (editing) {
      props.onDone();
    } else {
      setDraft(EMPTY_DRAFT);
      setLimitText('');
      setWhere('end');
    }
  };

  const heading = editing
    ? format(texts.editHeading, { name: delegationName(editing.delegation, language) })
    : texts.addHeading;
  const stillToSpeak = speakers.filter(isStillToSpeak);
  return (
    <form className="chair-speaker-form" onSubmit={(e) => void submit(e)} aria-label={heading}>
      <h3>{heading}</h3>
      <div className="chair-form-grid">
        <DelegationInput
          label={texts.fields.delegation}
          value={draft.delegation}
          onChange={(delegation) => set({ delegation })}
          autoFocus
        />
        <TextField
          label={texts.fields.speakerName}
          value={draft.speakerName}
          onChange={(speakerName) => set({ speakerName })}
        />
        <TextField
          label={texts.fields.title}
          value={draft.title}
          onChange={(title) => set({ title })}
        />
        <TextField
          label={texts.fields.onBehalfOf}
          value={draft.onBehalfOf}
          onChange={(onBehalfOf) => set({ onBehalfOf })}
        />
        <div className="chair-field">
          <label htmlFor={categoryId}>{texts.fields.category}</label>
          <select
            id={categoryId}
            value={draft.category}
            onChange={(e) => {
              const category = SPEAKER_CATEGORIES.find((c) => c === e.target.value) ?? '';
              set({ category });
            }}
          >
            <option value="">{texts.categoryAuto}</option>
            {SPEAKER_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {texts.categories[c]}
              </option>
            ))}
          </select>
        </div>
        {(!editing || editing.status !== 'spoken') && (
          <TextField
            label={texts.fields.limit}
            value={limitText}
            onChange={setLimitText}
            inputMode="numeric"
            hint={format(texts.limitHint, { limit: formatLimit(defaultLimitMs) })}
          />
        )}
        {!editing && (
          <div className="chair-field chair-where">
            <label htmlFor={whereId}>{texts.fields.where}</label>
            <select
              id={whereId}
              value={where}
              onChange={(e) => {
                const value = e.target.value;
                if (isWhere(value)) setWhere(value);
              }}
            >
              <option value="end">{texts.whereEnd}</option>
              <option value="next">{texts.whereNext}</option>
              {stillToSpeak.map((s) => (
                <option key={s.id} value={`before:${s.id}`}>
                  {format(texts.whereBefore, {
                    n: speakers.indexOf(s) + 1,
                    name: delegationName(s.delegation, language),
                  })}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {problem && (
        <p className="chair-form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="chair-buttons">
        <button type="submit" className="chair-strong" disabled={busy}>
          {editing ? texts.save : listOpen ? texts.submitAdd : texts.submitAddAfterClosure}
        </button>
        <button type="button" onClick={props.onDone}>
          {texts.cancel}
        </button>
      </div>
    </form>
  );
}
