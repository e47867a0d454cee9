// @vitest-environment jsdom
// The language picker: the six UN languages, each named in its own; a switch re-reads the whole
// page (its texts, the States' names), Arabic right to left with the digits left to right; the
// choice is remembered; the browser's language is the default.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { settingKeys } from '../../../client/views/follow/follow-settings.ts';
import { makeRoom, next, renderFollow, run, storeWith, T0 } from './follow-harness.tsx';

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

describe('the language picker', () => {
  it('offers the six languages, each in its own language', async () => {
    await renderFollow(storeWith(makeRoom()));
    const picker = screen.getByRole('combobox', { name: 'Language' });
    expect([...picker.querySelectorAll('option')].map((o) => [o.value, o.textContent])).toEqual([
      ['ar', 'العربية'],
      ['zh', '中文'],
      ['en', 'English'],
      ['fr', 'Français'],
      ['ru', 'Русский'],
      ['es', 'Español'],
    ]);
  });

  it('switches the page to Arabic, right to left, and remembers it', async () => {
    localStorage.setItem(settingKeys.delegation('cr4'), 'BRA');
    const page = await renderFollow(storeWith(run(makeRoom(), T0, next)));
    const root = page.part('.follow');
    expect(root.dir).toBe('ltr');
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
      target: { value: 'ar' },
    });
    await waitFor(() => expect(root.dir).toBe('rtl'));
    expect(root.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByRole('combobox', { name: 'اللغة' })).toBeTruthy();
    expect(page.textOf('.follow-mine h2')).toBe('وفدي');
    expect(page.textOf('.follow-mine-name')).toBe('البرازيل');
    expect(page.textOf('.follow-mine-turn')).toBe('الترتيب 4 في القائمة، نحو الساعة 10:13');
    expect(page.textOf('.follow-floor-delegation')).toBe('فرنسا');
    expect(page.textOf('.follow-status')).toBe('الجلسة منعقدة');
    // The digits of the clock keep their order.
    expect(page.part('.follow-digits').dir).toBe('ltr');
    expect(localStorage.getItem(settingKeys.language)).toBe('ar');
  });

  it('reads in French, Russian and Chinese, places in line as each writes them', async () => {
    localStorage.setItem(settingKeys.delegation('cr4'), 'BRA');
    const page = await renderFollow(storeWith(makeRoom()), { language: 'fr' });
    expect(page.textOf('.follow-mine-turn')).toBe('5e sur la liste, vers 10:13');
    expect(page.textOf('.follow-mine-name')).toBe('Brésil');
    const picker = screen.getByRole('combobox', { name: 'Langue' });
    fireEvent.change(picker, { target: { value: 'ru' } });
    await waitFor(() =>
      expect(page.textOf('.follow-mine-turn')).toBe('5-й в очереди, около 10:13'),
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Язык' }), { target: { value: 'zh' } });
    await waitFor(() => expect(page.textOf('.follow-mine-turn')).toBe('排在第 5 位，约 10:13'));
    expect(page.part('.follow').dir).toBe('ltr');
  });
});
