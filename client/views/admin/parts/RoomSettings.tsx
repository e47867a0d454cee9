import { useState, type FormEvent } from 'react';
import type { RoomSummary } from '../../../../shared/protocol.ts';
import { isValidTimeZone } from '../../../../shared/zoned-time.ts';
import { useAdmin } from '../admin-context.tsx';
import { refusalError, type FieldErrors } from '../field-errors.ts';
import { ErrorText } from './ErrorText.tsx';
import { Field } from './Field.tsx';
import { TimeZoneField } from './TimeZoneField.tsx';

/**
 * The room's name and time zone. Its id stays: it is in the links of its screens, printed and
 * bookmarked. The hub keeps the time zone while a meeting is open (its sittings are in it).
 */
export function RoomSettings(props: { room: RoomSummary; onChanged: () => void }) {
  const { api, messages } = useAdmin();
  const { room } = props;
  const [name, setName] = useState(room.name);
  const [timeZone, setTimeZone] = useState(room.timeZone);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: FieldErrors = {};
    if (name.trim() === '') found.name = { text: messages.problems.required };
    if (!isValidTimeZone(timeZone.trim())) found.timeZone = { text: messages.problems.timeZone };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const patch = {
      ...(name.trim() !== room.name && { name: name.trim() }),
      ...(timeZone.trim() !== room.timeZone && { timeZone: timeZone.trim() }),
    };
    if (Object.keys(patch).length === 0) {
      setErrors({ '': { text: messages.nothingChanged } });
      return;
    }
    setBusy(true);
    const result = await api.updateRoom(room.roomId, patch);
    setBusy(false);
    if (!result.ok) {
      setErrors({ [result.error.path ?? '']: refusalError(result.error, messages) });
      return;
    }
    setSaved(true);
    props.onChanged();
  };

  return (
    <form className="admin-card admin-room-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{messages.settingsHeading}</h3>
      <p className="chair-field-hint">{messages.settingsHelp}</p>
      {errors[''] && <ErrorText error={errors['']} />}
      <div className="chair-form-grid">
        <Field
          label={messages.fields.roomName}
          name="name"
          value={name}
          onChange={setName}
          error={errors.name}
          maxLength={120}
          required
        />
        <TimeZoneField value={timeZone} onChange={setTimeZone} error={errors.timeZone} />
      </div>
      <p className="admin-saved" role="status">
        {saved && messages.saved}
      </p>
      <div className="chair-buttons">
        <button type="submit" className="chair-strong" disabled={busy}>
          {messages.save}
        </button>
      </div>
    </form>
  );
}
