ALTER TABLE "booking"."resources" ADD COLUMN "title_fi" text;--> statement-breakpoint
ALTER TABLE "booking"."resources" ADD COLUMN "title_sv" text;--> statement-breakpoint
ALTER TABLE "booking"."resources" ADD COLUMN "title_en" text;--> statement-breakpoint
ALTER TABLE "booking"."resources" ADD CONSTRAINT "resources_title_in_every_language" CHECK (num_nulls("booking"."resources"."title_fi", "booking"."resources"."title_sv", "booking"."resources"."title_en") in (0, 3));