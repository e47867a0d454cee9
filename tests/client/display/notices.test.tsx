// @vitest-environment jsdom
// What the wall says about the meeting rather than the speaker: the interpretation notice, an
// announcement, a suspension with the time it resumes (the room's time), the adjournment.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomState, UnLanguage } from '../../../shared/domain/types.ts';
import {
  at,
  makeRoom,
  meetingOf,
  pushChange,
  renderWall,
  run,
  sec,
  storeWith,
  T0,
} from './wall-harness.tsx';

afterEach(cleanup);

const speaking = (): RoomState => run(makeRoom(), T0, { type: 'nextSpeaker', start: true });

describe('the interpretation notice', () => {
  it('is absent while interpretation is available', () => {
    const wall = renderWall(storeWith(speaking()));
    expect(wall.container.querySelector('.wall-notice')).toBeNull();
  });

  it('says there is no interpretation, with the chair’s note', () => {
    const room = run(speaking(), T0, {
      type: 'setInterpretation',
      status: 'unavailable',
      note: 'The meeting may not have simultaneous interpretation available.',
    });
    const wall = renderWall(storeWith(room));
    expect(wall.textOf('.wall-notice')).toBe(
      '⚠ No simultaneous interpretation · The meeting may not have simultaneous interpretation available.',
    );
  });

  it.each<[UnLanguage, string]>([
    [
      'en',
      '⚠ Interpretation only in: French and Spanish · Not available: Arabic, Chinese, English, and Russian',
    ],
    [
      'fr',
      '⚠ Interprétation seulement en : français et espagnol · Pas d’interprétation en : arabe, chinois, anglais et russe',
    ],
    [
      'es',
      '⚠ Interpretación solo en: francés y español · Sin interpretación en: árabe, chino, inglés y ruso',
    ],
    [
      'ru',
      '⚠ Перевод только на: французский и испанский · Нет перевода на: арабский, китайский, английский и русский',
    ],
    [
      'zh',
      '⚠ 仅提供以下语言的口译：法语和西班牙语 · 不提供以下语言的口译：阿拉伯语、中文、英语和俄语',
    ],
    [
      'ar',
      '⚠ الترجمة الشفوية متاحة فقط بـ: الفرنسية والإسبانية · لا تتوفر الترجمة الشفوية بـ: العربية والصينية والإنجليزية والروسية',
    ],
  ])(
    'names the languages of a partial interpretation in the screen’s language (%s)',
    (language, text) => {
      const room = run(speaking(), T0, {
        type: 'setInterpretation',
        status: 'partial',
        languages: ['fr', 'es'],
      });
      expect(renderWall(storeWith(room), { language }).textOf('.wall-notice')).toBe(text);
    },
  );

  it('comes and goes as the chair changes it, the speaker staying on screen', () => {
    const before = speaking();
    const store = storeWith(before);
    const wall = renderWall(store);
    const partial = run(before, T0, {
      type: 'setInterpretation',
      status: 'partial',
      languages: ['en'],
    });
    pushChange(store, before, partial);
    expect(wall.textOf('.wall-notice')).toBe(
      '⚠ Interpretation only in: English · Not available: Arabic, Chinese, French, Russian, and Spanish',
    );
    const available = run(partial, T0, { type: 'setInterpretation', status: 'available' });
    pushChange(store, partial, available);
    expect(wall.container.querySelector('.wall-notice')).toBeNull();
    expect(wall.textOf('.wall-delegation')).toBe('France');
  });
});

describe('an announcement', () => {
  it('is beside the speaker and the countdown, which stay, in the next speakers’ place until cleared', () => {
    const before = speaking();
    const store = storeWith(before);
    const wall = renderWall(store);
    const announced = run(before, at(sec(10)), {
      type: 'announce',
      text: 'The vote will take place at 12:30 in the General Assembly Hall.',
    });
    pushChange(store, before, announced);
    const message = wall.part('.wall-message');
    expect(message.dataset.kind).toBe('announcement');
    expect(wall.textOf('.wall-message h2')).toBe('Announcement');
    expect(wall.textOf('.wall-message p')).toBe(
      'The vote will take place at 12:30 in the General Assembly Hall.',
    );
    expect(message.closest('.wall-side .wall-banner')).not.toBeNull();
    // The room still sees whose time runs out: the speaker and the clock stay.
    expect(wall.textOf('.wall-delegation')).toBe('France');
    expect(wall.part('.wall-countdown').dataset.phase).toBe('running');
    // It takes the next speakers' place (they are on the phones); the header stays.
    expect(wall.container.querySelector('.wall-next')).toBeNull();
    expect(wall.container.querySelector('.wall-status')).not.toBeNull();

    const cleared = run(announced, at(sec(20)), { type: 'clearAnnouncement' });
    pushChange(store, announced, cleared);
    expect(wall.container.querySelector('.wall-message')).toBeNull();
    expect(wall.container.querySelector('.wall-next')).not.toBeNull();
    expect(wall.textOf('.wall-delegation')).toBe('France');
    expect(wall.part('.wall-countdown').dataset.phase).toBe('running');
  });

  it('is marked long past 200 characters, for the wall to set it smaller', () => {
    const text = (length: number) => 'Informal consultations'.padEnd(length, '.');
    const lengthOf = (length: number) => {
      const wall = renderWall(
        storeWith(run(speaking(), T0, { type: 'announce', text: text(length) })),
      );
      const marked = wall.part('.wall-message p').dataset.length;
      cleanup();
      return marked;
    };
    expect([lengthOf(40), lengthOf(200), lengthOf(201), lengthOf(500)]).toEqual([
      'short',
      'short',
      'long',
      'long',
    ]);
  });
});

