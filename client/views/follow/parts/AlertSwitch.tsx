import { askToNotify, canSignal } from '../turn-signal.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { FollowMessages } from '../messages/follow-messages.ts';

/**
 * Opts in to the vibration and the notification. Turning it on is the tap on which the browser
 * may ask for permission to notify: it is never asked otherwise. On a page without https the
 * browser allows no notification (nor its service worker): the delegate is told why.
 */
export function AlertSwitch(props: { on: boolean; onChange: (on: boolean) => void }) {
  const { texts } = useScreen<FollowMessages>();
  // Only a false says so: a page where the browser does not tell (tests) is taken as secure.
  const insecure = window.isSecureContext === false;
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
        <span>{texts.alertMe}</span>
      </label>
      {props.on && (insecure || !canSignal()) && (
        <p className="follow-hint">{insecure ? texts.alertPageOnly : texts.alertUnsupported}</p>
      )}
    </div>
  );
}
