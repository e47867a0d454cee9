import { useLayoutEffect, useRef, useState } from 'react';
import { Wall } from '../../display/DisplayView.tsx';
import { usePhonesLink } from '../../../view-kit/phones-link.ts';
import { useChair } from '../chair-context.tsx';
import { PhonesLink } from './PhonesLink.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/** The wall is drawn at this size, then scaled down to the width of its box. */
const WALL_WIDTH = 1280;
const WALL_HEIGHT = 720;

/**
 * What the wall shows now: the wall display itself, fed by the console's own store, drawn at a
 * wall's size and scaled down. Hidden from assistive technology and out of the tab order: it
 * repeats what the console says. Below it, the phones' link and QR code, readable.
 */
export function WallPreview() {
  const { store, roomId } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.25);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const fit = () => {
      if (element.clientWidth > 0) setScale(element.clientWidth / WALL_WIDTH);
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // The hub's address for phones, never this machine's localhost.
  const phones = usePhonesLink(roomId);
  return (
    <section className="chair-preview">
      <h2>{texts.previewHeading}</h2>
      <div
        className="chair-preview-box"
        ref={box}
        style={{ height: Math.round(WALL_HEIGHT * scale) }}
        aria-hidden="true"
        inert
      >
        <div
          className="chair-preview-wall"
          style={{ width: WALL_WIDTH, height: WALL_HEIGHT, transform: `scale(${scale})` }}
        >
          <Wall store={store} language="en" followUrl={phones?.url} />
        </div>
      </div>
      <PhonesLink link={phones} />
    </section>
  );
}
