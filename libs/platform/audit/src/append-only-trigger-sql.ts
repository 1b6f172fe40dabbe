// The database's own guarantee that the audit log is append-only. drizzle-kit cannot express triggers, so
// each service adds this SQL as a custom migration right after the migration that creates its table:
//
//   cd libs/<module>/data && npx drizzle-kit generate --custom --name audit_log_append_only
//
// and pastes the output of `appendOnlyTriggerSql('<schema>')` into the new, empty file (the data lib's
// tests compare the two). A statement-level trigger fires even when no row matches, so every UPDATE,
// DELETE and TRUNCATE fails, not only those that would have changed something.
import { AUDIT_LOG_TABLE_NAME } from './audit-log-table';

/** SQLSTATE of the refusal: insufficient_privilege, since no one may change the log. */
export const APPEND_ONLY_SQLSTATE = '42501';

const identifierPattern = /^[a-z_][a-z0-9_]{0,62}$/;

function identifier(value: string): string {
  if (!identifierPattern.test(value)) throw new Error(`Not a plain SQL identifier: "${value}"`);
  return `"${value}"`;
}

/** The custom migration that makes `<schema>.audit_log` append-only (statements split as drizzle expects). */
export function appendOnlyTriggerSql(schemaName: string, tableName: string = AUDIT_LOG_TABLE_NAME): string {
  const table = `${identifier(schemaName)}.${identifier(tableName)}`;
  const functionName = `${identifier(schemaName)}.${identifier(`${tableName}_refuse_change`)}`;
  return `-- The audit log is append-only: rows are inserted, never changed or removed.
CREATE FUNCTION ${functionName}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP
    USING ERRCODE = '${APPEND_ONLY_SQLSTATE}';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ${identifier(`${tableName}_append_only`)}
BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
FOR EACH STATEMENT EXECUTE FUNCTION ${functionName}();
`;
}
