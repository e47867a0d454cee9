// The phone view's texts: every one in each of the six languages, and places in line written as
// each language writes them.
import { describe, expect, it } from 'vitest';
import { UN_LANGUAGES } from '../../../shared/domain/types.ts';
import { WALL_TEXTS } from '../../../client/views/display/wall-texts.ts';
import { format } from '../../../client/i18n/format.ts';
import { directionOf, joinList, languageNames } from '../../../client/i18n/language.ts';
import { loadFollowMessages } from '../../../client/views/follow/messages/follow-messages.ts';

describe('the phone view’s texts', () => {
  it('has every text in each of the six languages', async () => {
    const en = await loadFollowMessages('en');
    const keys = Object.keys(en);
    for (const language of UN_LANGUAGES) {
      const messages = await loadFollowMessages(language);
      expect(Object.keys(messages)).toEqual(keys);
      for (const [key, value] of Object.entries(messages)) {
        if (typeof value === 'string') expect(value, `${language}.${key}`).not.toBe('');
      }
      // The placeholders of the English text are in every translation.
      for (const key of keys) {
        const wanted = String(en[key as keyof typeof en]).match(/\{\w+\}/g) ?? [];
        const got = String(messages[key as keyof typeof messages]);
        for (const placeholder of wanted) expect(got, `${language}.${key}`).toContain(placeholder);
      }
    }
  });

  it('says what the wall says in the texts they share (status, clock, notices)', async () => {
    for (const language of UN_LANGUAGES) {
      const phone: Record<string, unknown> = { ...(await loadFollowMessages(language)) };
      const wall: Record<string, string> = { ...WALL_TEXTS[language] };
      const shared = Object.keys(wall).filter((key) => key in phone);
      expect(shared.length).toBeGreaterThanOrEqual(20);
      for (const key of shared) expect(phone[key], `${language}.${key}`).toBe(wall[key]);
    }
  });

  it('writes places in line as each language does', async () => {
    const ordinals = async (language: (typeof UN_LANGUAGES)[number]) => {
      const { ordinal } = await loadFollowMessages(language);
      return [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal);
    };
    expect(await ordinals('en')).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
    expect((await ordinals('fr')).slice(0, 3)).toEqual(['1er', '2e', '3e']);
    expect((await ordinals('es')).slice(0, 2)).toEqual(['1.º', '2.º']);
    expect((await ordinals('ru')).slice(0, 2)).toEqual(['1-й', '2-й']);
    expect((await ordinals('zh')).slice(0, 1)).toEqual(['第 1 位']);
  });

  it('fills placeholders, names languages in the reader’s language, and sets Arabic right to left', () => {
    expect(format('{place} in line, around {time}', { place: '5th', time: '11:42' })).toBe(
      '5th in line, around 11:42',
    );
    expect(format('{missing}', {})).toBe('{missing}');
    expect(joinList(languageNames(['fr', 'es'], 'en'), 'en')).toBe('French and Spanish');
    expect(UN_LANGUAGES.map(directionOf)).toEqual(['rtl', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});
