import { describe, expect, it } from 'vitest';
import { reminderEmailSchema, reminderPhoneSchema, updateReminderContactInputSchema } from '../src/index';

describe('reminder contact', () => {
  it('keeps a mobile number in international form however it was typed', () => {
    for (const typed of [
      '040 123 4567',
      '040-1234567',
      '+358 40 123 4567',
      '00358401234567',
      ' (040) 123.4567 ',
    ]) {
      expect(reminderPhoneSchema.parse(typed)).toBe('+358401234567');
    }
    expect(reminderPhoneSchema.parse('+46 70 123 45 67')).toBe('+46701234567');
  });

  it('refuses what is not a phone number, and anything longer than 30 characters', () => {
    for (const typed of [
      '',
      '12',
      'abc',
      '+0401234567',
      '040 123 4567 ext 5',
      '0'.repeat(31),
      '4'.repeat(200_000),
    ]) {
      expect(reminderPhoneSchema.safeParse(typed).success, typed.slice(0, 40)).toBe(false);
    }
  });

  it('takes an e-mail address of at most 254 characters', () => {
    expect(reminderEmailSchema.parse(' anna.virtanen@example.fi ')).toBe('anna.virtanen@example.fi');
    expect(reminderEmailSchema.safeParse('anna@').success).toBe(false);
    expect(reminderEmailSchema.safeParse(`${'a'.repeat(250)}@example.fi`).success).toBe(false);
  });

  it('needs the resident’s confirmation and takes nothing else', () => {
    const valid = { phone: '0401234567', email: null, confirmed: true };
    expect(updateReminderContactInputSchema.parse(valid)).toEqual({ ...valid, phone: '+358401234567' });
    expect(updateReminderContactInputSchema.safeParse({ ...valid, confirmed: false }).success).toBe(false);
    expect(updateReminderContactInputSchema.safeParse({ phone: null, email: null }).success).toBe(false);
    expect(updateReminderContactInputSchema.safeParse({ ...valid, subject: 'someone' }).success).toBe(false);
  });
});
