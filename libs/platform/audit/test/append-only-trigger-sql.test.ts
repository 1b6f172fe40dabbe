import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { appendOnlyTriggerSql } from '../src/index';

describe('appendOnlyTriggerSql', () => {
  it('is what the fixture custom migration holds, so the documented step is the tested one', async () => {
    const migration = await readFile(
      new URL('./fixtures/migrations/0001_audit_log_append_only.sql', import.meta.url),
      'utf8',
    );
    expect(migration.trim()).toBe(appendOnlyTriggerSql('audit_fixture').trim());
  });

  it('names the schema and table, and refuses anything but plain identifiers', () => {
    expect(appendOnlyTriggerSql('booking')).toContain('ON "booking"."audit_log"');
    expect(() => appendOnlyTriggerSql('booking"; drop table x; --')).toThrow(/identifier/);
    expect(() => appendOnlyTriggerSql('Booking')).toThrow(/identifier/);
  });
});
