import { useId, useState } from 'react';
import { useAdmin } from '../admin-context.tsx';

/**
 * A text to hand on (a key, a link): read-only, selected whole on focus, with a button that
 * copies it where the browser allows (the clipboard needs a secure page: on plain http at a room's
 * address it may not be there, and selecting is what is left).
 */
export function CopyableText(props: { label: string; text: string }) {
  const { messages } = useAdmin();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  const copy = () => {
    void clipboard?.writeText(props.text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="chair-field admin-copyable">
      <label htmlFor={id}>{props.label}</label>
      <div className="admin-copyable-row">
        <input
          id={id}
          readOnly
          value={props.text}
          dir="ltr"
          onFocus={(e) => e.target.select()}
          data-copyable=""
        />
        {clipboard && (
          <button type="button" onClick={copy}>
            {copied ? messages.copied : messages.copy}
          </button>
        )}
      </div>
    </div>
  );
}