describe('a suspension', () => {
  it('fills the floor with the time the meeting resumes, in the room’s time zone', () => {
    // 10:00 in New York: resuming at '15:00' means 15:00 New York time, 19:00 UTC.
    const suspended = run(speaking(), at(sec(30)), { type: 'suspendMeeting', resumesAt: '15:00' });
    const wall = renderWall(storeWith(suspended), { now: at(sec(40)) });
    expect(wall.part('.wall-message').dataset.kind).toBe('suspended');
    expect(wall.textOf('.wall-message h2')).toBe('The meeting is suspended');
    expect(wall.textOf('.wall-message p')).toBe('It will resume at 15:00');
    expect(wall.textOf('.wall-status')).toBe('Suspended until 15:00');
    expect(wall.container.querySelector('.wall-countdown')).toBeNull();
  });

  it('gives a resume instant in the room’s time, whatever the browser’s zone', () => {
    const suspended = run(speaking(), T0, {
      type: 'suspendMeeting',
      resumesAt: Date.UTC(2017, 8, 6, 19, 30),
      note: 'Informal consultations in Conference Room 7',
    });
    const wall = renderWall(storeWith(suspended));
    expect(wall.textOf('.wall-message p')).toBe(
      'It will resume at 15:30 · Informal consultations in Conference Room 7',
    );
  });

  it('a resume instant no date can hold (stored before the hub bounded it) shows --:--', () => {
    // Today's hub refuses it; a snapshot from an older one may still carry it.
    const suspended = run(speaking(), T0, { type: 'suspendMeeting' });
    const status = { kind: 'suspended' as const, resumesAt: 8.64e15 + 1 };
    const bad = { ...suspended, current: { ...meetingOf(suspended), status } };
    const wall = renderWall(storeWith(bad));
    expect(wall.textOf('.wall-message p')).toBe('It will resume at --:--');
    expect(wall.textOf('.wall-status')).toBe('Suspended until --:--');
  });

  it('says "suspended" alone when no time is given, and the speaker comes back on resuming', () => {
    const before = speaking();
    const store = storeWith(before);
    const wall = renderWall(store, { now: at(sec(100)) });
    const suspended = run(before, at(sec(30)), { type: 'suspendMeeting' });
    pushChange(store, before, suspended);
    expect(wall.textOf('.wall-message')).toBe('The meeting is suspended');
    expect(wall.textOf('.wall-status')).toBe('Suspended');

    const resumed = run(suspended, at(sec(90)), { type: 'resumeMeeting' });
    pushChange(store, suspended, resumed);
    expect(wall.container.querySelector('.wall-message')).toBeNull();
    expect(wall.textOf('.wall-status')).toBe('In session');
    // The speech was stopped by the suspension: 30 s spoken, 2:30 left, paused.
    expect(wall.textOf('.wall-digits')).toBe('2:30');
    expect(wall.part('.wall-countdown').dataset.phase).toBe('paused');
  });
});

describe('the adjournment', () => {
  it('fills the floor, says so in the header, and lists no next speakers', () => {
    const adjourned = run(speaking(), at(sec(60)), { type: 'adjournMeeting' });
    const wall = renderWall(storeWith(adjourned), { now: at(sec(70)) });
    expect(wall.part('.wall-idle').dataset.phase).toBe('adjourned');
    expect(wall.textOf('.wall-idle h2')).toBe('The meeting is adjourned');
    expect(wall.textOf('.wall-upcoming')).toBe('No meeting is scheduled in this room.');
    expect(wall.textOf('.wall-status')).toBe('Adjourned');
    expect(wall.container.querySelector('.wall-speaker')).toBeNull();
    expect(wall.container.querySelector('.wall-countdown')).toBeNull();
    expect(wall.container.querySelector('.wall-next')).toBeNull();
    // The phones' QR code stays: they say what comes next too.
    expect(wall.container.querySelector('.wall-follow')).not.toBeNull();
  });
});
