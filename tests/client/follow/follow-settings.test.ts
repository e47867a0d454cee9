// @vitest-environment jsdom
// What the phone remembers and which language it starts in.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  browserLanguage,
  initialLanguage,
  readSetting,
  settingKeys,
  writeSetting,
} from '../../../client/views/follow/follow-settings.ts';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the first language', () => {
  it('takes the first of the browser’s languages that the UN uses', () => {
    expect(browserLanguage(['de-CH', 'fr-CH', 'en'])).toBe('fr');
    expect(browserLanguage(['zh-TW'])).toBe('zh');
    expect(browserLanguage(['AR-eg'])).toBe('ar');
    expect(browserLanguage(['pt-BR', 'de'])).toBeUndefined();
  });

  it('prefers ?lang=, then the phone’s earlier choice, then the browser, then English', () => {
    expect(initialLanguage('?lang=ru', 'fr', ['es'])).toBe('ru');
    expect(initialLanguage('?lang=de', 'fr', ['es'])).toBe('fr');
    expect(initialLanguage('', null, ['es-MX'])).toBe('es');
    expect(initialLanguage('', 'xx', ['pt'])).toBe('en');
  });
});

describe('the stored settings', () => {
  it('keeps the delegation per room', () => {
    writeSetting(settingKeys.delegation('cr4'), 'BRA');
    expect(readSetting(settingKeys.delegation('cr4'))).toBe('BRA');
    expect(readSetting(settingKeys.delegation('cr5'))).toBeNull();
    writeSetting(settingKeys.delegation('cr4'), null);
    expect(readSetting(settingKeys.delegation('cr4'))).toBeNull();
  });

  it('forgets quietly where storage refuses (private browsing, full quota)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => writeSetting(settingKeys.language, 'ar')).not.toThrow();
    expect(readSetting(settingKeys.language)).toBeNull();
  });
});
