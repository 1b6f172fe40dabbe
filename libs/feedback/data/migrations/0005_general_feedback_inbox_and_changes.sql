CREATE TABLE "feedback"."change_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"month" date NOT NULL,
	"title_fi" text NOT NULL,
	"title_sv" text NOT NULL,
	"title_en" text NOT NULL,
	"said_fi" text NOT NULL,
	"said_sv" text NOT NULL,
	"said_en" text NOT NULL,
	"done_fi" text NOT NULL,
	"done_sv" text NOT NULL,
	"done_en" text NOT NULL,
	"published" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "change_entries_month_is_first_day" CHECK (extract(day from "feedback"."change_entries"."month") = 1),
	CONSTRAINT "change_entries_month_bounded" CHECK ("feedback"."change_entries"."month" between '1900-01-01' and '2199-12-01'),
	CONSTRAINT "change_entries_titles_bounded" CHECK (char_length("feedback"."change_entries"."title_fi") between 1 and 500 and char_length("feedback"."change_entries"."title_sv") between 1 and 500 and char_length("feedback"."change_entries"."title_en") between 1 and 500),
	CONSTRAINT "change_entries_texts_bounded" CHECK (char_length("feedback"."change_entries"."said_fi") between 1 and 2000 and char_length("feedback"."change_entries"."said_sv") between 1 and 2000 and char_length("feedback"."change_entries"."said_en") between 1 and 2000 and char_length("feedback"."change_entries"."done_fi") between 1 and 2000 and char_length("feedback"."change_entries"."done_sv") between 1 and 2000 and char_length("feedback"."change_entries"."done_en") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "feedback"."general_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"service_name" text,
	"text" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"reply_due_on" date,
	"sender_subject" text,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"contact_language" text,
	"assignee_subject" text,
	"assignee_name" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "general_feedback_kind_known" CHECK ("feedback"."general_feedback"."kind" in ('praise', 'complaint', 'suggestion')),
	CONSTRAINT "general_feedback_status_known" CHECK ("feedback"."general_feedback"."status" in ('new', 'inProgress', 'answered', 'closed')),
	CONSTRAINT "general_feedback_text_bounded" CHECK (char_length("feedback"."general_feedback"."text") between 1 and 4000),
	CONSTRAINT "general_feedback_service_bounded" CHECK (char_length("feedback"."general_feedback"."service_name") between 1 and 200),
	CONSTRAINT "general_feedback_contact_name_bounded" CHECK (char_length("feedback"."general_feedback"."contact_name") between 1 and 200),
	CONSTRAINT "general_feedback_contact_phone_bounded" CHECK (char_length("feedback"."general_feedback"."contact_phone") <= 30),
	CONSTRAINT "general_feedback_contact_email_bounded" CHECK (char_length("feedback"."general_feedback"."contact_email") <= 254),
	CONSTRAINT "general_feedback_contact_language_known" CHECK ("feedback"."general_feedback"."contact_language" in ('fi', 'sv', 'en')),
	CONSTRAINT "general_feedback_contact_whole" CHECK (("feedback"."general_feedback"."contact_name" is null) = ("feedback"."general_feedback"."contact_language" is null) and ("feedback"."general_feedback"."contact_name" is null or "feedback"."general_feedback"."contact_phone" is not null or "feedback"."general_feedback"."contact_email" is not null)),
	CONSTRAINT "general_feedback_reply_due_with_contact" CHECK (("feedback"."general_feedback"."reply_due_on" is null) = ("feedback"."general_feedback"."contact_name" is null))
);
--> statement-breakpoint
CREATE TABLE "feedback"."general_feedback_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position" bigint GENERATED ALWAYS AS IDENTITY (sequence name "feedback"."general_feedback_events_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"feedback_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_subject" text NOT NULL,
	"actor_name" text NOT NULL,
	"text" text,
	"status" text,
	"unit_id" uuid,
	"channel" text,
	CONSTRAINT "general_feedback_events_kind_known" CHECK ("feedback"."general_feedback_events"."kind" in ('note', 'reply', 'status', 'routed', 'assigned')),
	CONSTRAINT "general_feedback_events_text_bounded" CHECK (char_length("feedback"."general_feedback_events"."text") between 1 and 4000),
	CONSTRAINT "general_feedback_events_channel_known" CHECK ("feedback"."general_feedback_events"."channel" in ('sms', 'email')),
	CONSTRAINT "general_feedback_events_status_known" CHECK ("feedback"."general_feedback_events"."status" in ('new', 'inProgress', 'answered', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "feedback"."general_feedback_events" ADD CONSTRAINT "general_feedback_events_feedback_id_general_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "feedback"."general_feedback"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_entries_month_idx" ON "feedback"."change_entries" USING btree ("month");--> statement-breakpoint
CREATE INDEX "general_feedback_unit_received_idx" ON "feedback"."general_feedback" USING btree ("unit_id","received_at");--> statement-breakpoint
CREATE INDEX "general_feedback_sender_idx" ON "feedback"."general_feedback" USING btree ("sender_subject");--> statement-breakpoint
CREATE INDEX "general_feedback_events_feedback_idx" ON "feedback"."general_feedback_events" USING btree ("feedback_id","position");