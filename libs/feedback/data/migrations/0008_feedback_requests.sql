CREATE TABLE "feedback"."feedback_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"service_code" text,
	"channel" text NOT NULL,
	"month" date NOT NULL,
	"set_key" text NOT NULL,
	"set_version" integer NOT NULL,
	"language" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"state" text NOT NULL,
	"draft" jsonb,
	"dedupe_key" text NOT NULL,
	CONSTRAINT "feedback_requests_token_hash_shape" CHECK ("feedback"."feedback_requests"."token_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "feedback_requests_state_known" CHECK ("feedback"."feedback_requests"."state" in ('open', 'used', 'expired', 'withdrawn')),
	CONSTRAINT "feedback_requests_draft_cleared_when_used" CHECK ("feedback"."feedback_requests"."state" <> 'used' or "feedback"."feedback_requests"."draft" is null),
	CONSTRAINT "feedback_requests_month_is_first_day" CHECK (extract(day from "feedback"."feedback_requests"."month") = 1),
	CONSTRAINT "feedback_requests_set_key_known" CHECK ("feedback"."feedback_requests"."set_key" in ('general', 'children', 'smiley', 'staff-pulse')),
	CONSTRAINT "feedback_requests_language_known" CHECK ("feedback"."feedback_requests"."language" in ('fi', 'sv', 'en')),
	CONSTRAINT "feedback_requests_channel_known" CHECK ("feedback"."feedback_requests"."channel" in ('onSite', 'phone', 'video', 'message', 'unknown')),
	CONSTRAINT "feedback_requests_service_code_bounded" CHECK (char_length("feedback"."feedback_requests"."service_code") between 1 and 64),
	CONSTRAINT "feedback_requests_dedupe_key_bounded" CHECK (char_length("feedback"."feedback_requests"."dedupe_key") between 1 and 200),
	CONSTRAINT "feedback_requests_draft_bounded" CHECK (pg_column_size("feedback"."feedback_requests"."draft") <= 200000)
);
--> statement-breakpoint
CREATE TABLE "feedback"."service_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"kind" text,
	"unit_id" uuid NOT NULL,
	"service_code" text,
	"channel" text NOT NULL,
	"month" date NOT NULL,
	"requested" boolean NOT NULL,
	"dedupe_key" text,
	CONSTRAINT "service_events_source_bounded" CHECK (char_length("feedback"."service_events"."source") between 1 and 100),
	CONSTRAINT "service_events_kind_bounded" CHECK (char_length("feedback"."service_events"."kind") between 1 and 64),
	CONSTRAINT "service_events_month_is_first_day" CHECK (extract(day from "feedback"."service_events"."month") = 1),
	CONSTRAINT "service_events_channel_known" CHECK ("feedback"."service_events"."channel" in ('onSite', 'phone', 'video', 'message', 'unknown')),
	CONSTRAINT "service_events_service_code_bounded" CHECK (char_length("feedback"."service_events"."service_code") between 1 and 64),
	CONSTRAINT "service_events_dedupe_key_bounded" CHECK (char_length("feedback"."service_events"."dedupe_key") between 1 and 200)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_requests_token_hash_idx" ON "feedback"."feedback_requests" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_requests_dedupe_key_idx" ON "feedback"."feedback_requests" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "service_events_unit_month_idx" ON "feedback"."service_events" USING btree ("unit_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "service_events_dedupe_key_idx" ON "feedback"."service_events" USING btree ("dedupe_key");