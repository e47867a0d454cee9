// @vitest-environment jsdom
// The wall in the six official languages: its own texts, States named in the screen's language,
// Arabic right to left (the digits staying left to right).
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UN_LANGUAGES, type RoomState } from '../../../shared/domain/types.ts';
import { directionOf } from '../../../client/i18n/language.ts';
import { WALL_TEXTS } from '../../../client/views/display/wall-texts.ts';
import { at, makeRoom, renderWall, run, sec, storeWith, T0 } from './wall-harness.tsx';

afterEach(cleanup);

/** France speaking for 40 s, interpretation into French and Spanish only. */
const meeting = (): RoomState =>
  run(
    makeRoom(),
    T0,
    { type: 'nextSpeaker', start: true },
    { type: 'setInterpretation', status: 'partial', languages: ['fr', 'es'] },
  );

/** The wall's main texts, spaces collapsed. */
function texts(language: 'ar' | 'ru', room: RoomState = meeting()) {
  const wall = renderWall(storeWith(room), { language, now: at(sec(40)) });
  const all = (selector: string) =>
    [...wall.container.querySelectorAll(selector)].map((e) => e.textContent?.trim());
  return {
    wall,
    status: wall.textOf('.wall-status'),
    position: wall.textOf('.wall-position'),
    delegation: wall.textOf('.wall-delegation'),
    person: wall.textOf('.wall-person'),
    state: wall.textOf('.wall-clock-state'),
    notice: wall.textOf('.wall-notice'),
    nextHeading: wall.textOf('.wall-next h2'),
    next: all('.wall-next-name'),
    behalf: all('.wall-next-behalf'),
    follow: wall.part('.wall-follow figcaption').firstChild?.textContent,
  };
}

describe('the screen language', () => {
  it('is written right to left in Arabic only (which language: tests/client/view-kit)', () => {
    expect(UN_LANGUAGES.map(directionOf)).toEqual(['rtl', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('has every text of the wall in each of the six languages', () => {
    const keys = Object.keys(WALL_TEXTS.en);
    for (const language of UN_LANGUAGES) {
      const messages = WALL_TEXTS[language];
      expect(Object.keys(messages)).toEqual(keys);
      for (const key of keys) expect(messages[key as keyof typeof messages]).not.toBe('');
    }
  });
});

describe('an Arabic wall', () => {
  it('is right to left, with its texts and the States named in Arabic', () => {
    const arabic = texts('ar');
    expect(arabic.wall.part('.wall').getAttribute('dir')).toBe('rtl');
    expect(arabic.wall.part('.wall').getAttribute('lang')).toBe('ar');
    expect(arabic).toMatchObject({
      status: 'الجلسة منعقدة',
      position: 'المتكلم 1 من 5',
      delegation: 'فرنسا',
      state: '▶ يتكلم',
      notice:
        '⚠ الترجمة الشفوية متاحة فقط بـ: الفرنسية والإسبانية · لا تتوفر الترجمة الشفوية بـ: العربية والصينية والإنجليزية والروسية',
      nextHeading: 'المتكلمون التالون',
      next: ['ألمانيا', 'المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية', 'اليابان'],
      follow: 'تابِع على هاتفك',
    });
    expect(arabic.wall.textOf('.wall-digits')).toBe('2:20');
    // The link under the QR code stays left to right inside the Arabic caption.
    expect(arabic.wall.part('.wall-follow figcaption span').getAttribute('dir')).toBe('ltr');
  });

  it('says "on behalf of" and the suspension in Arabic', () => {
    const third = run(
      makeRoom(),
      T0,
      { type: 'nextSpeaker', start: true },
      { type: 'endSpeech' },
      { type: 'nextSpeaker', start: true },
      { type: 'endSpeech' },
      { type: 'nextSpeaker', start: true },
    );
    const wall = renderWall(storeWith(third), { language: 'ar' });
    expect(wall.textOf('.wall-behalf')).toBe(
      'باسم the Group of Friends of the Responsibility to Protect',
    );
    cleanup();
    const suspended = run(third, T0, { type: 'suspendMeeting', resumesAt: '15:00' });
    const paused = renderWall(storeWith(suspended), { language: 'ar' });
    expect(paused.textOf('.wall-message h2')).toBe('عُلّقت الجلسة');
    expect(paused.textOf('.wall-message p')).toBe('تُستأنف في الساعة 15:00');
    expect(paused.textOf('.wall-status')).toBe('معلّقة حتى 15:00');
  });
});

describe('a Russian wall', () => {
  it('has its texts and the States named in Russian', () => {
    const russian = texts('ru');
    expect(russian.wall.part('.wall').getAttribute('dir')).toBe('ltr');
    expect(russian).toMatchObject({
      status: 'Идёт заседание',
      position: 'Оратор 1 из 5',
      delegation: 'Франция',
      person: 'Permanent Representative',
      state: '▶ Выступление',
      notice:
        '⚠ Перевод только на: французский и испанский · Нет перевода на: арабский, китайский, английский и русский',
      nextHeading: 'Следующие ораторы',
      next: ['Германия', 'Соединенное Королевство Великобритании и Северной Ирландии', 'Япония'],
      behalf: ['the Group of Friends of the Responsibility to Protect'],
      follow: 'Следите по телефону',
    });
  });

  it('says the clock’s states, the suspension and the adjournment in Russian', () => {
    const paused = run(meeting(), at(sec(20)), { type: 'pauseSpeech' });
    let wall = renderWall(storeWith(paused), { language: 'ru' });
    expect(wall.textOf('.wall-clock-state')).toBe('❚❚ Пауза');
    cleanup();
    wall = renderWall(storeWith(meeting()), { language: 'ru', now: at(sec(160)) });
    expect(wall.textOf('.wall-clock-state')).toBe('▲ Время на исходе');
    cleanup();
    wall = renderWall(storeWith(meeting()), { language: 'ru', now: at(sec(200)) });
    expect(wall.textOf('.wall-clock-state')).toBe('+ Сверх времени');
    cleanup();
    const suspended = run(meeting(), T0, { type: 'suspendMeeting', resumesAt: '15:00' });
    wall = renderWall(storeWith(suspended), { language: 'ru' });
    expect(wall.textOf('.wall-message h2')).toBe('В заседании объявлен перерыв');
    expect(wall.textOf('.wall-message p')).toBe('Заседание возобновится в 15:00');
    expect(wall.textOf('.wall-status')).toBe('Перерыв до 15:00');
    cleanup();
    const adjourned = run(meeting(), T0, { type: 'adjournMeeting' });
    wall = renderWall(storeWith(adjourned), { language: 'ru' });
    expect(wall.textOf('.wall-idle h2')).toBe('Заседание закрыто');
  });
});
