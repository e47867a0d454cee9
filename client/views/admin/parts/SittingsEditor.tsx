import type { RoomSummary } from '../../../../shared/protocol.ts';
import { addDays, localDateAt } from '../../../../shared/zoned-time.ts';
import { format } from '../../../i18n/format.ts';
import { useClientClock } from '../../../view-kit/client-clock.tsx';
import { useAdmin } from '../admin-context.tsx';
import { dateLabel, zoneOffset } from '../calendar-model.ts';
import type { FieldErrors } from '../field-errors.ts';
import { sittingDraft, type SittingDraft } from '../meeting-draft.ts';
import { ErrorText } from './ErrorText.tsx';
import { Field } from './Field.tsx';

/** The most sittings a meeting has (the hub's rule). */
const MAX_SITTINGS = 20;

/** The sitting after `last`: the afternoon of the same day, else the next morning. */
function nextSitting(last: SittingDraft | undefined, today: string): SittingDraft {
  if (!last) return sittingDraft({ date: today, start: '10:00', end: '13:00' });
  if (last.end !== '' && last.end <= '15:00') {
    return sittingDraft({ date: last.date, start: '15:00', end: '18:00' });
  }
  return sittingDraft({ date: addDays(last.date, 1) || last.date, start: '10:00', end: '13:00' });
}

/**
 * The meeting's sittings: a date, a start and an end each, in the room's time zone (said above
 * them, with its offset now). An error the hub gives a sitting as a whole (it overlaps another
 * meeting of the room) is shown under that sitting.
 */
export function SittingsEditor(props: {
  room: RoomSummary;
  sittings: SittingDraft[];
  onChange: (sittings: SittingDraft[]) => void;
  errors: FieldErrors;
}) {
  const { messages, language } = useAdmin();
  const clock = useClientClock();
  const { sittings, errors } = props;
  const change = (index: number, part: Partial<SittingDraft>) =>
    props.onChange(sittings.map((s, i) => (i === index ? { ...s, ...part } : s)));
  const remove = (index: number) => props.onChange(sittings.filter((_, i) => i !== index));
  const add = () => {
    const today = localDateAt(clock(), props.room.timeZone);
    props.onChange([...sittings, nextSitting(sittings[sittings.length - 1], today)]);
  };
  return (
    <fieldset className="admin-card admin-section admin-sittings">
      <legend>{messages.sections.sittings}</legend>
      <p className="admin-zone">
        {format(messages.sittingsZone, {
          zone: props.room.timeZone,
          offset: zoneOffset(props.room.timeZone, clock(), language),
        })}
      </p>
      {errors.sittings && <ErrorText error={errors.sittings} />}
      <ol className="admin-sitting-list">
        {sittings.map((sitting, index) => {
          const at = `sittings.${index}`;
          return (
            <li
              key={sitting.key}
              className="admin-sitting"
              data-invalid={errors[at] ? '' : undefined}
            >
              <span className="admin-sitting-number" aria-hidden="true">
                {index + 1}
              </span>
              <fieldset className="admin-sitting-fields">
                <legend className="chair-visually-hidden">
                  {format(messages.sittingN, { n: index + 1 })}
                </legend>
                <Field
                  label={messages.fields.date}
                  name={`${at}.date`}
                  type="date"
                  value={sitting.date}
                  onChange={(date) => change(index, { date })}
                  error={errors[`${at}.date`]}
                  // The date in words: the field itself writes it in the browser's own order.
                  hint={sitting.date === '' ? undefined : dateLabel(sitting.date, language)}
                  required
                />
                <Field
                  label={messages.fields.start}
                  name={`${at}.start`}
                  placeholder="HH:MM"
                  inputMode="numeric"
                  ltr
                  value={sitting.start}
                  onChange={(start) => change(index, { start })}
                  error={errors[`${at}.start`]}
                  required
                />
                <Field
                  label={messages.fields.end}
                  name={`${at}.end`}
                  placeholder="HH:MM"
                  inputMode="numeric"
                  ltr
                  value={sitting.end}
                  onChange={(end) => change(index, { end })}
                  error={errors[`${at}.end`]}
                  required
                />
              </fieldset>
              {sittings.length > 1 && (
                <button
                  type="button"
                  className="chair-danger-text admin-sitting-remove"
                  aria-label={format(messages.removeSittingN, { n: index + 1 })}
                  onClick={() => remove(index)}
                >
                  {messages.remove}
                </button>
              )}
              {errors[at] && (
                <div className="admin-sitting-error">
                  <ErrorText error={errors[at]} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className="chair-buttons">
        <button type="button" disabled={sittings.length >= MAX_SITTINGS} onClick={add}>
          {messages.addSitting}
        </button>
      </div>
    </fieldset>
  );
}
