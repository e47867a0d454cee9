import { useState, type FormEvent } from 'react';
import { isValidTimeZone } from '../../../../shared/zoned-time.ts';
import { useAdmin } from '../admin-context.tsx';
import { refusalError, type FieldErrors } from '../field-errors.ts';
import { ErrorText } from './ErrorText.tsx';
import { Field } from './Field.tsx';
import { TimeZoneField } from './TimeZoneField.tsx';

const ROOM_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** This browser's own time zone: where a new room most likely is. */
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A new room: its id (in its screens' links for good), its name, its time zone. The hub answers
 * with the room's chair key, which the room page then shows once.
 */
export function NewRoomForm(props: {
  onCreated: (roomId: string, chairKey: string) => void;
  onCancel: () => void;
}) {
  const { api, messages } = useAdmin();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!ROOM_ID.test(id.trim())) found.id = { text: messages.problems.roomId };
    if (name.trim() === '') found.name = { text: messages.problems.required };
    if (!isValidTimeZone(timeZone.trim())) found.timeZone = { text: messages.problems.timeZone };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const created = await api.createRoom({
      id: id.trim(),
      name: name.trim(),
      timeZone: timeZone.trim(),
    });
    setBusy(false);
    if (created.ok) {
      props.onCreated(created.value.roomId, created.value.chairKey);
      return;
    }
    const { error } = created;
    // An id already taken is said without a path: it is the id's all the same.
    const field = error.path ?? (error.code === 'roomExists' ? 'id' : '');
    setErrors({ [field]: refusalError(error, messages) });
  };

  return (
    <form className="admin-card admin-room-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{messages.newRoomHeading}</h2>
      {errors[''] && <ErrorText error={errors['']} />}
      <div className="chair-form-grid">
        <Field
          label={messages.fields.roomId}
          name="id"
          value={id}
          onChange={setId}
          error={errors.id}
          hint={messages.roomIdHint}
          maxLength={64}
          required
          ltr
        />
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
      <div className="chair-buttons">
        <button type="submit" className="chair-strong" disabled={busy}>
          {messages.createRoom}
        </button>
        <button type="button" onClick={props.onCancel}>
          {messages.cancel}
        </button>
      </div>
    </form>
  );
}
