-- A published question set is never edited in place: answers record its version and must keep their
-- meaning. Publishing (draft -> published) and retiring (published -> retired) are the only changes.
CREATE FUNCTION "feedback"."question_set_version_refuse_edit"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' AND (
    NEW.definition IS DISTINCT FROM OLD.definition
    OR NEW.set_key IS DISTINCT FROM OLD.set_key
    OR NEW.version IS DISTINCT FROM OLD.version
    OR NEW.published_at IS DISTINCT FROM OLD.published_at
    OR NOT (NEW.status = OLD.status OR (OLD.status = 'published' AND NEW.status = 'retired'))
  ) THEN
    RAISE EXCEPTION 'a published question set version is never changed: make a new version'
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "question_set_versions_published_unchangeable"
BEFORE UPDATE ON "feedback"."question_set_versions"
FOR EACH ROW EXECUTE FUNCTION "feedback"."question_set_version_refuse_edit"();
--> statement-breakpoint
CREATE TRIGGER "question_set_versions_published_undeletable"
BEFORE DELETE ON "feedback"."question_set_versions"
FOR EACH ROW WHEN (OLD.status <> 'draft') EXECUTE FUNCTION "feedback"."audit_log_refuse_change"();
