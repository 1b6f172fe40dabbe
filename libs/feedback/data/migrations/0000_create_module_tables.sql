CREATE TABLE "feedback"."audit_log" (
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
	CONSTRAINT "audit_log_actor_kind_known" CHECK ("feedback"."audit_log"."actor_kind" in ('self', 'guardian', 'mandate-holder', 'staff', 'system')),
	CONSTRAINT "audit_log_action_known" CHECK ("feedback"."audit_log"."action" in ('read', 'create', 'update', 'delete')),
	CONSTRAINT "audit_log_outcome_known" CHECK ("feedback"."audit_log"."outcome" in ('success', 'denied')),
	CONSTRAINT "audit_log_actor_named" CHECK ("feedback"."audit_log"."actor_kind" = 'system' or "feedback"."audit_log"."actor_subject" is not null)
);
--> statement-breakpoint
CREATE TABLE "feedback"."catalogue_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"description_fi" text,
	"description_sv" text,
	"description_en" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_subject" text NOT NULL,
	CONSTRAINT "catalogue_entries_names_bounded" CHECK (char_length("feedback"."catalogue_entries"."name_fi") between 1 and 500 and char_length("feedback"."catalogue_entries"."name_sv") between 1 and 500 and char_length("feedback"."catalogue_entries"."name_en") between 1 and 500),
	CONSTRAINT "catalogue_entries_description_whole" CHECK (("feedback"."catalogue_entries"."description_fi" is null) = ("feedback"."catalogue_entries"."description_sv" is null) and ("feedback"."catalogue_entries"."description_fi" is null) = ("feedback"."catalogue_entries"."description_en" is null))
);
--> statement-breakpoint
CREATE TABLE "feedback"."outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"source" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"available_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "feedback"."notification_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notification_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"recipient_masked" text NOT NULL,
	"subject" text,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback"."notification_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"recipient_ref" text NOT NULL,
	"recipient_address" text,
	"template_key" text NOT NULL,
	"template_params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"language" text NOT NULL,
	"send_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"claimed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"provider_message_id" text,
	"last_error" text,
	"dedupe_key" text NOT NULL,
	"cancelled_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_outbox_channel_check" CHECK (channel in ('sms', 'email')),
	CONSTRAINT "notification_outbox_language_check" CHECK (language in ('fi', 'sv', 'en')),
	CONSTRAINT "notification_outbox_status_check" CHECK (status in ('pending', 'sending', 'sent', 'cancelled', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "feedback"."processed_events" (
	"consumer_name" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_pkey" PRIMARY KEY("consumer_name","event_id")
);
--> statement-breakpoint
CREATE INDEX "audit_log_subject_person_occurred_at_idx" ON "feedback"."audit_log" USING btree ("subject_person","occurred_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_occurred_at_idx" ON "feedback"."audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "catalogue_entries_unit_idx" ON "feedback"."catalogue_entries" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "feedback"."outbox" USING btree ("available_at") WHERE published_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "notification_outbox_pending_dedupe_key" ON "feedback"."notification_outbox" USING btree ("dedupe_key" text_pattern_ops) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "notification_outbox_due_idx" ON "feedback"."notification_outbox" USING btree ("next_attempt_at") WHERE status = 'pending';