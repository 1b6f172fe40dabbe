import { fileURLToPath } from 'node:url';
import type { DatabaseDefinition } from '@asiointi/platform-db';
import type { AuditContext, AuditLog } from '../src/index';
import * as fixtureTables from './fixtures/audit-fixture-schema';

export const fixtureDatabase: DatabaseDefinition<typeof fixtureTables> = {
  schemaName: 'audit_fixture',
  migrationsFolder: fileURLToPath(new URL('./fixtures/migrations', import.meta.url)),
  drizzleSchema: fixtureTables,
};

export const fixtureLog: AuditLog = { table: fixtureTables.auditLog, service: 'fixture' };

export const annaSubject = 'a51d0000-0000-4000-8000-000000000001';
export const eetuSubject = 'a51d0000-0000-4000-8000-000000000002';

export const annaForEetu: AuditContext = {
  requestId: 'request-1',
  actor: {
    subject: annaSubject,
    kind: 'guardian',
    role: null,
    unitId: null,
    actingForSubject: eetuSubject,
  },
};

export const nurseInUnit: AuditContext = {
  requestId: 'request-2',
  actor: {
    subject: '57aff000-0000-4000-8000-000000000002',
    kind: 'staff',
    role: 'nurse',
    unitId: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01',
    actingForSubject: null,
  },
};
