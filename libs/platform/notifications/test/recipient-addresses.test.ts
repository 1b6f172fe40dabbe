import { describe, expect, it } from 'vitest';
import {
  storedAddressOnly,
  storedOrTestAddress,
  withModuleAddresses,
  type ModuleAddressOf,
} from '../src/index';

const registered: ModuleAddressOf = async ({ recipientRef, channel }) =>
  recipientRef === 'person:anna' ? (channel === 'sms' ? '+358401234567' : 'anna@example.fi') : null;

describe('withModuleAddresses', () => {
  it('prefers an address stored with the notification, then the module’s own, then the fallback', async () => {
    const resolve = withModuleAddresses(registered, storedOrTestAddress);
    const anna = { recipientRef: 'person:anna', recipientAddress: null };
    expect(await resolve({ ...anna, channel: 'sms' })).toBe('+358401234567');
    expect(await resolve({ ...anna, channel: 'email' })).toBe('anna@example.fi');
    expect(await resolve({ ...anna, channel: 'sms', recipientAddress: '+358500000001' })).toBe(
      '+358500000001',
    );
    // Nobody the module knows: the development fallback's test address.
    expect(await resolve({ recipientRef: 'person:other', recipientAddress: null, channel: 'sms' })).toBe(
      '+358500000000',
    );
  });

  it('resolves to nothing with a real gateway when neither the notification nor the module has an address', async () => {
    const resolve = withModuleAddresses(registered, storedAddressOnly);
    expect(
      await resolve({ recipientRef: 'person:other', recipientAddress: null, channel: 'email' }),
    ).toBeNull();
  });
});
