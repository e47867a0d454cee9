import type { ReactNode } from 'react';

/**
 * The second step of a destructive action (remove, adjourn): says what will happen and asks
 * again, in place. It takes its own keys: Space presses its buttons, not the floor's.
 */
export function ConfirmBar(props: {
  question: ReactNode;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="chair-confirm" role="alertdialog" aria-label={props.confirm} data-own-keys="">
      <p>{props.question}</p>
      <div className="chair-buttons">
        <button type="button" className="chair-danger" onClick={props.onConfirm} autoFocus>
          {props.confirm}
        </button>
        <button type="button" onClick={props.onCancel}>
          {props.cancel}
        </button>
      </div>
    </div>
  );
}
