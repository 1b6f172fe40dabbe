import { describe, expect, it } from 'vitest';
import { ruleViolations } from './lint-engine';

const boundaryRule = '@nx/enforce-module-boundaries';
const typeOnlyRule = '@typescript-eslint/no-restricted-imports';

// Each snippet uses what it imports, so that only the import itself can be what lint objects to.
describe('module boundaries are enforced by lint', () => {
  it('lets the booking remote import the booking router for its type', async () => {
    const violations = await ruleViolations(
      'apps/booking/src/boundary-probe.ts',
      "import type { BookingRouter } from '@asiointi/booking-api';\nexport type Probe = BookingRouter;\n",
    );
    expect(violations).toEqual([]);
  });

  it('refuses a value import from the booking data lib in the booking remote', async () => {
    const violations = await ruleViolations(
      'apps/booking/src/boundary-probe.ts',
      "import { listUnits } from '@asiointi/booking-data';\nexport const probe = listUnits;\n",
    );
    expect(violations).toContain(typeOnlyRule);
    expect(violations).toContain(boundaryRule);
  });

  it('refuses a value import from the booking api lib in the booking remote', async () => {
    const violations = await ruleViolations(
      'apps/booking/src/boundary-probe.ts',
      "import { bookingRouter } from '@asiointi/booking-api';\nexport const probe = bookingRouter;\n",
    );
    expect(violations).toContain(typeOnlyRule);
  });

  it('refuses any import from the feedback scope inside booking', async () => {
    for (const file of ['apps/booking/src/boundary-probe.ts', 'libs/booking/domain/src/boundary-probe.ts']) {
      const violations = await ruleViolations(
        file,
        "import { recommendationAnswerSchema } from '@asiointi/feedback-contract';\nexport const probe = recommendationAnswerSchema;\n",
      );
      expect(violations, file).toContain(boundaryRule);
    }
  });

  it('keeps the shell free of module code at build time', async () => {
    const violations = await ruleViolations(
      'apps/shell/src/boundary-probe.ts',
      "import { unitSchema } from '@asiointi/booking-contract';\nexport const probe = unitSchema;\n",
    );
    expect(violations).toContain(boundaryRule);
  });

  it('keeps server-only packages out of browser code', async () => {
    const violations = await ruleViolations(
      'apps/booking/src/boundary-probe.ts',
      "import postgres from 'postgres';\nexport const probe = postgres;\n",
    );
    expect(violations).toContain(boundaryRule);
  });

  it('lets a contract depend on zod only', async () => {
    const allowed = await ruleViolations(
      'libs/booking/contract/src/boundary-probe.ts',
      "import { z } from 'zod';\nexport const probe = z.string();\n",
    );
    expect(allowed).toEqual([]);
    const refused = await ruleViolations(
      'libs/booking/contract/src/boundary-probe.ts',
      "import { addDays } from 'date-fns';\nexport const probe = addDays;\n",
    );
    expect(refused).toContain(boundaryRule);
  });

  it('keeps I/O out of a domain lib', async () => {
    const violations = await ruleViolations(
      'libs/booking/domain/src/boundary-probe.ts',
      "import { drizzle } from 'drizzle-orm/postgres-js';\nexport const probe = drizzle;\n",
    );
    expect(violations).toContain(boundaryRule);
  });

  it('keeps the platform free of module code', async () => {
    const violations = await ruleViolations(
      'libs/platform/service/src/boundary-probe.ts',
      "import { unitSchema } from '@asiointi/booking-contract';\nexport const probe = unitSchema;\n",
    );
    expect(violations).toContain(boundaryRule);
  });
});

describe('browser code and Node built-ins', () => {
  it('refuses node: imports in the shell', async () => {
    const violations = await ruleViolations(
      'apps/shell/src/boundary-probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
    );
    expect(violations).toContain(typeOnlyRule);
  });
});
