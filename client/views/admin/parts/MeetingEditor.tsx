// The meeting's form and what saving it does: the form's own checks first, then the hub's (POST
// for a new meeting, PATCH for a scheduled one with its lists whole, PATCH of the changed details
// for an open one), every refusal shown at its field and the focus taken there.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { SpeakerEntry } from '../../../../shared/domain/commands.ts';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import type { MeetingSetup } from '../../../../shared/domain/meeting-setup.ts';
import type { MeetingCore } from '../../../../shared/domain/types.ts';
import type { RoomSummary } from '../../../../shared/protocol.ts';
import { MINUTE_MS } from '../../../../shared/time.ts';
import { useClientClock } from '../../../view-kit/client-clock.tsx';
import { useAdmin } from '../admin-context.tsx';
import { problemErrors, refusalErrors, type FieldErrors } from '../field-errors.ts';
import { createLocalList, type LocalList } from '../local-list.ts';
import { openMeetingChange, setupOfDraft, type MeetingDraft } from '../meeting-draft.ts';
import { parseLimit } from '../../chair/typed-time.ts';
import { ErrorText } from './ErrorText.tsx';
import { MeetingForm } from './MeetingForm.tsx';
import { SegmentsEditor } from './SegmentsEditor.tsx';
import { SegmentsOfOpenMeeting } from './SegmentsOfOpenMeeting.tsx';

/**
 * The limit a list shows while the meeting's own is blank or unreadable (the form says so at the
 * field): the setup's default, 3 minutes.
 */
const SHOWN_LIMIT_MS = 3 * MINUTE_MS;

/** new: scheduled on saving; scheduled: changed whole; open: its details only. */
export type EditorMode = 'new' | 'scheduled' | 'open';

/** Each segment's list, by the segment's draft key, and the lists the domain refused on loading. */
function listsFor(
  draft: MeetingDraft,
  entries: readonly SpeakerEntry[][],
  room: RoomSummary,
  now: () => number,
): { lists: Map<string, LocalList>; refused: FieldErrors } {
  const lists = new Map<string, LocalList>();
  const refused: FieldErrors = {};
  const defaultLimitMs = limitOr(draft.defaultLimit, SHOWN_LIMIT_MS);
  draft.segments.forEach((segment, i) => {
    const made = createLocalList({
      room: { name: room.name, timeZone: room.timeZone },
      entries: entries[i] ?? [],
      defaultLimitMs: limitOr(segment.limit, defaultLimitMs),
      now,
    });
    if (made.ok) {
      lists.set(segment.key, made.list);
      return;
    }
    // Not expected of a list the hub kept; said all the same, and the list starts empty.
    refused[`segments.${i}.speakers`] = { text: made.error.message };
    const empty = createLocalList({ room, entries: [], defaultLimitMs, now });
    if (empty.ok) lists.set(segment.key, empty.list);
  });
  return { lists, refused };
}

/** A typed limit in ms, or `fallback` when blank or unreadable. */
function limitOr(text: string, fallback: number): number {
  const limit = parseLimit(text);
  return limit.kind === 'limit' ? limit.ms : fallback;
}

export function MeetingEditor(props: {
  room: RoomSummary;
  mode: EditorMode;
  /** The meeting changed; none for a new one. */
  meetingId?: string;
  initial: { draft: MeetingDraft; lists: SpeakerEntry[][] };
  /** The meeting as it is on the hub (what an open meeting's change is measured against). */
  baseline?: MeetingSetup;
  /** An open meeting's state: its lists, shown but not edited here. */
  state?: MeetingCore;
  /** Saved: the meeting's id (new for a new meeting). */
  onSaved: (meetingId: string | undefined) => void;
  onCancel?: () => void;
}) {
  const { api, messages, language } = useAdmin();
  const { room, mode } = props;
  const clock = useClientClock();
  const [draft, setDraft] = useState(props.initial.draft);
  const [made] = useState(() => listsFor(props.initial.draft, props.initial.lists, room, clock));
  const lists = made.lists;
  const [errors, setErrors] = useState<FieldErrors>(made.refused);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useRef<HTMLDivElement>(null);
  const formId = useId();

  // A segment's list shows its default limit: its own, else the meeting's.
  useEffect(() => {
    const meetingMs = limitOr(draft.defaultLimit, SHOWN_LIMIT_MS);
    for (const segment of draft.segments) {
      lists.get(segment.key)?.setDefaultLimit(limitOr(segment.limit, meetingMs));
    }
  }, [draft, lists]);

  // After a refusal, the focus goes to the first field at fault, or to the first error.
  useEffect(() => {
    const root = form.current;
    if (!root || Object.keys(errors).length === 0) return;
    const target =
      root.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      root.querySelector<HTMLElement>('.admin-error');
    target?.focus();
  }, [errors]);

  const addList = (key: string) => {
    const made = createLocalList({
      room: { name: room.name, timeZone: room.timeZone },
      entries: [],
      defaultLimitMs: limitOr(draft.defaultLimit, SHOWN_LIMIT_MS),
      now: clock,
    });
    if (made.ok) lists.set(key, made.list);
  };

  const speakerName = (segment: number, index: number) => {
    const key = draft.segments[segment]?.key;
    const entry = key === undefined ? undefined : lists.get(key)?.entries()[index];
    return entry && delegationName(entry.delegation, language);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const entries = draft.segments.map((s) => lists.get(s.key)?.entries() ?? []);
    const built = setupOfDraft(draft, entries);
    if (!built.ok) {
      setErrors(problemErrors(built.problems, messages));
      return;
    }
    const baseline = mode === 'open' ? props.baseline : undefined;
    const change = baseline && openMeetingChange(built.setup, baseline);
    if (baseline && change === undefined) {
      setErrors({ '': { text: messages.nothingChanged } });
      return;
    }
    setBusy(true);
    const { meetingId } = props;
    const result =
      meetingId === undefined
        ? await api.createMeeting(room.roomId, built.setup)
        : await api.updateMeeting(room.roomId, meetingId, change ?? built.setup);
    setBusy(false);
    if (!result.ok) {
      setErrors(refusalErrors(result.error, messages, speakerName));
      return;
    }
    setErrors({});
    setSaved(true);
    // A new meeting's id is the hub's answer; a changed one keeps its own.
    props.onSaved(
      meetingId ?? ('meetingId' in result.value ? String(result.value.meetingId) : undefined),
    );
  };

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <div ref={form} className="admin-meeting-form">
      <form
        id={formId}
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={messages.meetingFormLabel}
      >
        {errors[''] && <ErrorText error={errors['']} />}
        <MeetingForm room={room} mode={mode} draft={draft} onChange={setDraft} errors={errors} />
      </form>
      {mode === 'open' && props.state ? (
        <SegmentsOfOpenMeeting state={props.state} />
      ) : (
        <SegmentsEditor
          draft={draft}
          onChange={setDraft}
          errors={errors}
          lists={lists}
          onNewSegment={addList}
        />
      )}
      <div className="admin-form-end">
        <p
          className="admin-saved"
          role="status"
          data-problem={!saved && hasErrors ? '' : undefined}
        >
          {saved ? messages.saved : hasErrors ? messages.fixErrors : ''}
        </p>
        <div className="chair-buttons">
          <button type="submit" form={formId} className="chair-strong" disabled={busy}>
            {mode === 'new' ? messages.scheduleMeeting : messages.saveMeeting}
          </button>
          {props.onCancel && (
            <button type="button" onClick={props.onCancel}>
              {messages.cancel}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
