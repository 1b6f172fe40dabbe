import { describe, expect, it } from 'vitest';
import {
  defaultResidentPreferences,
  residentPreferencesSchema,
  setSelfBookableInputSchema,
  updateResidentPreferencesInputSchema,
} from '../src/index';

describe('resident preferences', () => {
  it('has defaults that are valid preferences', () => {
    expect(residentPreferencesSchema.parse({ ...defaultResidentPreferences, updatedAt: null })).toEqual({
      reminderChannel: 'sms',
      serviceLanguage: null,
      updatedAt: null,
    });
  });

  it('takes a reminder channel and a language or null, nothing else', () => {
    const valid = { reminderChannel: 'email', serviceLanguage: 'sv' };
    expect(updateResidentPreferencesInputSchema.parse(valid)).toEqual(valid);
    expect(updateResidentPreferencesInputSchema.safeParse({ ...valid, serviceLanguage: null }).success).toBe(
      true,
    );
    expect(updateResidentPreferencesInputSchema.safeParse({ ...valid, reminderChannel: 'fax' }).success).toBe(
      false,
    );
    expect(updateResidentPreferencesInputSchema.safeParse({ ...valid, serviceLanguage: 'de' }).success).toBe(
      false,
    );
    // Unknown fields are refused rather than ignored: no one smuggles a subject or an identity code in.
    expect(updateResidentPreferencesInputSchema.safeParse({ ...valid, subject: 'someone' }).success).toBe(
      false,
    );
  });

  it('gives updatedAt as an ISO instant', () => {
    const stored = { reminderChannel: 'none', serviceLanguage: 'en', updatedAt: '2026-03-14T08:00:00.000Z' };
    expect(residentPreferencesSchema.parse(stored)).toEqual(stored);
    expect(residentPreferencesSchema.safeParse({ ...stored, updatedAt: '14.3.2026' }).success).toBe(false);
  });
});

describe('setSelfBookable input', () => {
  it('takes a service type id as a UUID and a boolean', () => {
    const input = { serviceTypeId: '7c0e3f7e-2f7d-4f53-8a8e-0d5d7c3c2b10', selfBookable: false };
    expect(setSelfBookableInputSchema.parse(input)).toEqual(input);
    expect(setSelfBookableInputSchema.safeParse({ ...input, serviceTypeId: 'nurse' }).success).toBe(false);
    expect(setSelfBookableInputSchema.safeParse({ ...input, selfBookable: 'yes' }).success).toBe(false);
  });
});
