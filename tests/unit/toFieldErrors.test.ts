import { describe, expect, it } from 'vitest';
import { createAjv, toFieldErrors, type FieldError, type Language } from '../../runtime';

/** A form schema with one field per kind of rule, validated with the runtime's own ajv configuration. */
const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'visitDate'],
  properties: {
    name: { title: 'Navn', type: 'string', maxLength: 5 },
    visitDate: { title: 'Dato', type: 'string', format: 'date' },
    score: { title: 'Score', type: 'integer', minimum: 0, maximum: 3 },
    channel: {
      title: 'Kanal',
      type: 'string',
      oneOf: [
        { const: 'phone', title: 'Telefon' },
        { const: 'sms', title: 'SMS' },
        { const: 'letter', title: 'Brev' },
      ],
    },
    firstTime: {
      title: 'Førstegangsforældre',
      type: 'boolean',
      oneOf: [
        { const: true, title: 'Ja' },
        { const: false, title: 'Nej' },
      ],
    },
    location: { title: 'Sted', type: 'string', enum: ['home', 'clinic'] },
    attempts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['date'],
        properties: { date: { type: 'string', format: 'date' } },
      },
    },
  },
};

const validate = createAjv().compile(schema);

function errorsFor(data: unknown, language: Language = 'da'): FieldError[] {
  expect(validate(data)).toBe(false);
  return toFieldErrors(validate.errors, language);
}

const messagesAt = (errors: FieldError[], path: string) =>
  errors.filter((e) => e.path === path).map((e) => e.message);

const valid = { name: 'Ida', visitDate: '2027-01-10' };

describe('toFieldErrors gives one plain Danish message per field', () => {
  it('names each missing required field by its path', () => {
    const errors = errorsFor({});
    expect(errors).toEqual([
      { path: 'name', keyword: 'required', message: 'Skal udfyldes' },
      { path: 'visitDate', keyword: 'required', message: 'Skal udfyldes' },
    ]);
  });

  it('finds a missing field inside a list item', () => {
    const errors = errorsFor({ ...valid, attempts: [{ date: '2027-01-10' }, {}] });
    expect(errors).toEqual([{ path: 'attempts.1.date', keyword: 'required', message: 'Skal udfyldes' }]);
  });

  it('says what type a field must have', () => {
    expect(messagesAt(errorsFor({ ...valid, score: 'tre' }), 'score')).toEqual(['Skal være et helt tal']);
    expect(messagesAt(errorsFor({ ...valid, name: 12 }), 'name')).toEqual(['Skal være tekst']);
  });

  it('asks for one of the choices, once, however many choices there are', () => {
    const errors = errorsFor({ ...valid, channel: 'fax' });
    expect(errors).toEqual([{ path: 'channel', keyword: 'oneOf', message: 'Vælg en af de mulige værdier' }]);
  });

  it('asks for one of the choices of an enum', () => {
    expect(messagesAt(errorsFor({ ...valid, location: 'car' }), 'location')).toEqual([
      'Vælg en af de mulige værdier',
    ]);
  });

  it('gives a yes/no choice of the wrong type one message, not one for the type and one for the choices', () => {
    const errors = errorsFor({ ...valid, firstTime: 'ja' });
    expect(messagesAt(errors, 'firstTime')).toHaveLength(1);
  });

  it('says a date must be a valid date', () => {
    expect(messagesAt(errorsFor({ ...valid, visitDate: '2027-02-30' }), 'visitDate')).toEqual([
      'Skal være en gyldig dato',
    ]);
    expect(messagesAt(errorsFor({ ...valid, visitDate: '10-01-2027' }), 'visitDate')).toEqual([
      'Skal være en gyldig dato',
    ]);
  });

  it('names the limit of a number that is too small or too large', () => {
    expect(messagesAt(errorsFor({ ...valid, score: -1 }), 'score')).toEqual(['Skal være mindst 0']);
    expect(messagesAt(errorsFor({ ...valid, score: 4 }), 'score')).toEqual(['Må højst være 3']);
  });

  it('names the limit of a text that is too long', () => {
    expect(messagesAt(errorsFor({ ...valid, name: 'Sebastian' }), 'name')).toEqual(['Må højst være 5 tegn']);
  });

  it('names a field the form does not have', () => {
    const errors = errorsFor({ ...valid, cpr: '010101-1234' });
    expect(errors).toEqual([
      { path: '', keyword: 'additionalProperties', message: expect.stringContaining('cpr') as unknown },
    ]);
  });

  it('gives nothing for no errors', () => {
    expect(toFieldErrors(null, 'da')).toEqual([]);
    expect(toFieldErrors(undefined, 'en')).toEqual([]);
  });
});

describe('toFieldErrors speaks English when asked', () => {
  it.each([
    { data: {}, path: 'name', message: 'Required' },
    { data: { ...valid, score: 'tre' }, path: 'score', message: 'Must be a whole number' },
    { data: { ...valid, channel: 'fax' }, path: 'channel', message: 'Choose one of the allowed values' },
    { data: { ...valid, visitDate: '2027-02-30' }, path: 'visitDate', message: 'Must be a valid date' },
    { data: { ...valid, score: -1 }, path: 'score', message: 'Must be at least 0' },
    { data: { ...valid, score: 4 }, path: 'score', message: 'Must be at most 3' },
  ])('$path: $message', ({ data, path, message }) => {
    expect(messagesAt(errorsFor(data, 'en'), path)).toEqual([message]);
  });
});
