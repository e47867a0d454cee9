// @vitest-environment jsdom
// What the phone remembers (which language it starts in: tests/client/view-kit/screen-language).
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  readSetting,
  settingKeys,
  writeSetting,
} from '../../../client/views/follow/follow-settings.ts';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
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
