import { useId, type ReactNode } from 'react';
import type { FieldError } from '../field-errors.ts';
import { ErrorText } from './ErrorText.tsx';

export interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The form's name for the field ('sittings.1.end'): how the console finds it to focus it. */
  name: string;
  error?: FieldError | undefined;
  hint?: ReactNode;
  type?: 'text' | 'date';
  placeholder?: string;
  multiline?: boolean;
  maxLength?: number;
  required?: boolean;
  disabled?: boolean;
  inputMode?: 'numeric';
  className?: string;
  /** Text in a fixed script (ids, time zones, keys): left to right on an Arabic page too. */
  ltr?: boolean;
  list?: string;
}

/**
 * A labelled field with its hint and, when the form or the hub found something wrong with it,
 * the error right under it (announced, and tied to the field by aria-describedby).
 */
export function Field(props: FieldProps) {
  const id = useId();
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: props.name,
    'data-field': props.name,
    value: props.value,
    placeholder: props.placeholder,
    maxLength: props.maxLength,
    required: props.required,
    disabled: props.disabled,
    autoComplete: 'off',
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': described || undefined,
    dir: props.ltr ? 'ltr' : undefined,
  } as const;
  return (
    <div
      className={`chair-field admin-field ${props.className ?? ''}`}
      data-invalid={props.error ? '' : undefined}
    >
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={2} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          list={props.list}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      {props.hint && (
        <p className="chair-field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && <ErrorText id={`${id}-error`} error={props.error} />}
    </div>
  );
}
