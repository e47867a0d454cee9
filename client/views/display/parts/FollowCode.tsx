import { useScreen } from '../../../view-kit/screen.tsx';
import type { WallTexts } from '../wall-texts.ts';
import { QrCode } from '../../../view-kit/QrCode.tsx';

/**
 * A QR code and short link to the phone view, drawn here: the room may have no internet. With
 * no address a phone could open (null), no code at all, and why; nothing while it is asked.
 */
export function FollowCode(props: { url: string | null | undefined }) {
  const { texts } = useScreen<WallTexts>();
  if (props.url === undefined) return null;
  if (props.url === null) {
    return (
      <figure className="wall-follow" data-missing="">
        <figcaption>{texts.noPhoneLink}</figcaption>
      </figure>
    );
  }
  const shortLink = props.url.replace(/^https?:\/\//, '');
  return (
    <figure className="wall-follow">
      <QrCode text={props.url} label={props.url} />
      <figcaption>
        {texts.followOnPhone}
        <br />
        <span dir="ltr">{shortLink}</span>
      </figcaption>
    </figure>
  );
}
