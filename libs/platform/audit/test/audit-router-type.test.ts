import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { describe, expectTypeOf, it } from 'vitest';
import type { AuditRouter, AuditServiceRouter, MyDataEventsOutput } from '../src/index';

describe('the AuditRouter type the shell builds its client on', () => {
  it('has myDataEvents with the fixed input and output', () => {
    expectTypeOf<inferRouterOutputs<AuditRouter>['myDataEvents']>().toEqualTypeOf<MyDataEventsOutput>();
    expectTypeOf<inferRouterInputs<AuditRouter>['myDataEvents']>().toEqualTypeOf<
      { limit?: number; before?: string } | undefined | void
    >();
    expectTypeOf<
      inferRouterOutputs<AuditServiceRouter>['audit']['myDataEvents']['events'][number]['actor']['kind']
    >().toEqualTypeOf<'self' | 'guardian' | 'mandate-holder' | 'staff' | 'system' | 'another-person'>();
    expectTypeOf<
      inferRouterOutputs<AuditServiceRouter>['audit']['myDataEvents']['labels']['purposes']
    >().toEqualTypeOf<Record<string, { fi: string; sv: string; en: string }>>();
  });
});
