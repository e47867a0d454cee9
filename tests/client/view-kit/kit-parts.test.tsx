// @vitest-environment jsdom
// The view kit's shared parts, as every screen shows them, in each of the six languages: the
// countdown (digits and the clock's state in words), the interpretation notice (the languages
// with interpretation and those without), the meeting's message, and the speaker on the floor
// named as the UN names the delegation in that language.
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { delegationName } from '../../../shared/delegations/display-name.ts';
import { UN_LANGUAGES, type RoomState, type UnLanguage } from '../../../shared/domain/types.ts';
import { loadDelegationNames } from '../../../client/i18n/delegation-names.ts';
import { format } from '../../../client/i18n/format.ts';
import { ar } from '../../../client/i18n/meeting-texts/ar.ts';
import { en } from '../../../client/i18n/meeting-texts/en.ts';
import { es } from '../../../client/i18n/meeting-texts/es.ts';
import { fr } from '../../../client/i18n/meeting-texts/fr.ts';
import type { MeetingTexts } from '../../../client/i18n/meeting-texts/meeting-texts.ts';
import { ru } from '../../../client/i18n/meeting-texts/ru.ts';
import { zh } from '../../../client/i18n/meeting-texts/zh.ts';
import { Countdown } from '../../../client/view-kit/Countdown.tsx';
import { FloorSpeaker } from '../../../client/view-kit/FloorSpeaker.tsx';
import { InterpretationNotice } from '../../../client/view-kit/InterpretationNotice.tsx';
import { MeetingMessage } from '../../../client/view-kit/MeetingMessage.tsx';
import { ScreenProvider } from '../../../client/view-kit/screen.tsx';
import {
  at,
  DIALOGUE_MEETING,
  roomFrom,
  run,
  sec,
  showAt,
  steppingClock,
  storeAt,
  T0,
} from '../room-harness.ts';

const TEXTS: Record<UnLanguage, MeetingTexts> = { ar, zh, en, fr, ru, es };

/** France as the UN names it in each language (the M49 tables). */
const FRANCE: Record<UnLanguage, string> = {
  ar: 'فرنسا',
  zh: '法国',
  en: 'France',
  fr: 'France',
  ru: 'Франция',
  es: 'Francia',
};

beforeAll(async () => {
  await Promise.all(UN_LANGUAGES.map((language) => loadDelegationNames(language)));
});
afterEach(cleanup);

/** France speaking for the European Union since T0, Germany next. */
function speaking(): RoomState {
  const room = roomFrom({
    id: 'cr4',
    meeting: DIALOGUE_MEETING,
    speakers: [
      { delegation: 'FRA', speakerName: 'Ms. Dupont', onBehalfOf: 'European Union' },
      { delegation: 'DEU' },
    ],
  });
  return run(room, T0, { type: 'nextSpeaker', start: true });
}

function renderKit(state: RoomState, language: UnLanguage, now = T0) {
  const clock = steppingClock(now);
  const store = storeAt(state, now);
  const view = render(
    <ScreenProvider value={{ store, language, texts: TEXTS[language] }} clock={clock.now}>
      <InterpretationNotice prefix="kit" />
      <MeetingMessage prefix="kit" phase={{ kind: 'sitting' }} />
      <FloorSpeaker prefix="kit" />
      <Countdown prefix="kit" />
    </ScreenProvider>,
  );
  const text = (selector: string) =>
    (view.container.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { view, clock, text };
}

/** Language names as a reader of `language` writes them, joined as the language joins lists. */
function listOf(codes: UnLanguage[], language: UnLanguage): string {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(
    codes.map((code) => names.of(code) ?? code),
  );
}

describe.each(UN_LANGUAGES)('the kit in %s', (language) => {
  const texts = TEXTS[language];

  it('counts down with the clock’s state in words, then says it is paused', async () => {
    const { clock, text } = renderKit(speaking(), language);
    await showAt(clock, at(sec(40)));
    expect(text('.kit-digits')).toBe('2:20');
    expect(text('.kit-clock-state')).toBe(`▶ ${texts.running}`);
    const paused = renderKit(run(speaking(), at(sec(50)), { type: 'pauseSpeech' }), language);
    expect(paused.text('.kit-clock-state')).toBe(`❚❚ ${texts.paused}`);
  });

  it('names the speaker, the delegation and the group in the screen’s language', () => {
    const { text } = renderKit(speaking(), language);
    expect(text('.kit-delegation')).toBe(delegationName('FRA', language));
    expect(text('.kit-delegation')).toBe(FRANCE[language]);
    expect(text('.kit-person')).toBe('Ms. Dupont');
    expect(text('.kit-behalf')).toBe(
      format(texts.onBehalfOf, { group: delegationName('European Union', language) }),
    );
    expect(text('.kit-position')).toBe(format(texts.speakerOf, { n: 1, total: 2 }));
  });

  it('says which languages have interpretation and which do not', () => {
    const partial = run(speaking(), T0, {
      type: 'setInterpretation',
      status: 'partial',
      languages: ['fr', 'es'],
    });
    const { text } = renderKit(partial, language);
    expect(text('.kit-notice')).toBe(
      `⚠ ${format(texts.interpretationPartial, { languages: listOf(['fr', 'es'], language) })} · ` +
        format(texts.interpretationNotIn, {
          languages: listOf(['ar', 'zh', 'en', 'ru'], language),
        }),
    );
    const none = run(speaking(), T0, { type: 'setInterpretation', status: 'unavailable' });
    expect(renderKit(none, language).text('.kit-notice')).toBe(
      `⚠ ${texts.interpretationUnavailable}`,
    );
  });

  it('shows no notice while interpretation is fully provided', () => {
    const { view } = renderKit(speaking(), language);
    expect(view.container.querySelector('.kit-notice')).toBeNull();
  });

  it('gives the chair’s announcement in the screen’s language where a version is given', () => {
    const announced = run(speaking(), T0, {
      type: 'announce',
      text: 'The vote will take place at 12:30.',
      textTranslations: { fr: 'Le vote aura lieu à 12 h 30.' },
    });
    const { text } = renderKit(announced, language);
    expect(text('.kit-message h2')).toBe(texts.announcement);
    expect(text('.kit-message p')).toBe(
      language === 'fr' ? 'Le vote aura lieu à 12 h 30.' : 'The vote will take place at 12:30.',
    );
  });
});
