import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinkTokenSealer, type LinkTokenPayload } from '../src/index';

const secret = 'a-test-secret-that-is-long-enough-2026';
const now = new Date('2026-03-30T06:00:00Z');
const inOneWeek = new Date('2026-04-06T06:00:00Z');
const sealer = createLinkTokenSealer(secret, 'booking-cancel');

const payloadArbitrary: fc.Arbitrary<LinkTokenPayload> = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.oneof(fc.string({ maxLength: 60 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  { maxKeys: 6 },
);

describe('link token sealer', () => {
  it('opens what it sealed, until the expiry', () => {
    fc.assert(
      fc.property(payloadArbitrary, (payload) => {
        const token = sealer.seal(payload, inOneWeek);
        expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
        const opened = sealer.open(token, now);
        // -0 and 0 are one number once written as JSON.
        expect(opened).toEqual({ ok: true, payload: JSON.parse(JSON.stringify(payload)) });
      }),
    );
    const token = sealer.seal({ bookingId: 'b-1', version: 3 }, inOneWeek);
    expect(sealer.open(token, new Date(inOneWeek.getTime() - 1))).toEqual({
      ok: true,
      payload: { bookingId: 'b-1', version: 3 },
    });
    expect(sealer.open(token, inOneWeek)).toEqual({ ok: false, reason: 'expired' });
  });

  it('reveals nothing: neither the payload nor the expiry, and a new token every time', () => {
    const payload = { bookingId: '3f1c9a2e-0000-4000-8000-000000000042', unit: 'Tuiran hyvinvointikeskus' };
    const first = sealer.seal(payload, inOneWeek);
    const second = sealer.seal(payload, inOneWeek);
    expect(first).not.toBe(second);
    const bytes = Buffer.from(first, 'base64url').toString('latin1');
    for (const hint of [payload.bookingId, '3f1c9a2e', 'Tuiran', 'bookingId', String(inOneWeek.getTime())]) {
      expect(bytes).not.toContain(hint);
      expect(first).not.toContain(hint);
    }
  });

  it('refuses a token with any byte changed, cut short or lengthened', () => {
    const token = sealer.seal({ bookingId: 'b-1' }, inOneWeek);
    const bytes = Buffer.from(token, 'base64url');
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (index, flip) => {
        const tampered = Buffer.from(bytes);
        tampered[index] = (tampered[index] ?? 0) ^ flip;
        expect(sealer.open(tampered.toString('base64url'), now)).toEqual({ ok: false, reason: 'invalid' });
      }),
    );
    for (const broken of [
      token.slice(0, -1),
      token.slice(0, 20),
      `${token}A`,
      `${token}=`,
      token.replace(/[A-Za-z]/, (letter) => (letter === 'A' ? 'B' : 'A')),
      '',
      'not a token',
      `${token.slice(0, 10)}+${token.slice(11)}`,
    ]) {
      expect(sealer.open(broken, now), broken).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('refuses a token of another purpose or another secret, and reads an expired forgery as invalid', () => {
    const token = sealer.seal({ bookingId: 'b-1' }, inOneWeek);
    expect(createLinkTokenSealer(secret, 'booking-reschedule').open(token, now)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(createLinkTokenSealer(`${secret}?`, 'booking-cancel').open(token, now)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    // Expiry is only told once the token is authentic: a foreign token never learns "expired".
    const foreign = createLinkTokenSealer(secret, 'other').seal({ a: 1 }, new Date(0));
    expect(sealer.open(foreign, now)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('needs a secret of at least 32 characters, a purpose and a plain payload', () => {
    expect(() => createLinkTokenSealer('x'.repeat(31), 'booking-cancel')).toThrow(/at least 32/);
    expect(() => createLinkTokenSealer(secret, ' ')).toThrow(/purpose/);
    expect(() => sealer.seal({ nested: { a: 1 } } as never, inOneWeek)).toThrow(TypeError);
    expect(() => sealer.seal({ n: Number.NaN }, inOneWeek)).toThrow(TypeError);
    expect(() => sealer.seal({ a: 'b' }, new Date('invalid'))).toThrow(TypeError);
  });
});
