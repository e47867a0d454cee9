import { askToNotify, canSignal } from '../turn-signal.ts';
import { useFollowText } from '../follow-text.tsx';

/**
 * Opts in to the vibration and the notification. Turning it on is the tap on which the browser
 * may ask for permission to notify: it is never asked otherwise.
 */
export function AlertSwitch(props: { on: boolean; onChange: (on: boolean) => void }) {
  const { text } = useFollowText();
  return (
    <div className="follow-alert-switch">
      <label className="follow-switch">
        <input
          type="checkbox"
          role="switch"
          checked={props.on}
          onChange={(event) => {
            if (event.target.checked) askToNotify();
            props.onChange(event.target.checked);
          }}
        />
        <span>{text.alertMe}</span>
      </label>
      {props.on && !canSignal() && <p className="follow-hint">{text.alertUnsupported}</p>}
    </div>
  );
}
