import { sql, type SQL } from 'drizzle-orm';

const schemaNamePattern = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema names come from code, not users, but a typo should fail loudly rather than create "Booking". */
export function assertSchemaName(schemaName: string): void {
  if (!schemaNamePattern.test(schemaName)) {
    throw new Error(`Invalid schema name "${schemaName}": use lower-case letters, digits and underscores.`);
  }
}

export function createSchemaStatement(schemaName: string): SQL {
  return sql`CREATE SCHEMA IF NOT EXISTS ${sql.identifier(schemaName)}`;
}
