import { QrCode } from '../../../shared-ui/QrCode.tsx';
import type { PhonesLink as Link } from '../../../shared-ui/phones-link.ts';
import { useChair } from '../chair-context.tsx';

/** The phones' link and its QR code, as the wall shows them, for the chair to read out or show. */
export function PhonesLink(props: { link: Link | undefined }) {
  const { messages } = useChair();
  if (!props.link) return null;
  const { url } = props.link;
  if (url === null)
    return (
      <p className="chair-phones" data-missing="">
        {messages.noPhoneLink}
      </p>
    );
  return (
    <div className="chair-phones">
      <QrCode text={url} label={url} className="chair-phones-qr" />
      <p>
        {messages.phonesLink}{' '}
        <a href={url} dir="ltr" target="_blank" rel="noreferrer">
          {url}
        </a>
      </p>
    </div>
  );
}
