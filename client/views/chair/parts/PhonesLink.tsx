import { QrCode } from '../../../view-kit/QrCode.tsx';
import type { PhonesLink as Link } from '../../../view-kit/phones-link.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/** The phones' link and its QR code, as the wall shows them, for the chair to read out or show. */
export function PhonesLink(props: { link: Link | undefined }) {
  const { texts } = useScreen<ChairMessages>();
  if (!props.link) return null;
  const { url } = props.link;
  if (url === null)
    return (
      <p className="chair-phones" data-missing="">
        {texts.noPhoneLink}
      </p>
    );
  return (
    <div className="chair-phones">
      <QrCode text={url} label={url} className="chair-phones-qr" />
      <p>
        {texts.phonesLink}{' '}
        <a href={url} dir="ltr" target="_blank" rel="noreferrer">
          {url}
        </a>
      </p>
    </div>
  );
}
