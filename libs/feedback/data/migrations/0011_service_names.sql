CREATE TABLE "feedback"."service_names" (
	"service_code" text PRIMARY KEY NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_names_code_bounded" CHECK (char_length("feedback"."service_names"."service_code") between 1 and 64),
	CONSTRAINT "service_names_bounded" CHECK (char_length("feedback"."service_names"."name_fi") between 1 and 500 and char_length("feedback"."service_names"."name_sv") between 1 and 500 and char_length("feedback"."service_names"."name_en") between 1 and 500)
);
