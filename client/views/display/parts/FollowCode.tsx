import { useMemo } from 'react';
import { encode } from 'uqr';
import { useLanguage } from '../../../i18n/language-context.tsx';

/** A QR code and short link to the phone view, drawn here: the room may have no internet. */
export function FollowCode(props: { url: string }) {
  const { messages } = useLanguage();
  const path = useMemo(() => {
    const { data } = encode(props.url, { ecc: 'M', border: 2 });
    let d = '';
    data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { d, size: data.length };
  }, [props.url]);
  const shortLink = props.url.replace(/^https?:\/\//, '');
  return (
    <figure className="wall-follow">
      <svg
        viewBox={`0 0 ${path.size} ${path.size}`}
        role="img"
        aria-label={props.url}
        shapeRendering="crispEdges"
      >
        <rect width={path.size} height={path.size} fill="#fff" />
        <path d={path.d} fill="#000" />
      </svg>
      <figcaption>
        {messages.followOnPhone}
        <br />
        <span dir="ltr">{shortLink}</span>
      </figcaption>
    </figure>
  );
}
