import type { FieldError } from '../field-errors.ts';

/**
 * An error under a field or a form: the console's sentence, then the hub's own (in English, the
 * hub's language, set left to right on an Arabic page).
 */
export function ErrorText(props: { id?: string; error: FieldError }) {
  const { text, detail } = props.error;
  return (
    // Focusable by script: after a refusal with no field to go to, the focus comes here.
    <p className="admin-error" id={props.id} role="alert" tabIndex={-1}>
      <span className="admin-error-text">{text}</span>
      {detail && detail !== text && (
        <span className="admin-error-detail" lang="en" dir="ltr">
          {detail}
        </span>
      )}
    </p>
  );
}
