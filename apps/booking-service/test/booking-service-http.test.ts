import type { BookingRouter } from '@asiointi/booking-api';
import { unitSchema } from '@asiointi/booking-contract';
import { demoUnitIds } from '@asiointi/booking-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { expect, it } from 'vitest';
import { useBookingService } from './start-on-engine';

describeOnDatabases('booking service over HTTP', (engine) => {
  const service = useBookingService(engine);

  it('serves the seeded units at /trpc/units.list', async () => {
    const response = await fetch(`${service().url}/trpc/units.list`, {
      headers: { 'accept-language': 'sv' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: unknown[] } };
    const units = body.result.data.map((unit) => unitSchema.parse(unit));
    expect(units.map((unit) => unit.name.sv)).toEqual([
      'Kuusamo social- och hälsostation',
      'Kaijonharju välfärdscentral',
      'Tuira tandklinik',
      'Brahestads hälsostation',
    ]);
  });

  it('answers the typed tRPC client, errors included', async () => {
    const client = createTRPCClient<BookingRouter>({
      links: [httpBatchLink({ url: `${service().url}/trpc`, headers: { 'accept-language': 'en' } })],
    });
    const [units, services] = await Promise.all([
      client.units.list.query(),
      client.services.listByUnit.query({ unitId: demoUnitIds.tuira }),
    ]);
    expect(units).toHaveLength(4);
    expect(services.map((s) => s.name.en)).toEqual(['Dental check-up', 'Dental hygienist appointment']);

    const failure = await client.services.listByUnit
      .query({ unitId: '00000000-0000-4000-8000-000000000000' })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(TRPCClientError);
    expect((failure as TRPCClientError<BookingRouter>).data).toEqual({
      code: 'UNIT_NOT_FOUND',
      trpcCode: 'NOT_FOUND',
      httpStatus: 404,
    });
  });

  it('is ready: its database answers', async () => {
    const response = await fetch(`${service().url}/readyz`);
    expect(response.status).toBe(200);
  });
});
