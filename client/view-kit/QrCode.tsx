// A QR code drawn as inline SVG in the page (the room's network may have no internet, and the
// hub's content policy allows no image from elsewhere), the way the wall draws its own
// (display/parts/FollowCode.tsx): uqr's modules as one path of unit squares, a quiet border.
import { useMemo } from 'react';
import { encode } from 'uqr';

/** The SVG path of `text`'s QR code (error correction M) and its size in modules. */
export function qrPath(text: string): { d: string; size: number } {
  const { data } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { d, size: data.length };
}

/** The QR code of `text`, named for screen readers by `label`. */
export function QrCode(props: { text: string; label: string; className?: string }) {
  const path = useMemo(() => qrPath(props.text), [props.text]);
  return (
    <svg
      className={props.className}
      viewBox={`0 0 ${path.size} ${path.size}`}
      role="img"
      aria-label={props.label}
      shapeRendering="crispEdges"
    >
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
