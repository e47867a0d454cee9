// The sheet left in the room: its name, and the QR code and link of each of its screens (the
// wall, the delegates' phones, the chair's console). On screen it is shown as it will print, with
// the choices above it; printed (the print stylesheet), only the sheet is on the paper.
import { useId, useState } from 'react';
import type { RoomSummary } from '../../../../shared/protocol.ts';
import { QrCode } from '../../../view-kit/QrCode.tsx';
import { useAdmin } from '../admin-context.tsx';
import { hubAddress, screenLinks } from '../screen-links.ts';
import { Field } from './Field.tsx';

function ScreenCode(props: { heading: string; use: string; url: string }) {
  return (
    <figure className="admin-sheet-code">
      <QrCode text={props.url} label={props.url} className="admin-sheet-qr" />
      <figcaption>
        <strong>{props.heading}</strong>
        <span>{props.use}</span>
        <span className="admin-sheet-url" dir="ltr">
          {props.url}
        </span>
      </figcaption>
    </figure>
  );
}

export function PrintSheet(props: { room: RoomSummary; newKey: string | undefined }) {
  const { messages } = useAdmin();
  const { room, newKey } = props;
  // The address the page was opened at; "localhost" reaches no phone, so it can be changed.
  const [address, setAddress] = useState(window.location.origin);
  const [withKey, setWithKey] = useState(false);
  const keyBoxId = useId();
  const local = /^(https?:\/\/)?(localhost|127\.|\[::1\])/i.test(address.trim());
  const links = screenLinks(address, room.roomId, withKey && newKey ? newKey : undefined);
  return (
    <section className="admin-sheet-panel" aria-label={messages.tabs.sheet}>
      <div className="admin-card admin-sheet-controls">
        <p>{messages.sheetHelp}</p>
        <Field
          label={messages.fields.hubAddress}
          name="hubAddress"
          value={address}
          onChange={setAddress}
          hint={messages.hubAddressHint}
          ltr
        />
        {local && <p className="admin-warning">{messages.hubAddressLocal}</p>}
        {newKey !== undefined && (
          <label className="admin-check" htmlFor={keyBoxId}>
            <input
              id={keyBoxId}
              type="checkbox"
              checked={withKey}
              onChange={(e) => setWithKey(e.target.checked)}
            />
            {messages.sheetWithKey}
          </label>
        )}
        <div className="chair-buttons">
          <button type="button" className="chair-strong" onClick={() => window.print()}>
            {messages.print}
          </button>
        </div>
      </div>
      <article className="admin-sheet" aria-label={messages.sheetPreview}>
        <header>
          <h1>
            <bdi>{room.name}</bdi>
          </h1>
          <p dir="ltr">{hubAddress(address)}</p>
        </header>
        <div className="admin-sheet-codes">
          <ScreenCode heading={messages.sheetWall} use={messages.sheetWallUse} url={links.wall} />
          <ScreenCode
            heading={messages.sheetPhones}
            use={messages.sheetPhonesUse}
            url={links.phones}
          />
          <ScreenCode
            heading={messages.sheetConsole}
            use={withKey && newKey ? messages.sheetConsoleWithKey : messages.sheetConsoleUse}
            url={links.console}
          />
        </div>
        {withKey && newKey && <p className="admin-sheet-warning">{messages.sheetKeyWarning}</p>}
      </article>
    </section>
  );
}
