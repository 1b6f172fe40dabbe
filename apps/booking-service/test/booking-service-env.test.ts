import { ServiceConfigError } from '@asiointi/platform-service';
import { describe, expect, it } from 'vitest';
import { readBookingServiceEnv } from '../src/booking-service-env';

describe('the booking service environment', () => {
  it('leaves the unit sync interval to the worker when UNIT_SYNC_INTERVAL_MINUTES is unset or empty', () => {
    expect(readBookingServiceEnv({})).toEqual({ unitSyncIntervalMs: undefined });
    expect(readBookingServiceEnv({ UNIT_SYNC_INTERVAL_MINUTES: ' ' })).toEqual({
      unitSyncIntervalMs: undefined,
    });
  });

  it('reads the interval in whole minutes', () => {
    expect(readBookingServiceEnv({ UNIT_SYNC_INTERVAL_MINUTES: '30' })).toEqual({
      unitSyncIntervalMs: 1_800_000,
    });
    expect(readBookingServiceEnv({ UNIT_SYNC_INTERVAL_MINUTES: '1440' })).toEqual({
      unitSyncIntervalMs: 86_400_000,
    });
  });

  it.each(['0', '1441', '2.5', 'ten', '-5'])('refuses %s without echoing it', (value) => {
    expect(() => readBookingServiceEnv({ UNIT_SYNC_INTERVAL_MINUTES: value })).toThrow(ServiceConfigError);
    expect(() => readBookingServiceEnv({ UNIT_SYNC_INTERVAL_MINUTES: value })).toThrow(
      /UNIT_SYNC_INTERVAL_MINUTES: must be whole minutes from 1 to 1440$/,
    );
  });
});
