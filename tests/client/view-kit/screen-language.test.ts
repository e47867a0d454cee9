// @vitest-environment jsdom
// One language rule for every screen: ?lang=, then the choice saved on the screen, then the
// browser's, then English.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  browserLanguage,
  languageSetting,
  pageLanguage,
  screenLanguage,
} from '../../../client/view-kit/screen-language.ts';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('the first language', () => {
  it('takes the first of the browser’s languages that the UN uses', () => {
    expect(browserLanguage(['de-CH', 'fr-CH', 'en'])).toBe('fr');
    expect(browserLanguage(['zh-TW'])).toBe('zh');
    expect(browserLanguage(['AR-eg'])).toBe('ar');
    expect(browserLanguage(['pt-BR', 'de'])).toBeUndefined();
  });

  it('prefers ?lang=, then the screen’s earlier choice, then the browser, then English', () => {
    expect(screenLanguage('?lang=ru', 'fr', ['es'])).toBe('ru');
    expect(screenLanguage('?lang=de', 'fr', ['es'])).toBe('fr');
    expect(screenLanguage('', null, ['es-MX'])).toBe('es');
    expect(screenLanguage('', 'xx', ['pt'])).toBe('en');
  });
});

describe('on a page', () => {
  it('reads the address, then the choice each screen saved under its own name', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ru-RU']);
    expect(pageLanguage('display')).toBe('ru');
    localStorage.setItem(languageSetting('chair'), 'fr');
    expect(pageLanguage('chair')).toBe('fr');
    expect(pageLanguage('display')).toBe('ru');
    window.history.replaceState(null, '', '/chair/cr4?lang=ar');
    expect(pageLanguage('chair')).toBe('ar');
  });
});
