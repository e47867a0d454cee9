import { useId, useState, type FormEvent } from 'react';
import { format } from '../../../i18n/format.ts';
import type { ChairMessages } from '../messages/chair-messages.ts';

/**
 * Asks for the room's chair key; after a refusal, says why (a wrong key: the hub says so; a key
 * the secretariat replaced: the console says so).
 */
export function KeyForm(props: {
  roomId: string;
  texts: ChairMessages;
  /** Why the key is asked for again, as the console words it. */
  notice?: string;
  onKey: (key: string) => void;
}) {
  const { texts } = props;
  const [key, setKey] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim() !== '') props.onKey(key.trim());
  };
  return (
    <main className="chair-key">
      <form onSubmit={submit}>
        <h1>{format(texts.keyHeading, { room: props.roomId })}</h1>
        {props.notice && (
          <p className="chair-key-refused" role="alert">
            {props.notice}
          </p>
        )}
        <div className="chair-field">
          <label htmlFor={id}>{texts.keyLabel}</label>
          <input
            id={id}
            type="password"
            autoComplete="off"
            autoFocus
            value={key}
            onChange={(e) => setKey(e.target.value)}
            aria-describedby={`${id}-hint`}
          />
          <p className="chair-field-hint" id={`${id}-hint`}>
            {texts.keyHint}
          </p>
        </div>
        <button type="submit" className="chair-strong" disabled={key.trim() === ''}>
          {texts.keyEnter}
        </button>
      </form>
    </main>
  );
}
