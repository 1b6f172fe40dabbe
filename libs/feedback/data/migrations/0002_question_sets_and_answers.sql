CREATE TABLE "feedback"."answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"audience" text NOT NULL,
	"set_key" text NOT NULL,
	"set_version" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"service_code" text,
	"channel" text NOT NULL,
	"month" date NOT NULL,
	"respondent" text,
	"recommendation" smallint,
	"recommendation_comment" text,
	CONSTRAINT "answers_audience_known" CHECK ("feedback"."answers"."audience" in ('client', 'staff')),
	CONSTRAINT "answers_month_is_first_day" CHECK (extract(day from "feedback"."answers"."month") = 1),
	CONSTRAINT "answers_month_bounded" CHECK ("feedback"."answers"."month" between '1900-01-01' and '2199-12-01'),
	CONSTRAINT "answers_recommendation_scale" CHECK ("feedback"."answers"."recommendation" between 0 and 10),
	CONSTRAINT "answers_comment_bounded" CHECK (char_length("feedback"."answers"."recommendation_comment") <= 2000),
	CONSTRAINT "answers_service_code_bounded" CHECK (char_length("feedback"."answers"."service_code") between 1 and 64),
	CONSTRAINT "answers_channel_known" CHECK ("feedback"."answers"."channel" in ('onSite', 'phone', 'video', 'message', 'unknown')),
	CONSTRAINT "answers_respondent_known" CHECK ("feedback"."answers"."respondent" in ('self', 'withHelp', 'relative'))
);
--> statement-breakpoint
CREATE TABLE "feedback"."free_text_answers" (
	"answer_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "free_text_answers_answer_id_question_id_pk" PRIMARY KEY("answer_id","question_id"),
	CONSTRAINT "free_text_answers_bounded" CHECK (char_length("feedback"."free_text_answers"."text") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "feedback"."question_set_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"set_key" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"definition" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "question_set_versions_key_known" CHECK ("feedback"."question_set_versions"."set_key" in ('general', 'children', 'smiley', 'staff-pulse')),
	CONSTRAINT "question_set_versions_version_bounded" CHECK ("feedback"."question_set_versions"."version" between 1 and 10000),
	CONSTRAINT "question_set_versions_status_known" CHECK ("feedback"."question_set_versions"."status" in ('draft', 'published', 'retired')),
	CONSTRAINT "question_set_versions_published_dated" CHECK (("feedback"."question_set_versions"."status" = 'draft') = ("feedback"."question_set_versions"."published_at" is null))
);
--> statement-breakpoint
CREATE TABLE "feedback"."statement_answers" (
	"answer_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"theme" text,
	"value" smallint,
	"cannot_say" boolean DEFAULT false NOT NULL,
	CONSTRAINT "statement_answers_answer_id_question_id_pk" PRIMARY KEY("answer_id","question_id"),
	CONSTRAINT "statement_answers_scale" CHECK ("feedback"."statement_answers"."value" between 1 and 5),
	CONSTRAINT "statement_answers_cannot_say_has_no_value" CHECK (not ("feedback"."statement_answers"."cannot_say" and "feedback"."statement_answers"."value" is not null)),
	CONSTRAINT "statement_answers_question_id_bounded" CHECK (char_length("feedback"."statement_answers"."question_id") between 1 and 64)
);
--> statement-breakpoint
ALTER TABLE "feedback"."free_text_answers" ADD CONSTRAINT "free_text_answers_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "feedback"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."statement_answers" ADD CONSTRAINT "statement_answers_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "feedback"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answers_unit_month_idx" ON "feedback"."answers" USING btree ("unit_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "question_set_versions_key_version_idx" ON "feedback"."question_set_versions" USING btree ("set_key","version");--> statement-breakpoint
CREATE INDEX "statement_answers_theme_idx" ON "feedback"."statement_answers" USING btree ("theme");