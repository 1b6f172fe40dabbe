-- The audit log is append-only: rows are inserted, never changed or removed.
CREATE FUNCTION "feedback"."audit_log_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP
    USING ERRCODE = '42501';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_log_append_only"
BEFORE UPDATE OR DELETE OR TRUNCATE ON "feedback"."audit_log"
FOR EACH STATEMENT EXECUTE FUNCTION "feedback"."audit_log_refuse_change"();
