// The lectern's "slower, please" signal as its component draws it, for the browser test that
// checks its place on every tablet in six languages (beside the digits, never over them): the
// real signal lasts 15 s, less than that check takes, so the check puts this markup on a real
// lectern page. The real path, a booth's askSlower reaching the lectern, is tests/browser/booth.test.ts.
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
