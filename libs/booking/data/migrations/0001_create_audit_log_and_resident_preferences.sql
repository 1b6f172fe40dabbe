CREATE TABLE "booking"."audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"service" text NOT NULL,
	"request_id" text NOT NULL,
	"actor_subject" text,
	"actor_kind" text NOT NULL,
	"actor_role" text,
	"actor_unit_id" uuid,
	"acting_for_subject" text,
	"subject_person" text,
	"action" text NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" text,
	"purpose" text NOT NULL,
	"outcome" text NOT NULL,
	CONSTRAINT "audit_log_actor_kind_known" CHECK ("booking"."audit_log"."actor_kind" in ('self', 'guardian', 'mandate-holder', 'staff', 'system')),
	CONSTRAINT "audit_log_action_known" CHECK ("booking"."audit_log"."action" in ('read', 'create', 'update', 'delete')),
	CONSTRAINT "audit_log_outcome_known" CHECK ("booking"."audit_log"."outcome" in ('success', 'denied')),
	CONSTRAINT "audit_log_actor_named" CHECK ("booking"."audit_log"."actor_kind" = 'system' or "booking"."audit_log"."actor_subject" is not null)
);
--> statement-breakpoint
CREATE TABLE "booking"."resident_preferences" (
	"subject" text PRIMARY KEY NOT NULL,
	"reminder_channel" text NOT NULL,
	"service_language" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_subject" text NOT NULL,
	CONSTRAINT "resident_preferences_reminder_channel_known" CHECK ("booking"."resident_preferences"."reminder_channel" in ('sms', 'email', 'none')),
	CONSTRAINT "resident_preferences_service_language_known" CHECK ("booking"."resident_preferences"."service_language" in ('fi', 'sv', 'en'))
);
--> statement-breakpoint
CREATE INDEX "audit_log_subject_person_occurred_at_idx" ON "booking"."audit_log" USING btree ("subject_person","occurred_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_occurred_at_idx" ON "booking"."audit_log" USING btree ("occurred_at");