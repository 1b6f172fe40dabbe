CREATE TABLE "booking"."blocked_times" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blocked_times_ordered" CHECK ("booking"."blocked_times"."ends_at" > "booking"."blocked_times"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "booking"."booking_rights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"code_hash" text,
	"person_subject" text,
	"service_code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"uses_allowed" integer NOT NULL,
	"uses_count" integer DEFAULT 0 NOT NULL,
	"need_assessed_at" timestamp with time zone,
	"granted_by_subject" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_rights_source_known" CHECK ("booking"."booking_rights"."source" in ('invitation', 'assessment')),
	CONSTRAINT "booking_rights_source_complete" CHECK (("booking"."booking_rights"."source" = 'invitation' and "booking"."booking_rights"."code_hash" is not null) or ("booking"."booking_rights"."source" = 'assessment' and "booking"."booking_rights"."person_subject" is not null)),
	CONSTRAINT "booking_rights_validity_ordered" CHECK ("booking"."booking_rights"."valid_until" >= "booking"."booking_rights"."valid_from"),
	CONSTRAINT "booking_rights_uses_within_allowed" CHECK ("booking"."booking_rights"."uses_allowed" > 0 and "booking"."booking_rights"."uses_count" >= 0 and "booking"."booking_rights"."uses_count" <= "booking"."booking_rights"."uses_allowed")
);
--> statement-breakpoint
CREATE TABLE "booking"."bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"service_type_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"person_subject" text NOT NULL,
	"person_given_name" text NOT NULL,
	"person_family_name" text NOT NULL,
	"booked_by" text NOT NULL,
	"booked_by_subject" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"occupied_from" timestamp with time zone NOT NULL,
	"occupied_until" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"reminder_channel" text NOT NULL,
	"language" text NOT NULL,
	"message" text,
	"booking_right_id" uuid,
	"need_assessed_at" timestamp with time zone,
	"idempotency_key" text NOT NULL,
	"request_fingerprint" text NOT NULL,
	"status_changed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" text,
	"cancellation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_status_known" CHECK ("booking"."bookings"."status" in ('booked', 'arrived', 'attended', 'noShow', 'cancelled')),
	CONSTRAINT "bookings_booked_by_known" CHECK ("booking"."bookings"."booked_by" in ('resident', 'staff')),
	CONSTRAINT "bookings_channel_known" CHECK ("booking"."bookings"."channel" in ('onSite', 'phone', 'video')),
	CONSTRAINT "bookings_reminder_channel_known" CHECK ("booking"."bookings"."reminder_channel" in ('sms', 'email', 'none')),
	CONSTRAINT "bookings_language_known" CHECK ("booking"."bookings"."language" in ('fi', 'sv', 'en')),
	CONSTRAINT "bookings_times_ordered" CHECK ("booking"."bookings"."ends_at" > "booking"."bookings"."starts_at" and "booking"."bookings"."occupied_from" <= "booking"."bookings"."starts_at" and "booking"."bookings"."occupied_until" >= "booking"."bookings"."ends_at"),
	CONSTRAINT "bookings_cancellation_complete" CHECK (("booking"."bookings"."status" = 'cancelled') = ("booking"."bookings"."cancelled_at" is not null and "booking"."bookings"."cancelled_by" is not null))
);
--> statement-breakpoint
CREATE TABLE "booking"."outbox" (
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
CREATE TABLE "booking"."notification_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notification_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"recipient_masked" text NOT NULL,
	"subject" text,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking"."notification_outbox" (
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
CREATE TABLE "booking"."resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{fi}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resources_kind_known" CHECK ("booking"."resources"."kind" in ('person', 'room', 'mobileUnit')),
	CONSTRAINT "resources_languages_known" CHECK (cardinality("booking"."resources"."languages") > 0 and "booking"."resources"."languages" <@ array['fi', 'sv', 'en']::text[])
);
--> statement-breakpoint
CREATE TABLE "booking"."schedule_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"periods" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedule_exceptions_kind_known" CHECK ("booking"."schedule_exceptions"."kind" in ('absence', 'extraOpening'))
);
--> statement-breakpoint
CREATE TABLE "booking"."schedule_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"working_periods" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedule_templates_validity_ordered" CHECK ("booking"."schedule_templates"."valid_until" is null or "booking"."schedule_templates"."valid_until" >= "booking"."schedule_templates"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "booking"."service_types" ADD COLUMN "buffer_before_minutes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "booking"."service_types" ADD COLUMN "buffer_after_minutes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "booking"."service_types" ADD COLUMN "cancellation_cut_off_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "booking"."service_types" ADD COLUMN "booking_horizon_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "booking"."service_types" ADD COLUMN "sensitive" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "booking"."service_types" ADD COLUMN "required_skill" text DEFAULT 'general' NOT NULL;--> statement-breakpoint
ALTER TABLE "booking"."service_types" ADD COLUMN "care_guarantee" jsonb;--> statement-breakpoint
ALTER TABLE "booking"."units" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "booking"."units" ADD COLUMN "opening_hours" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "booking"."units" ADD COLUMN "accessibility" jsonb;--> statement-breakpoint
ALTER TABLE "booking"."blocked_times" ADD CONSTRAINT "blocked_times_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "booking"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking"."booking_rights" ADD CONSTRAINT "booking_rights_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "booking"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking"."bookings" ADD CONSTRAINT "bookings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "booking"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking"."bookings" ADD CONSTRAINT "bookings_service_type_id_service_types_id_fk" FOREIGN KEY ("service_type_id") REFERENCES "booking"."service_types"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking"."bookings" ADD CONSTRAINT "bookings_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "booking"."resources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking"."bookings" ADD CONSTRAINT "bookings_booking_right_id_booking_rights_id_fk" FOREIGN KEY ("booking_right_id") REFERENCES "booking"."booking_rights"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking"."resources" ADD CONSTRAINT "resources_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "booking"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking"."schedule_exceptions" ADD CONSTRAINT "schedule_exceptions_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "booking"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking"."schedule_templates" ADD CONSTRAINT "schedule_templates_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "booking"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "blocked_times_resource_id_starts_at_idx" ON "booking"."blocked_times" USING btree ("resource_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_rights_code_hash_key" ON "booking"."booking_rights" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "booking_rights_person_subject_idx" ON "booking"."booking_rights" USING btree ("person_subject");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_idempotency_key" ON "booking"."bookings" USING btree ("booked_by_subject","idempotency_key");--> statement-breakpoint
CREATE INDEX "bookings_person_subject_starts_at_idx" ON "booking"."bookings" USING btree ("person_subject","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_unit_id_starts_at_idx" ON "booking"."bookings" USING btree ("unit_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_service_type_id_starts_at_idx" ON "booking"."bookings" USING btree ("service_type_id","starts_at");--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "booking"."outbox" USING btree ("available_at") WHERE published_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "notification_outbox_pending_dedupe_key" ON "booking"."notification_outbox" USING btree ("dedupe_key" text_pattern_ops) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "notification_outbox_due_idx" ON "booking"."notification_outbox" USING btree ("next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "resources_unit_id_idx" ON "booking"."resources" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "schedule_exceptions_resource_id_date_idx" ON "booking"."schedule_exceptions" USING btree ("resource_id","date");--> statement-breakpoint
CREATE INDEX "schedule_templates_resource_id_idx" ON "booking"."schedule_templates" USING btree ("resource_id");--> statement-breakpoint
CREATE INDEX "service_types_code_idx" ON "booking"."service_types" USING btree ("code");--> statement-breakpoint
ALTER TABLE "booking"."service_types" ADD CONSTRAINT "service_types_timings_valid" CHECK ("booking"."service_types"."buffer_before_minutes" >= 0 and "booking"."service_types"."buffer_after_minutes" >= 0 and "booking"."service_types"."cancellation_cut_off_hours" >= 0 and "booking"."service_types"."booking_horizon_days" > 0);