import type { AuditServiceErrorShape } from '@asiointi/platform-audit';
import { describe, expectTypeOf, it } from 'vitest';
import type { ServiceErrorShape } from '../src/index';

describe('the error shape the audit router type promises the shell', () => {
  it('is the one every service answers with', () => {
    expectTypeOf<ServiceErrorShape>().toEqualTypeOf<AuditServiceErrorShape>();
  });
});
