// Where each path the hub names lands in the meeting form (table-driven).
import { describe, expect, it } from 'vitest';
import { fieldOfPath } from '../../../client/views/admin/field-of-path.ts';
import { refusalErrors } from '../../../client/views/admin/field-errors.ts';
import { adminMessages } from '../../../client/views/admin/messages/admin-messages.ts';

describe('fieldOfPath', () => {
  it.each([
    [undefined, { field: '' }],
    ['', { field: '' }],
    ['title', { field: 'title' }],
    ['defaultLimitMs', { field: 'defaultLimitMs' }],
    ['sittings', { field: 'sittings' }],
    ['sittings.0', { field: 'sittings.0' }],
    ['sittings.1.end', { field: 'sittings.1.end' }],
    ['sittings.2.date', { field: 'sittings.2.date' }],
    ['interpretation', { field: 'interpretation' }],
    ['interpretation.languages', { field: 'interpretation.languages' }],
    ['interpretation.note', { field: 'interpretation.note' }],
    ['titleTranslations', { field: 'titleTranslations' }],
    ['titleTranslations.fr', { field: 'titleTranslations.fr' }],
    ['themeTranslations.ar', { field: 'themeTranslations.ar' }],
    ['themeTranslations.de', { field: 'themeTranslations' }],
    ['interpretation.noteTranslations', { field: 'interpretation.noteTranslations' }],
    ['interpretation.noteTranslations.zh', { field: 'interpretation.noteTranslations.zh' }],
    ['segments', { field: 'segments' }],
    ['segments.1', { field: 'segments.1' }],
    ['segments.1.title', { field: 'segments.1.title' }],
    ['segments.0.defaultLimitMs', { field: 'segments.0.defaultLimitMs' }],
    ['segments.1.speakers', { field: 'segments.1.speakers' }],
    ['segments.1.speakers.3.delegation', { field: 'segments.1.speakers', speaker: 3 }],
    ['segments.4.speakers.0', { field: 'segments.4.speakers', speaker: 0 }],
    ['speakers.7.limitMs', { field: 'segments.0.speakers', speaker: 7 }],
    ['id', { field: '' }],
  ])('%s → %o', (path, expected) => {
    expect(fieldOfPath(path)).toEqual(expected);
  });
});

describe('refusalErrors', () => {
  const messages = adminMessages('en');

  it('names the speaker of a list at fault, in the console’s words, with the hub’s sentence', () => {
    const errors = refusalErrors(
      {
        code: 'textTooLong',
        message: 'segments.1.speakers.3.speakerName: too long, at most 120 characters.',
        path: 'segments.1.speakers.3.speakerName',
      },
      messages,
      (segment, index) => (segment === 1 && index === 3 ? 'Kenya' : undefined),
    );
    expect(errors).toEqual({
      'segments.1.speakers': {
        text: 'Speaker 4 (Kenya): Too long.',
        detail: 'too long, at most 120 characters.',
      },
    });
  });

  it('says a refusal without a path above the form, and one it has no words for as the hub’s', () => {
    expect(refusalErrors({ code: 'listClosed', message: 'The list is closed.' }, messages)).toEqual(
      {
        '': { text: 'The hub refused this.', detail: 'The list is closed.' },
      },
    );
  });
});
