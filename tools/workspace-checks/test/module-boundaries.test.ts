import { describe, expect, it } from 'vitest';
import { boundaryRule, browserImportsRule, moduleBoundaryProbes } from '../src/index';
import { ruleViolations } from './lint-engine';

// Each snippet uses what it imports, so that only the import itself can be what lint objects to. The
// module generator's own test runs the same module probes against a module it has just generated.
describe('module boundaries are enforced by lint in the booking module', () => {
  for (const probe of moduleBoundaryProbes('booking', 'BookingRouter', 'feedback')) {
    it(probe.name, async () => {
      const violations = await ruleViolations(probe.file, probe.code);
      if (probe.refusedBy.length === 0) expect(violations).toEqual([]);
      for (const rule of probe.refusedBy) expect(violations).toContain(rule);
    });
  }
});

describe('the shell and the platform stay free of module code', () => {
  it('keeps the shell free of module code at build time', async () => {
    const violations = await ruleViolations(
      'apps/shell/src/boundary-probe.ts',
      "import { unitSchema } from '@asiointi/booking-contract';\nexport const probe = unitSchema;\n",
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

  it('refuses node: imports in the shell', async () => {
    const violations = await ruleViolations(
      'apps/shell/src/boundary-probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
    );
    expect(violations).toContain(browserImportsRule);
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

  it('keeps server-only packages out of browser code', async () => {
    const violations = await ruleViolations(
      'apps/booking/src/boundary-probe.ts',
      "import postgres from 'postgres';\nexport const probe = postgres;\n",
    );
    expect(violations).toContain(boundaryRule);
  });
});
