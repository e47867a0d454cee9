import { useId, useMemo } from 'react';
import { useAdmin } from '../admin-context.tsx';
import type { FieldError } from '../field-errors.ts';
import { Field } from './Field.tsx';

/** The IANA time zones this browser knows, offered as the secretariat types. */
function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** The room's time zone: an IANA name (America/New_York), with the known ones suggested. */
export function TimeZoneField(props: {
  value: string;
  onChange: (value: string) => void;
  error?: FieldError | undefined;
  disabled?: boolean;
}) {
  const { messages } = useAdmin();
  const listId = useId();
  const zones = useMemo(knownTimeZones, []);
  return (
    <>
      <Field
        label={messages.fields.timeZone}
        name="timeZone"
        value={props.value}
        onChange={props.onChange}
        error={props.error}
        hint={messages.timeZoneHint}
        list={listId}
        disabled={props.disabled}
        required
        ltr
      />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
