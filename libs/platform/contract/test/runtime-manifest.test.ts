import { describe, expect, it } from 'vitest';
import { runtimeManifestSchema } from '../src/index';

const booking = {
  name: 'booking',
  manifestUrl: 'http://127.0.0.1:4301/mf-manifest.json',
  apiUrl: 'http://127.0.0.1:4401',
  version: '0.1.0',
  title: { fi: 'Ajanvaraus', sv: 'Tidsbokning', en: 'Appointment booking' },
  description: {
    fi: 'Varaa, siirrä tai peru aika.',
    sv: 'Boka, flytta eller avboka en tid.',
    en: 'Book, move or cancel an appointment.',
  },
  staff: { path: 'staff', title: { fi: 'Ajanvarausten hallinta', sv: 'Hantering av tidsbokningar', en: 'Appointment management' } },
};

describe('runtimeManifestSchema', () => {
  it('accepts the documented example', () => {
    expect(runtimeManifestSchema.parse({ remotes: [booking] })).toEqual({ remotes: [booking] });
  });

  it('accepts a portal with no remotes deployed', () => {
    expect(runtimeManifestSchema.parse({ remotes: [] }).remotes).toEqual([]);
  });

  it('accepts a module the shell has never heard of, with its own words', () => {
    const remotes = ['booking', 'family-centre', 'client-guidance', 'school-health'].map((name) => ({
      ...booking,
      name,
    }));
    expect(runtimeManifestSchema.safeParse({ remotes }).success).toBe(true);
  });

  it('refuses a name that cannot be a path of the portal', () => {
    for (const name of ['Payments', '../admin', 'booking/staff', '-booking', 'a'.repeat(41), '']) {
      expect(runtimeManifestSchema.safeParse({ remotes: [{ ...booking, name }] }).success, name).toBe(false);
    }
  });

  it('needs the title and description in every language', () => {
    const { title: _title, ...untitled } = booking;
    expect(runtimeManifestSchema.safeParse({ remotes: [untitled] }).success).toBe(false);
    const swedishMissing = { ...booking, description: { fi: 'Kuvaus', en: 'Description' } };
    expect(runtimeManifestSchema.safeParse({ remotes: [swedishMissing] }).success).toBe(false);
  });

  it('keeps the staff pages inside the module', () => {
    for (const path of ['/staff', '../shell', 'staff/../../x', 'https://evil.example/staff']) {
      const remote = { ...booking, staff: { ...booking.staff, path } };
      expect(runtimeManifestSchema.safeParse({ remotes: [remote] }).success, path).toBe(false);
    }
    const { staff: _staff, ...withoutStaffPages } = booking;
    expect(runtimeManifestSchema.safeParse({ remotes: [withoutStaffPages] }).success).toBe(true);
  });

  it('refuses a URL that is not http(s)', () => {
    expect(
      runtimeManifestSchema.safeParse({ remotes: [{ ...booking, manifestUrl: 'javascript:alert(1)' }] })
        .success,
    ).toBe(false);
    expect(runtimeManifestSchema.safeParse({ remotes: [{ ...booking, apiUrl: 'not a url' }] }).success).toBe(
      false,
    );
  });

  it('refuses a missing version', () => {
    const { version: _version, ...withoutVersion } = booking;
    expect(runtimeManifestSchema.safeParse({ remotes: [withoutVersion] }).success).toBe(false);
  });

  it('refuses the same module twice', () => {
    const result = runtimeManifestSchema.safeParse({ remotes: [booking, booking] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Remote "booking" is listed twice');
  });
});
