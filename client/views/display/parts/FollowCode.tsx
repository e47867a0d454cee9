import { useLanguage } from '../../../i18n/language-context.tsx';
import { QrCode } from '../../../shared-ui/QrCode.tsx';

/**
 * A QR code and short link to the phone view, drawn here: the room may have no internet. With
 * no address a phone could open (null), no code at all, and why; nothing while it is asked.
 */
export function FollowCode(props: { url: string | null | undefined }) {
  const { messages } = useLanguage();
  if (props.url === undefined) return null;
  if (props.url === null) {
    return (
      <figure className="wall-follow" data-missing="">
        <figcaption>{messages.noPhoneLink}</figcaption>
      </figure>
    );
  }
  const shortLink = props.url.replace(/^https?:\/\//, '');
  return (
    <figure className="wall-follow">
      <QrCode text={props.url} label={props.url} />
      <figcaption>
        {messages.followOnPhone}
        <br />
        <span dir="ltr">{shortLink}</span>
      </figcaption>
    </figure>
  );
}
