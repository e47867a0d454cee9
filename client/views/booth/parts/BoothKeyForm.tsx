import { useId, useState, type FormEvent } from 'react';
import { format } from '../../../i18n/format.ts';
import type { BoothTexts } from '../booth-texts.ts';

/** Asks for the room's booth key; after a refusal, says why. */
export function BoothKeyForm(props: {
  roomId: string;
  texts: BoothTexts;
  /** Why the key is asked for again. */
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
    <main className="booth-key">
      <form onSubmit={submit}>
        <h1>{format(texts.keyHeading, { room: props.roomId })}</h1>
        {props.notice && (
          <p className="booth-key-refused" role="alert">
            {props.notice}
          </p>
        )}
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
        <p className="booth-hint" id={`${id}-hint`}>
          {texts.keyHint}
        </p>
        <button type="submit" disabled={key.trim() === ''}>
          {texts.keyEnter}
        </button>
      </form>
    </main>
  );
}
