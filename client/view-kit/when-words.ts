// How the screens say when something happens on the room's clock: "Today at 15:00", "Tomorrow
// at 10:00", "Thursday, September 7 at 10:00". Times are the room's 24-hour clock, as everywhere
// on the screens; a later day is written by the screen's language (Intl), in the room's calendar.
import type { UnLanguage } from '../../shared/domain/types.ts';
import type { LocalDate } from '../../shared/time.ts';
import { localTimeAt } from '../../shared/zoned-time.ts';
import { format } from '../i18n/format.ts';
import type { MeetingTexts } from '../i18n/meeting-texts/meeting-texts.ts';
import type { Moment } from './room-phase.ts';

/** The words for a day, out of a language's texts. */
export type WhenTexts = Pick<MeetingTexts, 'todayAt' | 'tomorrowAt' | 'dateAt'>;

/**
 * A date of the room's calendar in the reader's language: weekday, day and month (the screens
 * announce days ahead, not years). Read at noon UTC: the date is already the room's.
 */
export function localDateText(date: LocalDate, language: UnLanguage): string {
  const at = Date.parse(`${date}T12:00:00Z`);
  if (Number.isNaN(at)) return date;
  return new Intl.DateTimeFormat(language, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(at);
}

/** When a moment is, as a line of its own: "Today at 15:00", "Tomorrow at 10:00", a date. */
export function whenText(
  moment: Moment,
  texts: WhenTexts,
  timeZone: string,
  language: UnLanguage,
): string {
  const time = localTimeAt(moment.at, timeZone);
  if (moment.day !== 'later') {
    return format(moment.day === 'today' ? texts.todayAt : texts.tomorrowAt, { time });
  }
  const date = localDateText(moment.date, language);
  const line = format(texts.dateAt, { date, time });
  // The line starts with a capital where the language has them ("Jeudi 7 septembre à 10:00").
  return line.charAt(0).toLocaleUpperCase(language) + line.slice(1);
}
