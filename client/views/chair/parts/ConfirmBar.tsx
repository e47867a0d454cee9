import type { ReactNode } from 'react';

/**
 * The second step of a weighty action (remove, adjourn, open a meeting): says what will happen
 * and asks again, in place. It takes its own keys: Space presses its buttons, not the floor's;
 * Escape cancels, as in a dialog (the floor leaves Escape alone while one is open).
 */
export function ConfirmBar(props: {
  question: ReactNode;
  confirm: string;
  cancel: string;
  /** danger (the default): it takes something away; strong: it starts something. */
  tone?: 'danger' | 'strong';
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const tone = props.tone ?? 'danger';
  return (
    <div
      className="chair-confirm"
      data-tone={tone}
      role="alertdialog"
      aria-label={props.confirm}
      data-own-keys=""
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        props.onCancel();
      }}
    >
      <p>{props.question}</p>
      <div className="chair-buttons">
        <button type="button" className={`chair-${tone}`} onClick={props.onConfirm} autoFocus>
          {props.confirm}
        </button>
        <button type="button" onClick={props.onCancel}>
          {props.cancel}
        </button>
      </div>
    </div>
  );
}
