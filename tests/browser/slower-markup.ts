// The lectern's "slower, please" signal as its component draws it, for the browser test to put on
// a real lectern page: until the booths' request reaches the floor (PublicFloor.slowerAt, wired in
// client/views/lectern/slower-source.ts), no command of the hub can make the page show it, yet its
// place on each tablet (beside the digits, never over them) must be seen in Chromium.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { UnLanguage } from '../../shared/domain/types.ts';
import { createLiveRoom } from '../../client/store/live-room.ts';
import { ScreenProvider } from '../../client/view-kit/screen.tsx';
import { lecternTexts } from '../../client/views/lectern/lectern-texts.ts';
import { SlowerSignal } from '../../client/views/lectern/parts/SlowerSignal.tsx';

/** The signal's markup in `language`, as shown the moment the interpreters ask. */
export function slowerSignalMarkup(language: UnLanguage): string {
  const askedAt = Date.UTC(2017, 8, 6, 14, 0);
  const value = { store: createLiveRoom(), language, texts: lecternTexts(language) };
  return renderToStaticMarkup(
    createElement(ScreenProvider, {
      value,
      clock: () => askedAt,
      children: createElement(SlowerSignal, { slowerAt: askedAt }),
    }),
  );
}
