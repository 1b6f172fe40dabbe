CREATE TABLE "booking"."service_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"category" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"channels" text[] NOT NULL,
	"self_bookable" boolean DEFAULT false NOT NULL,
	"requires_booking_right" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_types_category_known" CHECK ("booking"."service_types"."category" in ('health', 'oralHealth', 'socialServices', 'laboratory', 'rehabilitation', 'workAbility')),
	CONSTRAINT "service_types_channels_known" CHECK (cardinality("booking"."service_types"."channels") > 0 and "booking"."service_types"."channels" <@ array['onSite', 'phone', 'video']::text[]),
	CONSTRAINT "service_types_duration_positive" CHECK ("booking"."service_types"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "booking"."units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"municipality" text NOT NULL,
	"street_address" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "booking"."service_types" ADD CONSTRAINT "service_types_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "booking"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_types_unit_id_code_key" ON "booking"."service_types" USING btree ("unit_id","code");