import { useId, useState, type FormEvent } from 'react';
import type { DurationMs } from '../../../../shared/time.ts';
import { useChair } from '../chair-context.tsx';
import { formatLimit, parseLimit } from '../typed-time.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/** A limit typed as m:ss or seconds, with its own Set button (the floor's limit, the default). */
export function LimitField(props: {
  label: string;
  /** What the limit is now (the placeholder); undefined when there is none. */
  current: DurationMs | undefined;
  onSet: (limitMs: DurationMs) => void;
  disabled?: boolean;
  className?: string;
}) {
  const { note } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const id = useId();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const limit = parseLimit(text);
    if (limit.kind !== 'limit') {
      note(texts.invalidLimit);
      return;
    }
    props.onSet(limit.ms);
    setText('');
  };
  return (
    <form className={`chair-limit ${props.className ?? ''}`} onSubmit={submit}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        placeholder={props.current === undefined ? '' : formatLimit(props.current)}
        value={text}
        onChange={(e) => setText(e.target.value)}
        disabled={props.disabled}
        size={5}
      />
      <button type="submit" disabled={props.disabled || text.trim() === ''}>
        {texts.set}
      </button>
    </form>
  );
}
